// libFuzzer target for the HJ 212 parser: any bytes as a frame, as a data segment, through the
// stream frame splitter and the split-packet reassembler. It must never crash, read out of
// bounds or leave a packet whose views point outside the input.
#include "core/ingest/hj212/Hj212Crc.h"
#include "core/ingest/hj212/Hj212FrameSplitter.h"
#include "core/ingest/hj212/Hj212Parser.h"
#include "core/ingest/hj212/Hj212Reassembler.h"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

using namespace eco::ingest::hj212;

namespace {

void checkInside(std::string_view outer, std::string_view inner) {
    if (inner.empty())
        return;
    if (inner.data() < outer.data() || inner.data() + inner.size() > outer.data() + outer.size())
        std::abort();
}

void checkPacket(std::string_view input, const Packet& p) {
    checkInside(input, p.segment);
    checkInside(input, p.mn);
    checkInside(input, p.qn);
    checkInside(input, p.pw);
    checkInside(input, p.cp);
    for (const CpField& f : p.fields) {
        checkInside(input, f.code);
        checkInside(input, f.value);
        checkInside(input, f.suffixText);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view in(reinterpret_cast<const char*>(data), size);
    Packet p;
    if (!parsePacket(in, p))
        checkPacket(in, p);
    // The same bytes framed correctly, so the fuzzer reaches the header and CP code quickly.
    std::string framed = "##0000";
    const auto len = std::to_string(size % 10000);
    framed.replace(6 - len.size(), len.size(), len);
    framed.append(in);
    char crcText[4];
    formatCrc(crc(in), crcText);
    framed.append(crcText, 4);
    if (crc(in) != crcReference(in))
        std::abort();
    Packet q;
    if (!parsePacket(framed, q)) {
        checkPacket(framed, q);
        if (q.isSplit()) {
            Reassembler r(10, 4);
            if (auto whole = r.offer(q, 0)) {
                Packet w;
                if (!parseSegment(whole->segment, w))
                    checkPacket(whole->segment, w);
            }
            r.expire(100);
        }
    }
    std::size_t offset = 0;
    while (offset < in.size()) {
        const SplitResult s = nextFrame(in.substr(offset), 512);
        if (s.status != SplitStatus::Frame || s.consumed == 0)
            break;
        if (s.frameLength > s.consumed)
            std::abort();
        Packet f;
        parsePacket(in.substr(offset, s.frameLength), f);
        offset += s.consumed;
    }
    return 0;
}
