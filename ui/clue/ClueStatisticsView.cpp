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

#include <exception>

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
    m_rules = makeTable(top, QStringList{tr("Rule"), tr("Name")} + tallyHeaders(), "statsRules");
    topLayout->addWidget(m_rules, 3);
    m_chart = new QCustomPlot(top);
    m_chart->setObjectName(QStringLiteral("statsChart"));
    m_chart->setMinimumWidth(260);
    m_chart->yAxis->setRange(0, 100);
    m_chart->yAxis->setLabel(tr("Precision %"));
    topLayout->addWidget(m_chart, 2);
    split->addWidget(top);

    m_bands = makeTable(split, QStringList{tr("Score band")} + tallyHeaders(), "statsBands");
    split->addWidget(m_bands);

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
    row->addStretch(1);
    bottomLayout->addLayout(row);
    m_counts = makeTable(bottom, {}, "statsCounts");
    bottomLayout->addWidget(m_counts, 1);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 3);
    layout->addWidget(split, 1);

    connect(m_dimension, &QComboBox::currentIndexChanged, this, [this] { fillCounts(); });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] { fillCounts(); });
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
    if (!m_db)
        return;
    const auto dim = m_dimension->currentIndex() == 1 ? clue::ClueStatistics::Dimension::Industry
                                                      : clue::ClueStatistics::Dimension::District;
    const auto per = m_period->currentIndex() == 1 ? clue::ClueStatistics::Period::Month
                                                   : clue::ClueStatistics::Period::Week;
    std::vector<clue::PeriodCount> rows;
    try {
        rows = clue::ClueStatistics(*m_db).counts(dim, per);
    } catch (const std::exception&) {
        return;
    }
    QStringList periods, keys;
    QMap<QPair<QString, QString>, std::int64_t> cells;
    for (const auto& r : rows) {
        if (!periods.contains(r.period))
            periods << r.period;
        const QString key = r.key.isEmpty() ? tr("(none)") : r.key;
        if (!keys.contains(key))
            keys << key;
        cells[{key, r.period}] += r.count;
    }
    keys.sort();
    m_counts->setColumnCount(static_cast<int>(periods.size()) + 2);
    m_counts->setHorizontalHeaderLabels(QStringList{dim == clue::ClueStatistics::Dimension::District
                                                        ? tr("District")
                                                        : tr("Industry")} +
                                        periods + QStringList{tr("Total")});
    for (const QString& k : keys) {
        const int i = m_counts->rowCount();
        m_counts->insertRow(i);
        m_counts->setItem(i, 0, new QTableWidgetItem(k));
        std::int64_t total = 0;
        for (int p = 0; p < periods.size(); ++p) {
            const std::int64_t n = cells.value({k, periods[p]});
            total += n;
            m_counts->setItem(i, p + 1, number(static_cast<double>(n)));
        }
        m_counts->setItem(i, static_cast<int>(periods.size()) + 1,
                          number(static_cast<double>(total)));
    }
}

} // namespace eco::ui
