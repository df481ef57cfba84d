// ChangeMarks: how the bulk writers (readings, power, track points) tell sync what they touched,
// without a trigger firing per row. A mark is one sync_pending row per (table, series, UTC day)
// holding the earliest time touched that day (`lo`), so a push sends only the rows of that series
// from `lo` to the end of the day. A writer marks a (series, day) once per transaction: the cache
// of what this transaction already marked is dropped whenever the connection starts, ends or
// rolls back (a savepoint too) a transaction, so a rolled-back or pushed mark is written again.
// The mark is written in the same transaction as the row, so a commit carries both or neither;
// outside a transaction every changed row writes its mark right after it.
#pragma once

#include "core/store/Statement.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace eco::store {

class Database;

class ChangeMarks {
public:
    // `table` is the sync table name (sync_pending.tbl), e.g. "readings".
    ChangeMarks(Database& db, std::string_view table);

    // Records that the row of `series` at `ts` changed (call only when the write changed a row).
    void touch(std::int64_t series, std::int64_t ts);

    // UTC day of a time, and the mark key sync reads back ("series:day").
    static std::int64_t dayOf(std::int64_t ts);
    static std::string key(std::int64_t series, std::int64_t day);

private:
    struct Bucket {
        std::int64_t series;
        std::int64_t day;
        bool operator==(const Bucket&) const = default;
    };
    struct BucketHash {
        std::size_t operator()(const Bucket& b) const noexcept {
            return std::hash<std::int64_t>()(b.series * 1000003 + b.day);
        }
    };
    void write(std::int64_t series, std::int64_t day, std::int64_t lo);

    Database& m_db;
    std::string m_table;
    Statement m_upsert;
    std::uint64_t m_serial = 0;
    std::unordered_map<Bucket, std::int64_t, BucketHash> m_marked; // bucket -> lo written
};

} // namespace eco::store
