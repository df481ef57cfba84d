#include "core/aq/Aqi.h"

#include "core/model/Time.h"

#include <cmath>
#include <span>

namespace eco::aq {

namespace {

constexpr std::array<double, 8> kIaqiSteps{0, 50, 100, 150, 200, 300, 400, 500};

struct Table {
    std::array<double, 8> bp;
    int size; // breakpoints in use (SO2 1h and O3 8h tables are short)
};

// HJ 633-2012 table 1 (ug/m3; CO mg/m3).
constexpr Table kSo2_24h{{0, 50, 150, 475, 800, 1600, 2100, 2620}, 8};
constexpr Table kSo2_1h{{0, 150, 500, 650, 800}, 5};
constexpr Table kNo2_24h{{0, 40, 80, 180, 280, 565, 750, 940}, 8};
constexpr Table kNo2_1h{{0, 100, 200, 700, 1200, 2340, 3090, 3840}, 8};
constexpr Table kPm10_2012{{0, 50, 150, 250, 350, 420, 500, 600}, 8};
constexpr Table kCo_24h{{0, 2, 4, 14, 24, 36, 48, 60}, 8};
constexpr Table kCo_1h{{0, 5, 10, 35, 60, 90, 120, 150}, 8};
constexpr Table kO3_1h{{0, 160, 200, 300, 400, 800, 1000, 1200}, 8};
constexpr Table kO3_8h{{0, 100, 160, 215, 265, 800}, 6};
constexpr Table kPm25_2012{{0, 35, 75, 115, 150, 250, 350, 500}, 8};
// HJ 633-2026 changes: PM10 and PM2.5 second breakpoints (grade II transition limits).
constexpr Table kPm10_2026{{0, 50, 120, 250, 350, 420, 500, 600}, 8};
constexpr Table kPm25_2026{{0, 35, 60, 115, 150, 250, 350, 500}, 8};

const Table& tableFor(AqiEdition e, AqiItem item) {
    const bool y2026 = e == AqiEdition::Hj633_2026;
    switch (item) {
    case AqiItem::So2_24h:
        return kSo2_24h;
    case AqiItem::So2_1h:
        return kSo2_1h;
    case AqiItem::No2_24h:
        return kNo2_24h;
    case AqiItem::No2_1h:
        return kNo2_1h;
    case AqiItem::Pm10_24h:
        return y2026 ? kPm10_2026 : kPm10_2012;
    case AqiItem::Co_24h:
        return kCo_24h;
    case AqiItem::Co_1h:
        return kCo_1h;
    case AqiItem::O3_1h:
        return kO3_1h;
    case AqiItem::O3_8h:
        return kO3_8h;
    case AqiItem::Pm25_24h:
        return y2026 ? kPm25_2026 : kPm25_2012;
    }
    return kSo2_24h;
}

// Round up, but treat values within float noise of an integer as that integer.
int roundUp(double v) {
    return static_cast<int>(std::ceil(v - 1e-9));
}

std::optional<int> rounded(std::optional<double> v) {
    if (!v)
        return std::nullopt;
    return roundUp(*v);
}

const std::array<AqiLevel, 7>& levels() {
    static const std::array<AqiLevel, 7> kLevels{
        AqiLevel{0, QStringLiteral("无数据"), QStringLiteral("No data"), QColor(0xA0A0A0)},
        AqiLevel{1, QStringLiteral("优"), QStringLiteral("Excellent"), QColor(0x00E400)},
        AqiLevel{2, QStringLiteral("良"), QStringLiteral("Good"), QColor(0xFFFF00)},
        AqiLevel{3, QStringLiteral("轻度污染"), QStringLiteral("Lightly polluted"),
                 QColor(0xFF7E00)},
        AqiLevel{4, QStringLiteral("中度污染"), QStringLiteral("Moderately polluted"),
                 QColor(0xFF0000)},
        AqiLevel{5, QStringLiteral("重度污染"), QStringLiteral("Heavily polluted"),
                 QColor(0x99004C)},
        AqiLevel{6, QStringLiteral("严重污染"), QStringLiteral("Severely polluted"),
                 QColor(0x7E0023)},
    };
    return kLevels;
}

// AQI = the largest IAQI over the report's items; `skip` is an item the edition's report does not
// contain (O3 1h in the 2026 daily report), which therefore cannot count as missing.
void finish(AqiResult& r, std::optional<ReportPollutant> skip = std::nullopt) {
    std::optional<int> best;
    bool missing = false;
    for (int i = 0; i < kReportPollutantCount; ++i) {
        if (skip && static_cast<int>(*skip) == i)
            continue;
        const auto v = r.iaqi[static_cast<size_t>(i)];
        if (!v)
            missing = true;
        else if (!best || *v > *best)
            best = *v;
    }
    // HJ 633-2026: with a pollutant missing, AQI is published only when the remaining ones
    // already make it > 100 (the missing one could only raise it).
    if (r.edition == AqiEdition::Hj633_2026 && missing && best && *best <= 100)
        best.reset();
    r.aqi = best;
    r.level = aqiLevel(best);
    if (best && *best > 50) {
        for (int i = 0; i < kReportPollutantCount; ++i)
            if (r.iaqi[static_cast<size_t>(i)] == best) {
                const auto n = reportPollutantName(static_cast<ReportPollutant>(i));
                r.primary << QString::fromLatin1(n.data(), static_cast<qsizetype>(n.size()));
            }
    }
}

size_t idx(ReportPollutant p) {
    return static_cast<size_t>(p);
}

} // namespace

AqiEdition editionFor(std::int64_t ts) {
    // 2026-03-01T00:00:00+08:00
    constexpr std::int64_t kHj633_2026Start = 1772294400;
    return ts >= kHj633_2026Start ? AqiEdition::Hj633_2026 : AqiEdition::Hj633_2012;
}

std::string_view editionName(AqiEdition e) {
    return e == AqiEdition::Hj633_2012 ? "2012" : "2026";
}

std::optional<AqiEdition> parseEdition(std::string_view s) {
    if (s == "2012")
        return AqiEdition::Hj633_2012;
    if (s == "2026")
        return AqiEdition::Hj633_2026;
    return std::nullopt;
}

std::optional<double> iaqiExact(AqiEdition edition, AqiItem item, double c) {
    if (!std::isfinite(c) || c < 0)
        return std::nullopt;
    const bool y2026 = edition == AqiEdition::Hj633_2026;
    if (item == AqiItem::So2_1h && c > 800)
        return y2026 ? std::optional<double>(200) : std::nullopt;
    if (item == AqiItem::O3_8h && c > 800)
        return y2026 ? std::optional<double>(300) : std::nullopt;
    const Table& t = tableFor(edition, item);
    const int last = t.size - 1;
    const double top = t.bp[static_cast<size_t>(last)];
    // Short tables (SO2 1h, O3 8h) end exactly at their top; full tables cap at 500.
    if (c >= top)
        return c == top ? kIaqiSteps[static_cast<size_t>(last)] : 500.0;
    for (int i = 1; i <= last; ++i) {
        const double hi = t.bp[static_cast<size_t>(i)];
        if (c <= hi) {
            const double lo = t.bp[static_cast<size_t>(i - 1)];
            const double ilo = kIaqiSteps[static_cast<size_t>(i - 1)];
            const double ihi = kIaqiSteps[static_cast<size_t>(i)];
            return (ihi - ilo) / (hi - lo) * (c - lo) + ilo;
        }
    }
    return 500.0;
}

std::optional<int> iaqi(AqiEdition edition, AqiItem item, double c) {
    return rounded(iaqiExact(edition, item, c));
}

AqiLevel aqiLevel(std::optional<int> aqi) {
    const auto& l = levels();
    if (!aqi)
        return l[0];
    const int v = *aqi;
    if (v <= 50)
        return l[1];
    if (v <= 100)
        return l[2];
    if (v <= 150)
        return l[3];
    if (v <= 200)
        return l[4];
    if (v <= 300)
        return l[5];
    return l[6];
}

std::string_view reportPollutantName(ReportPollutant p) {
    switch (p) {
    case ReportPollutant::So2:
        return "so2";
    case ReportPollutant::No2:
        return "no2";
    case ReportPollutant::Pm10:
        return "pm10";
    case ReportPollutant::Co:
        return "co";
    case ReportPollutant::O3_1h:
        return "o3_1h";
    case ReportPollutant::O3_8h:
        return "o3_8h";
    case ReportPollutant::Pm25:
        return "pm25";
    }
    return "";
}

AqiResult dailyAqi(AqiEdition e, const DailyInputs& in) {
    AqiResult r;
    r.edition = e;
    auto item = [&](std::optional<double> c, AqiItem it) -> std::optional<int> {
        return c ? iaqi(e, it, *c) : std::nullopt;
    };
    r.iaqi[idx(ReportPollutant::So2)] = item(in.so2, AqiItem::So2_24h);
    r.iaqi[idx(ReportPollutant::No2)] = item(in.no2, AqiItem::No2_24h);
    r.iaqi[idx(ReportPollutant::Pm10)] = item(in.pm10, AqiItem::Pm10_24h);
    r.iaqi[idx(ReportPollutant::Co)] = item(in.co, AqiItem::Co_24h);
    r.iaqi[idx(ReportPollutant::Pm25)] = item(in.pm25, AqiItem::Pm25_24h);
    const auto o3_1h = item(in.o3_1hMax, AqiItem::O3_1h);
    auto o3_8h = item(in.o3_8hMax, AqiItem::O3_8h);
    if (e == AqiEdition::Hj633_2012) {
        r.iaqi[idx(ReportPollutant::O3_1h)] = o3_1h;
        // Above 800 ug/m3 the 8-hour item is reported by the 1-hour index.
        if (in.o3_8hMax && *in.o3_8hMax > 800)
            o3_8h = o3_1h;
    }
    r.iaqi[idx(ReportPollutant::O3_8h)] = o3_8h;
    finish(r, e == AqiEdition::Hj633_2026 ? std::optional(ReportPollutant::O3_1h) : std::nullopt);
    return r;
}

AqiResult hourlyAqi(AqiEdition e, const HourlyInputs& in) {
    AqiResult r;
    r.edition = e;
    auto item = [&](std::optional<double> c, AqiItem it) -> std::optional<int> {
        return c ? iaqi(e, it, *c) : std::nullopt;
    };
    const bool y2026 = e == AqiEdition::Hj633_2026;
    // SO2 above 800 ug/m3 in an hour: 2012 reports the 24h moving-average index instead.
    if (!y2026 && in.so2_1h && *in.so2_1h > 800)
        r.iaqi[idx(ReportPollutant::So2)] = item(in.so2_24h, AqiItem::So2_24h);
    else
        r.iaqi[idx(ReportPollutant::So2)] = item(in.so2_1h, AqiItem::So2_1h);
    r.iaqi[idx(ReportPollutant::No2)] = item(in.no2_1h, AqiItem::No2_1h);
    r.iaqi[idx(ReportPollutant::Co)] = item(in.co_1h, AqiItem::Co_1h);
    // Particulates: 2026 rates the hour's value on the 24h table; 2012 used 24h moving means.
    r.iaqi[idx(ReportPollutant::Pm10)] = item(y2026 ? in.pm10_1h : in.pm10_24h, AqiItem::Pm10_24h);
    r.iaqi[idx(ReportPollutant::Pm25)] = item(y2026 ? in.pm25_1h : in.pm25_24h, AqiItem::Pm25_24h);
    const auto o3_1h = item(in.o3_1h, AqiItem::O3_1h);
    r.iaqi[idx(ReportPollutant::O3_1h)] = o3_1h;
    auto o3_8h = item(in.o3_8h, AqiItem::O3_8h);
    if (!y2026 && in.o3_8h && *in.o3_8h > 800)
        o3_8h = o3_1h;
    r.iaqi[idx(ReportPollutant::O3_8h)] = o3_8h;
    finish(r);
    return r;
}

} // namespace eco::aq
