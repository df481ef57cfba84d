#include "core/ingest/RowFields.h"

#include "core/ingest/InputCrs.h"
#include "core/model/Reading.h"
#include "core/model/Time.h"

#include <charconv>
#include <cmath>

namespace eco::ingest {

namespace {

std::string formatNumber(double v) {
    return QString::number(v, 'g', 12).toStdString();
}

std::string joined(std::initializer_list<std::string_view> words) {
    std::string out;
    for (const std::string_view w : words) {
        if (!out.empty())
            out += ", ";
        out += w;
    }
    return out;
}

} // namespace

std::string quoted(std::string_view text) {
    constexpr std::size_t kMax = 40;
    if (text.size() <= kMax)
        return "'" + std::string(text) + "'";
    std::size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    return "'" + std::string(text.substr(0, cut)) + "...'";
}

std::optional<double> parseNumber(std::string_view text) {
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    if (text.empty())
        return std::nullopt;
    double v = 0;
    const auto r = std::from_chars(text.data(), text.data() + text.size(), v);
    if (r.ec != std::errc() || r.ptr != text.data() + text.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

void RowFields::fail(Column c, const std::string& why) const {
    throw RowError(std::string(c.name) + ": " + why);
}

std::string_view RowFields::raw(Column c) const {
    if (c.index < 0 || static_cast<std::size_t>(c.index) >= m_record.fields.size())
        return {};
    return m_record.fields[static_cast<std::size_t>(c.index)];
}

std::string_view RowFields::required(Column c) const {
    const std::string_view v = raw(c);
    if (v.empty())
        fail(c, "missing value");
    return v;
}

QString RowFields::text(Column c) const {
    const std::string_view v = raw(c);
    return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size()));
}

QString RowFields::requiredText(Column c) const {
    const std::string_view v = required(c);
    return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size()));
}

double RowFields::number(Column c) const {
    const std::string_view v = required(c);
    const auto d = parseNumber(v);
    if (!d)
        fail(c, quoted(v) + " is not a number");
    return *d;
}

std::optional<double> RowFields::optionalNumber(Column c) const {
    if (raw(c).empty())
        return std::nullopt;
    return number(c);
}

double RowFields::numberIn(Column c, double lo, double hi) const {
    const double v = number(c);
    if (v < lo || v > hi)
        fail(c, formatNumber(v) + " is out of range (" + formatNumber(lo) + ".." +
                    formatNumber(hi) + ")");
    return v;
}

std::optional<double> RowFields::optionalNumberIn(Column c, double lo, double hi) const {
    if (raw(c).empty())
        return std::nullopt;
    return numberIn(c, lo, hi);
}

std::int64_t RowFields::time(Column c) const {
    const std::string_view v = required(c);
    const auto t = model::parseIsoTime(v);
    if (!t)
        fail(c, quoted(v) + " is not an ISO 8601 time with offset (2024-06-01T08:00:00+08:00)");
    return *t;
}

std::string_view RowFields::oneOf(Column c, std::initializer_list<std::string_view> allowed) const {
    const std::string_view v = required(c);
    for (const std::string_view a : allowed)
        if (v == a)
            return a;
    fail(c, quoted(v) + " is not one of " + joined(allowed));
}

char RowFields::flag(Column c) const {
    const std::string_view v = raw(c);
    if (v.empty())
        return 'N';
    if (v.size() != 1 || !model::isValidFlag(v.front()))
        fail(c, quoted(v) + " is not one of N F M S D C T B");
    return v.front();
}

std::string_view RowFields::pollutantCode(Column c) const {
    const std::string_view v = required(c);
    bool ok = v.size() <= 16;
    for (const char ch : v)
        ok = ok && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                    (ch >= '0' && ch <= '9') || ch == '-');
    if (!ok)
        fail(c, quoted(v) + " is not an HJ 212 pollutant code");
    return v;
}

geo::LonLat RowFields::position(Column lon, Column lat, Column crsColumn) const {
    const std::string_view crsName = raw(crsColumn);
    const auto crs = parseInputCrs(crsName);
    if (!crs)
        fail(crsColumn, quoted(crsName) + " is not a known CRS (EPSG:4326, EPSG:4490, CGCS2000, "
                                          "GCJ-02, BD-09)");
    const geo::LonLat in{numberIn(lon, -180, 180), numberIn(lat, -90, 90)};
    const geo::LonLat out = toWgs84(*crs, in);
    if (!std::isfinite(out.lon) || !std::isfinite(out.lat) || out.lon < -180 || out.lon > 180 ||
        out.lat < -90 || out.lat > 90)
        fail(lon, "position is outside WGS84 after conversion from " + std::string(crsName));
    return out;
}

} // namespace eco::ingest
