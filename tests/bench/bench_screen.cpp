// bench_screen: a year of hourly CEMS for 729 outlets x 6 factors (~38 M readings) and 1,000 power
// meters at 15 minutes (~35 M readings) written with the bulk writers into a temp store, then a
// full screening run and incremental runs for ten successive new hours are timed (wall and CPU,
// catalog / reading / rules CPU, writing, minor page faults), with the size of the screening cache
// the full run leaves. The engine stays open, as in the GUI: from the second new hour on, an
// incremental run takes its context from the engine's memory of the last run.
//   bench_screen [--days N] [--outlets N] [--meters N] [--hours N] [--store PATH (kept and reused;
//   each run appends its new hours to it)] [--no-full 1 (skip the full run: profile increments)]
#include "core/screen/DayCache.h"
#include "core/screen/ScreeningEngine.h"
#include "core/store/CatalogRepository.h"
#include "core/store/Database.h"
#include "core/store/PowerWriter.h"
#include "core/store/ReadingWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace eco;

namespace {

constexpr std::int64_t kT0 = 1767196800; // 2026-01-01T00:00:00+08:00
const char* const kCodes[] = {"a00000", "a19001", "a21026", "a21002", "a34013", "a24088"};

struct Sizes {
    int days = 365;
    int outlets = 729;
    int meters = 1000;
};

// Cheap deterministic noise.
double noise(std::uint64_t k) {
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    return (static_cast<double>(k % 10000) / 10000.0) - 0.5;
}

void writeCatalog(store::Database& db, const Sizes& n) {
    store::Transaction tx(db);
    store::CatalogRepository cat(db);
    const int enterprises = std::max(n.outlets, n.meters / 2);
    for (int e = 0; e < enterprises; ++e) {
        model::Enterprise ent;
        ent.id = QStringLiteral("E%1").arg(e, 4, 10, QLatin1Char('0'));
        ent.name = ent.id;
        ent.industry = QStringLiteral("power");
        ent.district = QStringLiteral("D%1").arg(e % 9);
        ent.tags = QStringList{QStringLiteral("key")};
        ent.lon = 104 + (e % 30) * 0.01;
        ent.lat = 30.6 + (e / 30) * 0.01;
        cat.upsert(ent);
        if (e < n.outlets) {
            model::Outlet o;
            o.id = ent.id + QStringLiteral("-G1");
            o.enterpriseId = ent.id;
            o.medium = QStringLiteral("gas");
            o.lon = ent.lon;
            o.lat = ent.lat;
            o.o2RefPct = 6;
            cat.upsert(o);
            const double limits[] = {35, 50, 10, 60};
            for (int p = 0; p < 4; ++p)
                for (const char* iv : {"hour", "day"})
                    cat.upsert(model::EmissionLimit{o.id, QLatin1String(kCodes[p + 2]),
                                                    QLatin1String(iv), limits[p],
                                                    QStringLiteral("mg/m3")});
        }
    }
    model::Alert a;
    a.level = QStringLiteral("orange");
    a.startTs = kT0 + 40 * 86400;
    a.endTs = kT0 + 43 * 86400;
    a.region = QStringLiteral("全市");
    cat.upsert(a);
    for (int e = 0; e < n.meters / 2; e += 3)
        cat.upsert(model::Measure{QStringLiteral("E%1").arg(e, 4, 10, QLatin1Char('0')),
                                  QStringLiteral("orange"), 30});
    tx.commit();
}

void writeHours(store::Database& db, const Sizes& n, int fromHour, int toHour) {
    store::Transaction tx(db);
    store::ReadingWriter rw(db);
    for (int o = 0; o < n.outlets; ++o) {
        const QString id = QStringLiteral("E%1-G1").arg(o, 4, 10, QLatin1Char('0'));
        for (int c = 0; c < 6; ++c) {
            const std::int64_t series =
                rw.series(id, QLatin1String(kCodes[c]), model::Interval::Hour);
            const double base[] = {50000, 8, 20, 30, 4, 25};
            for (int h = fromHour; h < toHour; ++h) {
                const std::uint64_t k = (std::uint64_t(o) << 40) ^ (std::uint64_t(c) << 32) ^ h;
                const double v = base[c] * (1 + (c == 1 ? 0.03 : 0.15) * noise(k));
                rw.add(series, kT0 + h * 3600LL, std::round(v * 100) / 100,
                       h % 97 == 5 ? 'C' : 'N');
            }
        }
    }
    store::PowerWriter pw(db);
    for (int m = 0; m < n.meters; ++m) {
        const int e = m / 2;
        const bool prod = m % 2 == 0;
        const QString ent = QStringLiteral("E%1").arg(e, 4, 10, QLatin1Char('0'));
        const std::int64_t key = pw.meter(model::PowerMeter{
            ent + (prod ? QStringLiteral("-PROD") : QStringLiteral("-TREAT")), ent,
            prod ? QStringLiteral("production") : QStringLiteral("treatment"),
            ent + (prod ? QStringLiteral("-TREAT") : QStringLiteral("-PROD"))});
        for (std::int64_t s = fromHour * 4LL; s < toHour * 4LL; ++s) {
            const int slotOfDay = static_cast<int>(s % 96);
            const bool on = slotOfDay >= 32 && slotOfDay < 76;
            const bool tOn = slotOfDay >= 30 && slotOfDay < 78;
            const double kw = prod ? (on ? 800 : 12) : (tOn ? 150 : 2);
            pw.add(key, kT0 + s * 900, kw * (1 + 0.04 * noise((std::uint64_t(m) << 36) ^ s)));
        }
    }
    tx.commit();
}

// CPU seconds (user + system) of the whole process, all threads.
double cpuSeconds() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_utime.tv_usec / 1e6 + u.ru_stime.tv_sec +
           u.ru_stime.tv_usec / 1e6;
}

