// Store: schema creation and migrations, refusal of foreign or newer files, idempotent upserts,
// transactions, the bulk writers and the lidar scan codec.
#include "core/model/Interval.h"
#include "core/store/CatalogRepository.h"
#include "core/store/Database.h"
#include "core/store/LidarScanRepository.h"
#include "core/store/Migrations.h"
#include "core/store/PowerWriter.h"
#include "core/store/ReadingWriter.h"
#include "core/store/SeriesRepository.h"
#include "core/store/StoreError.h"
#include "core/store/StoreSummary.h"
#include "core/store/TrackWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace eco;
using store::Database;

class TestStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static std::int64_t scalar(const Database& db, const char* sql) {
        auto st = db.prepare(sql);
        return st.step() ? st.int64(0) : -1;
    }

    static void seedCatalog(Database& db) {
        store::CatalogRepository cat(db);
        cat.upsert(model::Site{"S1", "Station 1", "national", 104.06, 30.66, "D01", ""});
        cat.upsert(model::Enterprise{"E1", "Plant", "steel", "D02", 104.1, 30.7, {"a", "b"}, ""});
        model::Outlet o;
        o.id = "O1";
        o.enterpriseId = "E1";
        o.mn = "MN0001";
        o.medium = "gas";
        o.lon = 104.1;
        o.lat = 30.7;
        o.heightM = 60;
        cat.upsert(o);
    }

