// ScreeningEngine: runs the rules over the store and writes clues. A full run judges everything
// from the first reading; an incremental run judges only data after the high-water mark of the
// last run (meta `screen.hwm`) and any day that received late data since (dirty marks), with the
// context each rule needs filled from the per-series-day cache (DayCache.h), and gives the same
// clues a full run would. Subjects are screened in parallel (QtConcurrent), one read connection per
// work chunk; findings are written in one transaction on the caller's connection, so a failed run
// leaves the stored clues and the high-water mark as they were.
#pragma once

#include "core/screen/ClueWriter.h"
#include "core/screen/RuleSet.h"
#include "core/screen/ScreeningSettings.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

namespace eco::store {
class Database;
}

namespace eco::screen {

struct ScreeningRequest {
    enum class Mode { Incremental, Full, Range };
    Mode mode = Mode::Incremental;
    std::optional<std::int64_t> from; // Range only
    std::optional<std::int64_t> to;
};

struct ScreeningReport {
    QString mode;
    std::int64_t evalFrom = 0;
    std::int64_t to = 0;
    int subjects = 0;
    std::int64_t findings = 0;
    std::vector<StoredClue> changed; // clues inserted or extended by this run
    double loadSeconds = 0;          // the parallel phase (reading + rules), wall
    double totalSeconds = 0;
    // Thread-seconds summed over the workers, and the write transaction's wall time.
    double readThreadSeconds = 0;
    double ruleThreadSeconds = 0;
    double writeSeconds = 0;
    bool cacheUsed = false;    // context days came from the cache
    bool cacheRebuilt = false; // the cache was dropped (full run, or a setting changed)
    int dirtyDays = 0;         // series-days with late data judged again
    std::int64_t cacheRowsWritten = 0;
};

class ScreeningEngine {
public:
    ScreeningEngine(store::Database& db, ScreeningSettings settings,
                    RuleSet rules = RuleSet::standard());

    using Progress = std::function<void(int done, int total)>;
    ScreeningReport run(const ScreeningRequest& request, const Progress& progress = {});

    static constexpr const char* kHighWaterKey = "screen.hwm";

    // Read connections the workers reuse run after run (shared by copies of the engine).
    class ReaderPool;

private:
    store::Database& m_db;
    ScreeningSettings m_settings;
    RuleSet m_rules;
    std::shared_ptr<ReaderPool> m_readers;
};

} // namespace eco::screen
