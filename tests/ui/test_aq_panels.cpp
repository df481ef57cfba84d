// Tests of the monitoring panels on the offscreen platform, on TestCityStore plus the data added
// here: a micro-station with 96 hours of all six pollutants (so a real-time AQI, 72 hours of
// chart and three full days of daily AQI), an outlet with 8 days of SO2 and O2, a permit limit
// and flagged hours, and an ingest log with quarantined packets. Expected figures are worked out
// by hand from HJ 633 / HJ 75 in the comments, not read back from the code under test.
#include "../core/render/TestCityStore.h"

#include "core/aq/Aqi.h"
#include "core/geo/WebMercator.h"
#include "core/model/EmissionLimit.h"
#include "core/model/Reading.h"
#include "core/store/CatalogRepository.h"
#include "core/store/Database.h"
#include "core/store/ReadingWriter.h"
#include "core/store/Statement.h"
#include "ui/IngestStatusView.h"
#include "ui/MainWindow.h"
#include "ui/MapCanvas.h"
#include "ui/OutletPanel.h"
#include "ui/StationPanel.h"

#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cmath>

#include <qcustomplot.h>

using namespace eco;
using eco::testing::TestCityStore;

namespace {

constexpr std::int64_t kNow = TestCityStore::kMapTime; // 2026-10-01 09:00 +08:00: HJ 633-2026
constexpr std::int64_t kHour = 3600;
const QString kStation = QStringLiteral("S03");
const QString kOutlet = QStringLiteral("E1-G1");
// Ingest "now": 30 s into a minute.
constexpr std::int64_t kIngestNow = kNow + 30;
constexpr std::int64_t kIngestMinute = kNow;

// Flagged SO2 hours at the outlet (hours before kNow): three runs.
bool flaggedHour(int h) {
    return (h >= 10 && h <= 12) || h == 50 || h == 100 || h == 101;
}

void addTestData(const QString& path) {
    auto db = store::Database::open(path);
    store::Transaction tx(db);
    store::ReadingWriter readings(db);
    auto hourly = [&](const QString& source, const char* code, std::int64_t ts, double v,
                      char flag = 'N') {
        readings.add(
            model::Reading{source, QString::fromLatin1(code), model::Interval::Hour, ts, v, flag});
    };
    // S03: constant air, 96 hours ending with the map hour. Real-time (2026) IAQIs:
    // SO2 1h 20 -> 7, NO2 1h 45 -> 23, PM10 100 on the 24h table -> 86, CO 1h 1.0 -> 10,
    // O3 1h 80 -> 25, O3 8h 80 -> 40, PM2.5 88 on the 24h table -> 100 + 50 * 28 / 55 = 125.5
    // -> 126: AQI 126, level 3, primary PM2.5.
    for (int h = 0; h < 96; ++h) {
        const std::int64_t ts = kNow - h * kHour;
        hourly(kStation, "a21026", ts, 20);
        hourly(kStation, "a21004", ts, 45);
        hourly(kStation, "a34002", ts, 100);
        hourly(kStation, "a21005", ts, 1.0);
        hourly(kStation, "a05024", ts, 80);
        hourly(kStation, "a34004", ts, 88);
    }
    // E1-G1 (reference O2 9 %): SO2 30 mg/m3 at 12 % O2 -> 30 * 12 / 9 = 40, for 200 hours.
    for (int h = 0; h < 200; ++h) {
        const std::int64_t ts = kNow - h * kHour;
        hourly(kOutlet, "a21026", ts, 30, flaggedHour(h) ? (h == 50 ? 'F' : 'M') : 'N');
        if (h == 20)
            continue;                                         // no O2: no corrected value that hour
        hourly(kOutlet, "a19001", ts, h == 30 ? 21.5 : 12.0); // 21.5 %: no correction possible
    }
    store::CatalogRepository(db).upsert(model::EmissionLimit{
        kOutlet, QStringLiteral("a21026"), QStringLiteral("hour"), 35, QStringLiteral("mg/m3")});

    auto log = db.prepare(
        "INSERT INTO ingest_log(origin, minute_ts, accepted, quarantined) VALUES(?,?,?,?)");
    auto logRow = [&](const char* origin, std::int64_t minute, int ok, int bad) {
        log.bind(1, origin).bind(2, minute).bind(3, ok).bind(4, bad);
        log.execute();
    };
    logRow("MN-A", kIngestMinute, 10, 1);
    logRow("MN-A", kIngestMinute - 120, 5, 0);
    logRow("MN-A", kIngestMinute - 3000, 7, 2);
    logRow("MN-B", kIngestMinute - 600, 3, 0); // heard 10 min ago: not connected
    logRow("MN-C", kIngestMinute - 60, 0, 4);
    logRow("MN-A", kIngestMinute - 7200, 100, 9); // two hours ago: outside the chart
    auto q = db.prepare("INSERT INTO quarantine(received_ts, origin, mn, reason_code, reason, raw) "
                        "VALUES(?,?,?,?,?,?)");
    auto qRow = [&](const char* code, const char* reason) {
        q.bind(1, kIngestNow - 10).bind(2, "127.0.0.1:5000").bind(3, "MN-C");
        q.bind(4, code).bind(5, reason).bindBlob(6, QByteArrayLiteral("##0000garbage"));
        q.execute();
    };
    qRow("crc", "CRC mismatch");
    qRow("crc", "CRC mismatch");
    qRow("crc", "CRC mismatch");
    qRow("password", "wrong password");
    tx.commit();
}

// Points with a value: lines are broken at missing hours by NaN points, which do not count.
int validPoints(const QCPGraph* g) {
    int n = 0;
    for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it)
        n += std::isfinite(it->value) ? 1 : 0;
    return n;
}

