// PowerWriter: bulk upserts of circuit power readings; meters are created or updated on first use.
// A reading that changed marks its (meter, day) for sync once per transaction (ChangeMarks), and,
// when it lies before the screening watermark, for screening (ScreenDirtyMarks).
#pragma once

#include "core/model/PowerReading.h"
#include "core/store/ChangeMarks.h"
#include "core/store/ScreenDirtyMarks.h"
#include "core/store/Statement.h"

#include <QHash>

#include <cstdint>
#include <optional>

namespace eco::store {

class Database;

class PowerWriter {
public:
    explicit PowerWriter(Database& db);

    // Creates or updates the meter; returns its integer key. Throws StoreError when the
    // enterprise does not exist (foreign key).
    std::int64_t meter(const model::PowerMeter& m);
    std::optional<std::int64_t> findMeter(const QString& meterId);
    void add(std::int64_t meterKey, std::int64_t ts, std::optional<double> kw);

    std::int64_t written() const { return m_written; }

private:
    Database& m_db;
    Statement m_upsertMeter;
    Statement m_findMeter;
    Statement m_upsert;
    QHash<QString, std::int64_t> m_cache;
    ChangeMarks m_marks;
    ScreenDirtyMarks m_screenMarks;
    std::int64_t m_written = 0;
};

} // namespace eco::store
