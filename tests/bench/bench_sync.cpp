// Benchmark of sync. Usage: bench_sync STORE [HUB_URL]
//   STORE: a store to sync from (a copy: it is migrated and its pending marks are cleared), e.g.
//          a copy of the 30-day demo city. Without HUB_URL a private server is started.
// Prints: (1) the cost of change capture on the writer path (ReadingWriter, 1,000,000 rows,
// capture triggers on vs dropped); (2) the initial push of STORE to an empty hub; (3) the initial
// pull into an empty store, rows/s (target >= 200,000); (4) an incremental sync of one more hour
// of city-wide data (every series' last hour again, one hour later): push on the source and pull
// on the replica (target <= 1 s).
#include "core/store/Database.h"
#include "core/store/ReadingWriter.h"
#include "core/sync/HubSchema.h"
#include "core/sync/HubSync.h"
#include "core/sync/PgConnection.h"
#include "tests/pg/PgTestServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace eco;

namespace {

double secondsOf(const QElapsedTimer& t) {
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

double writerRun(const QString& path, bool capture) {
    QFile::remove(path);
    auto db = store::Database::open(path);
    if (!capture)
        db.exec("DROP TRIGGER sync_readings_ins; DROP TRIGGER sync_readings_upd");
    QElapsedTimer t;
    t.start();
    store::Transaction tx(db);
    store::ReadingWriter w(db);
    std::vector<std::int64_t> series;
    for (int s = 0; s < 600; ++s)
        series.push_back(w.series(QStringLiteral("S%1").arg(s), QStringLiteral("a34004"),
                                  model::Interval::Hour));
    for (std::int64_t h = 0; h < 1667; ++h)
        for (std::size_t i = 0; i < series.size(); ++i)
            w.add(series[i], 1717200000 + h * 3600, 10.0 + static_cast<double>(i % 17) + h % 5);
    tx.commit();
    const double s = secondsOf(t);
    std::printf("  writer, capture %-3s: %lld rows in %.2f s = %.0f rows/s\n",
                capture ? "on" : "off", static_cast<long long>(w.written()), s,
                static_cast<double>(w.written()) / s);
    return s;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_sync STORE [HUB_URL]\n");
        return 2;
    }
    QTemporaryDir dir;
    std::setvbuf(stdout, nullptr, _IONBF, 0);
    std::puts("(1) change capture on the writer path (one run each; noisy on a loaded machine)");
    const QString wpath = dir.filePath(QStringLiteral("writer.db"));
    const double off = writerRun(wpath, false);
    const double on = writerRun(wpath, true);
    std::printf("  capture overhead: %+.0f %%\n", (on / off - 1) * 100);

    testing::PgTestServer server;
    QString hub = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    if (hub.isEmpty()) {
        if (!server.start()) {
            std::fprintf(stderr, "%s\n", qPrintable(server.error()));
            return 1;
        }
        hub = server.createDatabase(QStringLiteral("bench"));
    }
    try {
        auto pg = sync::PgConnection::open(hub);
        sync::HubSchema::init(pg);
        auto source = store::Database::open(QString::fromLocal8Bit(argv[1]));
        {
            // A store synced before: forget its hub and mark every row new again.
            store::Transaction tx(source);
            source.exec("DELETE FROM meta WHERE key = 'city_id'; DELETE FROM sync_state;"
                        "INSERT OR IGNORE INTO sync_pending SELECT DISTINCT 'readings', "
                        "series_id||':'||(ts/86400) FROM readings;"
                        "INSERT OR IGNORE INTO sync_pending SELECT DISTINCT 'power_readings', "
                        "meter||':'||(ts/86400) FROM power_readings;"
                        "INSERT OR IGNORE INTO sync_pending SELECT DISTINCT 'track_points', "
                        "vehicle||':'||(ts/86400) FROM track_points;"
                        "INSERT OR IGNORE INTO sync_pending SELECT DISTINCT 'lidar_scans', "
                        "device_id||':'||(ts/86400) FROM lidar_scans;");
            for (const char* t : {"sites", "enterprises", "outlets", "power_meters", "vehicles",
                                  "lidars", "teams", "clues", "basemap_features"})
                source.exec(std::string("INSERT OR IGNORE INTO sync_pending SELECT '") + t + "', " +
                            (std::string(t) == "power_meters" ? "meter_id"
                             : std::string(t) == "vehicles"   ? "vehicle_id"
                                                              : "id") +
                            " FROM " + t);
            source.exec("INSERT OR IGNORE INTO sync_pending SELECT 'users', username FROM users;"
                        "INSERT OR IGNORE INTO sync_pending SELECT 'task_events', id FROM "
                        "task_events");
            tx.commit();
        }
        QElapsedTimer t;
        t.start();
        const std::int64_t pushed = sync::HubSync(source, pg).push();
        double s = secondsOf(t);
        std::printf("(2) initial push: %lld rows in %.2f s = %.0f rows/s\n",
                    static_cast<long long>(pushed), s, static_cast<double>(pushed) / s);
        // The source has its own rows; mark them pulled so its incremental pull is just the hour.
        {
            sync::SyncResult r;
            sync::HubSync(source, pg).pull({}, r);
        }

        auto replica = store::Database::open(dir.filePath(QStringLiteral("replica.db")));
        t.restart();
        sync::SyncResult r;
        const std::int64_t pulled = sync::HubSync(replica, pg).pull({}, r);
        s = secondsOf(t);
        std::printf("(3) initial pull into an empty store: %lld rows in %.2f s = %.0f rows/s "
                    "(target >= 200000)\n",
                    static_cast<long long>(pulled), s, static_cast<double>(pulled) / s);
        for (const auto& [table, n] : r.pulledByTable)
            std::printf("      %-16s %lld\n", table.c_str(), static_cast<long long>(n));

        // One hour more of city-wide data: readings, power and track points.
        {
            store::Transaction tx(source);
            source.exec(
                "INSERT INTO readings(series_id, ts, value, flag) SELECT series_id, ts + 3600, "
                "value, flag FROM readings WHERE ts >= (SELECT max(ts) - 3600 FROM readings) "
                "ON CONFLICT DO NOTHING;"
                "INSERT INTO power_readings(meter, ts, kw) SELECT meter, ts + 3600, kw FROM "
                "power_readings WHERE ts >= (SELECT max(ts) - 3600 FROM power_readings) "
                "ON CONFLICT DO NOTHING;"
                "INSERT INTO track_points(vehicle, ts, lon, lat) SELECT vehicle, ts + 3600, lon, "
                "lat FROM track_points WHERE ts >= (SELECT max(ts) - 3600 FROM track_points) "
                "ON CONFLICT DO NOTHING");
            tx.commit();
        }
        t.restart();
        const sync::SyncResult up = sync::HubSync(source, pg).run({});
        const double upS = secondsOf(t);
        t.restart();
        const sync::SyncResult down = sync::HubSync(replica, pg).run({});
        const double downS = secondsOf(t);
        std::printf("(4) incremental hour: source sync (push %lld rows) %.3f s; replica sync "
                    "(pull %lld rows) %.3f s (target <= 1 s each)\n",
                    static_cast<long long>(up.pushed), upS, static_cast<long long>(down.pulled),
                    downS);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_sync: %s\n", e.what());
        return 1;
    }
    return 0;
}
