// Tests of the whole demo build (DemoCity and `ecosentry demo`): a build is deterministic per seed
// (identical table checksums; another seed differs), it replaces an existing store, its ground
// truth covers every rule of CONTEXT.md section 2, and the command's usage errors exit with 2.
#include "core/demo/DemoCity.h"
#include "core/store/Database.h"
#include "core/store/TruthRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace eco;

namespace {

// Every table the demo writes, in a fixed row order. Rasters without their absolute path and
// import time, which differ between folders and runs by design.
const char* const kTableQueries[][2] = {
    {"meta", "SELECT key,value FROM meta ORDER BY key"},
    {"sites", "SELECT * FROM sites ORDER BY id"},
    {"enterprises", "SELECT * FROM enterprises ORDER BY id"},
    {"outlets", "SELECT * FROM outlets ORDER BY id"},
    {"limits", "SELECT * FROM limits ORDER BY outlet_id,pollutant,interval"},
    {"series", "SELECT * FROM series ORDER BY id"},
    {"readings", "SELECT * FROM readings ORDER BY series_id,ts"},
    {"power_meters", "SELECT * FROM power_meters ORDER BY id"},
    {"power_readings", "SELECT * FROM power_readings ORDER BY meter,ts"},
    {"vehicles", "SELECT * FROM vehicles ORDER BY id"},
    {"track_points", "SELECT * FROM track_points ORDER BY vehicle,ts"},
    {"lidars", "SELECT * FROM lidars ORDER BY id"},
    {"lidar_scans", "SELECT * FROM lidar_scans ORDER BY device_id,ts,mode,elevation_deg"},
    {"rasters", "SELECT kind,product,ts,crs,west,south,east,north,width,height,bands,sha256 "
                "FROM rasters ORDER BY kind,product,ts"},
    {"alerts", "SELECT * FROM alerts ORDER BY id"},
    {"measures", "SELECT * FROM measures ORDER BY enterprise_id,level"},
    {"basemap_features", "SELECT * FROM basemap_features ORDER BY id"},
    {"truth_violations", "SELECT * FROM truth_violations ORDER BY id"},
    {"truth_episodes", "SELECT * FROM truth_episodes ORDER BY id"},
    {"truth_observations", "SELECT * FROM truth_observations ORDER BY episode_id,receptor_kind,"
                           "receptor_id,ts"},
    {"users", "SELECT * FROM users ORDER BY username"},
    {"task_events", "SELECT * FROM task_events ORDER BY task_id,seq"},
    {"tasks", "SELECT * FROM tasks ORDER BY 1"},
};

QHash<QString, QByteArray> checksums(const QString& path) {
    const auto db = store::Database::open(path, store::Database::Mode::ReadOnly);
    QHash<QString, QByteArray> out;
    for (const auto& [table, sql] : kTableQueries) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        auto st = db.prepare(sql);
        std::int64_t rows = 0;
        while (st.step()) {
            ++rows;
            for (int c = 0; c < st.columnCount(); ++c) {
                const auto bytes = st.blobView(c);
                hash.addData(QByteArrayView(reinterpret_cast<const char*>(bytes.data()),
                                            static_cast<qsizetype>(bytes.size())));
                hash.addData(QByteArrayView(st.isNull(c) ? "\x01" : "\x00", 1));
            }
        }
        out.insert(QLatin1String(table),
                   hash.result().toHex().left(16) + ':' + QByteArray::number(rows));
    }
    return out;
}

demo::DemoConfig config(const QString& path, std::uint64_t seed) {
    demo::DemoConfig c;
    c.dbPath = path;
    c.days = 2;
    c.seed = seed;
    return c;
}

} // namespace

class TestDemoCity : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QHash<QString, QByteArray> m_seed1;
    QHash<QString, QByteArray> m_seed2;
    demo::DemoCity::Report m_report;
    QStringList m_stages;
    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void initTestCase();
    void sameSeedGivesTheSameStore();
    void otherSeedGivesAnotherStore();
    void groundTruthCoversEveryRule();
    void closedLoopHasEveryRoleAndState();
    void buildReportsItsStages();
    void commandRejectsBadUsage_data();
    void commandRejectsBadUsage();
};

void TestDemoCity::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_report = demo::DemoCity::build(config(path("a.db"), 1), [&](const QString& stage, double f) {
        QVERIFY(f >= 0 && f <= 1);
        if (m_stages.isEmpty() || m_stages.last() != stage)
            m_stages << stage;
    });
    m_seed1 = checksums(path("a.db"));
}

