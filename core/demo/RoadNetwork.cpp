#include "core/demo/RoadNetwork.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

namespace eco::demo {

namespace {

double segmentDistance(QPointF p, QPointF a, QPointF b) {
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    return std::hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy));
}

} // namespace

int RoadNetwork::addNode(QPointF p) {
    m_nodes.push_back(p);
    m_adjacent.emplace_back();
    return static_cast<int>(m_nodes.size()) - 1;
}

int RoadNetwork::addEdge(int a, int b, std::vector<QPointF> path, RoadClass kind, double speedKmh,
                         const QString& name) {
    if (path.size() < 2)
        path = {m_nodes[static_cast<size_t>(a)], m_nodes[static_cast<size_t>(b)]};
    path.front() = m_nodes[static_cast<size_t>(a)];
    path.back() = m_nodes[static_cast<size_t>(b)];
    RoadEdge e{a, b, std::move(path), 0.0, speedKmh, kind, name};
    for (size_t i = 1; i < e.path.size(); ++i)
        e.lengthM +=
            std::hypot(e.path[i].x() - e.path[i - 1].x(), e.path[i].y() - e.path[i - 1].y());
    m_edges.push_back(std::move(e));
    const int id = static_cast<int>(m_edges.size()) - 1;
    m_adjacent[static_cast<size_t>(a)].push_back(id);
    if (b != a)
        m_adjacent[static_cast<size_t>(b)].push_back(id);
    return id;
}

int RoadNetwork::nearestNode(QPointF p) const {
    int best = -1;
    double bestD = std::numeric_limits<double>::max();
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        const double d = std::hypot(m_nodes[i].x() - p.x(), m_nodes[i].y() - p.y());
        if (d < bestD) {
            bestD = d;
            best = static_cast<int>(i);
        }
    }
    return best;
}

std::vector<RouteStep> RoadNetwork::route(int from, int to) const {
    std::vector<RouteStep> out;
    if (from == to || from < 0 || to < 0)
        return out;
    const size_t n = m_nodes.size();
    std::vector<double> cost(n, std::numeric_limits<double>::infinity());
    std::vector<int> via(n, -1);
    using Item = std::pair<double, int>;
    std::priority_queue<Item, std::vector<Item>, std::greater<>> queue;
    cost[static_cast<size_t>(from)] = 0;
    queue.emplace(0.0, from);
    while (!queue.empty()) {
        const auto [c, node] = queue.top();
        queue.pop();
        if (c > cost[static_cast<size_t>(node)])
            continue;
        if (node == to)
            break;
        for (const int ei : m_adjacent[static_cast<size_t>(node)]) {
            const RoadEdge& e = m_edges[static_cast<size_t>(ei)];
            const int other = e.a == node ? e.b : e.a;
            const double next = c + e.lengthM / (e.speedKmh / 3.6);
            if (next < cost[static_cast<size_t>(other)]) {
                cost[static_cast<size_t>(other)] = next;
                via[static_cast<size_t>(other)] = ei;
                queue.emplace(next, other);
            }
        }
    }
    if (via[static_cast<size_t>(to)] < 0)
        return out;
    for (int node = to; node != from;) {
        const RoadEdge& e = m_edges[static_cast<size_t>(via[static_cast<size_t>(node)])];
        const bool forward = e.b == node;
        out.push_back({via[static_cast<size_t>(node)], forward});
        node = forward ? e.a : e.b;
    }
    std::reverse(out.begin(), out.end());
    return out;
}

double RoadNetwork::distanceToRoad(QPointF p) const {
    double best = std::numeric_limits<double>::max();
    for (const RoadEdge& e : m_edges)
        for (size_t i = 1; i < e.path.size(); ++i)
            best = std::min(best, segmentDistance(p, e.path[i - 1], e.path[i]));
    return best;
}

bool RoadNetwork::connected() const {
    if (m_nodes.empty())
        return true;
    std::vector<char> seen(m_nodes.size(), 0);
    std::vector<int> stack{0};
    seen[0] = 1;
    size_t count = 1;
    while (!stack.empty()) {
        const int node = stack.back();
        stack.pop_back();
        for (const int ei : m_adjacent[static_cast<size_t>(node)]) {
            const RoadEdge& e = m_edges[static_cast<size_t>(ei)];
            const int other = e.a == node ? e.b : e.a;
            if (!seen[static_cast<size_t>(other)]) {
                seen[static_cast<size_t>(other)] = 1;
                ++count;
                stack.push_back(other);
            }
        }
    }
    return count == m_nodes.size();
}

} // namespace eco::demo
