// PacketStore: puts parsed HJ 212 packets into the store. The MN picks the outlet or station,
// the password is checked where one is configured, data commands become readings (2011 ->
// 'rtd' at DataTime, 2051/2061/2031 -> 'min'/'hour'/'day' at the interval start; the measured
// value, Rtd or Avg, with its flag; converted Zs values are not stored, core/aq recomputes them
// from raw values and O2), SBxxx-RS equipment states become 'rtd' series named "SBxxx-RS".
// Whatever cannot be stored goes to quarantine with its reason and raw bytes; per-minute counts
// go to ingest_log. Writes are upserts, so a replay changes no reading. The caller owns the
// transaction and calls flushLog() before committing.
#pragma once

#include "core/ingest/hj212/Hj212Packet.h"
#include "core/ingest/hj212/Hj212Rejection.h"
#include "core/ingest/hj212/LoggerDirectory.h"
#include "core/store/ReadingWriter.h"
#include "core/store/Statement.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace eco::store {
class Database;
}

namespace eco::ingest::hj212 {

struct StoreOutcome {
    bool accepted = false;
    std::optional<RejectCode> rejected; // set when quarantined
    std::string reason;                 // why, when quarantined
    int readings = 0;
};

class PacketStore {
public:
    PacketStore(store::Database& db, LoggerDirectory directory);

    // `raw`: the bytes to quarantine if the packet is refused (all parts for a split packet).
    StoreOutcome store(const Packet& packet, std::int64_t receivedTs, std::string_view origin,
                       std::string_view raw);
    // A packet that did not even parse, or a split packet that never completed. A packet already
    // quarantined for the same reason with the same bytes is not stored twice.
    void quarantine(std::int64_t receivedTs, std::string_view origin, std::string_view mn,
                    RejectCode code, std::string_view reason, std::string_view raw);
    // Writes the per-minute accepted/quarantined counts gathered since the last flush.
    void flushLog();

    const LoggerDirectory& directory() const { return m_directory; }
    void setDirectory(LoggerDirectory d) {
        m_directory = std::move(d);
        m_series.clear(); // keyed by entry addresses
    }

private:
    // `sourceId` must live in m_directory (its address keys the cache).
    std::int64_t seriesFor(const QString& sourceId, std::string_view code, model::Interval i);
    void count(std::string_view origin, std::int64_t receivedTs, bool accepted);

    store::Database& m_db;
    LoggerDirectory m_directory;
    store::ReadingWriter m_writer;
    store::Statement m_findQuarantine;
    store::Statement m_insertQuarantine;
    store::Statement m_logUpsert;
    std::unordered_map<std::string, std::int64_t> m_series; // &sourceId, code, interval
    std::string m_key;
    std::map<std::pair<std::string, std::int64_t>, std::pair<int, int>> m_log;
};

} // namespace eco::ingest::hj212
