// Air Quality Index by HJ 633, both editions: 2012 (until 2026-02-28) and 2026 (from
// 2026-03-01). Individual indices (IAQI) from the breakpoint tables, the edition's rules above
// the tables, rounding up (with a guard so an exact 100.0 stays 100), AQI, primary pollutants
// with ties, levels and the official colours. Tables and rules: CONTEXT.md section 4; the
// breakpoints are typed from the standard's tables, not copied from AQI libraries (many of
// which put SO2's 1-hour breakpoints into the 24-hour table).
#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace eco::aq {

enum class AqiEdition { Hj633_2012, Hj633_2026 };

// Every averaging item a report can use.
enum class AqiItem {
    So2_24h,
    So2_1h,
    No2_24h,
    No2_1h,
    Pm10_24h,
    Co_24h,
    Co_1h,
    O3_1h,
    O3_8h,
    Pm25_24h
};
constexpr int kAqiItemCount = 10;

// 2012 before 2026-03-01 00:00 Asia/Shanghai, 2026 from then on.
AqiEdition editionFor(std::int64_t ts);
std::string_view editionName(AqiEdition e); // "2012" / "2026"
std::optional<AqiEdition> parseEdition(std::string_view s);

// The IAQI of one item, rounded up. nullopt where the edition defines no value (SO2 1h above
// 800 in 2012: use the 24h item; O3 8h above 800 in 2012: use the 1h item). Above the last
// breakpoint of a table the index is capped at 500. Negative or NaN input: nullopt.
std::optional<int> iaqi(AqiEdition edition, AqiItem item, double concentration);
// The unrounded value, for tests and charts.
std::optional<double> iaqiExact(AqiEdition edition, AqiItem item, double concentration);

struct AqiLevel {
    int level = 0; // 1..6, 0 for NA
    QString nameZh;
    QString nameEn;
    QColor colour;
};
AqiLevel aqiLevel(std::optional<int> aqi);

// Daily report inputs: 24h means (CO in mg/m3, others ug/m3), O3 daily max 1h and max 8h.
struct DailyInputs {
    std::optional<double> so2, no2, pm10, co, o3_1hMax, o3_8hMax, pm25;
};

// Real-time (hourly) report inputs: the hour's values and the moving averages ending with it.
struct HourlyInputs {
    std::optional<double> so2_1h, so2_24h, no2_1h, pm10_1h, pm10_24h, co_1h, o3_1h, o3_8h, pm25_1h,
        pm25_24h;
};

// Report columns in CSV order: so2, no2, pm10, co, o3_1h, o3_8h, pm25.
enum class ReportPollutant { So2, No2, Pm10, Co, O3_1h, O3_8h, Pm25 };
constexpr int kReportPollutantCount = 7;
std::string_view reportPollutantName(ReportPollutant p);

struct AqiResult {
    AqiEdition edition = AqiEdition::Hj633_2026;
    std::optional<int> aqi;
    std::array<std::optional<int>, kReportPollutantCount> iaqi{};
    QStringList primary; // names as reportPollutantName, ties all listed; empty when AQI <= 50
    AqiLevel level;
};

AqiResult dailyAqi(AqiEdition edition, const DailyInputs& in);
AqiResult hourlyAqi(AqiEdition edition, const HourlyInputs& in);

} // namespace eco::aq
