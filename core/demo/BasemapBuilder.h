// BasemapBuilder: the vector basemap of the fictional city, built from CityFrame alone (the same
// map for every seed): district polygons with natural-looking wobbly edges, the four ring roads,
// radial arterials, a grid of minor streets in the core, streets in the industrial parks, a
// river crossing the city from NW to SE, two lakes and the park outlines. Features come out as
// WGS84 WKB (built with OGR) for basemap_features; the drivable roads also come out as a
// RoadNetwork graph for the monitoring vehicles.
#pragma once

#include "core/demo/CityFrame.h"
#include "core/demo/RoadNetwork.h"
#include "core/model/BasemapFeature.h"

#include <QPointF>

#include <vector>

namespace eco::demo {

struct Basemap {
    std::vector<model::BasemapFeature> features;
    RoadNetwork roads;
    std::vector<int> parkNodes; // the road node at the centre of each CityFrame park
};

class BasemapBuilder {
public:
    explicit BasemapBuilder(const CityFrame& frame) : m_frame(frame) {}

    Basemap build() const;

    // WKB (little endian, WGS84 lon/lat) of a line or a closed polygon given in local metres.
    QByteArray lineWkb(const std::vector<QPointF>& localM) const;
    QByteArray polygonWkb(const std::vector<QPointF>& localRing) const;

private:
    void addDistricts(Basemap& map) const;
    void addRoads(Basemap& map) const;
    void addWater(Basemap& map) const;
    void addParks(Basemap& map) const;
    const CityFrame& m_frame;
};

} // namespace eco::demo
