#include "core/demo/PowerGenerator.h"

#include "core/demo/DemoRandom.h"

#include <limits>

namespace eco::demo {

namespace {
float round1(double v) {
    return static_cast<float>(std::round(v * 10) / 10);
}
} // namespace

EnterprisePower PowerGenerator::generate(int enterprise, const Timeline& tl) const {
    const EnterpriseProfile& e = m_plan.enterprises[static_cast<size_t>(enterprise)];
    EnterprisePower out;
    out.enterprise = enterprise;
    if (!e.hasMeters)
        return out;
    const size_t slotCount = tl.load.size();
    DemoRandom rng(m_config.seed, "power", e.stream);
    const float missing = std::numeric_limits<float>::quiet_NaN();
    out.production.resize(slotCount);
    out.treatment.resize(slotCount);
    if (e.hasTotalMeter)
        out.total.resize(slotCount);
    const double standby = e.productionKw * rng.uniform(0.01, 0.025);
    for (size_t s = 0; s < slotCount; ++s) {
        const double prod = tl.production[s] ? e.productionKw * (0.05 + 0.95 * tl.load[s]) *
                                                   (1 + 0.02 * rng.clippedNormal(2.5))
                                             : standby * (1 + 0.1 * rng.clippedNormal(2));
        const double treat = tl.treatment[s]
                                 ? e.treatmentKw *
                                       (0.5 + 0.45 * (tl.production[s] ? tl.load[s] : 0.0f)) *
                                       (1 + 0.02 * rng.clippedNormal(2.5))
                                 : e.treatmentKw * 0.01 * (1 + 0.2 * rng.clippedNormal(2));
        const double other = e.productionKw * 0.03 * (1 + 0.05 * rng.clippedNormal(2));
        if (tl.powerMissing[s]) {
            out.production[s] = out.treatment[s] = missing;
            if (e.hasTotalMeter)
                out.total[s] = missing;
            continue;
        }
        out.production[s] = round1(prod);
        out.treatment[s] = round1(treat);
        if (e.hasTotalMeter)
            out.total[s] = round1(prod + treat + other);
    }
    return out;
}

} // namespace eco::demo
