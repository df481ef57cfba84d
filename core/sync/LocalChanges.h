// LocalChanges: reads rows of the local store as COPY text lines, table by table, for a push to
// the hub or a bundle. Either what the capture triggers marked pending (sync_pending), or every
// row (optionally only time series and events at or after a time). The rows go to a RowSink one
// line at a time, so a big table never sits in memory.
#pragma once

#include "core/sync/SyncTables.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace eco::store {
class Database;
}

namespace eco::sync {

class RowSink {
public:
    virtual ~RowSink() = default;
    virtual void beginTable(const TableSpec& table) = 0;
    // One row without its newline.
    virtual void row(std::string_view line) = 0;
    virtual void endTable(const TableSpec& table, std::int64_t rows) = 0;
};

class LocalChanges {
public:
    explicit LocalChanges(const store::Database& db) : m_db(db) {}

    // Rows marked pending, every table in syncTables() order; returns the row count.
    std::int64_t readPending(RowSink& sink) const;
    // Every row; with `since`, time series and task events only from that Unix time on.
    std::int64_t readAll(RowSink& sink, std::optional<std::int64_t> since) const;
    // Pending entries (a catalog row, an event or a series-day each).
    std::int64_t pendingCount() const;

private:
    const store::Database& m_db;
};

} // namespace eco::sync
