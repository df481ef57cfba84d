#include "core/ingest/hj212/Hj212FrameSplitter.h"

#include <cstring>

namespace eco::ingest::hj212 {

SplitResult nextFrame(std::string_view buffer, std::size_t maxFrame) {
    std::size_t skip = 0;
    while (skip < buffer.size() && (buffer[skip] == '\r' || buffer[skip] == '\n'))
        ++skip;
    const std::string_view b = buffer.substr(skip);
    SplitResult r;
    if (b.empty()) {
        r.consumed = skip;
        return r;
    }
    if (b[0] != '#' || (b.size() >= 2 && b[1] != '#')) {
        r.status = SplitStatus::Garbage;
        return r;
    }
    // CR LF ends every frame: the data segment is printable ASCII / UTF-8 with no line breaks.
    const std::size_t limit = b.size() < maxFrame + 2 ? b.size() : maxFrame + 2;
    const void* lf = std::memchr(b.data(), '\n', limit);
    if (lf) {
        std::size_t end = static_cast<const char*>(lf) - b.data();
        const std::size_t consumed = end + 1;
        if (end > 0 && b[end - 1] == '\r')
            --end;
        if (end > maxFrame) {
            r.status = SplitStatus::Oversize;
            return r;
        }
        r.status = SplitStatus::Frame;
        r.frameLength = end;
        r.consumed = skip + consumed;
        return r;
    }
    // No line end yet: a logger without CR LF is recognised by its declared length followed
    // directly by the next frame.
    if (b.size() >= 6) {
        std::size_t len = 0;
        bool digits = true;
        for (int i = 2; i < 6; ++i) {
            if (b[static_cast<size_t>(i)] < '0' || b[static_cast<size_t>(i)] > '9')
                digits = false;
            else
                len = len * 10 + static_cast<size_t>(b[static_cast<size_t>(i)] - '0');
        }
        const std::size_t total = 6 + len + 4;
        if (digits && total <= maxFrame && b.size() >= total + 2 && b[total] == '#' &&
            b[total + 1] == '#') {
            r.status = SplitStatus::Frame;
            r.frameLength = total;
            r.consumed = skip + total;
            return r;
        }
    }
    if (b.size() > maxFrame + 1)
        r.status = SplitStatus::Oversize;
    return r;
}

} // namespace eco::ingest::hj212
