// ClueStatistics: the figures the bureau judges screening by. Precision is the share of
// confirmed violations among judged clues (those with an outcome: confirmed violation,
// data-quality fault, explained, false alarm), per rule and per score band; counts of clues by
// district or industry per local (Asia/Shanghai) week or month show where and when clues arise.
// Merged clues are left out everywhere: their survivor stands for them.
#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace eco::store {
class Database;
}

namespace eco::clue {

struct PrecisionRow {
    QString key; // rule id, or the score band "0.6-0.8"
    std::int64_t clues = 0;
    std::int64_t judged = 0;
    std::int64_t confirmed = 0;
    std::int64_t dataFault = 0;
    std::int64_t explained = 0;
    std::int64_t falseAlarm = 0;
    std::int64_t dismissed = 0;
    // confirmed / judged; nullopt when nothing was judged.
    std::optional<double> precision() const {
        if (judged == 0)
            return std::nullopt;
        return static_cast<double>(confirmed) / static_cast<double>(judged);
    }
};

struct PeriodCount {
    QString period; // "2026-10-05" (the Monday of the week) or "2026-10"
    QString key;    // district or industry ("" when the clue has none)
    std::int64_t count = 0;
};

class ClueStatistics {
public:
    enum class Dimension { District, Industry };
    enum class Period { Week, Month };

    explicit ClueStatistics(const store::Database& db) : m_db(db) {}

    std::vector<PrecisionRow> precisionByRule() const;
    // `bands` equal score bands over [0, 1] (a score of exactly 1 falls in the last band).
    std::vector<PrecisionRow> precisionByScoreBand(int bands = 5) const;
    PrecisionRow overall() const;
    // Ordered by period, then key.
    std::vector<PeriodCount> counts(Dimension dimension, Period period) const;

private:
    const store::Database& m_db;
};

} // namespace eco::clue
