// HybridClock: hybrid logical clock stamps (Kulkarni et al.) packed in one signed 64-bit INTEGER:
// the upper 48 bits are physical milliseconds since the Unix epoch, the lower 16 a counter.
// Stamps only grow on one replica even when the wall clock steps back, and receiving a remote
// stamp moves the local clock past it, so sorting events by (hlc, node, id) is a total order
// that respects causality on every replica; sync merges task logs by it (DESIGN.md section 8).
// The clock is pure arithmetic: the caller supplies the wall time and the last stamp it issued
// (for the store: the largest hlc already in task_events, read in the writing transaction).
#pragma once

#include <cstdint>

namespace eco::task {

class HybridClock {
public:
    static constexpr int kCounterBits = 16;
    static constexpr std::int64_t kCounterMask = (std::int64_t{1} << kCounterBits) - 1;
    static constexpr std::int64_t kMaxPhysicalMs = (std::int64_t{1} << 47) - 1;

    static constexpr std::int64_t pack(std::int64_t physicalMs, std::int64_t counter) {
        return (physicalMs << kCounterBits) | (counter & kCounterMask);
    }
    static constexpr std::int64_t physicalMs(std::int64_t hlc) { return hlc >> kCounterBits; }
    static constexpr std::int64_t counter(std::int64_t hlc) { return hlc & kCounterMask; }

    // The stamp for a local event: later than `last`, and at the wall time when it is ahead.
    static std::int64_t tick(std::int64_t last, std::int64_t wallMs);
    // The stamp after receiving `remote`: later than both `last` and `remote`.
    static std::int64_t receive(std::int64_t last, std::int64_t remote, std::int64_t wallMs);
};

} // namespace eco::task
