// ScreeningEngine: runs the rules over the store and writes clues. A full run judges everything
// from the first reading; an incremental run judges only data after the high-water mark of the
// last run (meta `screen.hwm`) and any day that received late data since (dirty marks), with the
// context each rule needs filled from the per-series-day cache (DayCache.h), and gives the same
// clues a full run would. An engine that stays open also keeps its last run's grids in memory
// (GridMemory.h), so its next incremental run reads neither the cache nor old rows. Subjects are
// screened in parallel (QtConcurrent), one read connection per work chunk; findings are written in
// one transaction on the caller's connection, so a failed run leaves the stored clues and the
// high-water mark as they were.
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

class GridMemory;

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
    // Thread CPU seconds summed over the workers (and of loading the catalog), and the write
    // transaction's wall time.
    double catalogCpuSeconds = 0;
    double readThreadSeconds = 0;
    double ruleThreadSeconds = 0;
    double writeSeconds = 0;
    bool cacheUsed = false;    // context days came from the cache
    bool cacheRebuilt = false; // the cache was dropped (full run, or a setting changed)
    int dirtyDays = 0;         // series-days with late data judged again
    std::int64_t cacheRowsWritten = 0;
    int memoryGrids = 0; // series grids copied from the engine's memory of its last run
};

class ScreeningEngine {
public:
    ScreeningEngine(store::Database& db, ScreeningSettings settings,
                    RuleSet rules = RuleSet::standard());

    using Progress = std::function<void(int done, int total)>;
    ScreeningReport run(const ScreeningRequest& request, const Progress& progress = {});

    static constexpr const char* kHighWaterKey = "screen.hwm";
    // A fresh id per run that moves the high-water mark: tells an engine whether the store's
    // cache is still the one its own last run left (see GridMemory).
    static constexpr const char* kRunKey = "screen.run";

    // The memory of this engine's last run (null before one). A caller that builds an engine per
    // run (a worker thread with its own connection) hands it to the next engine on the same
    // store; it is checked before use, so a stale one only costs the cache path.
    std::shared_ptr<const GridMemory> memory() const { return m_memory; }
    void setMemory(std::shared_ptr<const GridMemory> memory) { m_memory = std::move(memory); }

    // Read connections the workers reuse run after run (shared by copies of the engine).
    class ReaderPool;

private:
    store::Database& m_db;
    ScreeningSettings m_settings;
    RuleSet m_rules;
    std::shared_ptr<ReaderPool> m_readers;
    // The grids of this engine's last run (immutable once built; a run replaces it).
    std::shared_ptr<const GridMemory> m_memory;
};

} // namespace eco::screen
