// MapLayer: one layer of the map (basemap, raster, stations, ...). The layer owns its data as an
// immutable snapshot and its display state (visibility, opacity), both touched only on the
// thread that owns the layer (the GUI thread). For each render it hands out a MapLayerRenderer
// that carries what it needs (a shared_ptr to the snapshot, copies of the style) and paints on a
// worker thread without touching the layer. This is QGIS's split, and it is what makes a render
// cancellable and safe while the user keeps working.
#pragma once

#include "core/geo/GeoRect.h"
#include "core/render/MapLayerRenderer.h"

#include <QPointF>
#include <QString>
#include <QVariantMap>

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>

namespace eco::render {

class MapSettings;

// What a click found: which layer, which feature, and the few attributes the layer knows.
struct FeatureHit {
    QString layerId;
    QString kind; // "site", "enterprise", ...
    QString featureId;
    QString name;
    QPointF world;          // feature position in the settings' CRS
    double distancePx = 0;  // from the click
    QVariantMap attributes; // layer-specific, for the details panel
};

class MapLayer {
public:
    MapLayer(QString id, QString name) : m_id(std::move(id)), m_name(std::move(name)) {}
    virtual ~MapLayer() = default;
    MapLayer(const MapLayer&) = delete;
    MapLayer& operator=(const MapLayer&) = delete;

    QString id() const { return m_id; }
    QString name() const { return m_name; }
    void setName(const QString& name) { m_name = name; }
    bool isVisible() const { return m_visible; }
    void setVisible(bool v) { m_visible = v; }
    double opacity() const { return m_opacity; }
    void setOpacity(double o) { m_opacity = o < 0 ? 0 : (o > 1 ? 1 : o); }

    // Called on the owning thread; the renderer then runs on a worker.
    virtual std::unique_ptr<MapLayerRenderer> createRenderer(const MapSettings& settings) const = 0;
    // The nearest feature within radiusPx of pixel, if the layer has clickable features.
    virtual std::optional<FeatureHit> hitTest(const MapSettings&, QPointF, double) const {
        return std::nullopt;
    }
    // Extent of the layer's data in lon/lat (WGS84), invalid when unknown or empty.
    virtual geo::GeoRect lonLatExtent() const { return {}; }
    // Why the layer has nothing to show (load failure), empty when fine.
    QString loadError() const { return m_loadError; }

    // True when the image depends on MapSettings::time(): a cached image of such a layer is
    // reused only for the same time, while the others are kept when only the time changes.
    virtual bool dependsOnTime() const { return false; }
    // Bumped whenever the layer's data or style changes, so a cached image of an older revision
    // is never shown. Opacity is applied when composing and does not count.
    // Revisions are unique in the process, so a layer that replaces another under the same id
    // (a reload) never matches the old one's images.
    std::uint64_t revision() const { return m_revision; }
    void bumpRevision() { m_revision = nextRevision(); }

    // The datum the layer's lon/lat were given in. Chinese web-map data comes in GCJ-02 or
    // BD-09; the layer's renderer corrects it to WGS84 when it draws (LayerProjector).
    enum class LonLatDatum { Wgs84, Gcj02, Bd09 };
    LonLatDatum lonLatDatum() const { return m_datum; }
    void setLonLatDatum(LonLatDatum d) {
        if (d != m_datum) {
            m_datum = d;
            bumpRevision();
        }
    }

protected:
    void setLoadError(const QString& e) { m_loadError = e; }

private:
    QString m_id;
    QString m_name;
    bool m_visible = true;
    double m_opacity = 1.0;
    QString m_loadError;
    static std::uint64_t nextRevision() {
        static std::atomic<std::uint64_t> counter{0};
        return ++counter;
    }
    std::uint64_t m_revision = nextRevision();
    LonLatDatum m_datum = LonLatDatum::Wgs84;
};

} // namespace eco::render
