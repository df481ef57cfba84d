#include "core/render/MapLayerCache.h"

#include "core/render/MapLayer.h"

#include <QMutexLocker>

#include <algorithm>

namespace eco::render {

LayerCacheKey LayerCacheKey::of(const MapLayer& layer, const MapSettings& s) {
    return {layer.id(),           &layer,
            layer.revision(),     s.visibleExtent(),
            s.deviceOutputSize(), s.devicePixelRatio(),
            s.destinationCrs(),   layer.dependsOnTime() ? s.time() : 0};
}

MapLayerCache::MapLayerCache(qint64 budgetBytes) : m_budget(std::max<qint64>(0, budgetBytes)) {}

std::optional<CachedLayer> MapLayerCache::find(const LayerCacheKey& key) {
    const QMutexLocker lock(&m_mutex);
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [&](const CachedLayer& e) { return e.key == key; });
    if (it == m_entries.end()) {
        ++m_misses;
        return std::nullopt;
    }
    ++m_hits;
    m_entries.splice(m_entries.begin(), m_entries, it);
    return m_entries.front();
}

std::optional<CachedLayer> MapLayerCache::peek(const LayerCacheKey& key) const {
    const QMutexLocker lock(&m_mutex);
    for (const CachedLayer& e : m_entries)
        if (e.key == key)
            return e;
    return std::nullopt;
}

void MapLayerCache::insert(CachedLayer entry) {
    const QMutexLocker lock(&m_mutex);
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [&](const CachedLayer& e) { return e.key == entry.key; });
    if (it != m_entries.end()) {
        m_bytes -= it->bytes();
        m_entries.erase(it);
    }
    if (entry.image.isNull() || entry.bytes() > m_budget)
        return;
    m_bytes += entry.bytes();
    m_entries.push_front(std::move(entry));
    evictLocked();
    m_peak = std::max(m_peak, m_bytes);
}

std::optional<CachedLayer> MapLayerCache::newest(const QString& layerId) const {
    const QMutexLocker lock(&m_mutex);
    // Most recently used first; the newest store of an id is at or near the front.
    for (const CachedLayer& e : m_entries)
        if (e.key.layerId == layerId)
            return e;
    return std::nullopt;
}

QStringList MapLayerCache::layerIds() const {
    const QMutexLocker lock(&m_mutex);
    QStringList ids;
    for (const CachedLayer& e : m_entries)
        if (!ids.contains(e.key.layerId))
            ids << e.key.layerId;
    return ids;
}

void MapLayerCache::remove(const QString& layerId) {
    const QMutexLocker lock(&m_mutex);
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->key.layerId == layerId) {
            m_bytes -= it->bytes();
            it = m_entries.erase(it);
        } else {
            ++it;
        }
    }
}

void MapLayerCache::clear() {
    const QMutexLocker lock(&m_mutex);
    m_entries.clear();
    m_bytes = 0;
}

void MapLayerCache::noteCost(const QString& layerId, double cpuMilliseconds) {
    const QMutexLocker lock(&m_mutex);
    const auto it = m_costs.find(layerId);
    if (it == m_costs.end())
        m_costs.insert(layerId, cpuMilliseconds);
    else
        *it = 0.5 * *it + 0.5 * cpuMilliseconds;
}

double MapLayerCache::costHint(const QString& layerId) const {
    const QMutexLocker lock(&m_mutex);
    return m_costs.value(layerId, 0.0);
}

void MapLayerCache::setBudget(qint64 budgetBytes) {
    const QMutexLocker lock(&m_mutex);
    m_budget = std::max<qint64>(0, budgetBytes);
    evictLocked();
}

LayerCacheStats MapLayerCache::stats() const {
    const QMutexLocker lock(&m_mutex);
    return {m_bytes, m_peak,   m_budget,   static_cast<int>(m_entries.size()),
            m_hits,  m_misses, m_evictions};
}

void MapLayerCache::evictLocked() {
    while (m_bytes > m_budget && !m_entries.empty()) {
        m_bytes -= m_entries.back().bytes();
        m_entries.pop_back();
        ++m_evictions;
    }
}

} // namespace eco::render
