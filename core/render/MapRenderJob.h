// MapRenderJob: one render of a map view. Built on the owning (GUI) thread from a settings
// snapshot and the layer stack (bottom first); it asks each visible layer for a renderer right
// away, then renders every layer on a worker (QtConcurrent) into its own ARGB32_Premultiplied
// image at the device size, composes them bottom-up with each layer's opacity over the
// background, and emits finished() on the owning thread. cancel() stops it between features.
// Per-layer times and errors are kept for the status bar, the CLI and the tests.
// renderSync() does the same and blocks, for the CLI and the tests.
// With a MapLayerCache (setCache), a layer whose image for this view (and time, if it depends on
// time) is cached is not drawn again, and every layer drawn completely and without error is stored
// the moment it is done (a cancelled layer's image, possibly half drawn, never is).
// layerFinished(i) is emitted on the owning thread as each layer's image is ready (cached ones
// first), so a canvas can show layers as they arrive (layerImage(i)). The workers take the layers
// costliest first (by the cache's cost hints), so the two cores finish together.
#pragma once

#include "core/render/Legend.h"
#include "core/render/MapComposition.h"
#include "core/render/MapLayerCache.h"
#include "core/render/MapSettings.h"

#include <QColor>
#include <QFutureWatcher>
#include <QImage>
#include <QObject>

#include <atomic>
#include <memory>
#include <vector>

namespace eco::render {

class MapLayer;
class MapLayerRenderer;

struct LayerRenderResult {
    QString layerId;
    QString name;
    double milliseconds = 0;
    QString error;
    QImage image; // the layer alone (kept so a canvas can cache layers)
    double opacity = 1.0;
    bool fromCache = false;     // reused from the MapLayerCache, not drawn
    double cpuMilliseconds = 0; // CPU time of the worker thread (wall time lies on a busy host)
};

struct MapRenderOutput {
    QImage image; // composed (with decorations when asked for)
    std::vector<LayerRenderResult> layers;
    QList<Legend> legends;
    double totalMilliseconds = 0;
    double composeMilliseconds = 0; // putting the layer images together (wall)
    double composeCpuMilliseconds = 0;
    bool cancelled = false;
};

using LayerStack = std::vector<std::shared_ptr<const MapLayer>>;

class MapRenderJob : public QObject {
    Q_OBJECT
public:
    // layers: bottom first; only those visible in settings.visibleLayers() are drawn.
    MapRenderJob(const MapSettings& settings, const LayerStack& layers, QObject* parent = nullptr);
    ~MapRenderJob() override; // cancels and waits for the workers

    void start();
    void cancel();
    bool isActive() const;
    const MapSettings& settings() const { return m_settings; }
    // Valid after finished().
    const MapRenderOutput& output() const { return m_output; }

    void setBackground(const QColor& c) { m_background = c; }
    // Before start(): false skips the composed image of output() (a canvas composes the layer
    // images itself, moved to its current view); layers, times, errors and legends are kept.
    void setComposeImage(bool on) { m_composeImage = on; }
    // Before start(): reuse and fill this cache. The job keeps the cache alive while it runs.
    void setCache(std::shared_ptr<MapLayerCache> cache);
    // Before start(): take layer images from this pool (setCache uses the cache's pool).
    void setBufferPool(std::shared_ptr<ImageBufferPool> pool) { m_pool = std::move(pool); }

    // The layers the job draws, bottom first (visible ones with a renderer).
    int layerCount() const { return static_cast<int>(m_slots.size()); }
    QString layerId(int index) const;
    // The image of layer `index` once layerFinished(index) was emitted (else a null image).
    LayerImage layerImage(int index) const;
    // True when layer `index` came from the cache instead of being drawn.
    bool isLayerFromCache(int index) const;

    // Blocking: renders the layers in parallel, composes, paints decorations (scale bar, north
    // arrow, legends) when asked. With a cache, reuses and fills it (and takes its buffers).
    static MapRenderOutput renderSync(const MapSettings& settings, const LayerStack& layers,
                                      bool decorations = true,
                                      const QColor& background = QColor(0xf3, 0xf1, 0xec),
                                      MapLayerCache* cache = nullptr);

signals:
    void finished();
    // Layer `index` (0 = bottom of layerCount()) has its image, drawn or from the cache.
    void layerFinished(int index);

private:
    struct Slot {
        QString id;
        QString name;
        double opacity = 1.0;
        std::unique_ptr<MapLayerRenderer> renderer;
        LayerCacheKey key;
        QImage image;
        double milliseconds = 0;
        double cpuMilliseconds = 0;
        QString failure; // an exception the renderer let through
        bool fromCache = false;
        bool done = false; // written by the worker before layerFinished is posted
        std::optional<Legend> legend;
    };
    void useCache(MapLayerCache* cache);
    // The slots still to draw, the costliest first (longest-processing-time order balances the
    // two workers: the slow layers start at once, the quick ones fill the gaps).
    std::vector<Slot*> workOrder(const MapLayerCache* cache);
    void renderSlot(Slot& slot, bool notify, MapLayerCache* cache);
    void compose();

    MapSettings m_settings;
    std::vector<Slot> m_slots;
    std::vector<Slot*> m_order; // what the workers draw (start() fills it)
    std::atomic_bool m_cancelled{false};
    QFutureWatcher<void> m_watcher;
    QColor m_background{0xf3, 0xf1, 0xec};
    bool m_composeImage = true;
    MapRenderOutput m_output;
    std::int64_t m_startNs = 0;
    std::shared_ptr<MapLayerCache> m_cache;
    std::shared_ptr<ImageBufferPool> m_pool;
    QImage newImage() const;
};

} // namespace eco::render
