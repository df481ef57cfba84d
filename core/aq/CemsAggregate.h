// Minute, hour and day values from CEMS inputs with the validity counts and data flags of
// HJ 212-2017 Appendix D / HJ 75: a minute needs >= 12 samples, an hour >= 45 valid minutes, a
// day >= 20 valid hours. Only inputs flagged N are valid and averaged. Exhaust gas: the aggregate
// is N when >= 75 % of the expected inputs are N, otherwise D. Wastewater: one abnormal input
// makes the aggregate abnormal (it takes that input's flag).
#pragma once

#include <optional>
#include <span>

namespace eco::aq {

enum class Medium { Gas, Water };

struct CemsSample {
    double value = 0;
    char flag = 'N';
};

struct AggregationRule {
    int expected; // inputs the interval should hold (0: as many as given, for raw samples)
    int minValid; // valid (N) inputs needed for a value
};
constexpr AggregationRule kMinuteFromSamples{0, 12};
constexpr AggregationRule kHourFromMinutes{60, 45};
constexpr AggregationRule kDayFromHours{24, 20};

struct CemsAggregate {
    std::optional<double> mean; // of the valid inputs; nullopt below minValid
    std::optional<double> min, max;
    int valid = 0; // inputs flagged N with a finite value
    char flag = 'N';
};

CemsAggregate aggregate(std::span<const CemsSample> inputs, Medium medium,
                        const AggregationRule& rule);

} // namespace eco::aq
