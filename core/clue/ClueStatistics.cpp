#include "core/clue/ClueStatistics.h"

#include "core/store/Database.h"

#include <algorithm>
#include <string>

namespace eco::clue {

namespace {

// Columns 1.. of every precision query, after the grouping key in column 0.
constexpr const char* kTally =
    "count(*), sum(outcome IS NOT NULL), sum(outcome='confirmed_violation'),"
    " sum(outcome='data_quality_fault'), sum(outcome='explained'), sum(outcome='false_alarm'),"
    " sum(status='dismissed')";

PrecisionRow readTally(const store::Statement& st, QString key) {
    PrecisionRow r;
    r.key = std::move(key);
    r.clues = st.int64(1);
    r.judged = st.int64(2);
    r.confirmed = st.int64(3);
    r.dataFault = st.int64(4);
    r.explained = st.int64(5);
    r.falseAlarm = st.int64(6);
    r.dismissed = st.int64(7);
    return r;
}

} // namespace

std::vector<PrecisionRow> ClueStatistics::precisionByRule() const {
    auto st = m_db.prepare(std::string("SELECT rule, ") + kTally +
                           " FROM clues WHERE status<>'merged' GROUP BY rule ORDER BY rule");
    std::vector<PrecisionRow> out;
    while (st.step())
        out.push_back(readTally(st, st.text(0)));
    return out;
}

std::vector<PrecisionRow> ClueStatistics::precisionByScoreBand(int bands) const {
    bands = std::clamp(bands, 1, 100);
    auto st = m_db.prepare(std::string("SELECT min(CAST(max(score, 0) * ?1 AS INTEGER), ?1 - 1) "
                                       "AS band, ") +
                           kTally + " FROM clues WHERE status<>'merged' GROUP BY band");
    st.bind(1, bands);
    std::vector<PrecisionRow> out(static_cast<std::size_t>(bands));
    for (int b = 0; b < bands; ++b)
        out[static_cast<std::size_t>(b)].key = QStringLiteral("%1-%2")
                                                   .arg(double(b) / bands, 0, 'f', 1)
                                                   .arg(double(b + 1) / bands, 0, 'f', 1);
    while (st.step()) {
        const int b = std::clamp(st.integer(0), 0, bands - 1);
        auto& row = out[static_cast<std::size_t>(b)];
        row = readTally(st, row.key);
    }
    return out;
}

PrecisionRow ClueStatistics::overall() const {
    auto st =
        m_db.prepare(std::string("SELECT '', ") + kTally + " FROM clues WHERE status<>'merged'");
    st.step();
    return readTally(st, QStringLiteral("all"));
}

std::vector<PeriodCount> ClueStatistics::counts(Dimension dimension, Period period) const {
    // Asia/Shanghai has a fixed +8 h offset; weeks start on Monday.
    const char* periodSql = period == Period::Week
                                ? "date(start_ts, 'unixepoch', '+8 hours', '-6 days', 'weekday 1')"
                                : "strftime('%Y-%m', start_ts, 'unixepoch', '+8 hours')";
    const char* keySql = dimension == Dimension::District ? "district" : "industry";
    auto st = m_db.prepare(std::string("SELECT ") + periodSql + " AS p, " + keySql +
                           ", count(*) FROM clues WHERE status<>'merged' GROUP BY p, " + keySql +
                           " ORDER BY p, " + keySql);
    std::vector<PeriodCount> out;
    while (st.step())
        out.push_back({st.text(0), st.text(1), st.int64(2)});
    return out;
}

} // namespace eco::clue
