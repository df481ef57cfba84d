#include "core/trace/EventFinder.h"

#include "core/geo/LocalTangentPlane.h"
#include "core/store/Database.h"
#include "core/store/LidarScanRepository.h"
#include "core/store/SeriesRepository.h"
#include "core/trace/TraceService.h"

#include <algorithm>
#include <cmath>

namespace eco::trace {

std::vector<HotspotEvent> EventFinder::hotspots(const QString& vehicleId, std::int64_t from,
                                                std::int64_t to, const QString& pollutant,
                                                QString* error) const {
    std::vector<HotspotEvent> out;
    {
        auto st = m_db.prepare("SELECT 1 FROM vehicles WHERE vehicle_id=?1");
        st.bind(1, vehicleId);
        if (!st.step()) {
            if (error)
                *error = QStringLiteral("vehicle %1 does not exist").arg(vehicleId);
            return out;
        }
    }
    const auto fixes = store::SeriesRepository(m_db).track(vehicleId, from, to, pollutant);
    if (fixes.empty())
        return out;
    // The tangent plane at the first fix: a vehicle's day stays within tens of km, where the
    // plane's distortion is far below the 30 m road cells.
    const geo::LocalTangentPlane plane(fixes.front().lon, fixes.front().lat);
    std::vector<TrackSample> samples;
    samples.reserve(fixes.size());
    for (const auto& f : fixes)
        samples.push_back({f.ts, plane.toLocal(f.lon, f.lat), f.value});
    for (const Hotspot& h : detectHotspots(samples)) {
        HotspotEvent e;
        e.vehicleId = vehicleId;
        e.pollutant = pollutant;
        const QPointF ll = plane.toLonLat(h.centreM);
        e.lon = ll.x();
        e.lat = ll.y();
        e.hotspot = h;
        out.push_back(e);
    }
    std::sort(out.begin(), out.end(), [](const HotspotEvent& a, const HotspotEvent& b) {
        if (a.hotspot.maxExcess != b.hotspot.maxExcess)
            return a.hotspot.maxExcess > b.hotspot.maxExcess;
        return a.hotspot.firstTs < b.hotspot.firstTs;
    });
    return out;
}

bool EventFinder::lidarPosition(const QString& lidarId, double& lon, double& lat,
                                QString* error) const {
    auto st = m_db.prepare("SELECT lon, lat FROM lidars WHERE id=?1");
    st.bind(1, lidarId);
    if (!st.step()) {
        if (error)
            *error = QStringLiteral("lidar %1 does not exist").arg(lidarId);
        return false;
    }
    lon = st.real(0);
    lat = st.real(1);
    return true;
}

namespace {

void appendPlumes(std::vector<LidarPlumeEvent>& out, const QString& lidarId,
                  const model::LidarScan& scan, const geo::LocalTangentPlane& plane) {
    for (const LidarPlume& p : detectLidarPlumes(scan)) {
        LidarPlumeEvent e;
        e.lidarId = lidarId;
        e.scanTs = scan.ts;
        const QPointF head = plane.toLonLat(p.headM);
        const QPointF centre = plane.toLonLat(p.centroidM);
        e.lon = head.x();
        e.lat = head.y();
        e.headHeightM = lidarBeamHeightM(std::hypot(p.headM.x(), p.headM.y()), scan.elevationDeg);
        e.centroidLon = centre.x();
        e.centroidLat = centre.y();
        e.plume = p;
        out.push_back(e);
    }
}

void sortStrongestFirst(std::vector<LidarPlumeEvent>& list) {
    std::stable_sort(list.begin(), list.end(),
                     [](const LidarPlumeEvent& a, const LidarPlumeEvent& b) {
                         return a.plume.maxExcess > b.plume.maxExcess;
                     });
}

} // namespace

std::vector<LidarPlumeEvent> EventFinder::lidarPlumes(const QString& lidarId, std::int64_t ts,
                                                      std::int64_t maxGapS, QString* error) const {
    std::vector<LidarPlumeEvent> out;
    double lon = 0, lat = 0;
    if (!lidarPosition(lidarId, lon, lat, error))
        return out;
    const auto scans =
        store::LidarScanRepository(m_db).range(lidarId, ts - maxGapS, ts + maxGapS + 1);
    const model::LidarScan* nearest = nullptr;
    for (const auto& s : scans)
        if (s.mode == QLatin1String("ppi") &&
            (!nearest || std::llabs(s.ts - ts) < std::llabs(nearest->ts - ts)))
            nearest = &s;
    if (!nearest) {
        if (error)
            *error = QStringLiteral("lidar %1 has no PPI scan within %2 min of that time")
                         .arg(lidarId)
                         .arg(maxGapS / 60);
        return out;
    }
    appendPlumes(out, lidarId, *nearest, geo::LocalTangentPlane(lon, lat));
    sortStrongestFirst(out);
    return out;
}

std::vector<LidarPlumeEvent> EventFinder::lidarPlumesBetween(const QString& lidarId,
                                                             std::int64_t from, std::int64_t to,
                                                             int maxCount, QString* error) const {
    std::vector<LidarPlumeEvent> out;
    double lon = 0, lat = 0;
    if (!lidarPosition(lidarId, lon, lat, error))
        return out;
    const geo::LocalTangentPlane plane(lon, lat);
    // A few hours of scans at a time: a day of decoded scans would hold tens of MB at once.
    const store::LidarScanRepository scans(m_db);
    constexpr std::int64_t kChunkS = 3 * 3600;
    for (std::int64_t t = from; t < to; t += kChunkS)
        for (const auto& s : scans.range(lidarId, t, std::min(to, t + kChunkS)))
            if (s.mode == QLatin1String("ppi"))
                appendPlumes(out, lidarId, s, plane);
    sortStrongestFirst(out);
    if (maxCount >= 0 && out.size() > static_cast<size_t>(maxCount))
        out.resize(static_cast<size_t>(maxCount));
    return out;
}

TraceRequest requestFor(const HotspotEvent& h) {
    TraceRequest r;
    r.lon = h.lon;
    r.lat = h.lat;
    r.ts = h.hotspot.peakTs;
    r.pollutant = h.pollutant;
    r.excess = h.hotspot.meanExcess;
    return r;
}

TraceRequest requestFor(const LidarPlumeEvent& p, const QString& pollutant) {
    TraceRequest r;
    r.lon = p.lon;
    r.lat = p.lat;
    r.ts = p.scanTs;
    r.pollutant = pollutant;
    r.excess = p.plume.maxExcess;
    r.receptorHeightM = p.headHeightM;
    return r;
}

} // namespace eco::trace
