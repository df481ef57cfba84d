// TrackWriter: bulk upserts of vehicle positions; what was measured at each fix goes through a
// ReadingWriter as real-time readings of the vehicle (source_id = vehicle id). A point that
// changed marks its (vehicle, day) for sync once per transaction (ChangeMarks).
#pragma once

#include "core/store/ChangeMarks.h"
#include "core/store/Statement.h"

#include <QHash>
#include <QString>

#include <cstdint>

namespace eco::store {

class Database;

class TrackWriter {
public:
    explicit TrackWriter(Database& db);

    std::int64_t vehicle(const QString& vehicleId, const QString& name = {});
    void add(std::int64_t vehicleKey, std::int64_t ts, double lon, double lat);

    std::int64_t written() const { return m_written; }

private:
    Database& m_db;
    Statement m_upsertVehicle;
    Statement m_findVehicle;
    Statement m_upsert;
    QHash<QString, std::int64_t> m_cache;
    ChangeMarks m_marks;
    std::int64_t m_written = 0;
};

} // namespace eco::store
