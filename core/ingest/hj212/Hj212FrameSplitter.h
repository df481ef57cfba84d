// Cuts a TCP byte stream into HJ 212 frames. TCP delivers bytes, not packets: a read may hold
// half a frame or three. A frame starts with "##" and ends with CR LF; a logger that omits the
// CR LF is still understood when the declared length lands on the next "##". Bytes that cannot
// start a frame, or a frame longer than the receiver's limit, end the connection (the caller
// decides), so one broken logger cannot make the receiver buffer without bound.
#pragma once

#include <cstddef>
#include <string_view>

namespace eco::ingest::hj212 {

enum class SplitStatus { Frame, NeedMore, Garbage, Oversize };

struct SplitResult {
    SplitStatus status = SplitStatus::NeedMore;
    std::size_t frameLength = 0; // bytes of the frame without CR LF (status Frame)
    std::size_t consumed = 0;    // bytes to drop from the buffer (frame + line end + blank lines)
};

// Looks at the start of `buffer` (leading CR/LF between frames are skipped).
SplitResult nextFrame(std::string_view buffer, std::size_t maxFrame);

} // namespace eco::ingest::hj212
