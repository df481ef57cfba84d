#include "core/demo/AmbientSimulator.h"

#include "core/demo/BasemapBuilder.h"
#include "core/demo/LidarSimulator.h"
#include "core/demo/PuffModel.h"
#include "core/demo/SatelliteRasterWriter.h"
#include "core/demo/StationNetwork.h"
#include "core/demo/StationSimulator.h"
#include "core/demo/VehicleSimulator.h"
#include "core/demo/WeatherBackground.h"
#include "core/demo/WeatherModel.h"
#include "core/ingest/RasterImporter.h"
#include "core/store/CatalogRepository.h"
#include "core/store/Database.h"
#include "core/store/LidarScanRepository.h"
#include "core/store/ReadingWriter.h"
#include "core/store/StoreError.h"
#include "core/store/TrackWriter.h"
#include "core/store/TruthRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFuture>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentMap>

#include <cmath>
#include <ctime>
#include <numeric>

namespace eco::demo {

// Stage timings; enable with QT_LOGGING_RULES="eco.demo.ambient.info=true".
Q_LOGGING_CATEGORY(lcAmbient, "eco.demo.ambient", QtWarningMsg)

namespace {

std::vector<int> indices(int n) {
    std::vector<int> v(static_cast<size_t>(n));
    std::iota(v.begin(), v.end(), 0);
    return v;
}

// Truth observations reference truth_episodes; the emitter side writes those, but a world
// built by hand (tests, benchmarks) may not have: record the missing ones from the plan.
void ensureTruthEpisodes(store::Database& db, store::TruthRepository& truth,
                         const std::vector<EpisodeSource>& episodes) {
    auto exists = db.prepare("SELECT 1 FROM truth_episodes WHERE id=?1");
    for (const EpisodeSource& e : episodes) {
        exists.bind(1, e.id);
        const bool found = exists.step();
        exists.reset();
        if (found)
            continue;
        double sum = 0;
        for (const float r : e.rateGps)
            sum += r;
        const double mean = e.rateGps.empty() ? 0.0 : sum / static_cast<double>(e.rateGps.size());
        truth.write(model::TruthEpisode{e.id, e.enterpriseId, e.outletId, e.ambientPollutant,
                                        e.startTs, e.endTs(), mean, e.lon, e.lat,
                                        QStringLiteral("recorded by the ambient simulator")});
    }
}

// Waits for every started worker on destruction, so an exception while writing never unwinds
// the data those workers still read.
class PendingWork {
public:
    PendingWork() = default;
    PendingWork(const PendingWork&) = delete;
    PendingWork& operator=(const PendingWork&) = delete;
    ~PendingWork() {
        for (QFuture<void>& f : m_futures)
            f.waitForFinished();
    }
    template <typename T> void add(const QFuture<T>& f) { m_futures.push_back(QFuture<void>(f)); }

private:
    std::vector<QFuture<void>> m_futures;
};

} // namespace

AmbientSimulator::AmbientSimulator(const DemoWorld& world) : m_world(world) {}

void AmbientSimulator::write(store::Database& db, const QString& rasterDir,
                             const Progress& progress) {
    const auto report = [&](const QString& stage, double f) {
        if (progress)
            progress(QStringLiteral("ambient: ") + stage, f);
    };
    QElapsedTimer total, timer;
    total.start();
    timer.start();
    std::clock_t cpu = std::clock();
    const auto lap = [&](const char* stage, qint64 rows) {
        const std::clock_t now = std::clock();
        qCInfo(lcAmbient, "%-14s %7lld ms wall %7lld ms cpu  %lld rows", stage,
               static_cast<long long>(timer.restart()),
               static_cast<long long>((now - cpu) * 1000 / CLOCKS_PER_SEC),
               static_cast<long long>(rows));
        cpu = now;
    };

    const DemoConfig& cfg = m_world.config;
    const CityFrame& frame = m_world.frame;
    const std::uint64_t seed = cfg.seed;
    const int hours = cfg.hours();

    // Weather, background and the puff field: everything the receptors sample.
    report(QStringLiteral("weather"), 0);
    const WeatherModel weather(cfg.startTs, hours, seed);
    const WeatherBackground background(frame, weather, m_world.alerts, seed);
    std::vector<PuffSource> sources;
    std::vector<EpisodeReceptorInfo> episodes;
    for (const EpisodeSource& e : m_world.episodes) {
        const QPointF p = frame.toLocal(e.lon, e.lat);
        sources.push_back({p.x(), p.y(), e.stackHeightM, e.exitVelocityMs, e.exitTempC, e.diameterM,
                           e.startTs, e.rateGps});
        episodes.push_back({e.id, ambientShares(e.ambientPollutant)});
    }
    PuffSettings puffSettings;
    puffSettings.seed = seed;
    const PuffField puffs = PuffModel(weather, puffSettings).run(sources, cfg.startTs, cfg.endTs());
    lap("weather+puffs", static_cast<qint64>(puffs.puffCount()));

    // Plans (cheap, deterministic) and the parallel generators, started at once.
    report(QStringLiteral("basemap"), 0.05);
    const Basemap basemap = BasemapBuilder(frame).build();
    const std::vector<StationInfo> stations = StationNetwork::plan(frame, seed);
    const StationSimulator stationSim(stations, weather, background, puffs, episodes, cfg.startTs,
                                      hours, seed);
    const std::vector<StationAnomaly> anomalies = stationSim.planAnomalies();
    const SatelliteRasterWriter satellite(frame, weather, background, puffs, episodes, seed);
    const std::vector<LidarSite> lidarSites = LidarSimulator::plan(frame);
    const LidarSimulator lidarSim(lidarSites, weather, background, puffs, episodes, cfg.startTs,
                                  seed);
    const VehicleSimulator vehicleSim(frame, basemap, background, puffs, episodes, cfg.startTs,
                                      cfg.days, seed);
    const std::vector<int> dayIdx = indices(cfg.days);
    // Lidar jobs, day-major so scans are written day by day; they start right away and keep the
    // workers busy while this thread writes stations and vehicles.
    const std::vector<int> lidarJobs = indices(static_cast<int>(lidarSites.size()) * cfg.days);
    // Workers read the objects above: if writing fails, wait for them before unwinding.
    PendingWork pending;
    const std::vector<int> stationIdx = indices(static_cast<int>(stations.size()));
    const std::function<StationSeries(int)> stationJob = [&](int i) {
        return stationSim.simulate(i, anomalies);
    };
    QFuture<StationSeries> stationFuture = QtConcurrent::mapped(stationIdx, stationJob);
    pending.add(stationFuture);

    const std::vector<int> vehicleIdx = indices(VehicleSimulator::kVehicles);
    const std::function<VehicleTrack(int)> vehicleJob = [&](int i) {
        return vehicleSim.simulate(i);
    };
    QFuture<VehicleTrack> vehicleFuture = QtConcurrent::mapped(vehicleIdx, vehicleJob);
    pending.add(vehicleFuture);
    const int lidarCount = static_cast<int>(lidarSites.size());
    const std::function<LidarDay(int)> lidarJob = [&lidarSim, lidarCount](int job) {
        return lidarSim.simulateDay(job % lidarCount, job / lidarCount);
    };
    QFuture<LidarDay> lidarFuture = QtConcurrent::mapped(lidarJobs, lidarJob);
    pending.add(lidarFuture);

    store::CatalogRepository catalog(db);
    store::TruthRepository truth(db);
    ensureTruthEpisodes(db, truth, m_world.episodes);
    for (const model::BasemapFeature& f : basemap.features)
        catalog.upsert(f);
    lap("basemap", static_cast<qint64>(basemap.features.size()));

    // Stations: sites, hourly readings in (series, ts) order, observations, A1 truth.
    report(QStringLiteral("stations"), 0.1);
    for (const StationInfo& s : stations)
        catalog.upsert(s.site);
    const QList<StationSeries> series = stationFuture.results();
    store::ReadingWriter readings(db);
    qint64 stationRows = 0, observations = 0;
    for (size_t i = 0; i < stations.size(); ++i) {
        const StationSeries& s = series[static_cast<qsizetype>(i)];
        for (int c = 0; c < kStationCodes; ++c) {
            const std::int64_t id = readings.series(
                stations[i].site.id, QString::fromLatin1(stationCode(c)), model::Interval::Hour);
            const auto& vals = s.values[static_cast<size_t>(c)];
            const auto& flags = s.flags[static_cast<size_t>(c)];
            for (int h = 0; h < hours; ++h) {
                const float v = vals[static_cast<size_t>(h)];
                if (std::isnan(v))
                    continue;
                readings.add(id, cfg.startTs + static_cast<std::int64_t>(h) * 3600, double(v),
                             flags[static_cast<size_t>(h)]);
                ++stationRows;
            }
        }
        for (const model::TruthObservation& o : s.observations)
            truth.write(o);
        observations += static_cast<qint64>(s.observations.size());
    }
    std::vector<StationAnomaly> injected = anomalies;
    for (const StationSeries& s : series)
        for (const auto& [k, a] : s.injectedAs)
            injected[k] = a;
    int a1 = 0;
    for (const StationAnomaly& a : injected) {
        static const char* const kKinds[] = {"constant value", "low-variance band", "step change",
                                             "disagrees with nearest national"};
        const StationInfo& st = stations[static_cast<size_t>(a.station)];
        QString detail =
            QStringLiteral("%1 %2 for %3 h")
                .arg(QLatin1String(kKinds[static_cast<int>(a.kind)]),
                     QLatin1String(a.kind == AnomalyKind::Disagree ? "a34004,a34002"
                                                                   : stationCode(a.code)))
                .arg(a.hours);
        if (a.kind == AnomalyKind::Disagree && st.nearestNational >= 0)
            detail += QStringLiteral(" (x%1 vs %2)")
                          .arg(a.factor)
                          .arg(stations[static_cast<size_t>(st.nearestNational)].site.id);
        else if (a.kind == AnomalyKind::Step)
            detail += QStringLiteral(" (x%1)").arg(a.factor);
        const std::int64_t start = cfg.startTs + static_cast<std::int64_t>(a.startHour) * 3600;
        truth.write(
            model::TruthViolation{QStringLiteral("A1-%1").arg(++a1, 3, 10, QLatin1Char('0')),
                                  QStringLiteral("A1"), QStringLiteral("site"), st.site.id, start,
                                  start + static_cast<std::int64_t>(a.hours) * 3600, detail});
    }
    lap("stations", stationRows);

    // Satellite rasters are generated while the vehicles are written.
    QDir().mkpath(rasterDir);
    const std::function<SatelliteRasterWriter::DayFiles(int)> satJob = [&](int d) {
        return satellite.writeDay(rasterDir, cfg.startTs + static_cast<std::int64_t>(d) * 86400, d);
    };

    // Vehicles: positions, then each pollutant series, each in ts order.
    report(QStringLiteral("vehicles"), 0.3);
    const QList<VehicleTrack> tracks = vehicleFuture.results();
    QFuture<SatelliteRasterWriter::DayFiles> satFuture = QtConcurrent::mapped(dayIdx, satJob);
    pending.add(satFuture);
    store::TrackWriter trackWriter(db);
    qint64 fixes = 0;
    for (const VehicleTrack& v : tracks) {
        const std::int64_t key = trackWriter.vehicle(v.id, v.name);
        for (size_t i = 0; i < v.ts.size(); ++i)
            trackWriter.add(key, v.ts[i], v.lon[i], v.lat[i]);
        const std::int64_t pm =
            readings.series(v.id, QStringLiteral("a34004"), model::Interval::Realtime);
        for (size_t i = 0; i < v.ts.size(); ++i)
            readings.add(pm, v.ts[i], double(v.pm25[i]));
        const std::int64_t no2 =
            readings.series(v.id, QStringLiteral("a21004"), model::Interval::Realtime);
        for (size_t i = 0; i < v.ts.size(); ++i)
            readings.add(no2, v.ts[i], double(v.no2[i]));
        for (const model::TruthObservation& o : v.observations)
            truth.write(o);
        fixes += static_cast<qint64>(v.ts.size());
        observations += static_cast<qint64>(v.observations.size());
    }
    lap("vehicles", fixes * 3);

    // Lidars: one day of all 13 at a time, the next day generating while this one is written.
    report(QStringLiteral("lidars"), 0.6);
    for (const LidarSite& l : lidarSites)
        catalog.upsert(l.lidar);
    store::LidarScanRepository scans(db);
    qint64 scanCount = 0;
    for (int i = 0; i < static_cast<int>(lidarJobs.size()); ++i) {
        const LidarDay ld = lidarFuture.resultAt(i);
        for (size_t k = 0; k < ld.scans.size(); ++k)
            scans.write(ld.scans[k], ld.encoded[k]);
        for (const model::TruthObservation& o : ld.observations)
            truth.write(o);
        scanCount += static_cast<qint64>(ld.scans.size());
        observations += static_cast<qint64>(ld.observations.size());
        if ((i + 1) % static_cast<int>(lidarSites.size()) == 0)
            report(QStringLiteral("lidars"),
                   0.6 + 0.3 * (i + 1) / static_cast<double>(lidarJobs.size()));
    }
    lap("lidars", scanCount);

    // Satellite rasters: recorded in the store by the raster importer (it builds overviews).
    report(QStringLiteral("satellite"), 0.9);
    const QList<SatelliteRasterWriter::DayFiles> files = satFuture.results();
    ingest::RasterImporter importer(db);
    for (int d = 0; d < static_cast<int>(files.size()); ++d) {
        const std::int64_t dayTs = cfg.startTs + static_cast<std::int64_t>(d) * 86400;
        for (const auto& [path, product] : {std::pair{files[d].aod, QStringLiteral("AOD")},
                                            std::pair{files[d].no2, QStringLiteral("NO2")}}) {
            const ingest::RasterImportResult r =
                importer.import(path, QStringLiteral("satellite"), dayTs, product);
            if (!r.ok)
                throw store::StoreError(r.error.toStdString());
        }
    }
    lap("satellite", static_cast<qint64>(files.size()) * 2);
    qCInfo(lcAmbient, "ambient total %lld ms, %lld truth observations",
           static_cast<long long>(total.elapsed()), static_cast<long long>(observations));
    report(QStringLiteral("done"), 1.0);
}

} // namespace eco::demo
