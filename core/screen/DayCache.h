// DayCache: the screening engine's per-series-day cache (tables `screen_day_cache` for whole days
// and `screen_open_day` for each series' newest, partial day). A row holds one local day of one
// hourly series or power meter exactly as the rules see it on their grid (float value and flag
// per step), or the ON/OFF thresholds a meter learned for a week, so an incremental run fills its
// context from one row per series-day instead of re-reading every reading, and a grid built from
// the cache is bit-for-bit the grid built from the store (incremental = full). Late data (a row
// written before the watermark) marks its series-day in `screen_dirty` (inserts and updates by the
// writers and sync through store::ScreenDirtyMarks, deletes by triggers); the plan of a run treats
// those days as uncached and judges again from the oldest one. The cache keeps only the days an
// incremental run can need (its context), is rebuilt by a full run and dropped when a screening
// setting changes.
#pragma once

#include "core/screen/CircuitStates.h"
#include "core/screen/ScreeningSettings.h"
#include "core/screen/SubjectData.h"
#include "core/store/Database.h"

#include <QByteArray>
#include <QSet>

#include <cstdint>
#include <optional>
#include <vector>

namespace eco::screen {

// Hourly: a series' day (key series.id); Power: a meter's day (key power_meters.id);
// Thresholds: a meter's ON/OFF thresholds learned for the week starting that day.
enum class CacheKind : int { Hourly = 0, Power = 1, Thresholds = 2 };

// Local (UTC+8) day index, the formula the dirty-mark triggers use.
inline std::int64_t cacheDay(std::int64_t ts) {
    const std::int64_t t = ts + 28800;
    return t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
}
inline std::int64_t cacheDayStart(std::int64_t day) {
    return day * 86400 - 28800;
}

struct DayBlob {
    CacheKind kind = CacheKind::Hourly;
    std::int64_t key = 0;
    std::int64_t day = 0;
    std::int64_t upto = 0; // the grid is complete for ts < upto
    QByteArray grid;
};

// What a run does with the cache, decided once on the calling thread and shared by the workers.
struct DayCachePlan {
    bool read = false;              // fill context days from the cache
    bool write = false;             // write back the days this run read from the store
    std::int64_t keepFromDay = 0;   // days before this are not kept
    QSet<QString> dirty;            // "kind:key:day" of series-days with late data
    QSet<std::int64_t> dirtySeries; // GridMemory::slot(kind, key) of the series with a dirty day

    static QString dirtyKey(CacheKind k, std::int64_t key, std::int64_t day) {
        return QStringLiteral("%1:%2:%3").arg(int(k)).arg(key).arg(day);
    }
    bool isDirty(CacheKind k, std::int64_t key, std::int64_t day) const {
        return !dirty.isEmpty() && dirty.contains(dirtyKey(k, key, day));
    }
};

// Reads cached days on a worker's read connection.
class DayCacheReader {
public:
    DayCacheReader(store::Database& db, const DayCachePlan& plan);
    // Fills the grid s (already sized) from the cached days of (kind, key) that are clean and
    // contiguous from the grid's first day. Returns the time from which s must still be read
    // from the store (s.t0 when nothing was cached).
    std::int64_t fill(CacheKind kind, std::int64_t key, Samples& s);
    // The thresholds cached for meter `key`'s weeks starting in [fromDay, toDay].
    std::vector<CircuitThresholds> thresholds(std::int64_t key, std::int64_t fromDay,
                                              std::int64_t toDay);

private:
    const DayCachePlan& m_plan;
    store::Statement m_days;
    store::Statement m_open;
};

// A meter's learned thresholds through the cache: found ones unless a day of their learning
// window is dirty; new ones become cache rows.
class CachedThresholds : public ThresholdMemo {
public:
    CachedThresholds(std::int64_t meterKey, std::vector<CircuitThresholds> found,
                     const DayCachePlan& plan, const ScreeningSettings& s,
                     std::vector<DayBlob>& out);
    std::optional<CircuitThresholds> find(std::int64_t weekStart) override;
    void keep(const CircuitThresholds& t) override;
    // The thresholds found plus those learned since (for the engine's GridMemory).
    const std::vector<CircuitThresholds>& known() const { return m_found; }

private:
    std::int64_t m_key;
    std::vector<CircuitThresholds> m_found;
    const DayCachePlan& m_plan;
    std::int64_t m_learnS;
    std::vector<DayBlob>& m_out;
};

// The blobs of the days of s that start inside the grid, are kept, and were (partly) read from
// the store, i.e. begin at or after `readFrom`'s day. `to` is the run's exclusive end.
void encodeDays(CacheKind kind, std::int64_t key, const Samples& s, std::int64_t readFrom,
                std::int64_t to, const DayCachePlan& plan, std::vector<DayBlob>& out);

// The cache's bookkeeping on the writing connection (inside the run's transaction).
class DayCacheStore {
public:
    explicit DayCacheStore(store::Database& db) : m_db(db) {}

    // A fingerprint of every screening setting: a change invalidates the cache.
    static QString fingerprint(const ScreeningSettings& s);
    bool matches(const ScreeningSettings& s) const;
    // Dirty marks as (kind, key, day).
    struct Mark {
        CacheKind kind;
        std::int64_t key;
        std::int64_t day;
    };
    std::vector<Mark> dirtyMarks() const;
    void clearMarks(const std::vector<Mark>& marks);
    void clearAll();
    void write(const std::vector<DayBlob>& blobs);
    // Drops days before keepFromDay (only when that day moved since the last prune).
    void prune(std::int64_t keepFromDay);
    // Before a run reads anything (its own transaction): every row written from now until the
    // run commits is marked, so data that arrives while the run reads is never missed.
    void markEverythingDuringRun();
    // Puts the watermark back after a run that judged nothing (its own transaction).
    void restoreWatermark(std::int64_t hwm);
    // Records a finished run: the watermark the triggers compare with and the settings used.
    void finish(std::int64_t hwm, const ScreeningSettings& s);

    static std::int64_t rowCount(const store::Database& db);
    static std::int64_t byteSize(const store::Database& db);

private:
    store::Database& m_db;
};

} // namespace eco::screen
