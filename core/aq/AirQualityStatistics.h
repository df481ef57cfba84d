// Averages and their validity for ambient air (GB 3095-2012 table 4, HJ 663): daily means need
// >= 20 valid hours, an O3 8-hour mean needs >= 6 valid hours in its window, the daily maximum
// 8-hour mean is taken over the 17 windows that lie inside the calendar day and needs >= 14
// valid windows (HJ 663; configurable, CONTEXT.md marks it "verify"). Hours are given as a span
// of values, NaN meaning missing or invalid; index 0 is the day's first hour (00:00 local, the
// start of the interval).
#pragma once

#include <optional>
#include <span>

namespace eco::aq {

struct ValidityRules {
    int minHoursForDailyMean = 20;
    int minHoursFor8hMean = 6;
    int minWindowsForMax8h = 14;
    int minHoursForMax1h = 20;
    int minHoursFor24hMoving = 20;
};

std::optional<double> meanOfValid(std::span<const double> values, int minValid);
// 24 hourly values of one local day.
std::optional<double> dailyMean(std::span<const double> day, const ValidityRules& rules = {});
std::optional<double> dailyMax1h(std::span<const double> day, const ValidityRules& rules = {});
std::optional<double> dailyMax8h(std::span<const double> day, const ValidityRules& rules = {});
// The moving mean of the `window` hours ending with (and including) values.back().
std::optional<double> trailingMean(std::span<const double> values, int window, int minValid);

} // namespace eco::aq