long minorFaults() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_minflt;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : (v[(v.size() - 1) / 2] + v[v.size() / 2]) / 2;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    Sizes n;
    QString storePath;
    int incHours = 10;
    bool noFull = false; // profiling the incremental runs: reuse the store's last full run
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--days"))
            n.days = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--outlets"))
            n.outlets = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--meters"))
            n.meters = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--no-full"))
            noFull = args[i + 1] == QLatin1String("1");
        else if (args[i] == QLatin1String("--hours"))
            incHours = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--store"))
            storePath = args[i + 1];
    }
    QTemporaryDir dir;
    if (storePath.isEmpty())
        storePath = dir.filePath(QStringLiteral("bench-screen.db"));
    const bool reuse = QFile::exists(storePath);
    auto db = store::Database::open(storePath);
    QElapsedTimer clock;
    clock.start();
    const int hours = n.days * 24;
    if (!reuse) {
        db.setFastUnsafeWrites(true);
        writeCatalog(db, n);
        for (int h = 0; h < hours; h += 24 * 30)
            writeHours(db, n, h, std::min(hours, h + 24 * 30));
        db.setFastUnsafeWrites(false);
        db.checkpoint();
        std::printf("store build (not part of the target): generated %d days x %d outlets x 6 + %d "
                    "meters: %lld hourly + %lld power "
                    "readings in %.1f s\n",
                    n.days, n.outlets, n.meters, static_cast<long long>(hours) * n.outlets * 6,
                    static_cast<long long>(hours) * 4 * n.meters, clock.elapsed() / 1000.0);
    }
    if (!noFull)
        db.exec("DELETE FROM clues; DELETE FROM meta WHERE key='screen.hwm'");
    screen::ScreeningEngine engine(db, screen::ScreeningSettings{});
    clock.restart();
    double cpu0 = cpuSeconds();
    const auto full = engine.run({noFull ? screen::ScreeningRequest::Mode::Incremental
                                         : screen::ScreeningRequest::Mode::Full,
                                  {},
                                  {}});
    const double fullS = clock.elapsed() / 1000.0;
    const double fullCpu = cpuSeconds() - cpu0;
    const double judgedHours = static_cast<double>(full.to - full.evalFrom) / 3600.0;
    const double readings = judgedHours * n.outlets * 6 + judgedHours * 4 * n.meters;
    std::printf("full run: %.2f s wall, %.2f s CPU (%d subjects, %lld clues, %.0f readings, "
                "%.2f M readings/s wall)\n",
                fullS, fullCpu, full.subjects, static_cast<long long>(full.changed.size()),
                readings, readings / fullS / 1e6);
    std::printf("  reading %.2f CPU-s, rules %.2f CPU-s, parallel phase %.2f s wall; "
                "writing clues + cache %.2f s wall (%lld cache rows)\n",
                full.readThreadSeconds, full.ruleThreadSeconds, full.loadSeconds, full.writeSeconds,
                static_cast<long long>(full.cacheRowsWritten));
    std::printf("screening cache: %lld series-days, %.1f MB of rows\n",
                static_cast<long long>(screen::DayCacheStore::rowCount(db)),
                screen::DayCacheStore::byteSize(db) / 1e6);
    // Successive new hours for every series, each followed by an incremental run.
    const int lastHour = static_cast<int>((full.to - kT0) / 3600);
    std::vector<double> walls, cpus;
    for (int k = 0; k < incHours; ++k) {
        writeHours(db, n, lastHour + k, lastHour + k + 1);
        clock.restart();
        cpu0 = cpuSeconds();
        const long faults0 = minorFaults();
        const auto inc = engine.run({});
        const long faults = minorFaults() - faults0;
        walls.push_back(clock.nsecsElapsed() / 1e6);
        cpus.push_back((cpuSeconds() - cpu0) * 1000);
        std::printf(
            "  new hour %d: %.1f ms wall, %.1f ms CPU (catalog %.1f, reading %.1f, rules %.1f "
            "CPU-ms, writing %.1f ms; %lld clues new or extended, cache %s, %d grids "
            "from memory, %ld page faults)\n",
            k + 1, walls.back(), cpus.back(), inc.catalogCpuSeconds * 1000,
            inc.readThreadSeconds * 1000, inc.ruleThreadSeconds * 1000, inc.writeSeconds * 1000,
            static_cast<long long>(inc.changed.size()), inc.cacheUsed ? "used" : "rebuilt",
            inc.memoryGrids, faults);
    }
    std::printf("incremental run for one new hour: median %.1f ms wall, %.1f ms CPU over %d "
                "successive hours (max %.1f ms wall)\n",
                median(walls), median(cpus), incHours,
                *std::max_element(walls.begin(), walls.end()));
    return 0;
}
