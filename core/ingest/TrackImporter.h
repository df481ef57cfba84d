// TrackImporter: the tracks CSV kind, one row per (vehicle, time, pollutant). The position goes to
// track_points (store::TrackWriter), the value to readings as the vehicle's real-time series
// (source_id = vehicle_id, interval rtd) through store::ReadingWriter.
#pragma once

#include "core/ingest/RowImporter.h"
#include "core/ingest/SeriesIdCache.h"
#include "core/store/ReadingWriter.h"
#include "core/store/TrackWriter.h"

#include <optional>
#include <string>
#include <unordered_map>

namespace eco::ingest {

class TrackImporter final : public RowImporter {
public:
    std::span<const ColumnSpec> columns() const override;
    void begin(store::Database& db, const CsvColumns& columns) override;
    RowOutcome importRow(const RowFields& row) override;

private:
    store::Database* m_db = nullptr;
    std::optional<store::TrackWriter> m_tracks;
    std::optional<store::ReadingWriter> m_readings;
    SeriesIdCache m_series;
    std::unordered_map<std::string, std::int64_t> m_vehicles;
    Column m_vehicle, m_time, m_lon, m_lat, m_pollutant, m_value, m_crs;
};

} // namespace eco::ingest
