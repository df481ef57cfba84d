// Sync against a real PostgreSQL server the test starts itself (tests/pg/PgTestServer): hub init,
// push/pull round trip, three replicas converging under random interleavings, kill -9 of a
// syncing child at the worst moments, signed bundles refused when tampered, truncated or
// foreign, and a district-scoped user pulling only that district.
#include "core/store/Database.h"
#include "core/store/PowerWriter.h"
#include "core/store/ReadingWriter.h"
#include "core/store/TrackWriter.h"
#include "core/sync/Bundle.h"
#include "core/sync/HubSchema.h"
#include "core/sync/HubSync.h"
#include "core/sync/LocalChanges.h"
#include "core/sync/PgConnection.h"
#include "core/sync/SigningKey.h"
#include "core/sync/SyncError.h"
#include "core/task/AttachmentStore.h"
#include "core/task/ChainVerifier.h"
#include "core/task/PasswordHasher.h"
#include "core/task/TaskError.h"
#include "core/task/TaskService.h"
#include "tests/pg/PgTestServer.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace eco;
using store::Database;

namespace {

// Every row sync carries, as sorted COPY lines: two stores hold the same data iff equal.
class DumpSink : public sync::RowSink {
public:
    QStringList lines;
    QString table;
    void beginTable(const sync::TableSpec& t) override {
        table = QString::fromUtf8(t.name.data(), static_cast<qsizetype>(t.name.size()));
    }
    void row(std::string_view l) override {
        lines << table + u'|' + QString::fromUtf8(l.data(), static_cast<qsizetype>(l.size()));
    }
    void endTable(const sync::TableSpec&, std::int64_t) override {}
};

QStringList dump(Database& db) {
    DumpSink s;
    sync::LocalChanges(db).readAll(s, std::nullopt);
    s.lines.sort();
    return s.lines;
}

QStringList tasksTable(Database& db) {
    QStringList out;
    auto st = db.prepare("SELECT id, state, officer, event_count, head_hash, conclusion FROM tasks "
                         "ORDER BY id");
    while (st.step())
        out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                   .arg(st.text(0), st.text(1), st.text(2))
                   .arg(st.int64(3))
                   .arg(st.text(4), st.text(5));
    return out;
}

std::int64_t scalar(const Database& db, const char* sql) {
    auto st = db.prepare(sql);
    return st.step() ? st.int64(0) : -1;
}

void insertUser(Database& db, const QString& name, const char* role, const QString& district = {},
                const QByteArray& password = "not-a-login") {
    const auto rec = task::PasswordHasher(task::PasswordPolicy::interactive()).hash(password);
    auto st = db.prepare("INSERT INTO users(username, role, district, team, pw_algo, pw_salt, "
                         "pw_hash, created_ts) VALUES(?1,?2,?3,'',?4,?5,?6,0)");
    st.bind(1, name).bind(2, role).bind(3, district.isNull() ? QStringLiteral("") : district);
    st.bind(4, rec.algo).bindBlob(5, rec.salt).bindBlob(6, rec.hash);
    st.execute();
}

void seedCity(Database& db) {
    store::Transaction tx(db);
    insertUser(db, "duty", "duty_officer");
    insertUser(db, "sup", "supervisor");
    insertUser(db, "f1", "field_officer");
    insertUser(db, "d1off", "duty_officer", "D1", "district-one-pass");
    db.exec("INSERT INTO teams(id,name,district,created_ts) VALUES('t1','Team 1','',0);"
            "UPDATE users SET team='t1' WHERE username='f1'");
    db.exec("INSERT INTO enterprises(id,name,district,lon,lat) VALUES('E1','Steel','D1',104,30.6),"
            "('E2','Paper','D2',104.1,30.7);"
            "INSERT INTO outlets(id,enterprise_id,medium,lon,lat) VALUES('O1','E1','gas',104,30.6),"
            "('O2','E2','water',104.1,30.7);"
            "INSERT INTO limits VALUES('O1','01','hour',50,'mg/m3');"
            "INSERT INTO sites(id,name,kind,lon,lat,district) VALUES('S1','North','national',104,"
            "30.5,'D1'),('S2','South','micro',104.2,30.4,'D2');"
            "INSERT INTO power_meters(meter_id,enterprise_id,circuit) VALUES('M1','E1',"
            "'production'),('M2','E2','total');"
            "INSERT INTO vehicles(vehicle_id,name) VALUES('V1','Van');"
            "INSERT INTO lidars(id,name,lon,lat) VALUES('L1','Lidar',104,30.6);"
            "INSERT INTO alerts(level,start_ts,end_ts,region) VALUES('orange',1717200000,"
            "1717300000,'city');"
            "INSERT INTO measures VALUES('E1','orange',30);"
            "INSERT INTO clues(id,rule,subject_kind,subject_id,start_ts,end_ts,district,"
            "created_ts,updated_ts) VALUES('C1','E1','outlet','O1',0,3600,'D1',0,0),"
            "('C2','E1','outlet','O2',0,3600,'D2',0,0);"
            "INSERT INTO series(source_id,pollutant,interval) VALUES('S1','a34004','hour'),"
            "('S2','a34004','hour'),('O1','01','hour'),('O2','w01018','hour');");
    // Three days of hourly readings for each series, with a NULL and a flag, through the bulk
    // writers (they, not triggers, mark what sync must push).
    store::ReadingWriter r(db);
    for (int s = 1; s <= 4; ++s)
        for (int h = 0; h < 72; ++h)
            r.add(s, std::int64_t{1717200000} + h * 3600,
                  h == 5 ? std::nullopt : std::optional<double>(10.0 + s + h * 0.125),
                  h == 7 ? 'D' : 'N');
    store::PowerWriter p(db);
    store::TrackWriter t(db);
    for (int m = 0; m < 120; ++m) {
        p.add(1 + m % 2, std::int64_t{1717200000} + m * 900, 100.0 + m);
        t.add(1, std::int64_t{1717200000} + m * 10, 104.0 + m * 1e-4, 30.6);
    }
    db.exec("INSERT INTO lidar_scans VALUES('L1',1717200000,'ppi',2.5,0,15,4,2,x'0000803f00000040',"
            "'f32',x'0102030405060708090a0b0c0d0e0f10')");
    tx.commit();
}

} // namespace

