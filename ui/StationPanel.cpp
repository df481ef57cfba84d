#include "ui/StationPanel.h"

#include "core/aq/AqiReport.h"
#include "core/aq/Pollutant.h"
#include "core/model/Interval.h"
#include "core/model/Time.h"
#include "core/store/SeriesRepository.h"
#include "core/store/StoreError.h"
#include "ui/PlotGaps.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <array>
#include <cmath>

namespace eco::ui {

namespace {

struct ChartPollutant {
    const char* code;
    aq::ReportPollutant report;
};
// The chooser's order; CO is in mg/m3, the others in ug/m3.
constexpr std::array<ChartPollutant, 6> kChartPollutants = {{{"a34004", aq::ReportPollutant::Pm25},
                                                             {"a34002", aq::ReportPollutant::Pm10},
                                                             {"a21004", aq::ReportPollutant::No2},
                                                             {"a05024", aq::ReportPollutant::O3_1h},
                                                             {"a21026", aq::ReportPollutant::So2},
                                                             {"a21005", aq::ReportPollutant::Co}}};

bool chineseUi() {
    return QLocale().language() == QLocale::Chinese;
}

// GB 3095 grade II: PM as 24h limits (the 2026 edition's transition values from 2026-03-01),
// gases as 1h limits, since the chart shows hourly values.
std::optional<double> gradeTwoLimit(const QString& code, aq::AqiEdition edition) {
    const bool y2026 = edition == aq::AqiEdition::Hj633_2026;
    if (code == QLatin1String("a34004"))
        return y2026 ? 60.0 : 75.0;
    if (code == QLatin1String("a34002"))
        return y2026 ? 120.0 : 150.0;
    if (code == QLatin1String("a21004"))
        return 200.0;
    if (code == QLatin1String("a05024"))
        return 200.0;
    if (code == QLatin1String("a21026"))
        return 500.0;
    if (code == QLatin1String("a21005"))
        return 10.0;
    return std::nullopt;
}

QString unitOf(const QString& code) {
    return code == QLatin1String("a21005") ? QStringLiteral("mg/m³") : QStringLiteral("µg/m³");
}

QString levelName(const aq::AqiLevel& level) {
    return chineseUi() ? level.nameZh : level.nameEn;
}

QSharedPointer<QCPAxisTickerDateTime> localTimeTicker(const QString& format) {
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeFormat(format);
    ticker->setTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
    return ticker;
}

QString reportPollutantLabel(aq::ReportPollutant p) {
    switch (p) {
    case aq::ReportPollutant::So2:
        return QStringLiteral("SO₂");
    case aq::ReportPollutant::No2:
        return QStringLiteral("NO₂");
    case aq::ReportPollutant::Pm10:
        return QStringLiteral("PM10");
    case aq::ReportPollutant::Co:
        return QStringLiteral("CO");
    case aq::ReportPollutant::O3_1h:
        return QStringLiteral("O₃ 1h");
    case aq::ReportPollutant::O3_8h:
        return QStringLiteral("O₃ 8h");
    case aq::ReportPollutant::Pm25:
        return QStringLiteral("PM2.5");
    }
    return {};
}

// The report names primaries as reportPollutantName ("pm25"); the panel shows "PM2.5".
QString primaryLabels(const aq::AqiResult& r) {
    QStringList labels;
    for (const QString& name : r.primary) {
        QString label = name;
        for (int i = 0; i < aq::kReportPollutantCount; ++i) {
            const auto p = static_cast<aq::ReportPollutant>(i);
            const std::string_view n = aq::reportPollutantName(p);
            if (name == QLatin1String(n.data(), static_cast<qsizetype>(n.size())))
                label = reportPollutantLabel(p);
        }
        labels << label;
    }
    return labels.join(QStringLiteral(", "));
}

} // namespace

StationPanel::StationPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("stationTitle"));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    // Everything below the title: hidden until a station is shown, so no empty charts.
    m_content = new QWidget(this);
    layout->addWidget(m_content, 1);
    layout->addStretch(0);
    auto* content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);

    auto* badgeRow = new QHBoxLayout;
    m_badge = new QLabel(m_content);
    m_badge->setObjectName(QStringLiteral("aqiBadge"));
    m_badge->setAlignment(Qt::AlignCenter);
    m_badge->setMinimumSize(140, 56);
    m_badge->setAutoFillBackground(true);
    QFont f = m_badge->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_badge->setFont(f);
    badgeRow->addWidget(m_badge);
    m_badgeTime = new QLabel(m_content);
    m_badgeTime->setWordWrap(true);
    badgeRow->addWidget(m_badgeTime, 1);
    content->addLayout(badgeRow);

    m_iaqi = new QTableWidget(0, 2, m_content);
    m_iaqi->setObjectName(QStringLiteral("iaqiTable"));
    m_iaqi->setHorizontalHeaderLabels({tr("Pollutant"), tr("IAQI")});
    m_iaqi->verticalHeader()->hide();
    m_iaqi->horizontalHeader()->setStretchLastSection(true);
    m_iaqi->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_iaqi->setMaximumHeight(230);
    content->addWidget(m_iaqi);

    auto* chooserRow = new QHBoxLayout;
    chooserRow->addWidget(new QLabel(tr("Hourly series:"), m_content));
    m_pollutant = new QComboBox(m_content);
    m_pollutant->setObjectName(QStringLiteral("chartPollutant"));
    for (const ChartPollutant& p : kChartPollutants)
        m_pollutant->addItem(aq::pollutantLabel(QString::fromLatin1(p.code), chineseUi()),
                             QString::fromLatin1(p.code));
    chooserRow->addWidget(m_pollutant, 1);
    content->addLayout(chooserRow);

    m_hourly = new QCustomPlot(m_content);
    m_hourly->setObjectName(QStringLiteral("hourlyPlot"));
    m_hourly->setMinimumHeight(200);
    m_hourly->xAxis->setTicker(localTimeTicker(QStringLiteral("MM-dd\nhh:mm")));
    content->addWidget(m_hourly, 1);

    m_daily = new QCustomPlot(m_content);
    m_daily->setObjectName(QStringLiteral("dailyPlot"));
    m_daily->setMinimumHeight(180);
    m_daily->xAxis->setTicker(localTimeTicker(QStringLiteral("MM-dd")));
    m_daily->yAxis->setLabel(tr("Daily AQI"));
    content->addWidget(m_daily, 1);

    connect(m_pollutant, &QComboBox::currentIndexChanged, this, [this] { fillHourly(); });
    clear();
}

