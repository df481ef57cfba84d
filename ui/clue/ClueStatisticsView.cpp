#include "ui/clue/ClueStatisticsView.h"

#include "core/clue/ClueStatistics.h"
#include "ui/clue/RuleNames.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <exception>
#include <iterator>

namespace eco::ui {

namespace {

QTableWidget* makeTable(QWidget* parent, const QStringList& headers, const char* name) {
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(QLatin1String(name));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->setVisible(false);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem* number(double v, int decimals = 0) {
    auto* item = new QTableWidgetItem(QString::number(v, 'f', decimals));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString precisionText(const clue::PrecisionRow& r) {
    const auto p = r.precision();
    return p ? QStringLiteral("%1 %").arg(*p * 100, 0, 'f', 1) : QStringLiteral("–");
}

void fillPrecision(QTableWidget* t, const std::vector<clue::PrecisionRow>& rows, bool rules) {
    t->setRowCount(0);
    for (const clue::PrecisionRow& r : rows) {
        const int i = t->rowCount();
        t->insertRow(i);
        int c = 0;
        t->setItem(i, c++, new QTableWidgetItem(r.key));
        if (rules)
            t->setItem(i, c++, new QTableWidgetItem(ruleName(r.key)));
        for (std::int64_t v :
             {r.clues, r.judged, r.confirmed, r.dataFault, r.explained, r.falseAlarm, r.dismissed})
            t->setItem(i, c++, number(static_cast<double>(v)));
        auto* p = new QTableWidgetItem(precisionText(r));
        p->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(i, c, p);
    }
}

QStringList tallyHeaders() {
    return {ClueStatisticsView::tr("Clues"),     ClueStatisticsView::tr("Judged"),
            ClueStatisticsView::tr("Confirmed"), ClueStatisticsView::tr("Data fault"),
            ClueStatisticsView::tr("Explained"), ClueStatisticsView::tr("False alarm"),
            ClueStatisticsView::tr("Dismissed"), ClueStatisticsView::tr("Precision")};
}

} // namespace

ClueStatisticsView::ClueStatisticsView(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    m_overall = new QLabel(this);
    m_overall->setObjectName(QStringLiteral("statsOverall"));
    m_overall->setWordWrap(true);
    layout->addWidget(m_overall);

    auto* split = new QSplitter(Qt::Vertical, this);
    auto* top = new QWidget(split);
    auto* topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto* tables = new QSplitter(Qt::Vertical, top);
    m_rules = makeTable(tables, QStringList{tr("Rule"), tr("Name")} + tallyHeaders(), "statsRules");
    m_bands = makeTable(tables, QStringList{tr("Score band")} + tallyHeaders(), "statsBands");
    tables->addWidget(m_rules);
    tables->addWidget(m_bands);
    tables->setStretchFactor(0, 3);
    tables->setStretchFactor(1, 2);
    topLayout->addWidget(tables, 5);
    m_chart = new QCustomPlot(top);
    m_chart->setObjectName(QStringLiteral("statsChart"));
    m_chart->setMinimumWidth(300);
    m_chart->plotLayout()->insertRow(0);
    m_chart->plotLayout()->addElement(
        0, 0, new QCPTextElement(m_chart, tr("Precision per rule"), QFont(font().family(), 10)));
    m_chart->yAxis->setRange(0, 100);
    m_chart->yAxis->setLabel(tr("Precision %"));
    topLayout->addWidget(m_chart, 2);
    split->addWidget(top);

    auto* bottom = new QWidget(split);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Clues by"), bottom));
    m_dimension = new QComboBox(bottom);
    m_dimension->setObjectName(QStringLiteral("statsDimension"));
    m_dimension->addItem(tr("district"));
    m_dimension->addItem(tr("industry"));
    row->addWidget(m_dimension);
    row->addWidget(new QLabel(tr("per"), bottom));
    m_period = new QComboBox(bottom);
    m_period->setObjectName(QStringLiteral("statsPeriod"));
    m_period->addItem(tr("week"));
    m_period->addItem(tr("month"));
    row->addWidget(m_period);
    row->addWidget(new QLabel(tr("as"), bottom));
    m_style = new QComboBox(bottom);
    m_style->setObjectName(QStringLiteral("statsCountStyle"));
    m_style->addItem(tr("stacked bars"));
    m_style->addItem(tr("lines"));
    row->addWidget(m_style);
    row->addStretch(1);
    bottomLayout->addLayout(row);
    auto* countSplit = new QSplitter(Qt::Horizontal, bottom);
    m_countChart = new QCustomPlot(countSplit);
    m_countChart->setObjectName(QStringLiteral("statsCountChart"));
    m_countChart->setMinimumHeight(220);
    m_countChart->legend->setVisible(true);
    m_countChart->legend->setFont(QFont(font().family(), 8));
    // The legend sits right of the plot, so bars never hide behind it.
    auto* legendCell = new QCPLayoutGrid;
    m_countChart->plotLayout()->addElement(0, 1, legendCell);
    legendCell->addElement(0, 0, m_countChart->legend);
    legendCell->setMargins(QMargins(0, 0, 0, 0));
    m_countChart->plotLayout()->setColumnStretchFactor(1, 0.001);
    m_counts = makeTable(countSplit, {}, "statsCounts");
    countSplit->addWidget(m_countChart);
    countSplit->addWidget(m_counts);
    countSplit->setStretchFactor(0, 3);
    countSplit->setStretchFactor(1, 2);
    bottomLayout->addWidget(countSplit, 1);
    split->addWidget(bottom);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    connect(m_dimension, &QComboBox::currentIndexChanged, this, [this] { fillCounts(); });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] { fillCounts(); });
    connect(m_style, &QComboBox::currentIndexChanged, this, [this] { fillCounts(); });
}

void ClueStatisticsView::setCountStyle(CountStyle style) {
    m_style->setCurrentIndex(style == CountStyle::Lines ? 1 : 0);
}

void ClueStatisticsView::setDatabase(const store::Database* db) {
    m_db = db;
    refresh();
}

void ClueStatisticsView::refresh() {
    if (!m_db) {
        m_overall->setText(tr("No store open."));
        m_rules->setRowCount(0);
        m_bands->setRowCount(0);
        m_counts->setRowCount(0);
        return;
    }
    try {
        const clue::ClueStatistics stats(*m_db);
        const clue::PrecisionRow all = stats.overall();
        m_overall->setText(
            tr("%1 clues, %2 judged, %3 confirmed violations: precision %4. Precision counts "
               "confirmed violations among clues with an outcome (from a task's report or the "
               "desk).")
                .arg(all.clues)
                .arg(all.judged)
                .arg(all.confirmed)
                .arg(precisionText(all)));
        const auto byRule = stats.precisionByRule();
        fillPrecision(m_rules, byRule, true);
        fillPrecision(m_bands, stats.precisionByScoreBand(5), false);

        m_chart->clearPlottables();
        auto* bars = new QCPBars(m_chart->xAxis, m_chart->yAxis);
        bars->setBrush(QColor(0x1f, 0x77, 0xb4));
        bars->setPen(Qt::NoPen);
        auto ticker = QSharedPointer<QCPAxisTickerText>::create();
        QVector<double> x, y;
        for (std::size_t i = 0; i < byRule.size(); ++i) {
            ticker->addTick(static_cast<double>(i + 1), byRule[i].key);
            x << static_cast<double>(i + 1);
            y << byRule[i].precision().value_or(0) * 100;
        }
        bars->setData(x, y);
        m_chart->xAxis->setTicker(ticker);
        m_chart->xAxis->setRange(0.3, static_cast<double>(byRule.size()) + 0.7);
        m_chart->yAxis->setRange(0, 105);
        m_chart->replot();
        fillCounts();
    } catch (const std::exception& e) {
        m_overall->setText(tr("Cannot read the statistics: %1").arg(QString::fromUtf8(e.what())));
    }
}

void ClueStatisticsView::fillCounts() {
    m_counts->clear();
    m_counts->setRowCount(0);
    m_counts->setColumnCount(0);
    if (!m_db) {
        plotCounts({}, {}, {});
        return;
    }
    const bool industry = m_dimension->currentIndex() == 1;
    const auto dim = industry ? clue::ClueStatistics::Dimension::Industry
                              : clue::ClueStatistics::Dimension::District;
    const auto per = m_period->currentIndex() == 1 ? clue::ClueStatistics::Period::Month
                                                   : clue::ClueStatistics::Period::Week;
    std::vector<clue::PeriodCount> rows;
    try {
        rows = clue::ClueStatistics(*m_db).counts(dim, per);
    } catch (const std::exception&) {
        plotCounts({}, {}, {});
        return;
    }
    QStringList periods, keys;
    QMap<QPair<QString, QString>, std::int64_t> cells;
    QMap<QString, std::int64_t> totals;
    for (const auto& r : rows) {
        if (!periods.contains(r.period))
            periods << r.period;
        const QString key =
            r.key.isEmpty() ? tr("(none)") : (industry ? industryName(r.key) : r.key);
        if (!keys.contains(key))
            keys << key;
        cells[{key, r.period}] += r.count;
        totals[key] += r.count;
    }
    // Largest first: the chart keeps the first eight and folds the rest into "other".
    std::sort(keys.begin(), keys.end(), [&](const QString& a, const QString& b) {
        const auto ta = totals.value(a), tb = totals.value(b);
        return ta != tb ? ta > tb : a < b;
    });
    m_counts->setColumnCount(static_cast<int>(periods.size()) + 2);
    m_counts->setHorizontalHeaderLabels(QStringList{industry ? tr("Industry") : tr("District")} +
                                        periods + QStringList{tr("Total")});
    constexpr int kShown = 8;
    QStringList chartKeys;
    std::vector<std::vector<double>> values;
    for (int k = 0; k < keys.size(); ++k) {
        const QString& key = keys[k];
        const int i = m_counts->rowCount();
        m_counts->insertRow(i);
        m_counts->setItem(i, 0, new QTableWidgetItem(key));
        const bool own = k < kShown || keys.size() == kShown + 1;
        if (own || chartKeys.size() == kShown) {
            if (own)
                chartKeys << key;
            else
                chartKeys << tr("other");
            values.emplace_back(static_cast<std::size_t>(periods.size()), 0.0);
        }
        std::int64_t total = 0;
        for (int p = 0; p < periods.size(); ++p) {
            const std::int64_t n = cells.value({key, periods[p]});
            total += n;
            values.back()[static_cast<std::size_t>(p)] += static_cast<double>(n);
            m_counts->setItem(i, p + 1, number(static_cast<double>(n)));
        }
        m_counts->setItem(i, static_cast<int>(periods.size()) + 1,
                          number(static_cast<double>(total)));
    }
    plotCounts(periods, chartKeys, values);
}

void ClueStatisticsView::plotCounts(const QStringList& periods, const QStringList& keys,
                                    const std::vector<std::vector<double>>& values) {
    // Ten distinguishable colours (the usual categorical palette).
    static const QColor kColours[] = {{0x1f, 0x77, 0xb4}, {0xff, 0x7f, 0x0e}, {0x2c, 0xa0, 0x2c},
                                      {0xd6, 0x27, 0x28}, {0x94, 0x67, 0xbd}, {0x8c, 0x56, 0x4b},
                                      {0xe3, 0x77, 0xc2}, {0x7f, 0x7f, 0x7f}, {0xbc, 0xbd, 0x22},
                                      {0x17, 0xbe, 0xcf}};
    QCustomPlot* plot = m_countChart;
    plot->clearPlottables();
    const bool lines = m_style->currentIndex() == 1;
    const bool monthly = m_period->currentIndex() == 1;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    // A year of weeks: label every few so the dates do not overlap.
    const int every = std::max<qsizetype>(1, (periods.size() + 11) / 12);
    QVector<double> x;
    for (int p = 0; p < periods.size(); ++p) {
        x << p + 1.0;
        if (p % every == 0)
            ticker->addTick(p + 1.0, monthly ? periods[p] : periods[p].mid(5));
    }
    double top = 0;
    QCPBars* below = nullptr;
    std::vector<double> stack(static_cast<std::size_t>(periods.size()), 0.0);
    for (std::size_t k = 0; k < values.size(); ++k) {
        const QColor colour = kColours[k % std::size(kColours)];
        const QVector<double> y(values[k].begin(), values[k].end());
        if (lines) {
            QCPGraph* g = plot->addGraph();
            g->setName(keys[static_cast<qsizetype>(k)]);
            g->setPen(QPen(colour, 2));
            g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, colour, colour, 5));
            g->setData(x, y, true);
            for (double v : y)
                top = std::max(top, v);
        } else {
            auto* bars = new QCPBars(plot->xAxis, plot->yAxis);
            bars->setName(keys[static_cast<qsizetype>(k)]);
            bars->setBrush(colour);
            bars->setPen(QPen(colour.darker(130)));
            bars->setWidth(0.7);
            bars->setStackingGap(0);
            if (below)
                bars->moveAbove(below);
            bars->setData(x, y, true);
            below = bars;
            for (std::size_t p = 0; p < stack.size(); ++p) {
                stack[p] += values[k][p];
                top = std::max(top, stack[p]);
            }
        }
    }
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setTickLabelRotation(periods.size() > 6 ? 30 : 0);
    plot->xAxis->setLabel(monthly ? tr("Month") : tr("Week starting (Monday)"));
    plot->xAxis->setRange(0.4, std::max<double>(1.0, static_cast<double>(periods.size())) + 0.6);
    plot->yAxis->setLabel(tr("Clues"));
    plot->yAxis->setRange(0, std::max(1.0, top * 1.08));
    plot->legend->setVisible(!values.empty());
    plot->replot();
}

} // namespace eco::ui
