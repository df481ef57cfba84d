#include "core/task/HybridClock.h"

#include <algorithm>

namespace eco::task {

namespace {

// A counter overflow borrows the next millisecond: the stamp stays strictly increasing and the
// physical part never runs more than a few ms ahead of the true time under bursts.
std::int64_t bump(std::int64_t physical, std::int64_t counter) {
    if (counter > HybridClock::kCounterMask)
        return HybridClock::pack(physical + 1, 0);
    return HybridClock::pack(physical, counter);
}

} // namespace

std::int64_t HybridClock::tick(std::int64_t last, std::int64_t wallMs) {
    const std::int64_t lp = physicalMs(last);
    const std::int64_t wall = std::clamp<std::int64_t>(wallMs, 0, kMaxPhysicalMs);
    if (wall > lp)
        return pack(wall, 0);
    return bump(lp, counter(last) + 1);
}

std::int64_t HybridClock::receive(std::int64_t last, std::int64_t remote, std::int64_t wallMs) {
    const std::int64_t lp = physicalMs(last);
    const std::int64_t rp = physicalMs(remote);
    const std::int64_t wall = std::clamp<std::int64_t>(wallMs, 0, kMaxPhysicalMs);
    const std::int64_t p = std::max({lp, rp, wall});
    if (p == wall && wall > lp && wall > rp)
        return pack(p, 0);
    std::int64_t c = 0;
    if (p == lp && p == rp)
        c = std::max(counter(last), counter(remote)) + 1;
    else if (p == lp)
        c = counter(last) + 1;
    else
        c = counter(remote) + 1;
    return bump(p, c);
}

} // namespace eco::task
