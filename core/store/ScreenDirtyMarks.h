// ScreenDirtyMarks: how the bulk writers (readings, power) tell the screening cache that late data
// arrived, without a trigger firing per row. A row written before the screening watermark
// (screen_watermark.hwm: everything earlier is already judged and cached) marks its (kind, key,
// local day) in screen_dirty, so the next incremental run rebuilds that day and judges it again.
// The watermark is read once per transaction and a (key, day) is marked once per transaction: both
// caches are dropped whenever the connection starts, ends or rolls back (a savepoint too) a
// transaction, the same rule as store::ChangeMarks. Outside a transaction every changed row reads
// the watermark and writes its mark right after it. Deletes keep their v6 triggers (they are rare).
#pragma once

#include "core/store/Statement.h"

#include <cstdint>
#include <optional>
#include <unordered_set>

namespace eco::store {

class Database;

class ScreenDirtyMarks {
public:
    // screen_dirty.kind of each table the screening engine reads.
    enum class Kind : int { Readings = 0, Power = 1 };

    ScreenDirtyMarks(Database& db, Kind kind);

    // Records that the row of `key` (series id or meter key) at `ts` changed (call only when the
    // write changed a row).
    void touch(std::int64_t key, std::int64_t ts);

    // The local (UTC+8) day the screening cache files a time under, as the v6 triggers computed.
    static std::int64_t dayOf(std::int64_t ts) { return (ts + 28800) / 86400; }

private:
    struct Bucket {
        std::int64_t key;
        std::int64_t day;
        bool operator==(const Bucket&) const = default;
    };
    struct BucketHash {
        std::size_t operator()(const Bucket& b) const noexcept {
            return std::hash<std::int64_t>()(b.key * 1000003 + b.day);
        }
    };
    std::optional<std::int64_t> readWatermark();
    void write(std::int64_t key, std::int64_t day);

    Database& m_db;
    int m_kind;
    Statement m_watermark;
    Statement m_insert;
    std::uint64_t m_serial = 0;
    bool m_haveWatermark = false;
    std::optional<std::int64_t> m_hwm;
    std::unordered_set<Bucket, BucketHash> m_marked;
};

} // namespace eco::store
