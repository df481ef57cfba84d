#include "core/render/MapRenderJob.h"

#include "core/render/MapDecorations.h"
#include "core/render/MapLayer.h"
#include "core/render/MapLayerRenderer.h"

#include <QPainter>
#include <QtConcurrent/QtConcurrentMap>

#include <chrono>

namespace eco::render {

namespace {

std::int64_t nowNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

MapRenderJob::MapRenderJob(const MapSettings& settings, const LayerStack& layers, QObject* parent)
    : QObject(parent), m_settings(settings) {
    for (const auto& layer : layers) {
        if (!layer || !settings.isLayerVisible(layer->id()) || layer->opacity() <= 0)
            continue;
        Slot slot;
        slot.id = layer->id();
        slot.name = layer->name();
        slot.opacity = layer->opacity();
        slot.renderer = layer->createRenderer(settings);
        if (slot.renderer)
            m_slots.push_back(std::move(slot));
    }
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, [this] {
        compose();
        emit finished();
    });
}

MapRenderJob::~MapRenderJob() {
    cancel();
    m_watcher.waitForFinished();
}

void MapRenderJob::start() {
    m_startNs = nowNs();
    m_watcher.setFuture(QtConcurrent::map(m_slots, [this](Slot& s) { renderSlot(s); }));
}

void MapRenderJob::cancel() {
    m_cancelled = true;
    m_watcher.cancel();
}

bool MapRenderJob::isActive() const {
    return m_watcher.isRunning();
}

void MapRenderJob::renderSlot(Slot& slot) {
    if (m_cancelled)
        return;
    const std::int64_t t0 = nowNs();
    slot.image = QImage(m_settings.deviceOutputSize(), QImage::Format_ARGB32_Premultiplied);
    slot.image.fill(Qt::transparent);
    slot.image.setDevicePixelRatio(m_settings.devicePixelRatio());
    const RenderContext ctx{m_settings, m_cancelled};
    try {
        slot.renderer->render(slot.image, ctx);
    } catch (const std::exception& e) {
        // A renderer should report through error(); this keeps one bad layer from taking the
        // whole render down if it does not.
        slot.image.fill(Qt::transparent);
        slot.failure = QString::fromUtf8(e.what());
    }
    slot.milliseconds = static_cast<double>(nowNs() - t0) / 1e6;
}

void MapRenderJob::compose() {
    m_output = {};
    m_output.cancelled = m_cancelled;
    QImage image(m_settings.deviceOutputSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(m_settings.devicePixelRatio());
    image.fill(m_background);
    {
        QPainter p(&image);
        for (Slot& s : m_slots) {
            LayerRenderResult r;
            r.layerId = s.id;
            r.name = s.name;
            r.milliseconds = s.milliseconds;
            r.error = s.failure.isEmpty() ? s.renderer->error() : s.failure;
            r.opacity = s.opacity;
            if (!s.image.isNull() && !m_cancelled) {
                p.setOpacity(s.opacity);
                p.drawImage(QPointF(0, 0), s.image);
                r.image = std::move(s.image);
            }
            if (auto legend = s.renderer->legend())
                m_output.legends.push_back(*legend);
            m_output.layers.push_back(std::move(r));
        }
    }
    m_output.image = std::move(image);
    m_output.totalMilliseconds = static_cast<double>(nowNs() - m_startNs) / 1e6;
}

MapRenderOutput MapRenderJob::renderSync(const MapSettings& settings, const LayerStack& layers,
                                         bool decorations, const QColor& background) {
    MapRenderJob job(settings, layers);
    job.setBackground(background);
    job.m_startNs = nowNs();
    QtConcurrent::blockingMap(job.m_slots, [&job](Slot& s) { job.renderSlot(s); });
    job.compose();
    MapRenderOutput out = std::move(job.m_output);
    if (decorations && !out.image.isNull()) {
        QPainter p(&out.image);
        MapDecorations::paint(p, settings, out.legends);
    }
    return out;
}

} // namespace eco::render
