// EmitterSimulator: writes the emitter side of the demo into a store: enterprises, outlets,
// limits, meters, alerts and measures, then hourly CEMS and 15-minute power generated in parallel
// (QtConcurrent, one deterministic random stream per enterprise and outlet) and written from the
// calling thread in (series, ts) order, and finally the ground truth: every injected violation,
// the E1/E2 exceedances found in the CEMS data, and the pollution episodes.
#pragma once

#include "core/demo/DemoWorld.h"
#include "core/demo/EmitterPlan.h"

#include <QString>

#include <cstdint>
#include <functional>

namespace eco::store {
class Database;
}

namespace eco::demo {

class EmitterSimulator {
public:
    using Progress = std::function<void(const QString& stage, double fraction)>;

    struct Stats {
        std::int64_t cemsRows = 0;
        std::int64_t powerRows = 0;
        std::int64_t truthRows = 0;
        double catalogSeconds = 0;
        double cemsSeconds = 0;
        double powerSeconds = 0;
    };

    EmitterSimulator(const DemoWorld& world, const EmitterPlan& plan)
        : m_world(world), m_plan(plan) {}

    // Writes inside the caller's transaction.
    Stats write(store::Database& db, const Progress& progress) const;

private:
    void writeCatalog(store::Database& db) const;

    const DemoWorld& m_world;
    const EmitterPlan& m_plan;
};

} // namespace eco::demo
