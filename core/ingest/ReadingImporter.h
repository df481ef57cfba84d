// ReadingImporter: the readings CSV kind (source_id, pollutant, interval, time, value, flag), the
// bulk path: bytes are parsed in place, series ids are cached per (source, pollutant, interval),
// and rows go through one prepared upsert (store::ReadingWriter) inside the import transaction.
// Validated rows are buffered and written in (series, time) order, a million at a time: loggers
// export hour by hour across all series, and inserting in the table's clustering order instead
// of jumping between series on every row more than doubles the store's insert rate. The sort is
// stable, so when a file repeats a reading the later row still wins.
#pragma once

#include "core/ingest/KnownIds.h"
#include "core/ingest/RowImporter.h"
#include "core/ingest/SeriesIdCache.h"
#include "core/store/ReadingWriter.h"

#include <optional>
#include <vector>

namespace eco::ingest {

class ReadingImporter final : public RowImporter {
public:
    std::span<const ColumnSpec> columns() const override;
    void begin(store::Database& db, const CsvColumns& columns) override;
    RowOutcome importRow(const RowFields& row) override;
    DeferredOutcome finish() override;

private:
    struct Pending {
        std::int64_t series;
        std::int64_t ts;
        double value;
        bool hasValue;
        char flag;
    };
    void flush();

    static constexpr std::size_t kBatch = std::size_t{1} << 20;
    std::vector<Pending> m_pending;
    DeferredOutcome m_outcome;
    store::Database* m_db = nullptr;
    std::optional<store::ReadingWriter> m_writer;
    SeriesIdCache m_series;
    KnownIds m_sources; // sites, outlets and vehicles
    Column m_source, m_pollutant, m_interval, m_time, m_value, m_flag;
};

} // namespace eco::ingest
