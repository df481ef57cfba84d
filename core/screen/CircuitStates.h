// CircuitStates: a power circuit's ON/OFF state per 15-minute slot. Thresholds come from the
// configuration when set (meta `screen.circuit.<meter_id>.on_kw` / `.off_kw`), otherwise they
// are learned from the circuit's own bimodal power histogram (Otsu split, then ON/OFF levels a
// set share of the way between the two modes) over the days before each local week, so the
// states of a week never depend on data after it. Hysteresis between the two levels and a minimum
// dwell keep a noisy reading near one threshold from flapping the state.
#pragma once

#include "core/screen/ScreeningSettings.h"
#include "core/screen/SubjectData.h"

#include <optional>
#include <span>

namespace eco::screen {

struct ThresholdOverride {
    double onKw = 0;
    double offKw = 0;
};

// Thresholds a run learned for a week from a whole learning window, kept for later runs (the
// screening cache): find() gives one back, keep() hands a newly learned one over.
class ThresholdMemo {
public:
    virtual ~ThresholdMemo() = default;
    virtual std::optional<CircuitThresholds> find(std::int64_t weekStart) = 0;
    virtual void keep(const CircuitThresholds& t) = 0; // t.fromTs is the week's start
};

// Learns thresholds from a set of readings (NaN ignored). nullopt when there are too few.
std::optional<CircuitThresholds> learnThresholds(std::span<const float> kw,
                                                 const ScreeningSettings& s);

// Fills c.thresholds (one per local week in the grid) and c.state.
void computeCircuitStates(Circuit& c, const ScreeningSettings& s,
                          std::optional<ThresholdOverride> configured,
                          ThresholdMemo* memo = nullptr);

} // namespace eco::screen
