#include "core/ingest/TrackImporter.h"

#include "core/store/Database.h"

#include <array>

namespace eco::ingest {

std::span<const ColumnSpec> TrackImporter::columns() const {
    static constexpr std::array<ColumnSpec, 7> kColumns{{{"vehicle_id", true},
                                                         {"time", true},
                                                         {"lon", true},
                                                         {"lat", true},
                                                         {"pollutant", true},
                                                         {"value", true},
                                                         {"crs", false}}};
    return kColumns;
}

void TrackImporter::begin(store::Database& db, const CsvColumns& c) {
    m_db = &db;
    m_tracks.emplace(db);
    m_readings.emplace(db);
    m_vehicle = c.column("vehicle_id");
    m_time = c.column("time");
    m_lon = c.column("lon");
    m_lat = c.column("lat");
    m_pollutant = c.column("pollutant");
    m_value = c.column("value");
    m_crs = c.column("crs");
}

RowOutcome TrackImporter::importRow(const RowFields& row) {
    const std::string_view vehicle = row.required(m_vehicle);
    const std::int64_t ts = row.time(m_time);
    const geo::LonLat p = row.position(m_lon, m_lat, m_crs);
    const std::string_view pollutant = row.pollutantCode(m_pollutant);
    const double value = row.number(m_value);

    const std::int64_t before = m_db->totalChanges();
    auto it = m_vehicles.find(std::string(vehicle));
    if (it == m_vehicles.end()) {
        const std::int64_t key = m_tracks->vehicle(
            QString::fromUtf8(vehicle.data(), static_cast<qsizetype>(vehicle.size())));
        it = m_vehicles.emplace(std::string(vehicle), key).first;
    }
    std::int64_t series = m_series.find(vehicle, pollutant, model::Interval::Realtime);
    if (series < 0)
        series = m_series.resolve(*m_readings, vehicle, pollutant, model::Interval::Realtime);
    m_tracks->add(it->second, ts, p.lon, p.lat);
    m_readings->add(series, ts, value, 'N');
    return m_db->totalChanges() != before ? RowOutcome::Changed : RowOutcome::Unchanged;
}

} // namespace eco::ingest
