// MapLayerRenderer: paints one layer for one render into that layer's own image, on a worker
// thread. It owns everything it reads (snapshots are shared_ptr<const ...>), checks the cancel
// flag between features, and reports failure through error() instead of throwing, so one broken
// layer never stops the others. After the render, legend() describes what was drawn (a raster's
// ramp knows its min/max only then).
#pragma once

#include "core/render/Legend.h"

#include <QImage>
#include <QString>

#include <atomic>
#include <optional>

namespace eco::render {

class MapSettings;

struct RenderContext {
    const MapSettings& settings;
    const std::atomic_bool& cancelled;
    bool isCancelled() const { return cancelled.load(std::memory_order_relaxed); }
};

class MapLayerRenderer {
public:
    virtual ~MapLayerRenderer() = default;
    // image: device-size ARGB32_Premultiplied, transparent, its devicePixelRatio set, so a
    // QPainter on it works in device-independent pixels.
    virtual void render(QImage& image, const RenderContext& ctx) = 0;
    QString error() const { return m_error; }
    virtual std::optional<Legend> legend() const { return std::nullopt; }

protected:
    void setError(const QString& e) { m_error = e; }

private:
    QString m_error;
};

} // namespace eco::render
