// LayerRenderScheduler: the canvas's progressive renderer. For one view it renders each visible
// layer as its own task on the global thread pool (the layer's MapLayerRenderer paints into its
// own transparent ARGB32_Premultiplied image at the device pixel ratio) and hands every layer
// back with layerRendered() the moment it is done, so the canvas shows layers as they arrive
// instead of waiting for the slowest. Every task owns what it reads (the renderer, a settings
// copy, a shared cancel flag), so cancel() returns at once and a cancelled task's result is
// simply dropped; the destructor waits for the stragglers so nothing outlives the canvas.
// (core's MapRenderJob renders all layers and signals once; when it gains a per-layer signal the
// canvas can switch to it.)
#pragma once

#include "core/render/Legend.h"
#include "core/render/MapLayer.h"
#include "core/render/MapSettings.h"

#include <QFutureWatcher>
#include <QImage>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace eco::ui {

struct RenderedLayer {
    QString layerId;
    const render::MapLayer* layer = nullptr; // identity of the snapshot rendered (not owned)
    render::MapSettings settings;            // the view it was rendered for
    QImage image;                            // device size, transparent, dpr set
    std::optional<render::Legend> legend;
    QString error;
    double milliseconds = 0;
};

class LayerRenderScheduler : public QObject {
    Q_OBJECT
public:
    explicit LayerRenderScheduler(QObject* parent = nullptr);
    ~LayerRenderScheduler() override;

    // Cancels whatever runs and renders these layers (each with its own renderer) for settings.
    void start(const render::MapSettings& settings,
               const std::vector<std::shared_ptr<render::MapLayer>>& layers);
    void cancel();
    bool isActive() const { return m_pending > 0; }
    int generation() const { return m_generation; }

signals:
    void layerRendered(const eco::ui::RenderedLayer& result);
    // Every layer of the current generation is in.
    void allRendered();

private:
    struct Task {
        QFutureWatcher<RenderedLayer>* watcher = nullptr; // child of the scheduler
        std::shared_ptr<std::atomic_bool> cancelled;
    };
    void taskDone(QFutureWatcher<RenderedLayer>* watcher, int generation);
    void dropFinished();

    std::vector<Task> m_tasks;
    int m_generation = 0;
    int m_pending = 0;
};

} // namespace eco::ui
