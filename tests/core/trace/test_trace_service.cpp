// TraceService, EventFinder and `ecosentry trace` against a small demo city (2 days, seed 1,
// built here): the ground-truth evaluation finds the episodes' sources, a trace is deterministic
// for a seed, and the hotspot and lidar commands list and trace with the documented columns and
// refuse bad usage with the right exit codes.
#include "core/demo/DemoCity.h"
#include "core/model/Time.h"
#include "core/store/Database.h"
#include "core/trace/EventDetectors.h"
#include "core/trace/EventFinder.h"
#include "core/trace/TraceService.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace eco;

namespace {
const QString kTraceHeader = QStringLiteral(
    "rank,enterprise_id,outlet_id,score,p_top1,p_top3,distance_m,bearing_deg,explained_share,"
    "flags");
}

class TestTraceService : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

    struct Run {
        int code = -1;
        QStringList out;
        QString err;
    };
    Run cli(QStringList args) const {
        QProcess p;
        args.prepend(QStringLiteral("trace"));
        args << QStringLiteral("--db") << m_db;
        p.start(QStringLiteral(ECOSENTRY_BINARY), args);
        Run r;
        if (!p.waitForFinished(60000))
            return r;
        r.code = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("d2.db"));
        demo::DemoConfig c;
        c.dbPath = m_db;
        c.days = 2;
        c.seed = 1;
        demo::DemoCity::build(c);
    }

    void evaluationFindsTheSources() {
        auto db = store::Database::open(m_db, store::Database::Mode::ReadOnly);
        trace::TraceRequest defaults;
        defaults.members = 100;
        const auto ev = trace::TraceService(db).evaluate(defaults);
        QVERIFY(ev.episodes >= 1);
        // Every station-observed episode's source within the top three; lidar the same.
        QCOMPARE(ev.top3Hits, ev.episodes);
        QVERIFY(ev.lidar.episodes >= 1);
        QVERIFY(ev.lidar.top3Hits >= ev.lidar.episodes - 1);
        QVERIFY(!ev.lines.isEmpty());
        QVERIFY(ev.lines.front().contains(QStringLiteral("dist=")));
    }

    void deterministicForASeed() {
        auto db = store::Database::open(m_db, store::Database::Mode::ReadOnly);
        const trace::TraceService service(db);
        auto st = db.prepare("SELECT receptor_id, ts FROM truth_observations WHERE "
                             "receptor_kind='site' ORDER BY excess DESC LIMIT 1");
        QVERIFY(st.step());
        trace::TraceRequest req;
        req.siteId = st.text(0);
        req.ts = st.int64(1);
        req.seed = 7;
        const auto a = service.run(req);
        const auto b = service.run(req);
        QVERIFY(a.ok);
        QVERIFY(!a.rows.empty());
        QCOMPARE(a.rows.size(), b.rows.size());
        for (size_t i = 0; i < a.rows.size(); ++i) {
            QCOMPARE(a.rows[i].outletId, b.rows[i].outletId);
            QCOMPARE(a.rows[i].score, b.rows[i].score);
            QCOMPARE(a.rows[i].pTop1, b.rows[i].pTop1);
        }
        // The ensemble's probabilities are probabilities.
        for (const auto& r : a.rows) {
            QVERIFY(r.pTop1 >= 0 && r.pTop1 <= r.pTop3 + 1e-12 && r.pTop3 <= 1);
        }
        // The NNLS option fits the station's hours and stays deterministic and consistent.
        QCOMPARE(a.result.fitHours, 0);
        req.fit = trace::FitMode::Nnls;
        const auto f1 = service.run(req);
        const auto f2 = service.run(req);
        QVERIFY(f1.ok);
        QVERIFY2(f1.result.fitHours >= 2, qPrintable(QString::number(f1.result.fitHours)));
        QVERIFY(!f1.rows.empty());
        QCOMPARE(f1.rows.size(), f2.rows.size());
        for (size_t i = 0; i < f1.rows.size(); ++i) {
            QCOMPARE(f1.rows[i].score, f2.rows[i].score);
            QVERIFY(f1.rows[i].fitFactor >= 0);
            QVERIFY(f1.rows[i].pTop1 <= f1.rows[i].pTop3 + 1e-12 && f1.rows[i].pTop3 <= 1);
            QVERIFY(f1.rows[i].explainedShare >= 0 && f1.rows[i].explainedShare <= 1);
        }
    }

    void firstDayFallsBackToTheNetworkBaseline() {
        // A station's first hours have no 24 h history: the background comes from the other
        // stations at the same hour (their 10th percentile), and the event is still traced.
        auto db = store::Database::open(m_db, store::Database::Mode::ReadOnly);
        const QString pm = QStringLiteral("a34004");
        auto st = db.prepare("SELECT s.source_id, min(r.ts) FROM series s JOIN readings r ON "
                             "r.series_id=s.id JOIN sites t ON t.id=s.source_id WHERE "
                             "s.interval='hour' AND s.pollutant=?1 GROUP BY s.source_id ORDER "
                             "BY s.source_id LIMIT 1");
        st.bind(1, pm);
        QVERIFY(st.step());
        const QString site = st.text(0);
        const std::int64_t hour = st.int64(1) + 2 * 3600; // two hours of history only
        std::vector<double> others;
        auto vals = db.prepare("SELECT r.value FROM series s JOIN readings r ON r.series_id=s.id "
                               "JOIN sites t ON t.id=s.source_id WHERE s.interval='hour' AND "
                               "s.pollutant=?1 AND r.ts=?2 AND r.flag='N' AND s.source_id<>?3");
        vals.bind(1, pm).bind(2, hour).bind(3, site);
        while (vals.step())
            others.push_back(vals.real(0));
        QVERIFY(others.size() >= 4);

        trace::TraceRequest req;
        req.siteId = site;
        req.ts = hour;
        req.pollutant = pm;
        req.members = 20;
        const trace::TraceService service(db);
        const auto first = service.run(req);
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(first.baselineMethod, QStringLiteral("network_hour_p10"));
        QVERIFY(std::abs(first.baseline - trace::quantile(others, 0.1)) < 1e-9);
        QVERIFY(std::abs(first.excess - std::max(0.0, first.observed - first.baseline)) < 1e-9);
        // A day later the station's own rolling window is back.
        req.ts = hour + 86400;
        const auto later = service.run(req);
        QVERIFY(later.ok);
        QCOMPARE(later.baselineMethod, QStringLiteral("rolling_24h_p10"));
    }

    void hotspotsListAndTrace() {
        const Run list =
            cli({"--hotspots", "--vehicle", "V01", "--from", "2026-10-01", "--to", "2026-10-02"});
        QCOMPARE(list.code, 0);
        QVERIFY(!list.out.isEmpty());
        QCOMPARE(list.out.front(),
                 QStringLiteral("index,vehicle_id,pollutant,lon,lat,peak_time,first_time,"
                                "last_time,passes,samples,mean_excess,max_excess"));
        QVERIFY2(list.out.size() >= 2, "the demo vehicle should pass at least one hotspot");
        const QStringList first = list.out[1].split(u',');
        QCOMPARE(first.value(0), QStringLiteral("1"));
        QCOMPARE(first.value(1), QStringLiteral("V01"));
        QVERIFY(first.value(8).toInt() >= 2); // repeated passes
        // The same list through the library, strongest first.
        auto db = store::Database::open(m_db);
        const auto events = trace::EventFinder(db).hotspots(
            QStringLiteral("V01"), *model::parseUserTime(QStringLiteral("2026-10-01")),
            *model::parseUserTime(QStringLiteral("2026-10-03")), QStringLiteral("a34004"));
        QCOMPARE(int(events.size()), list.out.size() - 1);
        for (size_t i = 1; i < events.size(); ++i)
            QVERIFY(events[i - 1].hotspot.maxExcess >= events[i].hotspot.maxExcess);

        const Run traced = cli(
            {"--vehicle", "V01", "--from", "2026-10-01", "--to", "2026-10-02", "--hotspot", "1"});
        QCOMPARE(traced.code, 0);
        QCOMPARE(traced.out.value(0), kTraceHeader);
        QVERIFY(traced.err.contains(QStringLiteral("event a34004")));

        const Run tooFar = cli(
            {"--vehicle", "V01", "--from", "2026-10-01", "--to", "2026-10-02", "--hotspot", "999"});
        QCOMPARE(tooFar.code, 1);
        QVERIFY(tooFar.err.contains(QStringLiteral("not 999")));
    }

    void lidarPlumesListAndTrace() {
        auto db = store::Database::open(m_db, store::Database::Mode::ReadOnly);
        auto st = db.prepare("SELECT o.receptor_id, o.ts, e.enterprise_id FROM truth_observations "
                             "o JOIN truth_episodes e ON e.id=o.episode_id WHERE "
                             "o.receptor_kind='lidar' ORDER BY o.excess DESC LIMIT 1");
        QVERIFY(st.step());
        const QString lidar = st.text(0);
        const QString time = model::formatIsoLocal(st.int64(1));
        const QString source = st.text(2);
        const Run list = cli({"--plumes", "--lidar", lidar, "--time", time});
        QCOMPARE(list.code, 0);
        QCOMPARE(list.out.value(0),
                 QStringLiteral("index,lidar_id,scan_time,head_lon,head_lat,centroid_lon,"
                                "centroid_lat,axis_bearing_deg,max_excess,cells"));
        QVERIFY(list.out.size() >= 2);
        const Run traced = cli({"--lidar", lidar, "--time", time});
        QCOMPARE(traced.code, 0);
        QCOMPARE(traced.out.value(0), kTraceHeader);
        // The strongest plume of the strongest lidar sighting: its source ranks in the top 3.
        QStringList top;
        for (int i = 1; i < traced.out.size() && top.size() < 3; ++i) {
            const QString e = traced.out[i].section(u',', 1, 1);
            if (!top.contains(e))
                top << e;
        }
        QVERIFY2(top.contains(source),
                 qPrintable(top.join(u' ') + QStringLiteral(" vs ") + source));
        const Run json = cli({"--plumes", "--lidar", lidar, "--time", time, "--format", "json"});
        QCOMPARE(json.code, 0);
        QVERIFY(json.out.join(u'\n').contains(QStringLiteral("\"axis_bearing_deg\"")));
    }

    void refusesBadUsage_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("hotspots without vehicle")
            << QStringList{"--hotspots", "--from", "2026-10-01", "--to", "2026-10-02"} << 2
            << "--vehicle";
        QTest::newRow("no range") << QStringList{"--hotspots", "--vehicle", "V01"} << 2 << "--from";
        QTest::newRow("list and trace")
            << QStringList{"--vehicle",  "V01",        "--from",    "2026-10-01", "--to",
                           "2026-10-02", "--hotspots", "--hotspot", "1"}
            << 2 << "give one";
        QTest::newRow("two events")
            << QStringList{"--site", "N001", "--lidar", "L01", "--time", "2026-10-01T10:00"} << 2
            << "exactly one";
        QTest::newRow("bad fit") << QStringList{"--site",           "N001",  "--time",
                                                "2026-10-01T10:00", "--fit", "lsq"}
                                 << 2 << "--fit must be nnls or none";
        QTest::newRow("unknown vehicle")
            << QStringList{"--hotspots", "--vehicle", "NOPE",      "--from",
                           "2026-10-01", "--to",      "2026-10-02"}
            << 1 << "vehicle NOPE does not exist";
        QTest::newRow("unknown lidar")
            << QStringList{"--plumes", "--lidar", "NOPE", "--time", "2026-10-01T10:00"} << 1
            << "lidar NOPE does not exist";
        QTest::newRow("bad plume index")
            << QStringList{"--lidar", "L01", "--time", "2026-10-01T10:00", "--plume", "0"} << 2
            << "--plume";
    }
    void refusesBadUsage() {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run r = cli(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestTraceService)
#include "test_trace_service.moc"
