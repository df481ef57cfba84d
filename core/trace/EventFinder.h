// EventFinder: turns the store's raw mobile data into traceable events. A vehicle's 1 Hz track
// over a period becomes its repeated hotspots (EventDetectors::detectHotspots, sorted strongest
// first so a listing and "trace hotspot 2" always mean the same one), and a lidar's PPI scan
// nearest a time becomes its plumes with the head (the end nearest the source) in lon/lat.
// Positions come back in WGS84 so an event can be handed to TraceService as a point;
// requestFor() builds that point request the same way for the CLI and the GUI.
#pragma once

#include "core/trace/EventDetectors.h"
#include "core/trace/TraceService.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace eco::store {
class Database;
}

namespace eco::trace {

struct HotspotEvent {
    QString vehicleId;
    QString pollutant;
    double lon = 0, lat = 0;
    Hotspot hotspot;
};

struct LidarPlumeEvent {
    QString lidarId;
    std::int64_t scanTs = 0;
    double lon = 0, lat = 0; // the plume head
    double headHeightM = 3;  // the beam's height above ground at the head
    double centroidLon = 0, centroidLat = 0;
    LidarPlume plume;
};

class EventFinder {
public:
    explicit EventFinder(store::Database& db) : m_db(db) {}

    // Hotspots of one vehicle in [from, to), strongest (max excess) first. Empty when the
    // vehicle has no track there; error set when the vehicle does not exist.
    std::vector<HotspotEvent> hotspots(const QString& vehicleId, std::int64_t from, std::int64_t to,
                                       const QString& pollutant, QString* error = nullptr) const;

    // Plumes in the lidar's PPI scan nearest ts (within maxGapS), strongest first.
    std::vector<LidarPlumeEvent> lidarPlumes(const QString& lidarId, std::int64_t ts,
                                             std::int64_t maxGapS = 1800,
                                             QString* error = nullptr) const;

    // Plumes of every PPI scan of the lidar in [from, to), strongest first, at most maxCount
    // (a day has ~100 scans; the strongest are what an officer picks from).
    std::vector<LidarPlumeEvent> lidarPlumesBetween(const QString& lidarId, std::int64_t from,
                                                    std::int64_t to, int maxCount = 50,
                                                    QString* error = nullptr) const;

private:
    bool lidarPosition(const QString& lidarId, double& lon, double& lat, QString* error) const;
    store::Database& m_db;
};

// A point trace from a hotspot (at its peak, with its mean excess) or from a plume's head (at
// the scan time, with its peak excess, at the height the beam reaches there).
TraceRequest requestFor(const HotspotEvent& hotspot);
TraceRequest requestFor(const LidarPlumeEvent& plume, const QString& pollutant);

} // namespace eco::trace
