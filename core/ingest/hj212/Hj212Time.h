// HJ 212 time stamps (QN, DataTime, SampleTime) are local Asia/Shanghai wall-clock digits,
// YYYYMMDDhhmmss[zzz]; the store keeps UTC seconds. China has no daylight saving, so the
// conversion is a fixed eight hours. Pure arithmetic, no Qt, so the fuzzed parser can use it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace eco::ingest::hj212 {

// 14 digits (extra digits such as QN's milliseconds are ignored when `allowMillis`); nullopt when
// not digits or not a real calendar time.
std::optional<std::int64_t> parseLocalTime(std::string_view digits, bool allowMillis = false);
// UTC seconds -> YYYYMMDDhhmmss in Asia/Shanghai (used for replies and test packets).
std::string formatLocalTime(std::int64_t utcSeconds);
// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's well-known formula).
std::int64_t daysFromCivil(int y, unsigned m, unsigned d);

} // namespace eco::ingest::hj212
