// Time: the store keeps Unix seconds (UTC); CSV files carry ISO 8601 with an offset; people read
// Asia/Shanghai. These helpers are the one place those forms are converted.
#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>

namespace eco::model {

// "2024-06-01T08:00:00+08:00", "...Z", "...+0800", fractional seconds allowed. A time without an
// offset is refused (nullopt): guessing the zone is how data shifts by eight hours.
std::optional<std::int64_t> parseIsoTime(std::string_view text);
// Like parseIsoTime, but a bare date or date-time without offset is taken as Asia/Shanghai, as
// command-line arguments are typed by people (--time 2024-06-01T08:00, --from 2024-06-01).
std::optional<std::int64_t> parseUserTime(const QString& text);

QString formatIsoLocal(std::int64_t ts);  // 2024-06-01T08:00:00+08:00
QString formatLocal(std::int64_t ts);     // 2024-06-01 08:00 (for the UI)
QString formatLocalDate(std::int64_t ts); // 2024-06-01

constexpr std::int64_t kShanghaiOffsetS = 8 * 3600; // China has had no DST since 1991
// Start (UTC seconds) of the local calendar day containing ts.
constexpr std::int64_t localDayStart(std::int64_t ts) {
    const std::int64_t local = ts + kShanghaiOffsetS;
    const std::int64_t day = (local >= 0 ? local : local - 86399) / 86400;
    return day * 86400 - kShanghaiOffsetS;
}

} // namespace eco::model
