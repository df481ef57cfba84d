// Interval: the aggregation level of a reading, as written in CSV files and the store
// ('rtd', 'min', 'hour', 'day'), plus its length in seconds.
#pragma once

#include <QString>

#include <optional>
#include <string_view>

namespace eco::model {

enum class Interval { Realtime, Minute, Hour, Day };

constexpr std::string_view intervalName(Interval i) {
    switch (i) {
    case Interval::Realtime:
        return "rtd";
    case Interval::Minute:
        return "min";
    case Interval::Hour:
        return "hour";
    case Interval::Day:
        return "day";
    }
    return "rtd";
}

constexpr std::optional<Interval> parseInterval(std::string_view s) {
    if (s == "rtd")
        return Interval::Realtime;
    if (s == "min")
        return Interval::Minute;
    if (s == "hour")
        return Interval::Hour;
    if (s == "day")
        return Interval::Day;
    return std::nullopt;
}

constexpr long long intervalSeconds(Interval i) {
    switch (i) {
    case Interval::Realtime:
        return 1;
    case Interval::Minute:
        return 60;
    case Interval::Hour:
        return 3600;
    case Interval::Day:
        return 86400;
    }
    return 1;
}

} // namespace eco::model
