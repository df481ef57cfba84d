#include "ui/OutletPanel.h"

#include "core/aq/Cems.h"
#include "core/aq/Pollutant.h"
#include "core/model/Interval.h"
#include "core/store/CatalogRepository.h"
#include "core/store/Database.h"
#include "core/store/SeriesRepository.h"
#include "core/store/Statement.h"
#include "core/store/StoreError.h"
#include "ui/PlotGaps.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QTimeZone>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>

namespace eco::ui {

namespace {

constexpr std::int64_t kHour = 3600;
const QString kO2 = QStringLiteral("a19001");

bool chineseUi() {
    return QLocale().language() == QLocale::Chinese;
}

// Stack parameters that are not pollutants: they have no limit and no O2 correction.
bool isFlueParameter(const QString& code) {
    return code == kO2 || code.startsWith(QLatin1String("a01"));
}

} // namespace

OutletPanel::OutletPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("outletTitle"));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Outlet:"), this));
    m_outletBox = new QComboBox(this);
    m_outletBox->setObjectName(QStringLiteral("outletBox"));
    row->addWidget(m_outletBox, 1);
    row->addWidget(new QLabel(tr("Pollutant:"), this));
    m_pollutantBox = new QComboBox(this);
    m_pollutantBox->setObjectName(QStringLiteral("outletPollutant"));
    row->addWidget(m_pollutantBox, 1);
    layout->addLayout(row);

    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("cemsPlot"));
    m_plot->setMinimumHeight(240);
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeFormat(QStringLiteral("MM-dd\nhh:mm"));
    ticker->setTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
    m_plot->xAxis->setTicker(ticker);
    m_plot->yAxis->setLabel(QStringLiteral("mg/m³"));
    layout->addWidget(m_plot, 1);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("outletNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);

    connect(m_outletBox, &QComboBox::currentIndexChanged, this, [this] { fillPollutants(); });
    connect(m_pollutantBox, &QComboBox::currentIndexChanged, this, [this] { fillPlot(); });
    clear();
}

QString OutletPanel::outletId() const {
    return m_outletBox->currentData().toString();
}

QString OutletPanel::pollutant() const {
    return m_pollutantBox->currentData().toString();
}

QString OutletPanel::note() const {
    return m_note->text();
}

void OutletPanel::setOutlet(const QString& id) {
    const int i = m_outletBox->findData(id);
    if (i >= 0)
        m_outletBox->setCurrentIndex(i);
}

void OutletPanel::setPollutant(const QString& code) {
    const int i = m_pollutantBox->findData(code);
    if (i >= 0)
        m_pollutantBox->setCurrentIndex(i);
}

void OutletPanel::clear() {
    m_db = nullptr;
    m_outlets.clear();
    m_limit.reset();
    m_shaded = 0;
    const QSignalBlocker b1(m_outletBox), b2(m_pollutantBox);
    m_outletBox->clear();
    m_pollutantBox->clear();
    m_title->setText(tr("Click an enterprise on the map to see its outlets' CEMS data."));
    m_note->clear();
    m_plot->clearGraphs();
    m_plot->clearItems();
    m_plot->replot();
    m_plot->hide();
}

void OutletPanel::showOutlets(store::Database& db, const QList<model::Outlet>& outlets,
                              std::int64_t now) {
    clear();
    m_db = &db;
    m_outlets = outlets;
    m_now = now;
    {
        const QSignalBlocker block(m_outletBox);
        for (const model::Outlet& o : outlets)
            m_outletBox->addItem(o.id + QStringLiteral(" (") +
                                     (o.medium == QLatin1String("gas") ? tr("gas") : tr("water")) +
                                     QLatin1Char(')'),
                                 o.id);
    }
    m_plot->setVisible(!outlets.isEmpty());
    m_title->setText(outlets.isEmpty() ? tr("This enterprise has no outlets.")
                                       : tr("<b>CEMS, last 7 days</b>"));
    fillPollutants();
}

void OutletPanel::fillPollutants() {
    {
        const QSignalBlocker block(m_pollutantBox);
        m_pollutantBox->clear();
        if (m_db && !outletId().isEmpty()) {
            try {
                auto st = m_db->prepare("SELECT pollutant FROM series WHERE source_id=? AND "
                                        "interval='hour' ORDER BY pollutant");
                st.bind(1, outletId());
                while (st.step()) {
                    const QString code = st.text(0);
                    if (!isFlueParameter(code))
                        m_pollutantBox->addItem(aq::pollutantLabel(code, chineseUi()), code);
                }
            } catch (const store::StoreError& e) {
                m_note->setText(tr("Cannot read the store: %1").arg(QString::fromUtf8(e.what())));
            }
        }
        // SO2 first when there is one: the pollutant most permits are written around.
        const int so2 = m_pollutantBox->findData(QStringLiteral("a21026"));
        if (so2 >= 0)
            m_pollutantBox->setCurrentIndex(so2);
    }
    fillPlot();
}