void TestDemoCity::sameSeedGivesTheSameStore() {
    // Build another seed first at the same path, with a stray file in its raster folder: the
    // seed-1 build must replace both.
    demo::DemoCity::build(config(path("b.db"), 2));
    m_seed2 = checksums(path("b.db"));
    const QString stray = demo::DemoCity::rasterDirFor(path("b.db")) + QStringLiteral("/stray.tif");
    QDir().mkpath(demo::DemoCity::rasterDirFor(path("b.db")));
    QFile f(stray);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("x");
    f.close();
    demo::DemoCity::build(config(path("b.db"), 1));
    QVERIFY(!QFile::exists(stray));
    const auto again = checksums(path("b.db"));
    for (auto it = m_seed1.cbegin(); it != m_seed1.cend(); ++it)
        QVERIFY2(again.value(it.key()) == it.value(),
                 qPrintable(it.key() + QLatin1String(": ") + it.value() + QLatin1String(" vs ") +
                            again.value(it.key())));
}

void TestDemoCity::otherSeedGivesAnotherStore() {
    QVERIFY(!m_seed2.isEmpty());
    for (const char* table : {"enterprises", "readings", "power_readings", "truth_violations"})
        QVERIFY2(m_seed2.value(QLatin1String(table)) != m_seed1.value(QLatin1String(table)), table);
}

void TestDemoCity::groundTruthCoversEveryRule() {
    auto db = store::Database::open(path("a.db"), store::Database::Mode::ReadOnly);
    QSet<QString> rules;
    for (const auto& v : store::TruthRepository(db).violations())
        rules.insert(v.rule);
    // A1 is the ambient side's rule; the other fourteen are the emitters'.
    for (const char* r :
         {"E1", "E2", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "P1", "P2", "P3", "P4", "A1"})
        QVERIFY2(rules.contains(QLatin1String(r)), r);
    QVERIFY(!store::TruthRepository(db).episodes().isEmpty());
    QCOMPARE(db.meta(QStringLiteral("demo_seed")), QStringLiteral("1"));
    QCOMPARE(db.meta(QStringLiteral("demo_days")), QStringLiteral("2"));
    QCOMPARE(db.meta(QStringLiteral("demo_start")), QStringLiteral("2026-10-01T00:00:00+08:00"));
}

void TestDemoCity::closedLoopHasEveryRoleAndState() {
    const auto db = store::Database::open(path("a.db"), store::Database::Mode::ReadOnly);
    QSet<QString> roles, states;
    auto r = db.prepare("SELECT DISTINCT role FROM users");
    while (r.step())
        roles.insert(r.text(0));
    auto s = db.prepare("SELECT DISTINCT state FROM tasks");
    while (s.step())
        states.insert(s.text(0));
    for (const char* role :
         {"viewer", "duty_officer", "field_officer", "supervisor", "administrator"})
        QVERIFY2(roles.contains(QLatin1String(role)), role);
    for (const char* state : {"created", "dispatched", "accepted", "on_site", "verified",
                              "reported", "closed", "reopened", "cancelled"})
        QVERIFY2(states.contains(QLatin1String(state)), state);
    auto ev = db.prepare("SELECT count(*) FROM task_events");
    QVERIFY(ev.step());
    QVERIFY(ev.int64(0) > 40);
}

void TestDemoCity::buildReportsItsStages() {
    QVERIFY(m_stages.size() >= 4);
    QVERIFY(m_report.cemsRows > 729 * 6 * 40);
    QVERIFY(m_report.powerRows > 1900 * 2 * 96);
    QVERIFY(m_report.totalSeconds > 0);
    QVERIFY(m_report.stageSeconds.size() >= 4);
}

void TestDemoCity::commandRejectsBadUsage_data() {
    QTest::addColumn<QStringList>("args");
    QTest::newRow("days 0") << QStringList{QStringLiteral("--days"), QStringLiteral("0")};
    QTest::newRow("days 367") << QStringList{QStringLiteral("--days"), QStringLiteral("367")};
    QTest::newRow("days text") << QStringList{QStringLiteral("--days=ten")};
    QTest::newRow("seed negative") << QStringList{QStringLiteral("--seed"), QStringLiteral("-1")};
    QTest::newRow("seed text") << QStringList{QStringLiteral("--seed"), QStringLiteral("x")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour")};
    QTest::newRow("stray argument") << QStringList{QStringLiteral("extra")};
}

void TestDemoCity::commandRejectsBadUsage() {
    QFETCH(QStringList, args);
    QProcess p;
    p.start(QStringLiteral(ECOSENTRY_BINARY),
            QStringList{QStringLiteral("demo"), QStringLiteral("--db"), path("usage.db")} + args);
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(!p.readAllStandardError().isEmpty());
    QVERIFY(!QFile::exists(path("usage.db"))); // nothing built or removed
}

QTEST_GUILESS_MAIN(TestDemoCity)
#include "test_demo_city.moc"