private Q_SLOTS:
    void freshStoreHasLatestSchema() {
        const auto db = Database::open(path("fresh.db"));
        QCOMPARE(db.userVersion(), store::Migrations::latestVersion());
        for (const char* table : {"sites",          "enterprises",
                                  "outlets",        "limits",
                                  "series",         "readings",
                                  "power_meters",   "power_readings",
                                  "vehicles",       "track_points",
                                  "lidars",         "lidar_scans",
                                  "rasters",        "alerts",
                                  "measures",       "basemap_features",
                                  "clues",          "users",
                                  "task_events",    "truth_violations",
                                  "truth_episodes", "truth_observations",
                                  "meta",           "quarantine",
                                  "ingest_log"}) {
            auto st = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type='table' AND "
                                 "name=?1");
            st.bind(1, table);
            QVERIFY(st.step());
            QVERIFY2(st.int64(0) == 1, table);
        }
        QCOMPARE(scalar(db, "PRAGMA foreign_keys"), 1);
        auto mode = db.prepare("PRAGMA journal_mode");
        QVERIFY(mode.step());
        QCOMPARE(mode.text(0), QStringLiteral("wal"));
    }

    void reopenDoesNotMigrateAgain() {
        {
            auto db = Database::open(path("reopen.db"));
            seedCatalog(db);
        }
        const auto db = Database::open(path("reopen.db"));
        QCOMPARE(db.userVersion(), store::Migrations::latestVersion());
        QCOMPARE(scalar(db, "SELECT count(*) FROM sites"), 1);
    }

    void migratesAVersion1Store() {
        const QString p = path("v1.db");
        {
            // Make a version-1 store as the first release wrote it: without the v2 tables.
            auto db = Database::open(p);
            seedCatalog(db);
            // without v5 (sync): its capture triggers, tables and the task_events index
            QStringList triggers;
            {
                auto st = db.prepare("SELECT name FROM sqlite_master WHERE type='trigger' AND "
                                     "name LIKE 'sync\\_%' ESCAPE '\\'");
                while (st.step())
                    triggers << st.text(0);
            }
            QVERIFY(triggers.size() >= 30);
            // without v6 (screening cache): its dirty-mark triggers (v8 left the delete ones) and
            // tables
            for (const char* op : {"readings_del", "power_del"})
                db.exec(std::string("DROP TRIGGER screen_dirty_") + op);
            db.exec("DROP TABLE screen_day_cache; DROP TABLE screen_open_day; "
                    "DROP TABLE screen_dirty; "
                    "DROP TABLE screen_watermark");
            for (const QString& t : triggers)
                db.exec(("DROP TRIGGER " + t).toStdString());
            db.exec("DROP TABLE sync_capture; DROP TABLE sync_pending; DROP TABLE sync_state; "
                    "DROP INDEX task_events_task");
            // and without v7 (writer-side sync marks, trusted keys)
            db.exec("DROP TABLE sync_trusted_keys");
            db.exec(
                "DROP TABLE quarantine; DROP TABLE ingest_log; ALTER TABLE outlets DROP COLUMN pw; "
                "ALTER TABLE sites DROP COLUMN pw; "
                // and without v3 (tasks)
                "DROP TABLE teams; DROP TABLE tasks; DROP TABLE task_attachments; "
                "DROP INDEX task_events_hlc; ALTER TABLE task_events DROP COLUMN node; "
                "ALTER TABLE users DROP COLUMN team; "
                // and without v4 (clue desk)
                "DROP TABLE clue_actions; DROP INDEX clues_time; DROP INDEX clues_status; "
                "ALTER TABLE clues DROP COLUMN merged_into; "
                "ALTER TABLE clues DROP COLUMN dismiss_reason; "
                "ALTER TABLE clues DROP COLUMN outcome_ts; "
                "ALTER TABLE clues DROP COLUMN outcome_by; PRAGMA user_version=1");
        }
        const auto db = Database::open(p);
        QCOMPARE(db.userVersion(), store::Migrations::latestVersion());
        QCOMPARE(scalar(db, "SELECT count(*) FROM quarantine"), 0);
        QCOMPARE(scalar(db, "SELECT count(*) FROM sites"), 1); // data kept
        QCOMPARE(scalar(db, "SELECT count(*) FROM screen_day_cache"), 0);
        QCOMPARE(scalar(db, "SELECT count(*) FROM sqlite_master WHERE type='trigger' AND name "
                            "LIKE 'screen_dirty_%'"),
                 2);
        // v8: inserts and updates are marked by the writers; only the delete triggers remain.
        QCOMPARE(scalar(db, "SELECT count(*) FROM sqlite_master WHERE type='trigger' AND name "
                            "LIKE 'screen_dirty_%_del'"),
                 2);
        // v7: the bulk tables have no sync capture triggers (the writers mark), the catalogs and
        // lidar scans keep theirs, marks carry `lo`, trusted keys have a table.
        QCOMPARE(scalar(db,
                        "SELECT count(*) FROM sqlite_master WHERE type='trigger' AND tbl_name "
                        "IN ('readings','power_readings','track_points') AND name LIKE 'sync%'"),
                 0);
        QCOMPARE(scalar(db, "SELECT count(*) FROM sqlite_master WHERE type='trigger' AND tbl_name "
                            "IN ('lidar_scans','sites')"),
                 4);
        QCOMPARE(scalar(db, "SELECT count(*) FROM pragma_table_info('sync_pending') WHERE name = "
                            "'lo'"),
                 1);
        QCOMPARE(scalar(db, "SELECT count(*) FROM sync_trusted_keys"), 0);
    }

    void newerStoreIsRefusedUntouched() {
        const QString p = path("newer.db");
        {
            auto db = Database::open(p);
            db.exec("PRAGMA user_version=999");
        }
        try {
            Database::open(p);
            QFAIL("a store newer than the program must be refused");
        } catch (const store::StoreError& e) {
            const QString msg = QString::fromUtf8(e.what());
            QVERIFY2(msg.contains(p), qPrintable(msg));
            QVERIFY2(msg.contains(QStringLiteral("newer")), qPrintable(msg));
        }
    }

    void foreignFileIsRefusedWithItsName() {
        const QString p = path("not-a-store.db");
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        try {
            Database::open(p);
            QFAIL("a file that is not SQLite must be refused");
        } catch (const store::StoreError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(p), e.what());
        }
        QFile check(p);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray(4096, 'x')); // untouched
    }

    void readOnlyOpenOfMissingStoreFails() {
        QVERIFY_THROWS_EXCEPTION(store::StoreError,
                                 Database::open(path("missing.db"), Database::Mode::ReadOnly));
        QVERIFY(!QFile::exists(path("missing.db")));
    }

    void upsertsAreIdempotent() {
        auto db = Database::open(path("upsert.db"));
        seedCatalog(db);
        const auto before = db.totalChanges();
        seedCatalog(db);
        QCOMPARE(db.totalChanges(), before);

        store::CatalogRepository cat(db);
        model::Site changed{"S1", "Station One", "national", 104.06, 30.66, "D01", ""};
        QVERIFY(cat.upsert(changed));
        QVERIFY(!cat.upsert(changed));
        QCOMPARE(cat.site("S1")->name, QStringLiteral("Station One"));
        QCOMPARE(cat.enterprise("E1")->tags, QStringList({"a", "b"}));
        QCOMPARE(*cat.outlet("O1")->heightM, 60.0);
    }

    void checkConstraintsRejectBadRows() {
        auto db = Database::open(path("checks.db"));
        store::CatalogRepository cat(db);
        QVERIFY_THROWS_EXCEPTION(store::StoreError, cat.upsert(model::Site{"S9", "Bad", "national",
                                                                           200.0, 30.0, "", ""}));
        QVERIFY_THROWS_EXCEPTION(
            store::StoreError,
            cat.upsert(model::Site{"S9", "Bad", "no-such-kind", 104.0, 30.0, "", ""}));
        model::Outlet orphan;
        orphan.id = "O9";
        orphan.enterpriseId = "nobody";
        orphan.medium = "gas";
        QVERIFY_THROWS_EXCEPTION(store::StoreError, cat.upsert(orphan));
        QCOMPARE(scalar(db, "SELECT count(*) FROM sites"), 0);
    }

    void transactionRollsBackUnlessCommitted() {
        auto db = Database::open(path("tx.db"));
        {
            store::Transaction tx(db);
            seedCatalog(db);
        }
        QCOMPARE(scalar(db, "SELECT count(*) FROM sites"), 0);
        {
            store::Transaction tx(db);
            seedCatalog(db);
            {
                store::Savepoint sp(db, "inner");
                db.exec("DELETE FROM outlets");
            } // rolled back
            tx.commit();
        }
        QCOMPARE(scalar(db, "SELECT count(*) FROM outlets"), 1);
    }

    void readingWriterUpsertsByNaturalKey() {
        auto db = Database::open(path("readings.db"));
        seedCatalog(db);
        {
            store::Transaction tx(db);
            store::ReadingWriter w(db);
            const auto s = w.series("O1", "a21026", model::Interval::Hour);
            QCOMPARE(w.series("O1", "a21026", model::Interval::Hour), s);
            for (int h = 0; h < 24; ++h)
                w.add(s, 1790784000 + h * 3600, 10.0 + h, 'N');
            w.add(s, 1790784000 + 24 * 3600, std::nullopt, 'B');
            tx.commit();
        }
        const auto before = db.totalChanges();
        {
            store::Transaction tx(db);
            store::ReadingWriter w(db);
            const auto s = w.series("O1", "a21026", model::Interval::Hour);
            for (int h = 0; h < 24; ++h)
                w.add(s, 1790784000 + h * 3600, 10.0 + h, 'N');
            w.add(s, 1790784000 + 24 * 3600, std::nullopt, 'B');
            tx.commit();
        }
        QCOMPARE(db.totalChanges(), before); // same data twice: nothing written
        QCOMPARE(scalar(db, "SELECT count(*) FROM readings"), 25);

        store::SeriesRepository repo(db);
        const auto pts =
            repo.load("O1", "a21026", model::Interval::Hour, 1790784000, 1790784000 + 25 * 3600);
        QCOMPARE(pts.size(), size_t(25));
        QCOMPARE(pts[3].value, 13.0);
        QVERIFY(std::isnan(pts[24].value));
        QCOMPARE(pts[24].flag, 'B');
        const auto latest =
            repo.latestValues("a21026", model::Interval::Hour, 1790784000 + 30 * 3600, 86400);
        QCOMPARE(latest.value("O1"), 33.0); // the newest *valid* value, not the B-flagged gap
        const auto span = repo.hourlySpan();
        QCOMPARE(span.first, std::int64_t(1790784000));
        QCOMPARE(span.last, std::int64_t(1790784000 + 24 * 3600));
    }

    void powerAndTrackWriters() {
        auto db = Database::open(path("power.db"));
        seedCatalog(db);
        store::PowerWriter pw(db);
        const auto m = pw.meter({"M1", "E1", "production", "M2"});
        QCOMPARE(pw.meter({"M1", "E1", "production", "M2"}), m);
        pw.add(m, 1790784000, 120.5);
        pw.add(m, 1790784900, std::nullopt);
        QVERIFY_THROWS_EXCEPTION(store::StoreError, pw.meter({"M3", "nobody", "production", ""}));
        QVERIFY_THROWS_EXCEPTION(store::StoreError, pw.meter({"M4", "E1", "lighting", ""}));
        store::TrackWriter tw(db);
        const auto v = tw.vehicle("V01", "car");
        tw.add(v, 1790784000, 104.0, 30.6);
        tw.add(v, 1790784001, 104.0001, 30.6);
        store::ReadingWriter rw(db);
        rw.add(rw.series("V01", "a34004", model::Interval::Realtime), 1790784001, 42.0);
        store::SeriesRepository repo(db);
        const auto p = repo.power("M1", 0, 1790790000);
        QCOMPARE(p.size(), size_t(2));
        QCOMPARE(p[0].value, 120.5);
        const auto t = repo.track("V01", 0, 1790790000, "a34004");
        QCOMPARE(t.size(), size_t(2));
        QVERIFY(std::isnan(t[0].value));
        QCOMPARE(t[1].value, 42.0);
        QCOMPARE(store::CatalogRepository(db).vehicles(), QStringList{"V01"});
    }

    void lidarScanRoundTrip() {
        auto db = Database::open(path("lidar.db"));
        store::CatalogRepository(db).upsert(model::Lidar{"L01", "lidar", 104.0, 30.6});
        model::LidarScan s;
        s.deviceId = "L01";
        s.ts = 1790784000;
        s.elevationDeg = 2.5;
        s.rangeStartM = 100;
        s.binM = 50;
        s.nbins = 4;
        s.azimuths = {0, 90, 180};
        s.values = {1.0f, 2.25f, 3.5f, 4.0f, 10, 20, 30, 40, 0, 0.1f, 6553.5f, 99};
        store::LidarScanRepository repo(db);
        QVERIFY(repo.write(s));
        QVERIFY(!repo.write(s)); // identical scan: unchanged
        const auto back = repo.read("L01", s.ts, "ppi", 2.5);
        QVERIFY(back.has_value());
        QCOMPARE(back->nrays(), 3);
        QCOMPARE(back->nbins, 4);
        for (size_t i = 0; i < s.values.size(); ++i)
            QVERIFY2(std::abs(back->values[i] - s.values[i]) <= 0.05f,
                     qPrintable(QString::number(i)));
        QCOMPARE(repo.latestAt(s.ts + 600, 900).size(), qsizetype(1));
        QCOMPARE(repo.latestAt(s.ts + 1000, 900).size(), qsizetype(0));

        s.values.pop_back();
        QVERIFY_THROWS_EXCEPTION(store::StoreError, repo.write(s));
        QVERIFY_THROWS_EXCEPTION(store::StoreError,
                                 store::LidarScanRepository::decodeValues("garbage", "u16x10z", 4));
    }

    void metaAndSummary() {
        auto db = Database::open(path("meta.db"));
        seedCatalog(db);
        db.setMeta("demo_seed", "7");
        db.setMeta("demo_seed", "8");
        QCOMPARE(db.meta("demo_seed"), QStringLiteral("8"));
        QCOMPARE(db.meta("missing", "x"), QStringLiteral("x"));
        const auto summary = store::StoreSummary::of(db);
        QCOMPARE(summary.schemaVersion, store::Migrations::latestVersion());
        QVERIFY(summary.toText().contains(QStringLiteral("enterprises:")));
        bool found = false;
        for (const auto& [label, n] : summary.counts)
            if (label == QStringLiteral("outlets")) {
                QCOMPARE(n, std::int64_t(1));
                found = true;
            }
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
