// ClueTestStore: a small hand-made store for the clue desk's tests: users of every role (one
// duty officer bound to a district), two enterprises in two districts, an outlet with hourly SO2
// and O2 and a permit limit, a station pair, production/treatment meters at 15 minutes, an alert,
// and one clue of each shape the screening rules write (E1, F4, P1, P3, P4, A1) with evidence
// like core/screen's. Times are around 2026-10-05 (a Monday) local.
#pragma once

#include "core/store/Database.h"

#include <QString>

#include <cstdint>

namespace eco::cluetest {

inline constexpr std::int64_t kT0 = 1791129600; // 2026-10-05T00:00:00+08:00

void insertUser(store::Database& db, const QString& name, const QString& role,
                const QString& district = {}, const QString& team = {});
void insertClue(store::Database& db, const QString& id, const QString& rule, const QString& kind,
                const QString& subject, std::int64_t start, std::int64_t end, int severity,
                double score, const QString& summary, const QString& district,
                const QString& industry, const QString& evidenceJson);
// Creates the whole fixture in an empty (freshly migrated) store.
void build(store::Database& db);

} // namespace eco::cluetest
