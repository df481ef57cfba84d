// CemsGenerator: one gas outlet's hourly CEMS series (flow a00000, O2 a19001, SO2, NOx,
// particulate, NMHC) derived from its enterprise's ProductionTimeline: measured dry at standard
// state and not O2-corrected, with noise, legitimate flags (calibration, maintenance, comm gaps,
// stops), the planned CEMS violations and episodes, and the E1/E2 ground truth found by scanning
// the finished series (so every exceedance in the data, injected or from an episode, is in the
// truth and nothing else is).
#pragma once

#include "core/demo/DemoWorld.h"
#include "core/demo/EmitterPlan.h"
#include "core/demo/ProductionTimeline.h"
#include "core/model/GroundTruth.h"

#include <array>
#include <optional>
#include <vector>

namespace eco::demo {

// Series order in OutletSeries::codes: flow, O2, then kPollutantCodes.
inline constexpr int kCemsCodes = 2 + kCemsPollutants;
inline constexpr std::array<const char*, kCemsCodes> kCemsCodeNames = {
    "a00000", "a19001", "a21026", "a21002", "a34013", "a24088"};

struct HourValue {
    int hour = 0;
    std::optional<double> value;
    char flag = 'N';
};

struct OutletSeries {
    int outlet = -1;
    std::array<std::vector<HourValue>, kCemsCodes> codes; // missing hours have no entry
    std::vector<model::TruthViolation> truths;            // E1/E2 found in the data
};

class CemsGenerator {
public:
    CemsGenerator(const DemoWorld& world, const EmitterPlan& plan) : m_world(world), m_plan(plan) {}

    OutletSeries generate(int outlet, const Timeline& timeline) const;

    // The O2-corrected concentration E1 compares with the limit (no correction without a
    // reference O2, or when the stack gas is essentially air).
    static double corrected(double raw, double o2, std::optional<double> o2Ref) {
        if (!o2Ref || o2 >= 20.0)
            return raw;
        return raw * (21.0 - *o2Ref) / (21.0 - o2);
    }

private:
    const DemoWorld& m_world;
    const EmitterPlan& m_plan;
};

} // namespace eco::demo
