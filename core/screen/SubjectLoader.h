// SubjectLoader: reads one subject's series from the store onto the rules' time grid. A worker
// thread owns one loader on its own read connection; statements are prepared once and every
// series is one range scan of its (series, ts) B-tree, in time order. With a cache plan, the
// context days come from the per-series-day cache and only the rest is read from the store; the
// days read from the store are encoded for the cache (takeBlobs).
#pragma once

#include "core/screen/DayCache.h"
#include "core/screen/GridMemory.h"
#include "core/screen/ScreeningCatalog.h"
#include "core/screen/ScreeningSettings.h"
#include "core/screen/SubjectData.h"
#include "core/store/Database.h"

#include <optional>
#include <vector>

namespace eco::screen {

class SubjectLoader {
public:
    // db: a read connection the loader uses alone while it lives.
    // memory: the grids of the engine's last run, used for series without a dirty day (needs a
    // cache plan). keepFrom: when set, the loader keeps each grid from that time on (takeKept).
    SubjectLoader(store::Database& db, const ScreeningCatalog& catalog,
                  const ScreeningSettings& settings, const DayCachePlan* cache = nullptr,
                  const GridMemory* memory = nullptr,
                  std::optional<std::int64_t> keepFrom = std::nullopt);

    // Power circuits (with ON/OFF states) and duties of an enterprise over [from, to).
    EnterpriseData enterprise(const QString& id, std::int64_t from, std::int64_t to);
    // One outlet's CEMS over [from, to), with the enterprise's production state per hour.
    OutletData outlet(const model::Outlet& o, const EnterpriseData& power, std::int64_t from,
                      std::int64_t to);
    SiteData site(const model::Site& s, std::int64_t from, std::int64_t to);
    // The cache rows of the days read from the store so far (moved out).
    std::vector<DayBlob> takeBlobs() { return std::move(m_blobs); }
    // The grids to remember for the next run (moved out).
    std::vector<GridMemoryEntry> takeKept() { return std::move(m_kept); }
    int memoryGrids() const { return m_memoryGrids; }

private:
    Samples hourly(const QString& source, const QString& pollutant, std::int64_t from,
                   std::int64_t to, std::int64_t* firstTs = nullptr);
    Samples power(const MeterInfo& m, std::int64_t from, std::int64_t to);
    // Where s must still be read from the store after memory or the cache filled what they hold.
    std::int64_t fillContext(CacheKind kind, std::int64_t key, Samples& s);
    const GridMemoryEntry* remembered(CacheKind kind, std::int64_t key) const;

    store::Database& m_db;
    const ScreeningCatalog& m_catalog;
    const ScreeningSettings& m_settings;
    store::Statement m_readings;
    store::Statement m_power;
    const DayCachePlan* m_plan = nullptr;
    std::optional<DayCacheReader> m_cache;
    std::vector<DayBlob> m_blobs;
    const GridMemory* m_memory = nullptr;
    std::optional<std::int64_t> m_keepFrom;
    std::vector<GridMemoryEntry> m_kept;
    int m_memoryGrids = 0;
};

} // namespace eco::screen
