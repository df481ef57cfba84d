// GridMemory: the grids (and learned circuit thresholds) the last run of an engine built, kept in
// memory so the next incremental run of the same engine (or of one it is handed to) copies its
// context from here and reads only the rows after the last run's end from the store, instead of
// reading the day cache again. It is only an accelerator of the day cache: the engine uses it when
// nothing could have changed behind it (same store, same settings, the high-water mark and run id
// this engine wrote, no dirty mark on the series), else the loader falls back to the day cache and
// the store, so a grid built from memory is bit-for-bit the grid a full run builds.
#pragma once

#include "core/screen/DayCache.h"
#include "core/screen/ScreeningCatalog.h"
#include "core/screen/SubjectData.h"

#include <QHash>
#include <QString>

#include <cstdint>
#include <vector>

namespace eco::screen {

struct GridMemoryEntry {
    CacheKind kind = CacheKind::Hourly;
    std::int64_t key = 0;
    Samples grid;                              // complete for ts < upto
    std::int64_t upto = 0;                     // the run's end: later rows are read from the store
    std::vector<CircuitThresholds> thresholds; // a meter's learned thresholds (by week start)
};

class GridMemory {
public:
    static std::int64_t slot(CacheKind kind, std::int64_t key) {
        return key * 4 + static_cast<int>(kind);
    }
    const GridMemoryEntry* find(CacheKind kind, std::int64_t key) const {
        const auto it = m_entries.constFind(slot(kind, key));
        return it == m_entries.constEnd() ? nullptr : &*it;
    }
    void insert(GridMemoryEntry e) {
        const std::int64_t k = slot(e.kind, e.key);
        m_entries.insert(k, std::move(e));
    }
    qsizetype size() const { return m_entries.size(); }

    // What the memory is valid for (checked by the engine before a run uses it).
    QString dbPath;
    QString hwm;           // meta screen.hwm as this engine's run left it
    QString fingerprint;   // DayCacheStore::fingerprint of the settings
    QString run;           // meta screen.run as this engine's run left it
    FirstTimes firstTimes; // of the series and meters with data at the last run

private:
    QHash<std::int64_t, GridMemoryEntry> m_entries;
};

// Copies the part of `e` that overlaps s (ts >= s.t0 and < e.upto) into s. Returns the time from
// which s must still be read, or nullopt when the memory does not cover s's start.
std::optional<std::int64_t> fillFromMemory(const GridMemoryEntry& e, Samples& s);

// The entry to keep of grid s (its part from `fromTs` on) for the next run.
GridMemoryEntry memoryEntry(CacheKind kind, std::int64_t key, const Samples& s, std::int64_t fromTs,
                            std::int64_t upto);

} // namespace eco::screen
