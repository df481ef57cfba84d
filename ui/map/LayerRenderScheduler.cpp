#include "ui/map/LayerRenderScheduler.h"

#include "core/render/MapLayerRenderer.h"

#include <QtConcurrent/QtConcurrentRun>

#include <chrono>

namespace eco::ui {

namespace {

RenderedLayer renderOne(std::shared_ptr<render::MapLayerRenderer> renderer,
                        render::MapSettings settings, QString id, const render::MapLayer* layer,
                        std::shared_ptr<std::atomic_bool> cancelled) {
    RenderedLayer out;
    out.layerId = std::move(id);
    out.layer = layer;
    out.settings = settings;
    if (cancelled->load())
        return out;
    const auto t0 = std::chrono::steady_clock::now();
    QImage image(settings.deviceOutputSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    image.setDevicePixelRatio(settings.devicePixelRatio());
    const render::RenderContext ctx{settings, *cancelled};
    try {
        renderer->render(image, ctx);
        out.error = renderer->error();
        out.legend = renderer->legend();
    } catch (const std::exception& e) {
        // One broken layer must not take the others down.
        image.fill(Qt::transparent);
        out.error = QString::fromUtf8(e.what());
    }
    out.image = std::move(image);
    out.milliseconds =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    return out;
}

} // namespace

LayerRenderScheduler::LayerRenderScheduler(QObject* parent) : QObject(parent) {}

LayerRenderScheduler::~LayerRenderScheduler() {
    cancel();
    for (Task& t : m_tasks)
        t.watcher->waitForFinished();
}

void LayerRenderScheduler::cancel() {
    ++m_generation;
    m_pending = 0;
    for (Task& t : m_tasks) {
        t.cancelled->store(true);
        t.watcher->disconnect(this);
    }
    dropFinished();
}

void LayerRenderScheduler::dropFinished() {
    // Later, not now: this may run inside one of these watchers' own finished() signal.
    std::erase_if(m_tasks, [](Task& t) {
        if (!t.watcher->isFinished())
            return false;
        t.watcher->deleteLater();
        return true;
    });
}

void LayerRenderScheduler::start(const render::MapSettings& settings,
                                 const std::vector<std::shared_ptr<render::MapLayer>>& layers) {
    cancel();
    const int generation = m_generation;
    std::vector<RenderedLayer> emptyResults;
    for (const auto& layer : layers) {
        if (!layer || !layer->isVisible() || layer->opacity() <= 0)
            continue;
        std::shared_ptr<render::MapLayerRenderer> renderer = layer->createRenderer(settings);
        if (!renderer) {
            // Nothing to draw for this view: say so at once, so the canvas does not ask again.
            RenderedLayer empty;
            empty.layerId = layer->id();
            empty.layer = layer.get();
            empty.settings = settings;
            emptyResults.push_back(std::move(empty));
            continue;
        }
        Task task;
        task.cancelled = std::make_shared<std::atomic_bool>(false);
        auto* w = new QFutureWatcher<RenderedLayer>(this);
        task.watcher = w;
        connect(w, &QFutureWatcher<RenderedLayer>::finished, this,
                [this, w, generation] { taskDone(w, generation); });
        w->setFuture(QtConcurrent::run(renderOne, renderer, settings, layer->id(), layer.get(),
                                       task.cancelled));
        m_tasks.push_back(std::move(task));
        ++m_pending;
    }
    for (const RenderedLayer& r : emptyResults)
        emit layerRendered(r);
    if (m_pending == 0 && generation == m_generation)
        emit allRendered();
}

void LayerRenderScheduler::taskDone(QFutureWatcher<RenderedLayer>* watcher, int generation) {
    if (generation != m_generation)
        return;
    const RenderedLayer result = watcher->result();
    --m_pending;
    emit layerRendered(result);
    if (m_pending == 0 && generation == m_generation) {
        emit allRendered();
    }
}

} // namespace eco::ui
