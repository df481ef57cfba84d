#include "core/aq/CemsAggregate.h"

#include <algorithm>
#include <cmath>

namespace eco::aq {

CemsAggregate aggregate(std::span<const CemsSample> inputs, Medium medium,
                        const AggregationRule& rule) {
    CemsAggregate out;
    double sum = 0;
    char abnormal = 0;
    for (const CemsSample& s : inputs) {
        if (s.flag != 'N' || !std::isfinite(s.value)) {
            if (!abnormal)
                abnormal = s.flag == 'N' ? 'D' : s.flag;
            continue;
        }
        ++out.valid;
        sum += s.value;
        out.min = out.min ? std::min(*out.min, s.value) : s.value;
        out.max = out.max ? std::max(*out.max, s.value) : s.value;
    }
    if (out.valid >= rule.minValid && out.valid > 0) {
        out.mean = sum / out.valid;
    } else {
        out.min.reset();
        out.max.reset();
    }
    const int expected = rule.expected > 0 ? rule.expected : static_cast<int>(inputs.size());
    if (medium == Medium::Gas) {
        // >= 75 % N, compared in integers so 45 of 60 is exactly enough.
        out.flag = (expected > 0 && out.valid * 4 >= expected * 3 && out.mean) ? 'N' : 'D';
    } else {
        out.flag = abnormal ? abnormal : (out.mean ? 'N' : 'D');
    }
    return out;
}

} // namespace eco::aq
