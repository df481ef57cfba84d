// SeriesMath: the small statistics the rules share: a sorted sliding window (median and
// quartiles in O(1) after an O(w) update, so a rolling median over a year of hours stays cheap),
// quantiles of a handful of values, severity from an exceedance multiple, and the Asia/Shanghai
// calendar (local days, ISO weeks, working days) the rules' windows are cut on.
#pragma once

#include "core/model/Time.h"
#include "core/screen/ScreeningSettings.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace eco::screen {

class SortedWindow {
public:
    void insert(float v) { m_v.insert(std::upper_bound(m_v.begin(), m_v.end(), v), v); }
    void erase(float v) {
        const auto it = std::lower_bound(m_v.begin(), m_v.end(), v);
        if (it != m_v.end() && *it == v)
            m_v.erase(it);
    }
    void clear() { m_v.clear(); }
    int size() const { return static_cast<int>(m_v.size()); }
    bool empty() const { return m_v.empty(); }
    // Linear interpolation between order statistics (q in [0, 1]).
    double quantile(double q) const;
    double median() const { return quantile(0.5); }
    float min() const { return m_v.front(); }
    float max() const { return m_v.back(); }

private:
    std::vector<float> m_v;
};

// Quantile of values (reorders them).
double quantileOf(std::vector<float>& values, double q);

int severityFromMultiple(double multiple, const ScreeningSettings& s);

// Local (Asia/Shanghai) calendar helpers on UTC seconds.
inline std::int64_t localDayIndex(std::int64_t ts) {
    return (model::localDayStart(ts) + model::kShanghaiOffsetS) / 86400;
}
inline std::int64_t localDayStartOfIndex(std::int64_t day) {
    return day * 86400 - model::kShanghaiOffsetS;
}
// 0 = Monday ... 6 = Sunday.
inline int localWeekday(std::int64_t ts) {
    const std::int64_t d = localDayIndex(ts);
    return static_cast<int>(((d + 3) % 7 + 7) % 7); // 1970-01-01 was a Thursday
}
// Start of the local Monday-to-Sunday week containing ts.
inline std::int64_t localWeekStart(std::int64_t ts) {
    return localDayStartOfIndex(localDayIndex(ts) - localWeekday(ts));
}

} // namespace eco::screen
