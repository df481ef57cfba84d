#include "core/screen/GridMemory.h"

#include <algorithm>
#include <cstring>

namespace eco::screen {

std::optional<std::int64_t> fillFromMemory(const GridMemoryEntry& e, Samples& s) {
    const Samples& m = e.grid;
    if (m.step != s.step || s.size() == 0 || m.t0 > s.t0 || (s.t0 - m.t0) % s.step != 0)
        return std::nullopt;
    const int from = m.indexOf(s.t0);
    const std::int64_t end = std::min(e.upto, s.ts(s.size()));
    const int n = std::min(m.size() - from, s.indexOf(end - 1) + 1);
    if (n <= 0)
        return std::nullopt;
    std::memcpy(s.value.data(), m.value.data() + from, static_cast<size_t>(n) * sizeof(float));
    std::memcpy(s.flag.data(), m.flag.data() + from, static_cast<size_t>(n));
    return std::max(s.t0, std::min(end, s.ts(n)));
}

GridMemoryEntry memoryEntry(CacheKind kind, std::int64_t key, const Samples& s, std::int64_t fromTs,
                            std::int64_t upto) {
    GridMemoryEntry e;
    e.kind = kind;
    e.key = key;
    e.upto = upto;
    const int a = std::clamp(s.indexOf(fromTs), 0, s.size());
    const int b = std::clamp(s.indexOf(upto - 1) + 1, a, s.size());
    e.grid.step = s.step;
    e.grid.t0 = s.ts(a);
    e.grid.value.assign(s.value.begin() + a, s.value.begin() + b);
    e.grid.flag.assign(s.flag.begin() + a, s.flag.begin() + b);
    e.upto = std::min(upto, e.grid.ts(e.grid.size()));
    return e;
}

} // namespace eco::screen
