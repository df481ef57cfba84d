#include "core/demo/LidarSimulator.h"

#include "core/demo/CityFrame.h"
#include "core/demo/WeatherNoise.h"
#include "core/store/LidarScanRepository.h"

#include <QtMath>

#include <algorithm>
#include <cmath>

namespace eco::demo {

namespace {

QPointF polar(double bearingDeg, double r) {
    const double a = qDegreesToRadians(bearingDeg);
    return {r * std::sin(a), r * std::cos(a)};
}

double noiseSigma(double value, double rangeM) {
    const double f =
        rangeM / (LidarSimulator::kRangeStartM + LidarSimulator::kBins * LidarSimulator::kBinM);
    return 1.5 + 0.03 * value + 4.0 * f * f;
}

} // namespace

std::vector<LidarSite> LidarSimulator::plan(const CityFrame& frame) {
    std::vector<QPointF> where;
    int k = 0;
    for (const IndustrialPark& p : frame.parks()) {
        where.push_back(p.centreM + polar(40.0 + 70.0 * k, p.radiusM * 0.8));
        where.push_back(p.centreM + polar(220.0 + 70.0 * k, p.radiusM * 0.8));
        ++k;
    }
    where.push_back(QPointF(0, 2000));
    where.push_back(polar(200, 9000));
    where.push_back(polar(330, 12000));
    std::vector<LidarSite> out;
    for (size_t i = 0; i < where.size(); ++i) {
        const QPointF ll = frame.toLonLat(where[i]);
        const QString id =
            QStringLiteral("L%1").arg(static_cast<int>(i) + 1, 2, 10, QLatin1Char('0'));
        const QString name =
            i < 2 * frame.parks().size()
                ? frame.parks()[i / 2].name + QStringLiteral("激光雷达%1").arg(i % 2 + 1)
                : frame.districtAt(where[i]).name + QStringLiteral("激光雷达");
        out.push_back({{id, name, ll.x(), ll.y()}, where[i]});
    }
    return out;
}

double LidarSimulator::aerosolWeight(const EpisodeReceptorInfo& e) {
    double w = 0;
    for (const SpeciesShare& s : e.shares) {
        if (s.species == Species::PM25)
            w = std::max(w, s.factor);
        else if (s.species == Species::PM10)
            w = std::max(w, 0.6 * s.factor);
        else if (s.species == Species::SO2)
            w = std::max(w, 0.4 * s.factor); // sulphate and co-emitted dust
        else if (s.species == Species::NO2)
            w = std::max(w, 0.2 * s.factor);
    }
    return w;
}

LidarSimulator::LidarSimulator(const std::vector<LidarSite>& sites, const WeatherModel& weather,
                               const WeatherBackground& background, const PuffField& puffs,
                               const std::vector<EpisodeReceptorInfo>& episodes,
                               std::int64_t startTs, std::uint64_t seed)
    : m_sites(sites), m_weather(weather), m_background(background), m_puffs(puffs),
      m_episodes(episodes), m_startTs(startTs), m_seed(seed) {
    for (const EpisodeReceptorInfo& e : episodes)
        m_weights.push_back(aerosolWeight(e));
}

LidarDay LidarSimulator::simulateDay(int lidar, int day) const {
    const LidarSite& site = m_sites[static_cast<size_t>(lidar)];
    NoiseStream rng(m_seed, "lidar.noise",
                    static_cast<std::uint64_t>(lidar) * 100000 + static_cast<std::uint64_t>(day));
    LidarDay out;
    const double maxRange = kRangeStartM + kBins * kBinM;
    const double sinEl = std::sin(qDegreesToRadians(kElevationDeg));
    const double cx = site.localM.x(), cy = site.localM.y();
    std::vector<float> azimuths(kRays);
    std::vector<double> sinAz(kRays), cosAz(kRays);
    for (int r = 0; r < kRays; ++r) {
        azimuths[static_cast<size_t>(r)] = static_cast<float>(r * 360.0 / kRays);
        sinAz[static_cast<size_t>(r)] = std::sin(qDegreesToRadians(r * 360.0 / kRays));
        cosAz[static_cast<size_t>(r)] = std::cos(qDegreesToRadians(r * 360.0 / kRays));
    }
    struct NearPuff {
        const Puff* p;
        double x, y; // centre relative to the lidar at the scan time
    };
    std::vector<NearPuff> near;
    std::vector<const Puff*> onRay;
    std::vector<double> aboveMix(kBins);
    std::vector<double> bestExcess(m_episodes.size());
    std::vector<QPointF> bestWhere(m_episodes.size());
    const int scans = 86400 / kScanEveryS;
    for (int s = 0; s < scans; ++s) {
        const std::int64_t ts = m_startTs + static_cast<std::int64_t>(day) * 86400 +
                                static_cast<std::int64_t>(s) * kScanEveryS;
        const double t = static_cast<double>(ts);
        // The background over the scan as a plane through five samples of the field.
        const double c0 = m_background.value(Species::PM25, site.localM, t);
        const double gx = (m_background.value(Species::PM25, site.localM + QPointF(2000, 0), t) -
                           m_background.value(Species::PM25, site.localM - QPointF(2000, 0), t)) /
                          4000.0;
        const double gy = (m_background.value(Species::PM25, site.localM + QPointF(0, 2000), t) -
                           m_background.value(Species::PM25, site.localM - QPointF(0, 2000), t)) /
                          4000.0;
        const double zi = m_weather.mixingHeightAt(t);
        const bool plume = m_puffs.mayTouch(cx, cy, maxRange, t);
        std::fill(bestExcess.begin(), bestExcess.end(), 0.0);

        // Puffs that can reach the scan, then per ray those that can reach the ray.
        const double dtFrame = m_puffs.frameOffset(t);
        near.clear();
        if (plume)
            for (const Puff& p : m_puffs.puffsAt(t)) {
                const double px = p.x + p.u * dtFrame - cx, py = p.y + p.v * dtFrame - cy;
                if (m_weights[static_cast<size_t>(p.source)] > 0 &&
                    std::hypot(px, py) < maxRange + 4.0 * p.sy)
                    near.push_back({&p, px, py});
            }
        for (int b = 0; b < kBins; ++b) {
            const double z = 3.0 + (kRangeStartM + (b + 0.5) * kBinM) * sinEl;
            aboveMix[static_cast<size_t>(b)] =
                1.0 / (1.0 + std::exp((z - 0.85 * zi) / (0.08 * zi)));
        }

        model::LidarScan scan;
        scan.deviceId = site.lidar.id;
        scan.ts = ts;
        scan.mode = QStringLiteral("ppi");
        scan.elevationDeg = kElevationDeg;
        scan.rangeStartM = kRangeStartM;
        scan.binM = kBinM;
        scan.nbins = kBins;
        scan.azimuths = azimuths;
        scan.values.resize(static_cast<size_t>(kRays) * kBins);
        for (int r = 0; r < kRays; ++r) {
            const double sa = sinAz[static_cast<size_t>(r)], ca = cosAz[static_cast<size_t>(r)];
            onRay.clear();
            for (const NearPuff& np : near) {
                const double along = np.x * sa + np.y * ca;
                const double across = std::abs(np.x * ca - np.y * sa);
                if (across < 4.0 * np.p->sy && along > -4.0 * np.p->sy &&
                    along < maxRange + 4.0 * np.p->sy)
                    onRay.push_back(np.p);
            }
            for (int b = 0; b < kBins; ++b) {
                const double range = kRangeStartM + (b + 0.5) * kBinM;
                const double dx = range * sa;
                const double dy = range * ca;
                const double z = 3.0 + range * sinEl;
                double v = std::max(2.0, c0 + gx * dx + gy * dy) *
                           (0.25 + 0.75 * aboveMix[static_cast<size_t>(b)]);
                for (const Puff* p : onRay) {
                    const double c = PuffField::puffConcentration(*p, cx + dx, cy + dy, z, dtFrame,
                                                                  m_puffs.groundReflection(),
                                                                  m_puffs.mixingLid());
                    if (c <= 0)
                        continue;
                    const size_t src = static_cast<size_t>(p->source);
                    const double ex = c * m_weights[src];
                    v += ex;
                    if (ex > 3.0 * noiseSigma(v, range) && ex > bestExcess[src]) {
                        bestExcess[src] = ex;
                        bestWhere[src] = QPointF(cx + dx, cy + dy);
                    }
                }
                v += noiseSigma(v, range) * rng.fastGauss();
                // Whole ug/m3: the retrieval is no finer, and the store compresses it far better.
                scan.values[static_cast<size_t>(r * kBins + b)] =
                    static_cast<float>(std::round(std::max(0.0, v)));
            }
        }
        for (size_t e = 0; e < m_episodes.size(); ++e)
            if (bestExcess[e] > 0) {
                // Where the plume crossed the scan most strongly.
                const QPointF ll = m_frame.toLonLat(bestWhere[e]);
                out.observations.push_back({m_episodes[e].id, QStringLiteral("lidar"),
                                            site.lidar.id, ts, ll.x(), ll.y(), bestExcess[e]});
            }
        out.encoded.push_back(store::LidarScanRepository::encodeValues(scan.values));
        scan.values.clear();
        scan.values.shrink_to_fit();
        out.scans.push_back(std::move(scan));
    }
    return out;
}

} // namespace eco::demo
