// PacketIntake: the one path every received HJ 212 frame takes, from a file line or a TCP
// stream: parse, reassemble split packets, store or quarantine, and say what to answer. The file
// command and the listener share it so both treat a packet the same way. The reply is only
// returned, never sent: the listener sends it after the transaction holding the data commits.
#pragma once

#include "core/ingest/hj212/Hj212Packet.h"
#include "core/ingest/hj212/Hj212Reassembler.h"
#include "core/ingest/hj212/Hj212Rejection.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace eco::ingest::hj212 {

class PacketStore;

struct IntakeResult {
    enum class Kind { Stored, Quarantined, Partial } kind = Kind::Quarantined;
    std::optional<RejectCode> rejected;
    std::string reason; // why it was quarantined
    int readings = 0;
    bool oversize = false; // data segment above the standard's 1024 bytes (stored anyway)
    std::string reply;     // frame to send back once committed; empty when none is due
};

class PacketIntake {
public:
    explicit PacketIntake(PacketStore& store, std::int64_t splitTimeoutS = 120)
        : m_store(store), m_reassembler(splitTimeoutS) {}

    // One frame (CR LF optional). `now`: reception time, UTC seconds.
    IntakeResult feed(std::string_view frame, std::int64_t now, std::string_view origin);
    // Quarantines split packets whose parts stopped arriving; returns how many.
    // `all`: the input ended, so every pending split packet is incomplete.
    int expire(std::int64_t now, std::string_view origin, bool all = false);
    std::size_t pendingSplits() const { return m_reassembler.pending(); }

private:
    IntakeResult storeParsed(const Packet& p, std::int64_t now, std::string_view origin,
                             std::string_view raw);

    PacketStore& m_store;
    Reassembler m_reassembler;
    Packet m_packet;    // reused: its field vector keeps its capacity
    Packet m_assembled; // a reassembled split packet (views into m_segment)
    std::string m_segment;
};

} // namespace eco::ingest::hj212
