#include "core/store/TrackWriter.h"

#include "core/store/Database.h"

namespace eco::store {

TrackWriter::TrackWriter(Database& db)
    : m_db(db), m_upsertVehicle(db.prepare("INSERT INTO vehicles(vehicle_id,name) VALUES(?1,?2) "
                                           "ON CONFLICT(vehicle_id) DO NOTHING")),
      m_findVehicle(db.prepare("SELECT id FROM vehicles WHERE vehicle_id=?1")),
      m_upsert(db.prepare("INSERT INTO track_points(vehicle,ts,lon,lat) VALUES(?1,?2,?3,?4) "
                          "ON CONFLICT(vehicle,ts) DO UPDATE SET lon=excluded.lon, "
                          "lat=excluded.lat WHERE (lon,lat) IS NOT (excluded.lon,excluded.lat)")),
      m_marks(db, "track_points") {}

std::int64_t TrackWriter::vehicle(const QString& vehicleId, const QString& name) {
    if (const auto it = m_cache.constFind(vehicleId); it != m_cache.constEnd())
        return *it;
    m_upsertVehicle.bind(1, vehicleId).bind(2, name.isNull() ? QStringLiteral("") : name);
    m_upsertVehicle.execute();
    m_findVehicle.bind(1, vehicleId);
    m_findVehicle.step();
    const std::int64_t id = m_findVehicle.int64(0);
    m_findVehicle.reset();
    m_cache.insert(vehicleId, id);
    return id;
}

void TrackWriter::add(std::int64_t vehicleKey, std::int64_t ts, double lon, double lat) {
    m_upsert.bind(1, vehicleKey).bind(2, ts).bind(3, lon).bind(4, lat);
    m_upsert.step();
    m_upsert.reset();
    if (m_db.changes() > 0)
        m_marks.touch(vehicleKey, ts);
    ++m_written;
}

} // namespace eco::store
