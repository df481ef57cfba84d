// ScreeningEngine: runs the rules over the store and writes clues. A full run judges everything
// from the first reading; an incremental run judges only data after the high-water mark of the
// last run (meta `screen.hwm`), re-reading the context each rule needs, and gives the same clues a
// full run would. Subjects are screened in parallel (QtConcurrent), one read connection per work
// chunk; findings are written in one transaction on the caller's connection, so a failed run
// leaves the stored clues and the high-water mark as they were.
#pragma once

#include "core/screen/ClueWriter.h"
#include "core/screen/RuleSet.h"
#include "core/screen/ScreeningSettings.h"

#include <cstdint>
#include <functional>
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
    double loadSeconds = 0;
    double totalSeconds = 0;
};

class ScreeningEngine {
public:
    ScreeningEngine(store::Database& db, ScreeningSettings settings,
                    RuleSet rules = RuleSet::standard());

    using Progress = std::function<void(int done, int total)>;
    ScreeningReport run(const ScreeningRequest& request, const Progress& progress = {});

    static constexpr const char* kHighWaterKey = "screen.hwm";

private:
    store::Database& m_db;
    ScreeningSettings m_settings;
    RuleSet m_rules;
};

} // namespace eco::screen
