#include "core/ingest/hj212/Hj212Time.h"

#include <cstdio>

namespace eco::ingest::hj212 {

namespace {

constexpr std::int64_t kShanghaiOffsetS = 8 * 3600;

bool digits(std::string_view s, int& out) {
    int v = 0;
    for (const char c : s) {
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}

bool leap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

} // namespace

std::int64_t daysFromCivil(int y, unsigned m, unsigned d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

std::optional<std::int64_t> parseLocalTime(std::string_view s, bool allowMillis) {
    if (s.size() < 14 || (s.size() > 14 && !allowMillis) || s.size() > 17)
        return std::nullopt;
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, se = 0, ms = 0;
    if (!digits(s.substr(0, 4), y) || !digits(s.substr(4, 2), mo) || !digits(s.substr(6, 2), d) ||
        !digits(s.substr(8, 2), h) || !digits(s.substr(10, 2), mi) ||
        !digits(s.substr(12, 2), se) || !digits(s.substr(14), ms))
        return std::nullopt;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1970 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || se > 59)
        return std::nullopt;
    const int dim = kDays[mo - 1] + (mo == 2 && leap(y) ? 1 : 0);
    if (d > dim)
        return std::nullopt;
    const std::int64_t days = daysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d));
    return days * 86400 + h * 3600 + mi * 60 + se - kShanghaiOffsetS;
}

std::string formatLocalTime(std::int64_t utc) {
    const std::int64_t local = utc + kShanghaiOffsetS;
    std::int64_t z = (local >= 0 ? local : local - 86399) / 86400;
    const std::int64_t secs = local - z * 86400;
    // Inverse of daysFromCivil.
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2);
    char buf[96];
    std::snprintf(buf, sizeof buf, "%04lld%02u%02u%02lld%02lld%02lld", static_cast<long long>(y), m,
                  d, static_cast<long long>(secs / 3600), static_cast<long long>(secs / 60 % 60),
                  static_cast<long long>(secs % 60));
    return buf;
}

} // namespace eco::ingest::hj212
