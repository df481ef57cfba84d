// EnterpriseLayer: the regulated enterprises as small factory symbols, coloured by their status
// at the map time (EnterpriseStatus: online, alarm, offline, under task, not monitored) or by
// industry (a fixed palette in industry-name order, so colours are stable for a store). Zoomed
// out (coarser than kClusterAboveMetresPerPixel on the ground) they are grid-clustered
// (MarkerClusterer) into count bubbles in the colour of the most urgent status inside; a click on
// a bubble is a "cluster" hit carrying the members' lon/lat box to zoom to. Zoomed in (finer than
// kLabelBelowMetresPerPixel) they are labelled with their names, placed without overlaps
// (LabelPlacer), urgent ones first, in MapFonts' CJK font. The thresholds are ground metres per
// pixel, so the behaviour is the same in any display CRS; hit testing projects the markers the
// same way the renderer does (LayerProjector), so it works outside Web Mercator too.
#pragma once

#include "core/model/Enterprise.h"
#include "core/render/EnterpriseStatus.h"
#include "core/render/MapLayer.h"
#include "core/render/MarkerClusterer.h"
#include "core/render/SpatialGrid.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>
#include <mutex>
#include <vector>

namespace eco::render {

struct EnterpriseMarker {
    QString id;
    QString name;
    QString industry;
    QString district;
    QStringList tags;
    QPointF world; // Web Mercator metres
    int colourIndex = 0;
    EnterpriseStatus status = EnterpriseStatus::Unmonitored;
};

struct EnterpriseData {
    std::vector<EnterpriseMarker> enterprises;
    QStringList industries; // sorted; index = colour index
    SpatialGrid grid;
    geo::GeoRect lonLatExtent;
    bool hasStatus = false;
};

// What the layer shows for one view: the markers in the display CRS, clustered or not, labelled
// or not. The renderer and the hit test both build it, so they agree.
struct EnterpriseView {
    std::vector<QPointF> world; // per marker, display CRS (NaN when not transformable)
    double groundMetresPerPixel = 0;
    bool clustered = false;
    bool labelled = false;
    std::vector<MarkerCluster> clusters; // when clustered: every marker in one
};

class EnterpriseLayer : public MapLayer {
public:
    enum class Colouring { ByStatus, ByIndustry };

    // status: EnterpriseStatusLoader::load at the map time; empty: colour by industry.
    explicit EnterpriseLayer(const QList<model::Enterprise>& enterprises,
                             const QHash<QString, EnterpriseStatus>& status = {});

    std::unique_ptr<MapLayerRenderer> createRenderer(const MapSettings& settings) const override;
    std::optional<FeatureHit> hitTest(const MapSettings& settings, QPointF pixel,
                                      double radiusPx) const override;
    geo::GeoRect lonLatExtent() const override { return m_data->lonLatExtent; }
    const EnterpriseData& data() const { return *m_data; }

    Colouring colouring() const { return m_colouring; }
    void setColouring(Colouring c);
    // The view for these settings (throws nothing; NaN positions when the CRS fails).
    EnterpriseView viewFor(const MapSettings& settings) const;

    static QColor industryColour(int index);
    static constexpr double kSize = 12;                       // DIP
    static constexpr double kClusterCellPx = 56;              // DIP
    static constexpr double kClusterAboveMetresPerPixel = 12; // ~ zoom 13 and out
    static constexpr double kLabelBelowMetresPerPixel = 4;    // ~ zoom 15 and in
    // A count bubble's radius (DIP) for a cluster of n.
    static double bubbleRadius(int n);

private:
    std::shared_ptr<const EnterpriseData> m_data;
    Colouring m_colouring = Colouring::ByStatus;
};

} // namespace eco::render
