#include "core/ingest/hj212/PacketIntake.h"

#include "core/ingest/hj212/Hj212Parser.h"
#include "core/ingest/hj212/Hj212Reply.h"
#include "core/ingest/hj212/PacketStore.h"

namespace eco::ingest::hj212 {

IntakeResult PacketIntake::storeParsed(const Packet& p, std::int64_t now, std::string_view origin,
                                       std::string_view raw) {
    IntakeResult r;
    const StoreOutcome o = m_store.store(p, now, origin, raw);
    r.readings = o.readings;
    r.oversize = p.oversize;
    if (o.accepted) {
        r.kind = IntakeResult::Kind::Stored;
        if (p.needsAck())
            r.reply = dataAck(p.qn, p.mn, p.pw, p.version());
        return r;
    }
    r.kind = IntakeResult::Kind::Quarantined;
    r.rejected = o.rejected;
    r.reason = o.reason;
    if (p.needsAck() && o.rejected == RejectCode::UnknownMn)
        r.reply = requestReply(p.qn, p.mn, p.pw, p.version(), qnrtn::kUnknownMn);
    else if (p.needsAck() && o.rejected == RejectCode::WrongPassword)
        r.reply = requestReply(p.qn, p.mn, p.pw, p.version(), qnrtn::kWrongPassword);
    return r;
}

IntakeResult PacketIntake::feed(std::string_view frame, std::int64_t now, std::string_view origin) {
    while (!frame.empty() && (frame.back() == '\n' || frame.back() == '\r'))
        frame.remove_suffix(1);
    if (const auto bad = parsePacket(frame, m_packet)) {
        IntakeResult r;
        r.rejected = bad->code;
        r.reason = bad->text;
        // The MN is worth keeping when the header got that far (a CRC error, a bad number).
        m_store.quarantine(now, origin, m_packet.mn, bad->code, bad->text, frame);
        return r;
    }
    if (!m_packet.isSplit())
        return storeParsed(m_packet, now, origin, frame);
    auto whole = m_reassembler.offer(m_packet, now);
    if (!whole) {
        IntakeResult r;
        r.kind = IntakeResult::Kind::Partial;
        return r;
    }
    m_segment = std::move(whole->segment);
    std::string raw;
    for (const auto& f : whole->frames)
        raw.append(f).append("\r\n");
    if (const auto bad = parseSegment(m_segment, m_assembled)) {
        IntakeResult r;
        r.rejected = bad->code;
        r.reason = "reassembled split packet: " + bad->text;
        m_store.quarantine(now, origin, m_assembled.mn, bad->code, r.reason, raw);
        return r;
    }
    return storeParsed(m_assembled, now, origin, raw);
}

int PacketIntake::expire(std::int64_t now, std::string_view origin, bool all) {
    const auto gone = m_reassembler.expire(now, all);
    for (const auto& e : gone) {
        std::string raw;
        for (const auto& f : e.frames)
            raw.append(f).append("\r\n");
        m_store.quarantine(now, origin, e.mn, RejectCode::SplitIncomplete, e.reason, raw);
    }
    return static_cast<int>(gone.size());
}

} // namespace eco::ingest::hj212
