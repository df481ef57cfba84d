// IndustryCatalog: the demo city's industries and what follows from each: Chinese name and
// company-name suffixes, how the plant runs (continuous, two shifts, day shift), reference O2 and
// permit limits for the four CEMS pollutants, stack geometry, electrical capacity, and how many
// plants of the kind the city has. One table, so the planner has no magic numbers of its own.
#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <span>

namespace eco::demo {

enum class Schedule { Continuous, TwoShift, DayShift };

// CEMS pollutants in a fixed order; arrays indexed by it hold per-pollutant figures.
enum CemsPollutant { kSo2 = 0, kNox = 1, kDust = 2, kNmhc = 3, kCemsPollutants = 4 };
inline constexpr std::array<const char*, kCemsPollutants> kPollutantCodes = {"a21026", "a21002",
                                                                             "a34013", "a24088"};
inline constexpr const char* kFlowCode = "a00000";
inline constexpr const char* kO2Code = "a19001";
// Analyser detection limits (mg/m3), the F3 reference. Not from a standard: typical analysers.
inline constexpr std::array<double, kCemsPollutants> kDetectionLimit = {3.0, 3.0, 1.0, 0.5};
// Analyser span as a multiple of the hourly limit (F2 compares the 24 h range with 2 % of it).
inline constexpr double kSpanPerLimit = 2.0;

struct Range {
    double lo = 0;
    double hi = 0;
};

struct Industry {
    const char* key;  // stored in enterprises.industry
    const char* name; // Chinese
    std::array<const char*, 3> suffixes;
    Schedule schedule;
    int count;                   // enterprises in the city
    int withCems;                // of which have a CEMS gas outlet
    bool voc;                    // a VOCs industry (NMHC is the pollutant that matters)
    std::optional<double> o2Ref; // reference O2 % (none: no combustion, no correction)
    Range o2Base;                // measured dry O2 at full load
    std::array<double, kCemsPollutants> limit; // mg/m3, hourly and daily (same permit figure)
    Range stackHeightM, stackDiameterM, gasTempC, velocityMs;
    Range productionKw;
    bool heavy; // clusters in its industrial parks and stays out of the core district
};

std::span<const Industry> industries();
const Industry& industry(const QString& key);

} // namespace eco::demo
