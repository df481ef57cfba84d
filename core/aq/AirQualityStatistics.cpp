#include "core/aq/AirQualityStatistics.h"

#include <algorithm>
#include <cmath>

namespace eco::aq {

std::optional<double> meanOfValid(std::span<const double> values, int minValid) {
    double sum = 0;
    int n = 0;
    for (const double v : values)
        if (std::isfinite(v)) {
            sum += v;
            ++n;
        }
    if (n < minValid || n == 0)
        return std::nullopt;
    return sum / n;
}

std::optional<double> dailyMean(std::span<const double> day, const ValidityRules& rules) {
    return meanOfValid(day, rules.minHoursForDailyMean);
}

std::optional<double> dailyMax1h(std::span<const double> day, const ValidityRules& rules) {
    std::optional<double> best;
    int n = 0;
    for (const double v : day)
        if (std::isfinite(v)) {
            ++n;
            best = best ? std::max(*best, v) : v;
        }
    if (n < rules.minHoursForMax1h)
        return std::nullopt;
    return best;
}

std::optional<double> dailyMax8h(std::span<const double> day, const ValidityRules& rules) {
    if (day.size() < 8)
        return std::nullopt;
    std::optional<double> best;
    int windows = 0;
    for (size_t start = 0; start + 8 <= day.size(); ++start) {
        const auto m = meanOfValid(day.subspan(start, 8), rules.minHoursFor8hMean);
        if (!m)
            continue;
        ++windows;
        best = best ? std::max(*best, *m) : *m;
    }
    if (windows < rules.minWindowsForMax8h)
        return std::nullopt;
    return best;
}

std::optional<double> trailingMean(std::span<const double> values, int window, int minValid) {
    if (values.empty() || window <= 0)
        return std::nullopt;
    const size_t n = std::min(values.size(), static_cast<size_t>(window));
    return meanOfValid(values.last(n), minValid);
}

} // namespace eco::aq
