// Benchmark of sync. Usage: bench_sync STORE [HUB_URL]
//   STORE: a store to sync from (a copy: it is migrated and its pending marks are cleared), e.g.
//          a copy of the 30-day demo city. Without HUB_URL a private server is started.
// Prints: (1) the cost of change capture on the writer path (ReadingWriter, 1,000,000 rows:
// the writer's own per-day marks (schema v6) vs the same plus the v5 per-row trigger); (2) the
// initial push of STORE to an empty hub; (3) the initial pull into an empty store, rows/s
// (target >= 200,000); (4) an incremental sync of one more hour of city-wide data (every
// series' last hour again, one hour later, written through the bulk writers): the source's sync
// (push) and the replica's sync (pull), each target <= 1 s. Wall and CPU seconds of this process
// (the PostgreSQL server's CPU is not included).
//
// The 30-day demo city, as the lead re-measures it:
//   mkdir -p /tmp/sync && cp /work/demo/demo.db /tmp/sync/bench-demo.db &&
//   build/tests/bench/bench_sync /tmp/sync/bench-demo.db
// (BENCH_SYNC_SKIP_WRITER=1 skips part (1).)
#include "core/store/Database.h"
#include "core/store/PowerWriter.h"
#include "core/store/ReadingWriter.h"
#include "core/store/TrackWriter.h"
#include "core/sync/HubSchema.h"
#include "core/sync/HubSync.h"
#include "core/sync/PgConnection.h"
#include "tests/pg/PgTestServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>
#include <vector>

using namespace eco;