class TestSync : public QObject {
    Q_OBJECT

    testing::PgTestServer m_server;
    QTemporaryDir m_dir;
    QString m_hub;
    int m_dbCount = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("r%1.db").arg(++m_dbCount)); }
    sync::SyncResult syncWith(Database& db, const QString& hub,
                              const sync::SyncIdentity& who = {}) {
        auto pg = sync::PgConnection::open(hub);
        sync::HubSync s(db, pg);
        return s.run(who);
    }
    QString newHub() {
        const QString url = m_server.createDatabase(QStringLiteral("hub%1").arg(++m_dbCount));
        auto pg = sync::PgConnection::open(url);
        sync::HubSchema::init(pg);
        return url;
    }
    static bool verified(Database& db) {
        const auto r = task::ChainVerifier::verify(db, task::AttachmentStore(db.path()), {});
        for (const auto& p : r.problems)
            qWarning() << p.toText();
        return r.ok();
    }
    static QString digest(Database& db) {
        return task::ChainVerifier::verify(db, task::AttachmentStore(db.path()), {}).headsDigest;
    }
    struct Run {
        int code = -1;
        QString out;
    };
    Run cli(const QStringList& args, const QByteArray& stall = {}, bool kill = false) {
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        if (!stall.isEmpty())
            env.insert(QStringLiteral("ECOSENTRY_SYNC_STALL"), QString::fromLatin1(stall));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(ECOSENTRY_BINARY), args);
        Run r;
        if (kill) {
            QString seen;
            QElapsedTimer t;
            t.start();
            while (!seen.contains(QLatin1String("STALLED")) && t.elapsed() < 60000) {
                p.waitForReadyRead(200);
                seen += QString::fromLocal8Bit(p.readAll());
                if (p.state() == QProcess::NotRunning)
                    break;
            }
            r.out = seen;
            ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
            p.waitForFinished(30000);
            return r;
        }
        p.waitForFinished(120000);
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromLocal8Bit(p.readAll());
        return r;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        m_hub = newHub();
        QVERIFY(!m_hub.isEmpty());
    }

    void hubInitIsIdempotentAndRefusesOthers() {
        auto pg = sync::PgConnection::open(m_hub);
        const auto again = sync::HubSchema::init(pg);
        QVERIFY(!again.created);
        QCOMPARE(again.version, sync::HubSchema::latestVersion());
        QCOMPARE(sync::HubSchema::init(pg).cityId, again.cityId);
        // A database that belongs to something else is refused and left alone.
        const QString other = m_server.createDatabase(QStringLiteral("other"));
        auto po = sync::PgConnection::open(other);
        po.exec("CREATE TABLE invoices(id int)");
        try {
            sync::HubSchema::init(po);
            QFAIL("a foreign database was accepted");
        } catch (const sync::SyncError& e) {
            QVERIFY2(e.message().contains(QLatin1String("invoices")), qPrintable(e.message()));
        }
        QCOMPARE(po.query("SELECT count(*) FROM pg_tables WHERE schemaname='public'").integer(0, 0),
                 1LL);
        // An unreachable server names itself.
        const Run r = cli({QStringLiteral("hub"), QStringLiteral("init"), QStringLiteral("--hub"),
                           QStringLiteral("postgresql://postgres@127.0.0.1:1/none")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QLatin1String("cannot reach the hub")), qPrintable(r.out));
        const Run ok =
            cli({QStringLiteral("hub"), QStringLiteral("init"), QStringLiteral("--hub"), m_hub});
        QCOMPARE(ok.code, 0);
        QVERIFY(ok.out.contains(QLatin1String("already initialised")));
    }

    void pushThenPullGivesTheSameRows() {
        const QString hub = newHub();
        auto a = Database::open(newPath());
        seedCity(a);
        task::TaskService(a).create(QStringLiteral("duty"), [] {
            task::CreateRequest r;
            r.clueId = QStringLiteral("C1");
            return r;
        }());
        const auto pushed = syncWith(a, hub);
        QVERIFY(pushed.pushed > 300);
        QCOMPARE(scalar(a, "SELECT count(*) FROM sync_pending"), 0);
        auto b = Database::open(newPath());
        const auto pulled = syncWith(b, hub);
        QCOMPARE(pulled.pushed, 0);
        QCOMPARE(dump(b), dump(a));
        QCOMPARE(tasksTable(b), tasksTable(a));
        QVERIFY(verified(b));
        // Nothing pulled is queued to go back, and a second sync moves nothing.
        QCOMPARE(scalar(b, "SELECT count(*) FROM sync_pending"), 0);
        const auto again = syncWith(b, hub);
        QCOMPARE(again.pushed + again.pulled, 0);
        QCOMPARE(b.meta(QStringLiteral("city_id")), a.meta(QStringLiteral("city_id")));
    }

    void threeReplicasConverge() {
        const QString hub = newHub();
        std::vector<Database> r;
        for (int i = 0; i < 3; ++i)
            r.push_back(Database::open(newPath()));
        seedCity(r[0]);
        QStringList tasks;
        {
            task::TaskService s(r[0]);
            for (int i = 0; i < 4; ++i) {
                task::CreateRequest c;
                c.enterpriseId = i % 2 ? QStringLiteral("E2") : QStringLiteral("E1");
                tasks << s.create(QStringLiteral("duty"), c);
            }
        }
        for (auto& db : r)
            syncWith(db, hub);
        QRandomGenerator rng(20241125);
        int conflicts = 0;
        for (int step = 0; step < 90; ++step) {
            Database& db = r[rng.bounded(3)];
            const QString t = tasks[rng.bounded(static_cast<int>(tasks.size()))];
            task::TaskService s(db);
            try {
                switch (rng.bounded(6)) {
                case 0:
                    s.comment(QStringLiteral("duty"), t, QStringLiteral("note %1").arg(step));
                    break;
                case 1: {
                    task::DispatchRequest d;
                    d.team = QStringLiteral("t1");
                    s.dispatch(QStringLiteral("duty"), t, d);
                    break;
                }
                case 2:
                    s.accept(QStringLiteral("f1"), t);
                    break;
                case 3:
                    s.cancel(QStringLiteral("sup"), t, QStringLiteral("dup %1").arg(step));
                    break;
                case 4: {
                    store::ReadingWriter w(db);
                    w.add(w.series(QStringLiteral("S1"), QStringLiteral("a34004"),
                                   model::Interval::Hour),
                          std::int64_t{1718000000} + rng.bounded(40) * 3600,
                          static_cast<double>(step));
                    break;
                }
                default:
                    syncWith(db, hub);
                    break;
                }
            } catch (const task::TaskError&) {
                ++conflicts; // an action illegal in this replica's view: refused locally
            }
        }
        for (int round = 0; round < 2; ++round)
            for (auto& db : r)
                syncWith(db, hub);
        for (int i = 1; i < 3; ++i) {
            QCOMPARE(tasksTable(r[i]), tasksTable(r[0]));
            QCOMPARE(digest(r[i]), digest(r[0]));
            QCOMPARE(dump(r[i]), dump(r[0]));
        }
        for (auto& db : r)
            QVERIFY(verified(db));
        // Replicas did append to the same task while apart: some seq is held by two events.
        QVERIFY(scalar(r[0], "SELECT count(*) FROM (SELECT task_id, seq FROM task_events GROUP "
                             "BY 1, 2 HAVING count(*) > 1)") > 0);
        qInfo("events %lld, tasks %lld, refused locally %d",
              static_cast<long long>(scalar(r[0], "SELECT count(*) FROM task_events")),
              static_cast<long long>(scalar(r[0], "SELECT count(*) FROM tasks")), conflicts);
    }

    void killedSyncResumesWithNothingLostOrDuplicated() {
        const QString hub = newHub();
        const QString pathA = newPath();
        {
            auto a = Database::open(pathA);
            seedCity(a);
        }
        const QStringList args{QStringLiteral("sync"), QStringLiteral("--db"), pathA,
                               QStringLiteral("--hub"), hub};
        // Killed before the hub commits: the hub has nothing.
        Run k = cli(args, "push-before-commit", true);
        QVERIFY2(k.out.contains(QLatin1String("STALLED")), qPrintable(k.out));
        auto pg = sync::PgConnection::open(hub);
        QCOMPARE(pg.query("SELECT count(*) FROM readings").integer(0, 0), 0LL);
        // Killed after the hub committed but before the local marks were cleared.
        k = cli(args, "push-after-commit", true);
        QVERIFY2(k.out.contains(QLatin1String("STALLED")), qPrintable(k.out));
        QCOMPARE(pg.query("SELECT count(*) FROM readings").integer(0, 0), 288LL);
        const long long seqBefore = pg.query("SELECT max(change_seq) FROM readings").integer(0, 0);
        {
            auto a = Database::open(pathA);
            QVERIFY(scalar(a, "SELECT count(*) FROM sync_pending") > 0);
        }
        Run ok = cli(args);
        QCOMPARE(ok.code, 0);
        // Sent again, merged as a no-op: the same rows, no new change numbers.
        QCOMPARE(pg.query("SELECT count(*) FROM readings").integer(0, 0), 288LL);
        QCOMPARE(pg.query("SELECT max(change_seq) FROM readings").integer(0, 0), seqBefore);
        // A pull killed mid-transfer leaves the new store without a half of anything.
        const QString pathB = newPath();
        const QStringList pullArgs{QStringLiteral("sync"), QStringLiteral("--db"), pathB,
                                   QStringLiteral("--hub"), hub};
        k = cli(pullArgs, "pull-row:150", true);
        QVERIFY2(k.out.contains(QLatin1String("STALLED")), qPrintable(k.out));
        {
            auto b = Database::open(pathB);
            QCOMPARE(scalar(b, "SELECT count(*) FROM readings"), 0);
            QCOMPARE(scalar(b, "SELECT count(*) FROM sync_state"), 0);
        }
        ok = cli(pullArgs);
        QCOMPARE(ok.code, 0);
        auto a = Database::open(pathA);
        auto b = Database::open(pathB);
        QCOMPARE(dump(b), dump(a));
    }

    void writersMarkOncePerDayAndPushOnlyWhatChanged() {
        const QString hub = newHub();
        auto a = Database::open(newPath());
        seedCity(a);
        // One mark per (series, UTC day), holding the earliest time touched: 4 series x 3 days
        // (1717200000 is 00:00 UTC), 2 meters x 2 days, 1 vehicle x 1 day.
        QCOMPARE(scalar(a, "SELECT count(*) FROM sync_pending WHERE tbl='readings'"), 12);
        QCOMPARE(scalar(a, "SELECT count(*) FROM sync_pending WHERE tbl='power_readings'"), 4);
        QCOMPARE(scalar(a, "SELECT count(*) FROM sync_pending WHERE tbl='track_points'"), 1);
        QCOMPARE(scalar(a, "SELECT min(lo) FROM sync_pending WHERE tbl='readings'"), 1717200000);
        syncWith(a, hub);
        QCOMPARE(scalar(a, "SELECT count(*) FROM sync_pending"), 0);
        // A replayed write changes nothing and marks nothing.
        {
            store::Transaction tx(a);
            store::ReadingWriter w(a);
            w.add(1, 1717200000 + 3600, 10.0 + 1 + 0.125);
            tx.commit();
        }
        QCOMPARE(scalar(a, "SELECT count(*) FROM sync_pending"), 0);
        // A rolled-back savepoint takes its mark with it; the same day written again after it
        // in the same transaction is marked again.
        {
            store::Transaction tx(a);
            store::ReadingWriter w(a);
            {
                store::Savepoint sp(a, "grp");
                w.add(2, 1717200000 + 50 * 3600, 99.0);
                sp.rollback();
            }
            QCOMPARE(scalar(a, "SELECT count(*) FROM sync_pending"), 0);
            w.add(2, 1717200000 + 60 * 3600, 98.0);
            w.add(2, 1717200000 + 59 * 3600, 97.0); // earlier in the same day: lo moves back
            tx.commit();
        }
        QCOMPARE(scalar(a, "SELECT count(*) FROM sync_pending"), 1);
        QCOMPARE(scalar(a, "SELECT lo FROM sync_pending"), 1717200000 + 59 * 3600);
        // The push sends that series from lo to the end of its day only: hours 59..71.
        const auto r = syncWith(a, hub);
        QCOMPARE(r.pushed, 13);
        // A pull applies rows unmarked, a bundle import marks them (to pass them on).
        auto b = Database::open(newPath());
        syncWith(b, hub);
        QCOMPARE(scalar(b, "SELECT count(*) FROM sync_pending"), 0);
        const QString file = m_dir.filePath(QStringLiteral("marks.bundle"));
        sync::Bundle::exportTo(a, file, std::nullopt);
        auto c = Database::open(newPath());
        sync::Bundle::importFrom(c, file, {sync::SigningKey::loadOrCreate(a.path()).publicKey()});
        QCOMPARE(scalar(c, "SELECT count(*) FROM sync_pending WHERE tbl='readings'"), 12);
        QVERIFY(scalar(c, "SELECT count(*) FROM sync_pending WHERE tbl='sites'") == 2);
    }

    // Pulled rows are not marked for sync, but late ones (before the screening watermark) are
    // marked for screening: another node's late data must be judged again too.
    void pulledLateRowsAreMarkedForScreening() {
        const QString hub = newHub();
        auto a = Database::open(newPath());
        seedCity(a);
        syncWith(a, hub);
        auto b = Database::open(newPath());
        b.exec("INSERT INTO screen_watermark(id, hwm) VALUES(1, " +
               std::to_string(1717200000 + 48 * 3600) + ")");
        syncWith(b, hub);
        QCOMPARE(scalar(b, "SELECT count(*) FROM sync_pending"), 0);
        // Local days (UTC+8) of hours 0-47: 4 series x 3 days; the meters' 30 h: 2 x 2 days.
        QCOMPARE(scalar(b, "SELECT count(*) FROM screen_dirty WHERE kind=0"), 12);
        QCOMPARE(scalar(b, "SELECT count(*) FROM screen_dirty WHERE kind=1"), 4);
        QCOMPARE(scalar(b, "SELECT max(day) FROM screen_dirty"),
                 (1717200000 + 47 * 3600 + 28800) / 86400);
        QCOMPARE(scalar(b, "SELECT count(*) FROM screen_dirty WHERE kind=0 AND key NOT IN "
                           "(SELECT id FROM series)"),
                 0);
    }

    void trustedKeysPersist() {
        auto a = Database::open(newPath());
        a.exec("INSERT INTO sites(id,name,kind,lon,lat,district) VALUES('S1','North','national',"
               "104,30.5,'D1')");
        const QString file = m_dir.filePath(QStringLiteral("trust.bundle"));
        sync::Bundle::exportTo(a, file, std::nullopt);
        const QString key = sync::SigningKey::loadOrCreate(a.path()).publicKeyHex();
        const QString pathB = newPath();
        Database::open(pathB);
        const auto run = [&](QStringList more) {
            return cli(QStringList{QStringLiteral("sync"), QStringLiteral("--db"), pathB} + more);
        };
        Run r = run({QStringLiteral("--import"), file});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QLatin1String("not a trusted key")), qPrintable(r.out));
        r = run({QStringLiteral("--trust"), key});
        QCOMPARE(r.code, 0);
        r = run({QStringLiteral("--trusted")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(key), qPrintable(r.out));
        // Trusted once, accepted from now on without --trust.
        r = run({QStringLiteral("--import"), file});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("imported")), qPrintable(r.out));
        r = run({QStringLiteral("--untrust"), key});
        QCOMPARE(r.code, 0);
        r = run({QStringLiteral("--import"), file});
        QCOMPARE(r.code, 1);
        r = run({QStringLiteral("--untrust"), QStringLiteral("nonsense")});
        QCOMPARE(r.code, 2);
    }

    void bundlesAreSignedAndChecked() {
        auto a = Database::open(newPath());
        seedCity(a);
        const QString file = m_dir.filePath(QStringLiteral("a.bundle"));
        const auto info = sync::Bundle::exportTo(a, file, std::nullopt);
        QVERIFY(info.rows > 300);
        const QByteArray pub = sync::SigningKey::loadOrCreate(a.path()).publicKey();
        const auto perms = QFile::permissions(sync::SigningKey::keyPath(a.path()));
        QVERIFY(perms & QFile::ReadOwner);
        QCOMPARE(perms & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                          QFile::ReadOther | QFile::WriteOther | QFile::ExeOther),
                 QFileDevice::Permissions());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        f.close();
        const auto write = [&](const QString& name, const QByteArray& b) {
            QFile o(m_dir.filePath(name));
            o.open(QIODevice::WriteOnly);
            o.write(b);
            return o.fileName();
        };
        auto b = Database::open(newPath());
        const auto refused = [&](const QString& path, const QList<QByteArray>& trust,
                                 const char* reason) {
            const QStringList before = dump(b);
            try {
                sync::Bundle::importFrom(b, path, trust);
                QFAIL(qPrintable(QStringLiteral("accepted: ") + path));
            } catch (const sync::SyncError& e) {
                QVERIFY2(e.message().contains(QLatin1String(reason)), qPrintable(e.message()));
            }
            QCOMPARE(dump(b), before);
        };
        // Untrusted signer.
        refused(file, {}, "not a trusted key");
        // Tampered: one reading value changed.
        QByteArray tampered = bytes;
        const qsizetype at = tampered.indexOf("\t11.125\t");
        QVERIFY(at > 0);
        tampered[at + 1] = '9';
        refused(write(QStringLiteral("tampered.bundle"), tampered), {pub}, "was altered");
        // Truncated anywhere: the middle of a line, or a whole number of lines.
        refused(write(QStringLiteral("cut1.bundle"), bytes.left(bytes.size() / 2)), {pub},
                "truncated");
        refused(write(QStringLiteral("cut2.bundle"), bytes.left(bytes.lastIndexOf("\nS ") + 1)),
                {pub}, "truncated");
        // Intact and trusted: applied whole.
        const auto in = sync::Bundle::importFrom(b, file, {pub});
        QCOMPARE(in.rows, info.rows);
        QCOMPARE(dump(b), dump(a));
        // From another city, even when the signer is trusted.
        auto c = Database::open(newPath());
        seedCity(c);
        c.setMeta(QStringLiteral("city_id"), QStringLiteral("another-city"));
        const QString foreign = m_dir.filePath(QStringLiteral("c.bundle"));
        sync::Bundle::exportTo(c, foreign, std::nullopt);
        refused(foreign, {sync::SigningKey::loadOrCreate(c.path()).publicKey()}, "from city");
        // --since keeps catalogs whole and cuts series and events by time.
        const QString since = m_dir.filePath(QStringLiteral("since.bundle"));
        const auto part = sync::Bundle::exportTo(a, since, std::int64_t{1717200000} + 48 * 3600);
        QVERIFY(part.rows < info.rows && part.rows > 24 * 4);
    }

    void districtUserPullsOnlyTheDistrict() {
        const QString hub = newHub();
        auto a = Database::open(newPath());
        seedCity(a);
        {
            task::TaskService s(a);
            task::CreateRequest c1, c2;
            c1.enterpriseId = QStringLiteral("E1");
            c2.enterpriseId = QStringLiteral("E2");
            s.create(QStringLiteral("duty"), c1);
            s.create(QStringLiteral("duty"), c2);
        }
        syncWith(a, hub);
        auto h = Database::open(newPath());
        auto pg = sync::PgConnection::open(hub);
        sync::HubSync s(h, pg);
        try {
            s.authenticate(QStringLiteral("d1off"), "wrong-password");
            QFAIL("a wrong password was accepted");
        } catch (const sync::SyncError& e) {
            QVERIFY(e.message().contains(QLatin1String("authentication failed")));
        }
        const auto who = s.authenticate(QStringLiteral("d1off"), "district-one-pass");
        QCOMPARE(who.district, QStringLiteral("D1"));
        s.run(who);
        QCOMPARE(scalar(h, "SELECT count(*) FROM enterprises"), 1);
        QCOMPARE(scalar(h, "SELECT count(*) FROM enterprises WHERE district='D1'"), 1);
        QCOMPARE(scalar(h, "SELECT count(*) FROM sites WHERE district<>'D1'"), 0);
        QCOMPARE(scalar(h, "SELECT count(*) FROM clues"), 1);
        QCOMPARE(scalar(h, "SELECT count(*) FROM tasks WHERE district='D1'"), 1);
        QCOMPARE(scalar(h, "SELECT count(*) FROM tasks"), 1);
        QCOMPARE(scalar(h, "SELECT count(DISTINCT s.source_id) FROM readings r JOIN series s ON "
                           "s.id=r.series_id"),
                 2); // S1 and O1
        QCOMPARE(scalar(h, "SELECT count(*) FROM power_readings"), 60);
        QCOMPARE(scalar(h, "SELECT count(*) FROM track_points"), 0);
        QVERIFY(verified(h));
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "test_sync.moc"
