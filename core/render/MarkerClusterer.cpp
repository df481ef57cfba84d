#include "core/render/MarkerClusterer.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace eco::render {

std::vector<MarkerCluster> MarkerClusterer::cluster(std::span<const QPointF> world,
                                                    double cellWorld) {
    std::vector<MarkerCluster> out;
    if (!(cellWorld > 0))
        return out;
    QHash<std::uint64_t, std::size_t> cells;
    for (std::size_t i = 0; i < world.size(); ++i) {
        const QPointF p = world[i];
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
            continue;
        const auto cx = static_cast<std::int64_t>(std::floor(p.x() / cellWorld));
        const auto cy = static_cast<std::int64_t>(std::floor(p.y() / cellWorld));
        const std::uint64_t key = (static_cast<std::uint64_t>(cx) << 32) ^
                                  (static_cast<std::uint64_t>(cy) & 0xffffffffULL);
        auto it = cells.find(key);
        if (it == cells.end()) {
            it = cells.insert(key, out.size());
            out.emplace_back();
        }
        MarkerCluster& c = out[*it];
        c.members.push_back(static_cast<int>(i));
        c.bounds = c.bounds.including(p);
        c.centre += p;
    }
    for (MarkerCluster& c : out)
        c.centre /= static_cast<double>(c.members.size());
    return mergeNeighbours(std::move(out), cellWorld * kMergeFraction);
}

// Cells cut groups apart: two halves of one group in neighbouring cells would be two bubbles on
// top of each other. The biggest clusters, in turn, take in every cluster whose centre lies
// closer than `distance`; a weighted mean keeps the centre where the markers are.
std::vector<MarkerCluster> MarkerClusterer::mergeNeighbours(std::vector<MarkerCluster> clusters,
                                                            double distance) {
    std::vector<std::size_t> order(clusters.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return clusters[a].members.size() > clusters[b].members.size();
    });
    std::vector<bool> gone(clusters.size(), false);
    const double d2 = distance * distance;
    for (std::size_t oi = 0; oi < order.size(); ++oi) {
        const std::size_t i = order[oi];
        if (gone[i])
            continue;
        MarkerCluster& big = clusters[i];
        for (std::size_t oj = oi + 1; oj < order.size(); ++oj) {
            const std::size_t j = order[oj];
            if (gone[j])
                continue;
            const MarkerCluster& small = clusters[j];
            const QPointF d = small.centre - big.centre;
            if (d.x() * d.x() + d.y() * d.y() >= d2)
                continue;
            const auto nb = static_cast<double>(big.members.size());
            const auto ns = static_cast<double>(small.members.size());
            big.centre = (big.centre * nb + small.centre * ns) / (nb + ns);
            big.bounds = big.bounds.including({small.bounds.west, small.bounds.south})
                             .including({small.bounds.east, small.bounds.north});
            big.members.insert(big.members.end(), small.members.begin(), small.members.end());
            gone[j] = true;
        }
        std::sort(big.members.begin(), big.members.end());
    }
    std::vector<MarkerCluster> out;
    for (std::size_t i = 0; i < clusters.size(); ++i)
        if (!gone[i])
            out.push_back(std::move(clusters[i]));
    return out;
}

} // namespace eco::render
