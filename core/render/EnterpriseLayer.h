// EnterpriseLayer: the regulated enterprises as small factory symbols tinted by industry (each
// industry present gets a colour of a fixed palette in name order, so colours are stable for a
// store), drawn as sprites, with a spatial grid for clicks.
#pragma once

#include "core/model/Enterprise.h"
#include "core/render/MapLayer.h"
#include "core/render/SpatialGrid.h"

#include <QColor>
#include <QList>
#include <QStringList>

#include <memory>
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
};

struct EnterpriseData {
    std::vector<EnterpriseMarker> enterprises;
    QStringList industries; // sorted; index = colour index
    SpatialGrid grid;
    geo::GeoRect lonLatExtent;
};

class EnterpriseLayer : public MapLayer {
public:
    explicit EnterpriseLayer(const QList<model::Enterprise>& enterprises);

    std::unique_ptr<MapLayerRenderer> createRenderer(const MapSettings& settings) const override;
    std::optional<FeatureHit> hitTest(const MapSettings& settings, QPointF pixel,
                                      double radiusPx) const override;
    geo::GeoRect lonLatExtent() const override { return m_data->lonLatExtent; }
    const EnterpriseData& data() const { return *m_data; }

    static QColor industryColour(int index);
    static constexpr double kSize = 12; // DIP

private:
    std::shared_ptr<const EnterpriseData> m_data;
};

} // namespace eco::render
