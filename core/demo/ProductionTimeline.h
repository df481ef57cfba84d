// ProductionTimeline: one enterprise's operation at 15-minute resolution over the demo period:
// whether production runs and at what load, whether the treatment circuit is on, and when its
// meters are silent. Everything the enterprise emits (power and CEMS) is derived from it, so the
// two stay consistent: treatment starts before production and stops after it, alert measures cut
// the load, and the planned P1/P2/P3/P4 violations are applied here.
#pragma once

#include "core/demo/DemoWorld.h"
#include "core/demo/EmitterPlan.h"

#include <cstdint>
#include <vector>

namespace eco::demo {

struct Timeline {
    std::vector<float> load;                // production load (share of capacity), 0 when off
    std::vector<std::uint8_t> production;   // 1 when the production line runs
    std::vector<std::uint8_t> treatment;    // 1 when the treatment circuit is on
    std::vector<std::uint8_t> powerMissing; // 1 when no meter reading was transmitted
};

class ProductionTimeline {
public:
    static Timeline build(const DemoConfig& config, const EmitterPlan& plan, int enterprise);
};

} // namespace eco::demo
