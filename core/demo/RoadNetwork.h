// RoadNetwork: the demo city's drivable road graph in local metres (east, north): nodes at
// junctions, edges carrying the road's polyline, class and typical speed. The basemap draws the
// same roads; monitoring vehicles route over this graph (Dijkstra by travel time), and tests
// check that every fix stays on it.
#pragma once

#include <QPointF>
#include <QString>

#include <vector>

namespace eco::demo {

enum class RoadClass { Expressway, Ring, Arterial, Minor };

struct RoadEdge {
    int a = 0;
    int b = 0;
    std::vector<QPointF> path; // from node a to node b, both ends included
    double lengthM = 0;
    double speedKmh = 30; // typical free-flow speed
    RoadClass kind = RoadClass::Minor;
    QString name;
};

// One step of a route: an edge and the direction it is driven in.
struct RouteStep {
    int edge = 0;
    bool forward = true;
};

class RoadNetwork {
public:
    int addNode(QPointF p);
    // Adds an edge along path (its first and last points are moved onto the nodes' positions).
    int addEdge(int a, int b, std::vector<QPointF> path, RoadClass kind, double speedKmh,
                const QString& name);

    const std::vector<QPointF>& nodes() const { return m_nodes; }
    const std::vector<RoadEdge>& edges() const { return m_edges; }
    const std::vector<int>& edgesAt(int node) const {
        return m_adjacent[static_cast<size_t>(node)];
    }

    int nearestNode(QPointF p) const;
    // Fastest route (by free-flow travel time); empty when from == to or unreachable.
    std::vector<RouteStep> route(int from, int to) const;
    // Distance (m) from p to the nearest road centreline.
    double distanceToRoad(QPointF p) const;
    // True when every node can reach every other one.
    bool connected() const;

private:
    std::vector<QPointF> m_nodes;
    std::vector<RoadEdge> m_edges;
    std::vector<std::vector<int>> m_adjacent; // edge indices per node
};

} // namespace eco::demo
