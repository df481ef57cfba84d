// Split packets (Flag D bit, PNUM/PNO) carry one logical packet in several frames that may arrive
// in any order and interleaved with other loggers' traffic. The reassembler keeps the parts per
// logger and packet (MN + QN) and hands back one data segment once all PNUM parts are in; parts
// still incomplete after the timeout are returned by expire() so they can be quarantined.
#pragma once

#include "core/ingest/hj212/Hj212Packet.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace eco::ingest::hj212 {

class Reassembler {
public:
    explicit Reassembler(std::int64_t timeoutS = 120, std::size_t maxPending = 4096)
        : m_timeoutS(timeoutS), m_maxPending(maxPending) {}

    struct Complete {
        std::string segment;             // an unframed data segment for parseSegment()
        std::vector<std::string> frames; // the parts as received, in PNO order
    };
    struct Expired {
        std::string mn;
        std::string qn;
        std::string reason;
        std::vector<std::string> frames;
    };

    // `part` must be a split packet (isSplit()). Returns the whole packet when this was the last
    // missing part. A repeated PNO replaces the earlier copy.
    std::optional<Complete> offer(const Packet& part, std::int64_t now);
    // Removes and returns the packets whose first part is older than the timeout (and the oldest
    // ones beyond maxPending, so a flood cannot grow memory without bound).
    // `all`: everything still pending (the input ended).
    std::vector<Expired> expire(std::int64_t now, bool all = false);
    std::size_t pending() const { return m_pending.size(); }

private:
    struct Parts {
        std::int64_t firstSeen = 0;
        int pnum = 0;
        int received = 0;
        std::string header; // QN=..;ST=..;CN=..;PW=..;MN=..;Flag=.. of the first part
        std::vector<std::optional<std::string>> cp;
        std::vector<std::string> frames;
    };
    static Expired expired(const std::string& key, Parts& p, const char* why);

    std::int64_t m_timeoutS;
    std::size_t m_maxPending;
    std::map<std::string, Parts> m_pending; // key: MN '\x1f' QN
};

} // namespace eco::ingest::hj212
