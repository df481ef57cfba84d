// MapCanvas: the map widget. It holds the current MapSettings and the layer stack, renders through
// core's MapRenderJob and shows what core's MapLayerCache holds: while the user pans or zooms it
// paints each layer's newest cached image moved and scaled to the new view at once, cancels the
// render in flight (a cancelled job's images never reach the cache, so they never show), and
// renders the new view in the background; layers come back one by one (MapRenderJob's
// layerFinished) and replace their old image as each finishes, so there is never an empty frame.
// Opacity and order are applied when painting, so changing them costs no render; a time change
// re-renders only the layers whose dependsOnTime() says so, the others stay cached. Interaction:
// drag and arrow keys pan, the wheel zooms about the cursor, Shift+drag (or the box tool) zooms to
// a box, hovering shows a tooltip (debounced hit test), a click selects (highlighted,
// featureClicked), the measurement tools measure geodesic distance and area, F12 shows frame times.
// Decorations (scale bar, north arrow, legends) are painted by the widget at its device pixel ratio
// so they stay put while the map moves.
#pragma once

#include "core/geo/GeoRect.h"
#include "core/render/MapLayer.h"
#include "core/render/MapLayerCache.h"
#include "core/render/MapRenderJob.h"
#include "core/render/MapSettings.h"
#include "ui/map/MapTool.h"

#include <QColor>
#include <QElapsedTimer>
#include <QHash>
#include <QTimer>
#include <QWidget>

#include <deque>
#include <memory>
#include <optional>
#include <vector>

namespace eco::geo {
class CrsTransform;
}

namespace eco::ui {

class MapCanvas : public QWidget {
    Q_OBJECT
public:
    explicit MapCanvas(QWidget* parent = nullptr);
    ~MapCanvas() override;

    // --- layers (bottom first; shared with the layer list) ---
    void setLayers(std::vector<std::shared_ptr<render::MapLayer>> layers, const QColor& background);
    const std::vector<std::shared_ptr<render::MapLayer>>& layers() const { return m_layers; }
    QColor background() const { return m_background; }
    // Adds on top, or replaces the layer with the same id in place (keeping its position).
    void addLayer(std::shared_ptr<render::MapLayer> layer);
    bool removeLayer(const QString& id);
    std::shared_ptr<render::MapLayer> layer(const QString& id) const;
    // New bottom-first order by id; ids not listed keep their relative order at the bottom.
    void setLayerOrder(const QStringList& bottomFirstIds);

    // --- view ---
    // Extent in the destination CRS (Web Mercator metres).
    void setExtent(const geo::GeoRect& extent);
    void setFullExtent(const geo::GeoRect& extent) { m_fullExtent = extent; }
    void zoomToLonLatRect(const geo::GeoRect& lonLat);
    // Centres on a WGS84 point; scaleDenominator (1:N at 96 DPI) keeps the scale when absent.
    void centerOn(double lon, double lat, std::optional<double> scaleDenominator = std::nullopt);
    double scaleDenominator() const;
    // The visible extent in WGS84 lon/lat.
    geo::GeoRect lonLatExtent() const;
    void setTime(std::int64_t ts);
    const render::MapSettings& settings() const { return m_settings; }
    QPointF lonLatToPixel(QPointF lonLat) const;
    QPointF pixelToLonLat(QPointF pixel) const;

    // A message shown over the map (an empty or missing store); empty hides it.
    void setMessage(const QString& message);
    QString message() const { return m_message; }

    // --- selection, tools, overlays ---
    void setSelection(const std::optional<render::FeatureHit>& hit);
    const std::optional<render::FeatureHit>& selection() const { return m_selection; }
    void setTool(MapTool tool);
    MapTool tool() const { return m_tool; }
    const std::vector<QPointF>& measurePoints() const { return m_measure; } // lon/lat
    // "12.3 km" or "4.56 km², perimeter 8.9 km"; empty without a measurement.
    QString measurementText() const;
    void clearMeasurement();
    bool isFpsOverlayVisible() const { return m_showFps; }
    void setFpsOverlayVisible(bool on);
    QString hoverText() const { return m_hoverText; }

