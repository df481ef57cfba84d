// EmitterPlanner: decides, deterministically per seed, the demo city's emitter side: ~1,050
// enterprises placed in the CityFrame districts (heavy industry clustered in its parks), their
// CEMS outlets (729 gas stacks) with permit limits, power meters, alert periods and per-enterprise
// measures, pollution episodes, and which violations of CONTEXT.md section 2 are injected where.
// It fills the emitter half of DemoWorld (read by the ambient side) and returns the private plan
// the EmitterSimulator generates the data from.
#pragma once

#include "core/demo/DemoWorld.h"
#include "core/demo/EmitterPlan.h"

namespace eco::demo {

class EmitterPlanner {
public:
    explicit EmitterPlanner(const DemoConfig& config) : m_config(config) {}

    EmitterPlan plan(DemoWorld& world) const;

    // Instances injected per rule for a run of `days` (>= 5, more for longer runs).
    static int instancesPerRule(int days) { return days >= 10 ? 5 + days / 5 : 6; }

private:
    void placeEnterprises(DemoWorld& world, EmitterPlan& plan) const;
    void planOutlets(DemoWorld& world, EmitterPlan& plan) const;
    void planMeters(DemoWorld& world, EmitterPlan& plan) const;
    void planAlerts(DemoWorld& world, EmitterPlan& plan) const;
    void planMaintenance(EmitterPlan& plan) const;
    void planInjections(DemoWorld& world, EmitterPlan& plan) const;
    void planEpisodes(DemoWorld& world, EmitterPlan& plan) const;

    DemoConfig m_config;
};

} // namespace eco::demo
