// Benchmark of the demo city's ambient side alone: a hand-built world (30 days by default, 30
// episodes at park stacks, two alerts) written into a fresh store, with the time of each stage
// (wall and CPU) and the row counts. Usage: bench_demo_ambient [days] [store path]
#include "core/demo/AmbientSimulator.h"
#include "core/demo/DemoWorld.h"
#include "core/demo/WeatherNoise.h"
#include "core/store/Database.h"
#include "core/store/StoreSummary.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QtMath>

#include <cstdio>

using namespace eco;
using namespace eco::demo;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("eco.demo.ambient.info=true"));
    const int days = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 30;
    QTemporaryDir tmp;
    const QString path =
        argc > 2 ? QString::fromLocal8Bit(argv[2]) : tmp.filePath(QStringLiteral("bench.db"));
    QFile::remove(path);

    DemoWorld w;
    w.config.days = days;
    NoiseStream rng(1, "bench.episodes");
    const auto& parks = w.frame.parks();
    for (int i = 0; i < days; ++i) {
        const IndustrialPark& park = parks[static_cast<size_t>(i) % parks.size()];
        const double a = rng.uniform(0, 2 * M_PI), r = rng.uniform(0, park.radiusM);
        const QPointF ll =
            w.frame.toLonLat(park.centreM + QPointF(r * std::sin(a), r * std::cos(a)));
        EpisodeSource e;
        e.id = QStringLiteral("EP%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        e.enterpriseId = QStringLiteral("E%1").arg(i + 1);
        e.ambientPollutant = QStringList{QStringLiteral("a21026"), QStringLiteral("a21004"),
                                         QStringLiteral("a34004")}[i % 3];
        e.lon = ll.x();
        e.lat = ll.y();
        e.stackHeightM = rng.uniform(20, 80);
        e.exitVelocityMs = rng.uniform(6, 18);
        e.exitTempC = rng.uniform(40, 160);
        e.diameterM = rng.uniform(0.8, 3);
        e.startTs = w.config.startTs + static_cast<std::int64_t>(i) * 86400 + rng.below(20) * 3600;
        e.rateGps.assign(static_cast<size_t>(3 + rng.below(10)),
                         static_cast<float>(rng.uniform(20, 120)));
        w.episodes.push_back(e);
    }
    w.alerts.append({0, QStringLiteral("yellow"), w.config.startTs + 5 * 86400,
                     w.config.startTs + 8 * 86400, QStringLiteral("city")});
    w.alerts.append({0, QStringLiteral("orange"), w.config.startTs + 18 * 86400,
                     w.config.startTs + 21 * 86400, QStringLiteral("city")});

    QElapsedTimer timer;
    timer.start();
    store::Database db = store::Database::open(path);
    db.setFastUnsafeWrites(true);
    {
        store::Transaction tx(db);
        AmbientSimulator(w).write(db, path + QStringLiteral(".rasters"), {});
        tx.commit();
    }
    db.checkpoint();
    std::printf("ambient side, %d days: %.1f s in all (incl. commit and checkpoint)\n", days,
                timer.elapsed() / 1000.0);
    std::printf("%s\n", qPrintable(store::StoreSummary::of(db).toText()));
    return 0;
}
