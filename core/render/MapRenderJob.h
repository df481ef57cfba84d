// MapRenderJob: one render of a map view. Built on the owning (GUI) thread from a settings
// snapshot and the layer stack (bottom first); it asks each visible layer for a renderer right
// away, then renders every layer on a worker (QtConcurrent) into its own ARGB32_Premultiplied
// image at the device size, composes them bottom-up with each layer's opacity over the
// background, and emits finished() on the owning thread. cancel() stops it between features.
// Per-layer times and errors are kept for the status bar, the CLI and the tests.
// renderSync() does the same and blocks, for the CLI and the tests.
#pragma once

#include "core/render/Legend.h"
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
};

struct MapRenderOutput {
    QImage image; // composed (with decorations when asked for)
    std::vector<LayerRenderResult> layers;
    QList<Legend> legends;
    double totalMilliseconds = 0;
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

    // Blocking: renders the layers in parallel, composes, paints decorations (scale bar, north
    // arrow, legends) when asked.
    static MapRenderOutput renderSync(const MapSettings& settings, const LayerStack& layers,
                                      bool decorations = true,
                                      const QColor& background = QColor(0xf3, 0xf1, 0xec));

signals:
    void finished();

private:
    struct Slot {
        QString id;
        QString name;
        double opacity = 1.0;
        std::unique_ptr<MapLayerRenderer> renderer;
        QImage image;
        double milliseconds = 0;
        QString failure; // an exception the renderer let through
    };
    void renderSlot(Slot& slot);
    void compose();

    MapSettings m_settings;
    std::vector<Slot> m_slots;
    std::atomic_bool m_cancelled{false};
    QFutureWatcher<void> m_watcher;
    QColor m_background{0xf3, 0xf1, 0xec};
    MapRenderOutput m_output;
    std::int64_t m_startNs = 0;
};

} // namespace eco::render
