// MapCanvas: the map widget. It holds the current MapSettings, pans with a mouse drag and the
// arrow keys, zooms with the wheel about the cursor (and +/-), and starts a MapRenderJob whenever
// the view or the layers change. While a job runs it shows the last finished image moved and
// scaled to the new view at once, then swaps in the new image: the simple form of DESIGN.md's
// per-layer cache. Decorations (scale bar, north arrow, legends) are painted by the widget so
// they stay put while the map moves. Clicks are hit-tested against the layers, top first.
#pragma once

#include "core/render/Legend.h"
#include "core/render/MapLayer.h"
#include "core/render/MapRenderJob.h"
#include "core/render/MapSettings.h"

#include <QColor>
#include <QImage>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <vector>

namespace eco::ui {

class MapCanvas : public QWidget {
    Q_OBJECT
public:
    explicit MapCanvas(QWidget* parent = nullptr);
    ~MapCanvas() override;

    // Layers bottom first; the canvas shares them with the layer list.
    void setLayers(std::vector<std::shared_ptr<render::MapLayer>> layers, const QColor& background);
    const std::vector<std::shared_ptr<render::MapLayer>>& layers() const { return m_layers; }
    // Extent in the destination CRS (Web Mercator metres).
    void setExtent(const geo::GeoRect& extent);
    void setFullExtent(const geo::GeoRect& extent) { m_fullExtent = extent; }
    void setTime(std::int64_t ts);
    const render::MapSettings& settings() const { return m_settings; }
    // A message shown over the map (an empty or missing store); empty hides it.
    void setMessage(const QString& message);
    QString message() const { return m_message; }

    // The image of the last finished render and its per-layer results.
    const render::MapRenderOutput& lastOutput() const { return m_output; }
    bool isRendering() const { return m_job != nullptr; }
    int finishedRenders() const { return m_finished; }

public slots:
    // Re-reads layer visibility and opacity and renders again.
    void refresh();
    void zoomIn();
    void zoomOut();
    void zoomToFullExtent();

signals:
    void renderFinished();
    void featureClicked(const eco::render::FeatureHit& hit);
    void nothingClicked();
    void cursorMoved(QPointF lonLat);
    void renderSummary(const QString& text);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void scheduleRender();
    void startRender();
    void jobFinished();
    void updateSettings(const render::MapSettings& s);
    void userMoved(const render::MapSettings& s);
    void hitTest(QPointF pos);

    std::vector<std::shared_ptr<render::MapLayer>> m_layers;
    QColor m_background{0xf3, 0xf1, 0xec};
    render::MapSettings m_settings;
    geo::GeoRect m_fullExtent;
    std::unique_ptr<render::MapRenderJob> m_job;
    QTimer m_renderTimer;
    render::MapRenderOutput m_output;
    render::MapSettings m_outputSettings;
    QString m_message;
    QPointF m_pressPos;
    QPointF m_lastDragPos;
    bool m_dragging = false;
    bool m_userMoved = false; // until then a resize refits the extent instead of keeping the scale
    int m_finished = 0;
};

} // namespace eco::ui