QString StationPanel::chartPollutant() const {
    return m_pollutant->currentData().toString();
}

void StationPanel::setChartPollutant(const QString& code) {
    const int i = m_pollutant->findData(code);
    if (i >= 0)
        m_pollutant->setCurrentIndex(i);
}

QString StationPanel::badgeText() const {
    return m_badge->text();
}

QString StationPanel::badgeDetail() const {
    return m_badgeTime->text();
}

QColor StationPanel::badgeColour() const {
    return m_badge->palette().color(QPalette::Window);
}

void StationPanel::clear() {
    m_db = nullptr;
    m_site.clear();
    m_current = {};
    m_currentTs = 0;
    m_limit.reset();
    m_title->setText(tr("Click a station on the map to see its air quality."));
    m_content->hide();
    m_badge->clear();
    m_badge->setPalette(palette());
    m_badgeTime->clear();
    m_iaqi->setRowCount(0);
    m_hourly->clearGraphs();
    m_hourly->clearItems();
    m_hourly->replot();
    m_daily->clearPlottables();
    m_daily->replot();
}

void StationPanel::showStation(const store::Database& db, const QString& siteId, std::int64_t now) {
    clear();
    m_db = &db;
    m_site = siteId;
    m_now = now;
    m_title->setText(QStringLiteral("<b>%1</b>").arg(siteId.toHtmlEscaped()));
    m_content->show();
    try {
        // The newest hour with an AQI in the chart's window is "current".
        const aq::AqiReport report(db);
        const auto rows = report.hourly(siteId, now - kHourlyWindowS, now + 1);
        for (auto it = rows.rbegin(); it != rows.rend(); ++it)
            if (it->result.aqi) {
                m_current = it->result;
                m_currentTs = it->ts;
                break;
            }
    } catch (const store::StoreError& e) {
        m_badgeTime->setText(tr("Cannot read the store: %1").arg(QString::fromUtf8(e.what())));
    }
    fillBadge();
    fillIaqi();
    fillHourly();
    fillDaily();
}

void StationPanel::fillBadge() {
    const aq::AqiLevel level = aq::aqiLevel(m_current.aqi);
    QPalette pal = m_badge->palette();
    if (!m_current.aqi) {
        m_badge->setText(tr("AQI —"));
        pal.setColor(QPalette::Window, level.colour.isValid() ? level.colour : QColor(Qt::gray));
        pal.setColor(QPalette::WindowText, Qt::black);
        m_badge->setPalette(pal);
        if (m_badgeTime->text().isEmpty())
            m_badgeTime->setText(tr("No AQI in the last 72 hours."));
        return;
    }
    m_badge->setText(tr("AQI %1\n%2").arg(*m_current.aqi).arg(levelName(level)));
    pal.setColor(QPalette::Window, level.colour);
    // Dark text on the light levels (green, yellow), white on the dark ones.
    pal.setColor(QPalette::WindowText, level.colour.lightnessF() > 0.55 ? Qt::black : Qt::white);
    m_badge->setPalette(pal);
    QString detail = tr("Hour starting %1 (HJ 633-%2)")
                         .arg(model::formatLocal(m_currentTs),
                              QString::fromLatin1(aq::editionName(m_current.edition).data()));
    if (!m_current.primary.isEmpty())
        detail += QLatin1Char('\n') + tr("Primary pollutant: %1").arg(primaryLabels(m_current));
    m_badgeTime->setText(detail);
}

