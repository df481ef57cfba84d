#include "core/demo/ProductionTimeline.h"

#include "core/demo/DemoRandom.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace eco::demo {

namespace {

// Load of a running line before measures: a diurnal swing for continuous plants, a start-up ramp
// and a lunch dip for shift work.
float runningLoad(const EnterpriseProfile& e, int slotOfDay, int slotsSinceStart, double dayLevel,
                  DemoRandom& rng) {
    const double noise = 0.015 * rng.clippedNormal(2.5);
    if (e.industry->schedule == Schedule::Continuous) {
        const double hour = slotOfDay / 4.0;
        return static_cast<float>(dayLevel +
                                  0.05 * std::sin(2 * std::numbers::pi * (hour - 8) / 24) + noise);
    }
    double level = dayLevel;
    if (slotsSinceStart == 0)
        level = 0.45;
    else if (slotsSinceStart == 1)
        level = 0.7;
    else if (slotOfDay >= 48 && slotOfDay < 52)
        level = dayLevel * 0.75;
    return static_cast<float>(level + noise);
}

} // namespace

Timeline ProductionTimeline::build(const DemoConfig& config, const EmitterPlan& plan,
                                   int enterprise) {
    const EnterpriseProfile& e = plan.enterprises[static_cast<size_t>(enterprise)];
    const int slotCount = config.days * kSlotsPerDay;
    Timeline t;
    t.load.assign(static_cast<size_t>(slotCount), 0.0f);
    t.production.assign(static_cast<size_t>(slotCount), 0);
    t.treatment.assign(static_cast<size_t>(slotCount), 0);
    t.powerMissing.assign(static_cast<size_t>(slotCount), 0);
    DemoRandom rng(config.seed, "timeline", e.stream);

    // 1. The operating schedule.
    for (int d = 0; d < config.days; ++d) {
        const int wd = weekdayOf(config.startTs, d);
        const double dayLevel = 0.86 + 0.02 * rng.clippedNormal(2);
        int from = 0;
        int to = kSlotsPerDay;
        if (e.industry->schedule != Schedule::Continuous) {
            from = e.shiftStartSlot;
            to = e.shiftEndSlot;
            if (wd == 0 || (wd == 6 && !e.worksSaturday))
                to = from; // closed
            else if (wd == 6)
                to = std::min(to, e.industry->schedule == Schedule::DayShift ? 48 : 64);
        }
        for (int sod = from; sod < to; ++sod) {
            const size_t s = static_cast<size_t>(d * kSlotsPerDay + sod);
            t.production[s] = 1;
            t.load[s] = runningLoad(e, sod, sod - from, dayLevel, rng);
        }
    }
    if (e.industry->schedule == Schedule::Continuous) // no start-up ramp at the period start
        for (int s = 0; s < std::min(2, slotCount); ++s)
            t.load[static_cast<size_t>(s)] = std::max(t.load[static_cast<size_t>(s)], 0.8f);

    // 2. A planned maintenance stop.
    if (e.maintenanceStop)
        for (int s = e.maintenanceStop->first; s < e.maintenanceStop->last && s < slotCount; ++s) {
            t.production[static_cast<size_t>(s)] = 0;
            t.load[static_cast<size_t>(s)] = 0;
        }

    // 3. Alert measures: the compliant majority cuts its load a little more than required (or
    // stops); a P3 enterprise applies only part of its cut.
    for (size_t a = 0; a < plan.alerts.size(); ++a) {
        const AlertWindow& aw = plan.alerts[a];
        const auto required = plan.requiredReduction(enterprise, aw);
        if (!required)
            continue;
        double applied = std::min(100.0, *required + rng.uniform(2, 6));
        for (const Injection& inj : plan.injections)
            if (inj.rule == QLatin1String("P3") && inj.enterprise == enterprise &&
                inj.alert == static_cast<int>(a))
                applied = *required * inj.magnitude;
        const int first = aw.startHour * kSlotsPerHour;
        const int last = std::min(slotCount, aw.endHour * kSlotsPerHour);
        for (int s = first; s < last; ++s) {
            const size_t i = static_cast<size_t>(s);
            if (applied >= 100) {
                t.production[i] = 0;
                t.load[i] = 0;
            } else {
                t.load[i] = static_cast<float>(t.load[i] * (1 - applied / 100));
            }
        }
    }

    // 4. Treatment runs from leadSlots before production to lagSlots after it.
    for (int s = 0; s < slotCount; ++s) {
        if (!t.production[static_cast<size_t>(s)])
            continue;
        const int from = std::max(0, s - e.leadSlots);
        const int to = std::min(slotCount, s + e.lagSlots + 1);
        for (int k = from; k < to; ++k)
            t.treatment[static_cast<size_t>(k)] = 1;
    }

    // 5. Power-side violations.
    auto clear = [&](std::vector<std::uint8_t>& v, int from, int to) {
        for (int s = std::max(0, from); s < std::min(slotCount, to); ++s)
            v[static_cast<size_t>(s)] = 0;
    };
    for (const Injection& inj : plan.injections) {
        if (inj.enterprise != enterprise)
            continue;
        if (inj.rule == QLatin1String("P1")) {
            clear(t.treatment, inj.start, inj.end());
        } else if (inj.rule == QLatin1String("P2")) {
            if (inj.atStop) {
                clear(t.treatment, inj.start, inj.end() + e.lagSlots + 1);
            } else {
                clear(t.treatment, inj.start - e.leadSlots, inj.end());
                // The line runs at load in the slots it leads treatment by, not at its start-up
                // ramp (0.45 of load reads as the ON/OFF boundary, hiding a 15 min lead).
                for (int s = std::max(0, inj.start); s < std::min(slotCount, inj.end()); ++s)
                    t.load[static_cast<size_t>(s)] = std::max(t.load[static_cast<size_t>(s)], 0.7f);
            }
        } else if (inj.rule == QLatin1String("P4")) {
            for (int s = inj.start; s < std::min(slotCount, inj.end()); ++s)
                t.powerMissing[static_cast<size_t>(s)] = 1;
        }
    }
    return t;
}

} // namespace eco::demo