    // --- render state ---
    // The last finished render composed from the per-layer cache (built on demand).
    const render::MapRenderOutput& lastOutput() const;
    bool isRendering() const { return (m_job && m_job->isActive()) || m_renderTimer.isActive(); }
    int finishedRenders() const { return m_finished; }
    // How many layer images were rendered since construction (the cache saves the rest).
    int layerRenders() const { return m_layerRenders; }
    // The layer images: what is shown, and their memory (stats()).
    const render::MapLayerCache& layerCache() const { return *m_cache; }

public slots:
    // Re-reads layer visibility and opacity; renders what is missing.
    void refresh();
    void zoomIn();
    void zoomOut();
    void zoomToFullExtent();

signals:
    void renderFinished();
    void layerRendered(const QString& layerId);
    void featureClicked(const eco::render::FeatureHit& hit);
    void featureHovered(const eco::render::FeatureHit& hit);
    void nothingClicked();
    void cursorMoved(QPointF lonLat);
    void renderSummary(const QString& text);
    void viewChanged();
    void measurementChanged(const QString& text);
    void toolChanged(eco::ui::MapTool tool);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void scheduleRender(bool debounce);
    void startRender();
    // Drawn or tried for the current view and time.
    bool upToDate(const render::MapLayer& layer) const;
    bool needsRender() const;
    void retireJob();
    void layerDone(int index);
    void jobFinished();
    // What to paint for each visible layer, bottom first: its image for the current view, else
    // its newest one (moved and scaled when painted); with the legends of those images.
    std::vector<render::LayerImage> shownLayers(QList<render::Legend>* legends = nullptr) const;
    void updateSettings(const render::MapSettings& s);
    void userMoved(const render::MapSettings& s);
    std::optional<render::FeatureHit> hitTestAt(QPointF pos) const;
    void hover();
    void finishMeasurement();

    void paintLayers(QPainter& p) const;
    // Draws an image rendered for view `from` where it falls in the current view.
    void drawMoved(QPainter& p, const QImage& image, const render::MapSettings& from) const;
    void invalidateComposite() {
        m_compositeValid = false;
        m_outputDirty = true;
    }
    void paintSelection(QPainter& p) const;
    void paintMeasurement(QPainter& p) const;
    void paintFpsOverlay(QPainter& p);

    std::vector<std::shared_ptr<render::MapLayer>> m_layers;
    QColor m_background{0xf3, 0xf1, 0xec};
    render::MapSettings m_settings;
    geo::GeoRect m_fullExtent;
    std::shared_ptr<render::MapLayerCache> m_cache = std::make_shared<render::MapLayerCache>();
    std::unique_ptr<render::MapRenderJob> m_job;         // the render in flight or the last one
    QHash<QString, render::LayerCacheKey> m_jobKeys;     // what m_job was asked to draw
    QHash<QString, render::LayerCacheKey> m_attempted;   // last finished attempt per layer
    QHash<QString, render::LayerRenderResult> m_results; // times and errors, without images
    QTimer m_renderTimer;
    mutable QImage m_composite;
    mutable render::MapSettings m_compositeSettings;
    mutable std::vector<std::pair<qint64, double>> m_compositeSignature;
    mutable bool m_compositeValid = false;
    mutable render::MapRenderOutput m_output;
    mutable bool m_outputDirty = true;
    double m_lastRenderMs = 0;
    QElapsedTimer m_renderClock;
    QString m_message;

    MapTool m_tool = MapTool::Pan;
    QPointF m_pressPos;
    QPointF m_lastDragPos;
    bool m_dragging = false;
    bool m_boxing = false;
    QPointF m_boxEnd;
    bool m_userMoved = false; // until then a resize refits the extent instead of keeping the scale

    std::optional<render::FeatureHit> m_selection;
    QTimer m_hoverTimer;
    QPointF m_hoverPos;
    QString m_hoverText;

    std::vector<QPointF> m_measure; // lon/lat vertices
    bool m_measureDone = false;
    std::optional<QPointF> m_measureCursor; // lon/lat of the rubber-band end

    bool m_showFps = false;
    QElapsedTimer m_clock;
    std::deque<qint64> m_frameStamps; // ns, the last second of paints
    double m_lastPaintMs = 0;

    mutable std::unique_ptr<geo::CrsTransform> m_toLonLat; // for non-Mercator display CRSs

    int m_finished = 0;
    int m_layerRenders = 0;
};

} // namespace eco::ui
