// ReadingWriter: the bulk path into the readings table. Upserts on (series, ts) and skips the
// write when the stored value and flag are already the same, so a replayed import changes
// nothing. It does not own a transaction: the caller decides the batch (an import, a demo day).
// A row that changed marks its (series, day) for sync once per transaction (store::ChangeMarks),
// and, when it lies before the screening watermark, for screening (store::ScreenDirtyMarks).
#pragma once

#include "core/model/Reading.h"
#include "core/store/ChangeMarks.h"
#include "core/store/ScreenDirtyMarks.h"
#include "core/store/SeriesCatalog.h"
#include "core/store/Statement.h"

#include <cstdint>
#include <optional>

namespace eco::store {

class Database;

class ReadingWriter {
public:
    explicit ReadingWriter(Database& db);

    std::int64_t series(const QString& sourceId, const QString& pollutant,
                        model::Interval interval) {
        return m_catalog.resolve(sourceId, pollutant, interval);
    }
    void add(std::int64_t seriesId, std::int64_t ts, std::optional<double> value, char flag = 'N');
    void add(const model::Reading& r);

    std::int64_t written() const { return m_written; }

private:
    Database& m_db;
    SeriesCatalog m_catalog;
    Statement m_upsert;
    ChangeMarks m_marks;
    ScreenDirtyMarks m_screenMarks;
    std::int64_t m_written = 0;
};

} // namespace eco::store
