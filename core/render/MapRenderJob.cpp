#include "core/render/MapRenderJob.h"

#include "core/render/MapDecorations.h"
#include "core/render/MapLayer.h"
#include "core/render/MapLayerRenderer.h"

#include <QPainter>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <optional>

namespace eco::render {

namespace {

std::int64_t nowNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

std::int64_t threadCpuNs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
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
        slot.key = LayerCacheKey::of(*layer, settings);
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
    useCache(m_cache.get());
    for (int i = 0; i < layerCount(); ++i)
        if (m_slots[static_cast<std::size_t>(i)].fromCache)
            QMetaObject::invokeMethod(
                this, [this, i] { emit layerFinished(i); }, Qt::QueuedConnection);
    m_order = workOrder(m_cache.get());
    m_watcher.setFuture(QtConcurrent::map(
        m_order, [this, cache = m_cache.get()](Slot* s) { renderSlot(*s, true, cache); }));
}

void MapRenderJob::useCache(MapLayerCache* cache) {
    if (!cache)
        return;
    for (Slot& slot : m_slots) {
        if (auto hit = cache->find(slot.key)) {
            slot.image = hit->image;
            slot.legend = hit->legend;
            slot.fromCache = true;
            slot.done = true;
        }
    }
}

std::vector<MapRenderJob::Slot*> MapRenderJob::workOrder(const MapLayerCache* cache) {
    std::vector<Slot*> order;
    std::vector<double> cost;
    for (Slot& s : m_slots)
        if (!s.fromCache) {
            order.push_back(&s);
            cost.push_back(cache ? cache->costHint(s.id) : 0.0);
        }
    std::vector<std::size_t> idx(order.size());
    for (std::size_t i = 0; i < idx.size(); ++i)
        idx[i] = i;
    // Stable: without hints (the first render) the stack order stays.
    std::stable_sort(idx.begin(), idx.end(),
                     [&](std::size_t a, std::size_t b) { return cost[a] > cost[b]; });
    std::vector<Slot*> sorted;
    sorted.reserve(order.size());
    for (std::size_t i : idx)
        sorted.push_back(order[i]);
    return sorted;
}

void MapRenderJob::setCache(std::shared_ptr<MapLayerCache> cache) {
    m_cache = std::move(cache);
    if (m_cache && !m_pool)
        m_pool = m_cache->bufferPool();
}

QImage MapRenderJob::newImage() const {
    if (m_pool)
        return m_pool->acquire(m_settings.deviceOutputSize(), m_settings.devicePixelRatio());
    QImage image(m_settings.deviceOutputSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    image.setDevicePixelRatio(m_settings.devicePixelRatio());
    return image;
}

QString MapRenderJob::layerId(int index) const {
    return index >= 0 && index < layerCount() ? m_slots[static_cast<std::size_t>(index)].id
                                              : QString();
}

bool MapRenderJob::isLayerFromCache(int index) const {
    return index >= 0 && index < layerCount() && m_slots[static_cast<std::size_t>(index)].fromCache;
}

LayerImage MapRenderJob::layerImage(int index) const {
    if (index < 0 || index >= layerCount())
        return {};
    const Slot& s = m_slots[static_cast<std::size_t>(index)];
    if (!s.done)
        return {};
    return {s.image, m_settings, s.opacity};
}

void MapRenderJob::cancel() {
    m_cancelled = true;
    m_watcher.cancel();
}

bool MapRenderJob::isActive() const {
    return m_watcher.isRunning();
}

void MapRenderJob::renderSlot(Slot& slot, bool notify, MapLayerCache* cache) {
    if (m_cancelled || slot.fromCache)
        return;
    const std::int64_t t0 = nowNs(), cpu0 = threadCpuNs();
    slot.image = newImage();
    const RenderContext ctx{m_settings, m_cancelled};
    try {
        slot.renderer->render(slot.image, ctx);
    } catch (const std::exception& e) {
        // A renderer should report through error(); this keeps one bad layer from taking the
        // whole render down if it does not.
        slot.image.fill(Qt::transparent);
        slot.failure = QString::fromUtf8(e.what());
    }
    if (slot.failure.isEmpty())
        slot.legend = slot.renderer->legend();
    slot.milliseconds = static_cast<double>(nowNs() - t0) / 1e6;
    slot.cpuMilliseconds = static_cast<double>(threadCpuNs() - cpu0) / 1e6;
    if (m_cancelled)
        return;
    // Into the cache at once, so a canvas shows it from there while the others still draw. A
    // failed layer is drawn again next time: the failure may be transient.
    if (cache && slot.failure.isEmpty() && slot.renderer->error().isEmpty()) {
        cache->insert({slot.key, m_settings, slot.image, slot.legend});
        cache->noteCost(slot.id, slot.cpuMilliseconds);
    }
    slot.done = true;
    if (notify) {
        const int index = static_cast<int>(&slot - m_slots.data());
        // Queued to the owning thread; dropped if the job is deleted first.
        QMetaObject::invokeMethod(
            this, [this, index] { emit layerFinished(index); }, Qt::QueuedConnection);
    }
}

void MapRenderJob::compose() {
    const std::int64_t t0 = nowNs(), cpu0 = threadCpuNs();
    m_output = {};
    m_output.cancelled = m_cancelled;
    // A cancelled job's images may be half drawn: they are neither composed nor handed out.
    const bool paint = m_composeImage && !m_cancelled;
    QImage image;
    std::optional<QPainter> p;
    if (paint) {
        image = newImage();
        image.fill(m_background);
        p.emplace(&image);
    }
    for (Slot& s : m_slots) {
        LayerRenderResult r;
        r.layerId = s.id;
        r.name = s.name;
        r.milliseconds = s.milliseconds;
        r.error = s.failure.isEmpty() ? s.renderer->error() : s.failure;
        r.opacity = s.opacity;
        r.fromCache = s.fromCache;
        r.cpuMilliseconds = s.cpuMilliseconds;
        if (!s.image.isNull() && !m_cancelled) {
            if (p) {
                p->setOpacity(s.opacity);
                p->drawImage(QPointF(0, 0), s.image);
            }
            r.image = s.image;
        }
        if (s.legend && !m_cancelled)
            m_output.legends.push_back(*s.legend);
        m_output.layers.push_back(std::move(r));
    }
    p.reset();
    m_output.image = std::move(image);
    m_output.composeMilliseconds = static_cast<double>(nowNs() - t0) / 1e6;
    m_output.composeCpuMilliseconds = static_cast<double>(threadCpuNs() - cpu0) / 1e6;
    m_output.totalMilliseconds = static_cast<double>(nowNs() - m_startNs) / 1e6;
}

MapRenderOutput MapRenderJob::renderSync(const MapSettings& settings, const LayerStack& layers,
                                         bool decorations, const QColor& background,
                                         MapLayerCache* cache) {
    MapRenderJob job(settings, layers);
    job.setBackground(background);
    if (cache)
        job.m_pool = cache->bufferPool();
    job.m_startNs = nowNs();
    job.useCache(cache);
    std::vector<Slot*> order = job.workOrder(cache);
    QtConcurrent::blockingMap(order, [&job, cache](Slot* s) { job.renderSlot(*s, false, cache); });
    job.compose();
    MapRenderOutput out = std::move(job.m_output);
    if (decorations && !out.image.isNull()) {
        QPainter p(&out.image);
        MapDecorations::paint(p, settings, out.legends);
    }
    return out;
}

} // namespace eco::render
