// PowerGenerator: the 15-minute active power of one enterprise's meters (production, treatment and
// the optional total) from its ProductionTimeline. A running line draws its standby plus the load
// share of its capacity; a stopped one only standby, so each circuit's power histogram is clearly
// bimodal and its ON/OFF state can be learned from it.
#pragma once

#include "core/demo/DemoWorld.h"
#include "core/demo/EmitterPlan.h"
#include "core/demo/ProductionTimeline.h"

#include <cmath>
#include <vector>

namespace eco::demo {

struct EnterprisePower {
    int enterprise = -1;
    // Per slot; NaN where no reading was transmitted. Empty when the meter does not exist.
    std::vector<float> production, treatment, total;
};

class PowerGenerator {
public:
    PowerGenerator(const DemoConfig& config, const EmitterPlan& plan)
        : m_config(config), m_plan(plan) {}

    EnterprisePower generate(int enterprise, const Timeline& timeline) const;

private:
    const DemoConfig& m_config;
    const EmitterPlan& m_plan;
};

} // namespace eco::demo