void OutletPanel::fillPlot() {
    m_plot->clearGraphs();
    m_plot->clearItems();
    m_limit.reset();
    m_shaded = 0;
    const QString id = outletId();
    const QString code = pollutant();
    if (!m_db || id.isEmpty() || code.isEmpty()) {
        if (m_db && !id.isEmpty())
            m_note->setText(tr("No hourly CEMS data for outlet %1.").arg(id));
        m_plot->replot();
        return;
    }
    std::optional<double> o2Ref;
    for (const model::Outlet& o : m_outlets)
        if (o.id == id)
            o2Ref = o.o2RefPct;

    const std::int64_t from = m_now - kWindowS, to = m_now + 1;
    std::vector<store::SeriesPoint> raw, o2;
    try {
        const store::SeriesRepository series(*m_db);
        raw = series.load(id, code, model::Interval::Hour, from, to);
        o2 = series.load(id, kO2, model::Interval::Hour, from, to);
        for (const model::EmissionLimit& l : store::CatalogRepository(*m_db).limits())
            if (l.outletId == id && l.pollutant == code && l.interval == QLatin1String("hour"))
                m_limit = l.limit;
    } catch (const store::StoreError& e) {
        m_note->setText(tr("Cannot read the store: %1").arg(QString::fromUtf8(e.what())));
        m_plot->replot();
        return;
    }
    QHash<std::int64_t, double> o2At;
    for (const store::SeriesPoint& p : o2)
        if (p.flag == 'N' && std::isfinite(p.value))
            o2At.insert(p.ts, p.value);

    // Flagged hours are shaded, not plotted: their values are not valid monitoring data.
    GappedSeries rawLine, correctedLine;
    std::vector<std::pair<std::int64_t, std::int64_t>> flagged; // [start, end) runs
    double yMax = 1;
    for (const store::SeriesPoint& p : raw) {
        if (p.flag != 'N') {
            if (!flagged.empty() && flagged.back().second == p.ts)
                flagged.back().second = p.ts + kHour;
            else
                flagged.emplace_back(p.ts, p.ts + kHour);
            continue;
        }
        if (!std::isfinite(p.value))
            continue;
        rawLine.append(p.ts, p.value);
        yMax = std::max(yMax, p.value);
        if (o2Ref && o2At.contains(p.ts))
            if (const auto c = aq::o2Corrected(p.value, o2At.value(p.ts), *o2Ref)) {
                correctedLine.append(p.ts, *c);
                yMax = std::max(yMax, *c);
            }
    }
    QCPGraph* rawGraph = m_plot->addGraph();
    rawGraph->setName(tr("Measured"));
    rawGraph->setPen(QPen(QColor(0x7f, 0x7f, 0x7f), 1.5));
    rawGraph->setData(rawLine.keys, rawLine.values, true);
    QCPGraph* corrected = m_plot->addGraph();
    corrected->setName(o2Ref ? tr("Corrected to %1 % O₂").arg(*o2Ref)
                             : tr("Corrected (no ref. O₂)"));
    corrected->setPen(QPen(QColor(0x1f, 0x77, 0xb4), 2));
    corrected->setData(correctedLine.keys, correctedLine.values, true);
    if (m_limit) {
        QCPGraph* limit = m_plot->addGraph();
        limit->setName(tr("Hourly limit %1").arg(*m_limit));
        limit->setPen(QPen(QColor(0xd6, 0x27, 0x28), 1.5, Qt::DashLine));
        limit->setData({static_cast<double>(from), static_cast<double>(m_now)},
                       {*m_limit, *m_limit}, true);
        yMax = std::max(yMax, *m_limit);
    }
    const double yTop = yMax * 1.15;
    for (const auto& [start, end] : flagged) {
        auto* rect = new QCPItemRect(m_plot);
        rect->setLayer(QStringLiteral("background"));
        rect->topLeft->setCoords(static_cast<double>(start), yTop);
        rect->bottomRight->setCoords(static_cast<double>(end), 0);
        rect->setPen(Qt::NoPen);
        rect->setBrush(QColor(255, 165, 0, 70));
        ++m_shaded;
    }
    m_plot->xAxis->setRange(static_cast<double>(from), static_cast<double>(m_now));
    m_plot->yAxis->setRange(0, yTop);
    m_plot->legend->setVisible(true);
    m_plot->replot();

    QString note =
        tr("%1 valid hours, %2 flagged periods (shaded).").arg(rawLine.validCount()).arg(m_shaded);
    if (!o2Ref)
        note += QLatin1Char(' ') + tr("The outlet has no reference O₂: no corrected series.");
    if (!m_limit)
        note += QLatin1Char(' ') + tr("No hourly permit limit is stored for this pollutant.");
    m_note->setText(note);
}

} // namespace eco::ui
