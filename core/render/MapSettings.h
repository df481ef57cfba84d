// MapSettings: everything a render needs to know about the view, as a value: the extent in the
// destination CRS, the output size in device-independent pixels, the device pixel ratio, the
// destination CRS, the map time and the ids of the visible layers. A render job copies it, so
// the canvas may change its own copy while a job is running. The extent given is fitted to the
// output's aspect ratio (centre kept, same units per pixel on both axes): visibleExtent() is
// what is actually drawn.
#pragma once

#include "core/geo/GeoRect.h"

#include <QPointF>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QTransform>

#include <cstdint>

namespace eco::render {

class MapSettings {
public:
    static constexpr const char* kDefaultCrs = "EPSG:3857";

    MapSettings() = default;

    // The extent to show (destination CRS units); widened on one axis to fit the output.
    void setExtent(const geo::GeoRect& extent);
    geo::GeoRect extent() const { return m_extent; }
    geo::GeoRect visibleExtent() const { return m_visible; }

    void setOutputSize(QSize dipSize);
    QSize outputSize() const { return m_size; }
    void setDevicePixelRatio(double dpr);
    double devicePixelRatio() const { return m_dpr; }
    // Size of the images the layers paint into: outputSize * devicePixelRatio, rounded.
    QSize deviceOutputSize() const;

    void setDestinationCrs(const QString& crs) { m_crs = crs; }
    QString destinationCrs() const { return m_crs; }
    bool isWebMercator() const;

    void setTime(std::int64_t ts) { m_time = ts; }
    std::int64_t time() const { return m_time; }

    void setVisibleLayers(const QStringList& ids) { m_layers = ids; }
    QStringList visibleLayers() const { return m_layers; }
    bool isLayerVisible(const QString& id) const { return m_layers.contains(id); }

    bool hasValidExtent() const { return m_visible.isValid() && !m_size.isEmpty(); }
    // Map units per device-independent pixel.
    double mapUnitsPerPixel() const { return m_mupp; }

    // World (destination CRS) <-> device-independent pixel, y down, origin top-left.
    QPointF worldToPixel(QPointF world) const;
    QPointF pixelToWorld(QPointF pixel) const;
    // The same mapping as a QTransform (world -> DIP), for painting paths.
    QTransform worldToPixelTransform() const;

    // Derived views for interaction: the same settings moved or zoomed.
    MapSettings pannedByPixels(QPointF deltaPixels) const;
    // factor > 1 zooms in; the world point under anchorPixel stays under it.
    MapSettings zoomedAbout(QPointF anchorPixel, double factor) const;

    // Same view, same layers and time (what a cached image can be reused for).
    bool sameView(const MapSettings& o) const;
    friend bool operator==(const MapSettings&, const MapSettings&) = default;

private:
    void update();

    geo::GeoRect m_extent;
    geo::GeoRect m_visible;
    QSize m_size{800, 600};
    double m_dpr = 1.0;
    QString m_crs = QString::fromLatin1(kDefaultCrs);
    std::int64_t m_time = 0;
    QStringList m_layers;
    double m_mupp = 0;
};

} // namespace eco::render