void StationPanel::fillIaqi() {
    m_iaqi->setRowCount(aq::kReportPollutantCount);
    for (int i = 0; i < aq::kReportPollutantCount; ++i) {
        const auto p = static_cast<aq::ReportPollutant>(i);
        const auto v = m_current.iaqi[static_cast<std::size_t>(i)];
        m_iaqi->setItem(i, 0, new QTableWidgetItem(reportPollutantLabel(p)));
        auto* value = new QTableWidgetItem(v ? QString::number(*v) : QStringLiteral("—"));
        if (v)
            value->setBackground(aq::aqiLevel(*v).colour.lighter(130));
        m_iaqi->setItem(i, 1, value);
    }
    m_iaqi->resizeRowsToContents();
}

void StationPanel::fillHourly() {
    m_hourly->clearGraphs();
    m_limit.reset();
    if (!m_db) {
        m_hourly->replot();
        return;
    }
    const QString code = chartPollutant();
    std::vector<store::SeriesPoint> points;
    try {
        points = store::SeriesRepository(*m_db).load(m_site, code, model::Interval::Hour,
                                                     m_now - kHourlyWindowS, m_now + 1);
    } catch (const store::StoreError&) {
        // The badge already names the problem; an empty chart is the honest picture.
    }
    GappedSeries line;
    for (const store::SeriesPoint& p : points)
        if (p.flag == 'N' && std::isfinite(p.value))
            line.append(p.ts, p.value);
    QCPGraph* series = m_hourly->addGraph();
    series->setName(aq::pollutantLabel(code, chineseUi()));
    series->setPen(QPen(QColor(0x1f, 0x77, 0xb4), 2));
    series->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 4));
    series->setData(line.keys, line.values, true);

    const double x0 = static_cast<double>(m_now - kHourlyWindowS);
    const double x1 = static_cast<double>(m_now);
    m_limit = gradeTwoLimit(code, aq::editionFor(m_now));
    double yMax = 1;
    for (double v : line.values)
        yMax = std::max(yMax, v);
    if (m_limit) {
        QCPGraph* limit = m_hourly->addGraph();
        limit->setName(tr("Grade II limit %1").arg(*m_limit));
        limit->setPen(QPen(QColor(0xd6, 0x27, 0x28), 1.5, Qt::DashLine));
        limit->setData({x0, x1}, {*m_limit, *m_limit}, true);
        yMax = std::max(yMax, *m_limit);
    }
    m_hourly->xAxis->setRange(x0, x1);
    m_hourly->yAxis->setRange(0, yMax * 1.15);
    m_hourly->yAxis->setLabel(unitOf(code));
    m_hourly->legend->setVisible(true);
    m_hourly->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_hourly->replot();
}

void StationPanel::fillDaily() {
    m_daily->clearPlottables();
    if (!m_db) {
        m_daily->replot();
        return;
    }
    std::vector<aq::AqiRow> rows;
    try {
        rows = aq::AqiReport(*m_db).daily(m_site, m_now - kHistoryDays * 86400, m_now + 1);
    } catch (const store::StoreError&) {
    }
    // One bar set per level so each bar carries its level's official colour.
    std::array<QCPBars*, 6> bars{};
    for (int level = 1; level <= 6; ++level) {
        auto* b = new QCPBars(m_daily->xAxis, m_daily->yAxis);
        const aq::AqiLevel info = aq::aqiLevel(level == 1   ? 25
                                               : level == 2 ? 75
                                               : level == 3 ? 125
                                               : level == 4 ? 175
                                               : level == 5 ? 250
                                                            : 400);
        b->setName(levelName(info));
        b->setBrush(info.colour);
        b->setPen(QPen(info.colour.darker(130)));
        b->setWidth(0.8 * 86400);
        bars[static_cast<std::size_t>(level - 1)] = b;
    }
    double yMax = 100;
    for (const aq::AqiRow& row : rows) {
        if (!row.result.aqi || row.result.level.level < 1 || row.result.level.level > 6)
            continue;
        bars[static_cast<std::size_t>(row.result.level.level - 1)]->addData(
            static_cast<double>(row.ts + 43200), *row.result.aqi);
        yMax = std::max(yMax, static_cast<double>(*row.result.aqi));
    }
    m_daily->xAxis->setRange(static_cast<double>(m_now - kHistoryDays * 86400),
                             static_cast<double>(m_now + 86400));
    m_daily->yAxis->setRange(0, yMax * 1.1);
    m_daily->replot();
}

} // namespace eco::ui
