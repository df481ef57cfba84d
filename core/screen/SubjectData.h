// SubjectData: what the rules see of one subject, already aligned on a regular time grid (hours
// for CEMS and stations, 15-minute slots for power): an outlet with its CEMS series, O2-corrected
// concentrations and its enterprise's production state; an enterprise with its circuits' power
// and ON/OFF states and the alerts it must act on; a station with its series and its reference
// station. The loader fills these; rules only read them, so a rule is a pure function of its data.
#pragma once

#include "core/model/Alert.h"
#include "core/model/Outlet.h"
#include "core/model/PowerReading.h"
#include "core/model/Site.h"

#include <QString>

#include <cmath>
#include <cstdint>
#include <optional>
#include <vector>

namespace eco::screen {

// One series on a regular grid. flag 0 means no row arrived for that step.
struct Samples {
    std::int64_t t0 = 0;
    std::int64_t step = 3600;
    std::vector<float> value; // NaN: no value
    std::vector<char> flag;

    int size() const { return static_cast<int>(value.size()); }
    std::int64_t ts(int i) const { return t0 + static_cast<std::int64_t>(i) * step; }
    // Index of the step containing ts (may be out of range).
    int indexOf(std::int64_t ts) const {
        const std::int64_t d = ts - t0;
        return static_cast<int>(d >= 0 ? d / step : (d - step + 1) / step);
    }
    bool present(int i) const { return flag[static_cast<size_t>(i)] != 0; }
    bool valid(int i) const {
        return flag[static_cast<size_t>(i)] == 'N' && !std::isnan(value[static_cast<size_t>(i)]);
    }
    float at(int i) const { return value[static_cast<size_t>(i)]; }
    void resize(std::int64_t from, std::int64_t to, std::int64_t stepS);
};

// The part of the grid a run judges: data from loadFrom is context, findings are reported only
// for detection steps in [evalFrom, to).
struct EvalWindow {
    std::int64_t loadFrom = 0;
    std::int64_t evalFrom = 0;
    std::int64_t to = 0;
};

struct PollutantSeries {
    QString code;
    Samples raw;
    std::vector<float> corrected; // O2-corrected where valid, NaN otherwise
    std::optional<double> hourLimit;
    std::optional<double> dayLimit;
};

struct OutletData {
    model::Outlet outlet;
    std::int64_t firstTs = 0; // first reading ever of this outlet
    Samples flow;
    Samples o2;
    std::vector<PollutantSeries> pollutants;
    // Per hour on the same grid: -1 unknown (no production meter), 0 stopped, 1 producing.
    std::vector<std::int8_t> producing;
    std::vector<float> productionKw; // hourly mean of the production circuits, NaN unknown
    bool hasProductionMeter = false;
};

struct CircuitThresholds {
    std::int64_t fromTs = 0; // block these apply to
    double onKw = 0;
    double offKw = 0;
    bool learned = false; // false: configured or fallback
};

struct Circuit {
    model::PowerMeter meter;
    Samples kw;                     // 15-minute slots
    std::vector<std::int8_t> state; // -1 unknown (missing), 0 OFF, 1 ON
    std::vector<CircuitThresholds> thresholds;
    std::int64_t firstTs = 0;
};

struct AlertDuty {
    model::Alert alert;
    double reductionPct = 0;
};

struct EnterpriseData {
    QString enterpriseId;
    std::vector<Circuit> production;
    std::vector<Circuit> treatment;
    std::vector<AlertDuty> duties;       // alerts in range that this enterprise has a measure for
    std::vector<model::Alert> allAlerts; // every alert touching the load range (for baselines)
};

struct StationSeries {
    QString code;
    Samples samples;
};

struct SiteData {
    model::Site site;
    std::vector<StationSeries> series;
    std::optional<model::Site> reference; // nearest national station (for micro: the comparison)
    std::vector<StationSeries> referenceSeries;
};

} // namespace eco::screen