int dataCount(QCPAbstractPlottable* p) {
    return p ? p->interface1D()->dataCount() : -1;
}

void grabTo(QWidget* w, const char* name) {
    QDir().mkpath(QStringLiteral("/tmp/gui"));
    w->grab().save(QStringLiteral("/tmp/gui/%1.png").arg(QLatin1String(name)));
}

} // namespace

class TestAqPanels : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<store::Database> m_db;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_path = TestCityStore::create(m_dir.path());
        addTestData(m_path);
        m_db = std::make_unique<store::Database>(
            store::Database::open(m_path, store::Database::Mode::ReadOnly));
        QLocale::setDefault(QLocale(QLocale::English));
    }
    void cleanupTestCase() { m_db.reset(); }

    void stationBadgeAndIaqi() {
        ui::StationPanel panel;
        panel.resize(480, 900);
        panel.showStation(*m_db, kStation, kNow);
        QCOMPARE(panel.currentAqi(), std::optional<int>(126));
        QVERIFY2(panel.badgeText().startsWith(QStringLiteral("AQI 126")),
                 qPrintable(panel.badgeText()));
        QVERIFY2(panel.badgeText().contains(aq::aqiLevel(126).nameEn),
                 qPrintable(panel.badgeText()));
        QCOMPARE(panel.badgeColour(), QColor(0xFF, 0x7E, 0x00)); // official level-3 orange
        QVERIFY2(panel.badgeDetail().contains(QStringLiteral("Primary pollutant: PM2.5")),
                 qPrintable(panel.badgeDetail()));
        QVERIFY2(panel.badgeDetail().contains(QStringLiteral("2026-10-01 09:00")),
                 qPrintable(panel.badgeDetail()));
        QTableWidget* t = panel.iaqiTable();
        QCOMPARE(t->rowCount(), aq::kReportPollutantCount);
        const QStringList expected = {"7", "23", "86", "10", "25", "40", "126"};
        for (int i = 0; i < t->rowCount(); ++i)
            QCOMPARE(t->item(i, 1)->text(), expected[i]);
        panel.show();
        grabTo(&panel, "station_panel");
    }

    void stationCharts() {
        ui::StationPanel panel;
        panel.showStation(*m_db, kStation, kNow);
        QCOMPARE(panel.chartPollutant(), QStringLiteral("a34004"));
        // Hourly: the series (hours in [now - 72 h, now]: 73) and the grade II line (2026: 60).
        QCOMPARE(panel.hourlyPlot()->graphCount(), 2);
        QCOMPARE(panel.hourlyPlot()->graph(0)->dataCount(), 73);
        QCOMPARE(panel.limitLine(), std::optional<double>(60.0));
        QCOMPARE(panel.hourlyPlot()->graph(1)->data()->begin()->value, 60.0);
        // Another pollutant: NO2 has a 1h limit of 200.
        panel.setChartPollutant(QStringLiteral("a21004"));
        QCOMPARE(panel.hourlyPlot()->graph(0)->dataCount(), 73);
        QCOMPARE(panel.limitLine(), std::optional<double>(200.0));
        // Daily: 96 hours from 09-27 10:00 give three complete local days (09-28..09-30), all at
        // AQI 126: three bars, all in the level-3 set, coloured by the level.
        QCustomPlot* daily = panel.dailyPlot();
        QCOMPARE(daily->plottableCount(), 6);
        int bars = 0;
        for (int i = 0; i < 6; ++i)
            bars += dataCount(daily->plottable(i));
        QCOMPARE(bars, 3);
        auto* level3 = qobject_cast<QCPBars*>(daily->plottable(2));
        QVERIFY(level3);
        QCOMPARE(level3->dataCount(), 3);
        QCOMPARE(level3->brush().color(), QColor(0xFF, 0x7E, 0x00));
        QCOMPARE(level3->data()->begin()->value, 126.0);
    }

    void stationWithoutAqi() {
        // S01 has PM2.5, PM10, NO2 and O3 but no SO2 or CO, all at "good" levels: 2026 publishes
        // no AQI then (missing pollutant and <= 100).
        ui::StationPanel panel;
        panel.showStation(*m_db, TestCityStore::siteId(0), kNow);
        QVERIFY(!panel.currentAqi());
        QVERIFY2(panel.badgeText().contains(QStringLiteral("—")), qPrintable(panel.badgeText()));
        QCOMPARE(panel.hourlyPlot()->graph(0)->dataCount(), 6);
        // An unknown station: empty, no crash.
        panel.showStation(*m_db, QStringLiteral("NOPE"), kNow);
        QVERIFY(!panel.currentAqi());
        QCOMPARE(panel.hourlyPlot()->graph(0)->dataCount(), 0);
    }

    void chineseLevelName() {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        ui::StationPanel panel;
        panel.showStation(*m_db, kStation, kNow);
        QLocale::setDefault(QLocale(QLocale::English));
        QVERIFY2(panel.badgeText().contains(QStringLiteral("轻度污染")),
                 qPrintable(panel.badgeText()));
    }

    void outletSeries() {
        auto db = store::Database::open(m_path);
        const auto outlets = store::CatalogRepository(db).outletsOf(QStringLiteral("E1"));
        QCOMPARE(outlets.size(), 1);
        ui::OutletPanel panel;
        panel.resize(800, 500);
        panel.showOutlets(db, outlets, kNow);
        QCOMPARE(panel.outletId(), kOutlet);
        QCOMPARE(panel.pollutant(), QStringLiteral("a21026")); // O2 is not offered
        QCustomPlot* plot = panel.plot();
        // Raw, corrected, hourly limit.
        QCOMPARE(plot->graphCount(), 3);
        // 7 days: hours 0..168 before now = 169, minus 6 flagged hours.
        QCOMPARE(validPoints(plot->graph(0)), 163);
        // Each flagged run breaks the measured line once.
        QCOMPARE(plot->graph(0)->dataCount(), 163 + 3);
        // Minus hour 20 (no O2) and hour 30 (O2 21.5 %).
        QCOMPARE(validPoints(plot->graph(1)), 161);
        QCOMPARE(plot->graph(1)->data()->begin()->value, 40.0);
        QCOMPARE(plot->graph(0)->data()->begin()->value, 30.0);
        QCOMPARE(panel.hourlyLimit(), std::optional<double>(35.0));
        QCOMPARE(plot->graph(2)->data()->begin()->value, 35.0);
        // Flagged runs: hours 10-12, 50, 100-101.
        QCOMPARE(panel.shadedCount(), 3);
        QCOMPARE(plot->itemCount(), 3);
        auto* rect = qobject_cast<QCPItemRect*>(plot->item(0));
        QVERIFY(rect);
        const double left = rect->topLeft->coords().x(), right = rect->bottomRight->coords().x();
        QCOMPARE(right - left, 3600.0 * (left == kNow - 101 * kHour ? 2 : 1));
        panel.show();
        grabTo(&panel, "outlet_panel");
        // An enterprise without outlets, and clearing.
        panel.showOutlets(db, {}, kNow);
        QCOMPARE(panel.plot()->graphCount(), 0);
        QCOMPARE(panel.shadedCount(), 0);
    }

    void ingestStatus() {
        ui::IngestStatusView view;
        view.resize(700, 500);
        view.setClock([] { return kIngestNow; });
        view.setDatabase(m_db.get());
        const ui::IngestFigures& f = view.figures();
        QCOMPARE(f.connectedLoggers, 2);        // MN-A (now, 2 min ago) and MN-C (1 min ago)
        QCOMPARE(f.acceptedHour, qint64(25));   // 10 + 5 + 7 + 3
        QCOMPARE(f.quarantinedHour, qint64(7)); // 1 + 2 + 4
        QCOMPARE(f.quarantineTotal, qint64(4));
        QTableWidget* reasons = view.reasonTable();
        QCOMPARE(reasons->rowCount(), 2);
        QCOMPARE(reasons->item(0, 0)->text(), QStringLiteral("crc"));
        QCOMPARE(reasons->item(0, 1)->text(), QStringLiteral("3"));
        QCOMPARE(reasons->item(1, 0)->text(), QStringLiteral("password"));
        QCOMPARE(reasons->item(1, 1)->text(), QStringLiteral("1"));
        // One bar per minute of the last hour, accepted and quarantined stacked.
        QCustomPlot* plot = view.plot();
        QCOMPARE(plot->plottableCount(), 2);
        QCOMPARE(dataCount(plot->plottable(0)), 60);
        auto* ok = qobject_cast<QCPBars*>(plot->plottable(0));
        auto* bad = qobject_cast<QCPBars*>(plot->plottable(1));
        QVERIFY(ok && bad);
        double okSum = 0, badSum = 0;
        for (auto it = ok->data()->begin(); it != ok->data()->end(); ++it)
            okSum += it->value;
        for (auto it = bad->data()->begin(); it != bad->data()->end(); ++it)
            badSum += it->value;
        QCOMPARE(okSum, 25.0);
        QCOMPARE(badSum, 7.0);
        QCOMPARE((ok->data()->end() - 1)->value, 10.0); // the current minute
        QCOMPARE(bad->barBelow(), ok);

        // The timer runs while the view is shown and picks up what a listener writes.
        view.timer()->setInterval(50);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.timer()->isActive());
        {
            auto rw = store::Database::open(m_path);
            auto q = rw.prepare("INSERT INTO quarantine(received_ts, origin, reason_code, reason, "
                                "raw) VALUES(?, 'x', 'format', 'bad format', x'00')");
            q.bind(1, kIngestNow);
            q.execute();
        }
        QTRY_COMPARE(view.figures().quarantineTotal, qint64(5));
        QCOMPARE(view.reasonTable()->rowCount(), 3);
        grabTo(&view, "ingest_status");
        view.hide();
        QVERIFY(!view.timer()->isActive());
    }

    void ingestStatusWithoutStore() {
        ui::IngestStatusView view;
        QCOMPARE(view.figures().quarantineTotal, qint64(0));
        QCOMPARE(view.reasonTable()->rowCount(), 0);
    }

    void mainWindowShowsThePanels() {
        ui::MainWindow w(m_path);
        w.resize(1400, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY_WITH_TIMEOUT(w.canvas()->finishedRenders() > 0, 20000);
        const auto pixel = [&](QPointF ll) {
            return w.canvas()->settings().worldToPixel(geo::WebMercator::fromLonLat(ll)).toPoint();
        };
        QTest::mouseClick(w.canvas(), Qt::LeftButton, {}, pixel(TestCityStore::siteLonLat(2)));
        QCOMPARE(w.stationPanel()->currentAqi(), std::optional<int>(126));
        QVERIFY(w.stationPanel()->isVisible());
        QTest::mouseClick(w.canvas(), Qt::LeftButton, {}, pixel({104.00, 30.62}));
        QCOMPARE(w.outletPanel()->outletId(), kOutlet);
        QVERIFY(w.outletPanel()->isVisible());
        QCOMPARE(w.outletPanel()->shadedCount(), 3);
        grabTo(&w, "main_window_outlet");
        QVERIFY(w.ingestStatus());
    }
};

QTEST_MAIN(TestAqPanels)
#include "test_aq_panels.moc"
