// EmitterPlan: the emitter side's private plan, next to the public DemoWorld. It holds what the
// simulator needs to generate each enterprise's load, power and CEMS (operating profile, outlet
// baselines, alert measures) and the violations to inject with their windows. Times are indices:
// hours or 15-minute slots from DemoConfig::startTs (which is a local midnight).
#pragma once

#include "core/demo/IndustryCatalog.h"

#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace eco::demo {

inline constexpr int kSlotsPerHour = 4;
inline constexpr int kSlotsPerDay = 96;
inline constexpr std::int64_t kSlotSeconds = 900;

// Day of the week (0 = Sunday) of day `day` after startTs (a local midnight, Asia/Shanghai).
inline int weekdayOf(std::int64_t startTs, int day) {
    const std::int64_t localDay = (startTs + 8 * 3600) / 86400 + day;
    return static_cast<int>((localDay + 4) % 7); // 1970-01-01 was a Thursday
}
inline bool isWorkingDay(std::int64_t startTs, int day) {
    const int w = weekdayOf(startTs, day);
    return w >= 1 && w <= 5;
}

struct SlotRange {
    int first = 0; // inclusive
    int last = 0;  // exclusive
    bool contains(int s) const { return s >= first && s < last; }
    int length() const { return last - first; }
};

struct EnterpriseProfile {
    int index = 0; // into DemoWorld::enterprises
    const Industry* industry = nullptr;
    std::uint64_t stream = 0; // random stream index of this enterprise
    double productionKw = 0;
    double treatmentKw = 0;
    bool hasMeters = false;
    bool hasTotalMeter = false;
    QString productionMeter, treatmentMeter, totalMeter;
    int shiftStartSlot = 0; // slot of the day production starts (shift schedules)
    int shiftEndSlot = 0;   // slot of the day production stops
    bool worksSaturday = false;
    int leadSlots = 2; // treatment on this many slots before production starts
    int lagSlots = 2;  // and off this many after it stops
    std::optional<SlotRange> maintenanceStop; // planned stop of a continuous plant
    // Alert measures by level (percent; 100 = stop); nullopt when not on the alert list.
    std::optional<double> yellowPct, orangePct;
    std::vector<int> outlets; // indices into EmitterPlan::outlets
};

struct OutletProfile {
    int index = 0; // into DemoWorld::outlets
    int enterprise = 0;
    std::uint64_t stream = 0;
    double designFlow = 0; // m3/h, dry at standard state, at full load
    double o2Base = 0;     // % at full load
    std::optional<double> o2Ref;
    std::array<double, kCemsPollutants> limit{};
    std::array<double, kCemsPollutants> baseFrac{}; // O2-corrected level as a share of the limit
    std::array<double, kCemsPollutants> sigma{};    // log-normal hour-to-hour noise
};

// One planned violation. Windows are hours for CEMS rules, slots for power rules.
struct Injection {
    QString rule;
    int enterprise = -1;
    int outlet = -1;    // CEMS rules
    int pollutant = -1; // CemsPollutant, when the rule is about one pollutant
    int start = 0;
    int length = 0;
    double magnitude = 0; // rule-specific: multiple of the limit, step factor, share, ...
    int alert = -1;       // P3/P4: index into DemoWorld::alerts
    bool atStop = false;  // P2: wrong order at a stop rather than a start
    int end() const { return start + length; }
};

// An episode's CEMS values as the simulator must write them (the rates in DemoWorld::episodes
// are computed from exactly these).
struct EpisodePlan {
    int outlet = -1;
    int pollutant = -1;
    int startHour = 0;
    std::vector<double> rawMgM3; // measured concentration, per hour
    std::vector<double> flowM3h; // per hour
    QString kind;                // bypass / accident
};

// An alert period in plan units.
struct AlertWindow {
    QString level;
    int startHour = 0;
    int endHour = 0; // exclusive
    bool containsHour(int h) const { return h >= startHour && h < endHour; }
    bool containsSlot(int s) const { return containsHour(s / kSlotsPerHour); }
};

struct EmitterPlan {
    std::vector<AlertWindow> alerts; // same order as DemoWorld::alerts
    std::vector<EnterpriseProfile> enterprises;
    std::vector<OutletProfile> outlets;
    std::vector<Injection> injections;
    std::vector<EpisodePlan> episodes;

    // The reduction (percent) an enterprise must apply during an alert, or nullopt.
    std::optional<double> requiredReduction(int enterprise, const AlertWindow& a) const {
        const EnterpriseProfile& e = enterprises[static_cast<size_t>(enterprise)];
        return a.level == QLatin1String("orange") ? e.orangePct : e.yellowPct;
    }
    bool stopsDuringAlerts(int enterprise) const {
        for (const AlertWindow& a : alerts)
            if (requiredReduction(enterprise, a).value_or(0) >= 100)
                return true;
        return false;
    }
    const Injection* injectionOfOutlet(int outlet) const {
        for (const Injection& i : injections)
            if (i.outlet == outlet)
                return &i;
        return nullptr;
    }
};

} // namespace eco::demo
