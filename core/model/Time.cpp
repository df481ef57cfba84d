#include "core/model/Time.h"

#include <QDateTime>
#include <QTimeZone>

namespace eco::model {

namespace {

bool digits(std::string_view s, size_t pos, size_t n, int& out) {
    if (pos + n > s.size())
        return false;
    int v = 0;
    for (size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    out = v;
    return true;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
std::int64_t daysFromCivil(int y, unsigned m, unsigned d) {
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<std::int64_t>(era) * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

bool validDate(int y, int m, int d) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1)
        return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

struct Parsed {
    std::int64_t localSeconds = 0;
    std::optional<int> offsetS;
};

std::optional<Parsed> parseParts(std::string_view s, bool requireTime) {
    int y, mo, d, h = 0, mi = 0, se = 0;
    if (!digits(s, 0, 4, y) || s.size() < 10 || s[4] != '-' || !digits(s, 5, 2, mo) ||
        s[7] != '-' || !digits(s, 8, 2, d) || !validDate(y, mo, d))
        return std::nullopt;
    size_t pos = 10;
    if (pos < s.size() && (s[pos] == 'T' || s[pos] == ' ')) {
        if (!digits(s, pos + 1, 2, h) || pos + 3 >= s.size() || s[pos + 3] != ':' ||
            !digits(s, pos + 4, 2, mi))
            return std::nullopt;
        pos += 6;
        if (pos < s.size() && s[pos] == ':') {
            if (!digits(s, pos + 1, 2, se))
                return std::nullopt;
            pos += 3;
            if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
                ++pos;
                while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9')
                    ++pos;
            }
        }
        if (h > 23 || mi > 59 || se > 60)
            return std::nullopt;
    } else if (requireTime) {
        return std::nullopt;
    }
    Parsed p;
    p.localSeconds = daysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * 86400 +
                     h * 3600 + mi * 60 + se;
    if (pos == s.size())
        return p;
    if (s[pos] == 'Z' && pos + 1 == s.size()) {
        p.offsetS = 0;
        return p;
    }
    if (s[pos] != '+' && s[pos] != '-')
        return std::nullopt;
    const int sign = s[pos] == '-' ? -1 : 1;
    int oh, om = 0;
    if (!digits(s, pos + 1, 2, oh))
        return std::nullopt;
    size_t q = pos + 3;
    if (q < s.size() && s[q] == ':')
        ++q;
    if (q < s.size()) {
        if (!digits(s, q, 2, om) || q + 2 != s.size())
            return std::nullopt;
    }
    if (oh > 14 || om > 59)
        return std::nullopt;
    p.offsetS = sign * (oh * 3600 + om * 60);
    return p;
}

} // namespace

std::optional<std::int64_t> parseIsoTime(std::string_view text) {
    const auto p = parseParts(text, true);
    if (!p || !p->offsetS)
        return std::nullopt;
    return p->localSeconds - *p->offsetS;
}

std::optional<std::int64_t> parseUserTime(const QString& text) {
    const QByteArray utf8 = text.trimmed().toUtf8();
    const auto p =
        parseParts(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())), false);
    if (!p)
        return std::nullopt;
    return p->localSeconds - p->offsetS.value_or(static_cast<int>(kShanghaiOffsetS));
}

static QDateTime shanghai(std::int64_t ts) {
    return QDateTime::fromSecsSinceEpoch(ts, QTimeZone(static_cast<int>(kShanghaiOffsetS)));
}

QString formatIsoLocal(std::int64_t ts) {
    return shanghai(ts).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("+08:00");
}

QString formatLocal(std::int64_t ts) {
    return shanghai(ts).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString formatLocalDate(std::int64_t ts) {
    return shanghai(ts).toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace eco::model