namespace {

double secondsOf(const QElapsedTimer& t) {
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

double cpuSeconds() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// Wall and CPU time of a phase.
struct Clock {
    QElapsedTimer wall;
    double cpu0 = cpuSeconds();
    Clock() { wall.start(); }
    double seconds() const { return secondsOf(wall); }
    double cpu() const { return cpuSeconds() - cpu0; }
};

double writerRun(const QString& path, bool v5Trigger) {
    QFile::remove(path);
    auto db = store::Database::open(path);
    if (v5Trigger)
        db.exec("CREATE TRIGGER v5_readings_ins AFTER INSERT ON readings WHEN (SELECT on_ FROM "
                "sync_capture) BEGIN INSERT INTO sync_pending(tbl,k) VALUES('readings', "
                "NEW.series_id||':'||(NEW.ts/86400)) ON CONFLICT DO NOTHING; END;");
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
    std::printf("  writer, %-22s: %lld rows in %.2f s = %.0f rows/s\n",
                v5Trigger ? "marks + v5 trigger" : "marks (v6)",
                static_cast<long long>(w.written()), s, static_cast<double>(w.written()) / s);
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
    if (qEnvironmentVariableIsEmpty("BENCH_SYNC_SKIP_WRITER")) {
        const QString wpath = dir.filePath(QStringLiteral("writer.db"));
        const double v6 = writerRun(wpath, false);
        const double v5 = writerRun(wpath, true);
        std::printf("  the v5 per-row trigger costs %+.0f %% on top\n", (v5 / v6 - 1) * 100);
    }

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
            source.exec(
                "DELETE FROM meta WHERE key = 'city_id'; DELETE FROM sync_state;"
                "INSERT OR IGNORE INTO sync_pending(tbl, k) SELECT DISTINCT 'readings', "
                "series_id||':'||(ts/86400) FROM readings;"
                "INSERT OR IGNORE INTO sync_pending(tbl, k) SELECT DISTINCT 'power_readings', "
                "meter||':'||(ts/86400) FROM power_readings;"
                "INSERT OR IGNORE INTO sync_pending(tbl, k) SELECT DISTINCT 'track_points', "
                "vehicle||':'||(ts/86400) FROM track_points;"
                "INSERT OR IGNORE INTO sync_pending(tbl, k) SELECT DISTINCT 'lidar_scans', "
                "device_id||':'||(ts/86400) FROM lidar_scans;");
            for (const char* t : {"sites", "enterprises", "outlets", "power_meters", "vehicles",
                                  "lidars", "teams", "clues", "basemap_features"})
                source.exec(std::string("INSERT OR IGNORE INTO sync_pending(tbl, k) SELECT '") + t +
                            "', " +
                            (std::string(t) == "power_meters" ? "meter_id"
                             : std::string(t) == "vehicles"   ? "vehicle_id"
                                                              : "id") +
                            " FROM " + t);
            source.exec(
                "INSERT OR IGNORE INTO sync_pending(tbl, k) SELECT 'users', username FROM users;"
                "INSERT OR IGNORE INTO sync_pending(tbl, k) SELECT 'task_events', id FROM "
                "task_events");
            tx.commit();
        }
        {
            const Clock c;
            sync::HubSync hs(source, pg);
            const std::int64_t pushed = hs.push();
            const double s = c.seconds();
            std::printf("(2) initial push: %lld rows in %.2f s = %.0f rows/s (%.2f CPU-s here)\n",
                        static_cast<long long>(pushed), s, static_cast<double>(pushed) / s,
                        c.cpu());
            // The source's own rows are skipped by the pull after its push: this only sets its
            // high-water marks.
            const Clock c2;
            sync::SyncResult r;
            hs.pull({}, r);
            std::printf("    source's pull after its push: %lld rows in %.2f s\n",
                        static_cast<long long>(r.pulled), c2.seconds());
        }

        auto replica = store::Database::open(dir.filePath(QStringLiteral("replica.db")));
        {
            const Clock c;
            sync::SyncResult r;
            const std::int64_t pulled = sync::HubSync(replica, pg).pull({}, r);
            const double s = c.seconds();
            std::printf("(3) initial pull into an empty store: %lld rows in %.2f s = %.0f rows/s "
                        "(target >= 200000); %.2f CPU-s here = %.0f rows per CPU-s\n",
                        static_cast<long long>(pulled), s, static_cast<double>(pulled) / s, c.cpu(),
                        static_cast<double>(pulled) / c.cpu());
            for (const auto& [table, n] : r.pulledByTable)
                std::printf("      %-16s %lld\n", table.c_str(), static_cast<long long>(n));
        }

        // One hour more of city-wide data through the bulk writers (as an import or the HJ 212
        // listener would write it): readings, power and track points.
        std::int64_t written = 0;
        {
            store::Transaction tx(source);
            store::ReadingWriter rw(source);
            store::PowerWriter pw(source);
            store::TrackWriter tw(source);
            // Read first, then write: a cursor over a table being written would see its own rows.
            struct Row {
                std::int64_t key, ts;
                std::optional<double> a;
                double b;
                char flag;
            };
            const auto collect = [&](const char* sql, int kind) {
                std::vector<Row> rows;
                auto st = source.prepare(sql);
                while (st.step())
                    rows.push_back({st.int64(0), st.int64(1), st.optionalReal(2),
                                    kind == 2 ? st.real(3) : 0.0,
                                    kind == 0 ? st.textView(3).front() : 'N'});
                return rows;
            };
            for (const Row& r : collect("SELECT series_id, ts + 3600, value, flag FROM readings "
                                        "WHERE ts >= (SELECT max(ts) - 3600 FROM readings)",
                                        0))
                rw.add(r.key, r.ts, r.a, r.flag);
            for (const Row& r : collect("SELECT meter, ts + 3600, kw FROM power_readings WHERE "
                                        "ts >= (SELECT max(ts) - 3600 FROM power_readings)",
                                        1))
                pw.add(r.key, r.ts, r.a);
            for (const Row& r : collect("SELECT vehicle, ts + 3600, lon, lat FROM track_points "
                                        "WHERE ts >= (SELECT max(ts) - 3600 FROM track_points)",
                                        2))
                tw.add(r.key, r.ts, *r.a, r.b);
            written = rw.written() + pw.written() + tw.written();
            tx.commit();
        }
        const Clock up;
        const sync::SyncResult pushedUp = sync::HubSync(source, pg).run({});
        const double upS = up.seconds(), upCpu = up.cpu();
        const Clock down;
        const sync::SyncResult pulledDown = sync::HubSync(replica, pg).run({});
        const double downS = down.seconds(), downCpu = down.cpu();
        std::printf("(4) incremental hour (%lld rows written): source sync (push %lld rows) "
                    "%.3f s, %.3f CPU-s; replica sync (pull %lld rows) %.3f s, %.3f CPU-s "
                    "(target <= 1 s each)\n",
                    static_cast<long long>(written), static_cast<long long>(pushedUp.pushed), upS,
                    upCpu, static_cast<long long>(pulledDown.pulled), downS, downCpu);
        std::printf("    phases: source push %.3f s + pull %.3f s; replica push %.3f s + pull "
                    "%.3f s\n",
                    pushedUp.pushSeconds, pushedUp.pullSeconds, pulledDown.pushSeconds,
                    pulledDown.pullSeconds);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_sync: %s\n", e.what());
        return 1;
    }
    return 0;
}
