// MapLayerCache: the images of layers already drawn, so a render job does not draw a layer again
// when nothing it depends on changed. An image is reused only for the same layer (object and
// revision), the same view (visible extent, device size, device pixel ratio, CRS) and, for a layer
// that dependsOnTime(), the same map time; changing only the time therefore re-renders only the
// time-dependent layers. Memory is bounded by a byte budget: the least recently used images are
// dropped first, and the peak is reported. Thread-safe (the canvas, the job and a benchmark may
// share one cache), and images are implicitly shared, so a hit costs no copy.
#pragma once

#include "core/render/ImageBufferPool.h"
#include "core/render/Legend.h"
#include "core/render/MapSettings.h"

#include <QHash>
#include <QImage>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <list>
#include <memory>
#include <optional>

namespace eco::render {

class MapLayer;

struct LayerCacheKey {
    QString layerId;
    const void* layer = nullptr; // identity: a reloaded layer with the same id is another layer
    std::uint64_t revision = 0;
    geo::GeoRect view;
    QSize deviceSize;
    double dpr = 1;
    QString crs;
    std::int64_t time = 0; // 0 for layers that do not depend on time

    static LayerCacheKey of(const MapLayer& layer, const MapSettings& settings);
    friend bool operator==(const LayerCacheKey&, const LayerCacheKey&) = default;
};

struct CachedLayer {
    LayerCacheKey key;
    MapSettings drawnFor; // the view the image shows, for moving it under a new view
    QImage image;
    std::optional<Legend> legend;
    qint64 bytes() const { return image.sizeInBytes(); }
};

struct LayerCacheStats {
    qint64 bytes = 0;
    qint64 peakBytes = 0;
    qint64 budgetBytes = 0;
    int entries = 0;
    std::int64_t hits = 0;
    std::int64_t misses = 0;
    std::int64_t evictions = 0;
};

class MapLayerCache {
public:
    // 512 MiB holds about 16 layer images at 3840x2160: two full views of the demo city.
    static constexpr qint64 kDefaultBudget = qint64(512) * 1024 * 1024;

    explicit MapLayerCache(qint64 budgetBytes = kDefaultBudget);
    MapLayerCache(const MapLayerCache&) = delete;
    MapLayerCache& operator=(const MapLayerCache&) = delete;

    // The image for exactly this key (counts a hit or a miss), marked as recently used.
    std::optional<CachedLayer> find(const LayerCacheKey& key);
    // The same without counting or reordering: what a canvas paints, looked up on every frame.
    std::optional<CachedLayer> peek(const LayerCacheKey& key) const;
    // Stores (replacing the entry of the same key), then evicts down to the budget. An image
    // larger than the whole budget is not kept.
    void insert(CachedLayer entry);
    // The most recently stored image of a layer id whatever its view or time: what a canvas
    // shows, moved and scaled, while the new render runs.
    std::optional<CachedLayer> newest(const QString& layerId) const;
    // The layer ids that have images.
    QStringList layerIds() const;
    // Drops every image of a layer id (a layer removed or reloaded), or everything.
    void remove(const QString& layerId);
    void clear();

    // What drawing a layer cost last time (CPU ms, smoothed), so a job starts the longest layers
    // first and the two workers finish together. 0 for a layer never drawn.
    void noteCost(const QString& layerId, double cpuMilliseconds);
    double costHint(const QString& layerId) const;

    void setBudget(qint64 budgetBytes);
    LayerCacheStats stats() const;
    // Where jobs using this cache take their image buffers from, so memory dropped from the
    // cache is reused instead of being faulted in afresh.
    std::shared_ptr<ImageBufferPool> bufferPool() const { return m_pool; }

private:
    void evictLocked();

    std::shared_ptr<ImageBufferPool> m_pool = ImageBufferPool::create();
    mutable QMutex m_mutex;
    std::list<CachedLayer> m_entries; // most recently used first
    QHash<QString, double> m_costs;
    qint64 m_budget;
    qint64 m_bytes = 0;
    qint64 m_peak = 0;
    std::int64_t m_hits = 0, m_misses = 0, m_evictions = 0;
};

} // namespace eco::render
