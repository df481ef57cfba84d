#include "core/trace/EventDetectors.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace eco::trace {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kMadToSigma = 1.4826;

double median(std::vector<double> v) {
    return quantile(std::move(v), 0.5);
}

double mad(const std::vector<double>& v) {
    if (v.empty())
        return kNaN;
    const double m = median(v);
    std::vector<double> dev;
    dev.reserve(v.size());
    for (const double x : v)
        dev.push_back(std::abs(x - m));
    return median(std::move(dev)) * kMadToSigma;
}

} // namespace

double quantile(std::vector<double> values, double q) {
    values.erase(
        std::remove_if(values.begin(), values.end(), [](double x) { return !std::isfinite(x); }),
        values.end());
    if (values.empty())
        return kNaN;
    std::sort(values.begin(), values.end());
    const double pos = std::clamp(q, 0.0, 1.0) * static_cast<double>(values.size() - 1);
    const auto lo = static_cast<size_t>(std::floor(pos));
    const size_t hi = std::min(lo + 1, values.size() - 1);
    return values[lo] + (pos - static_cast<double>(lo)) * (values[hi] - values[lo]);
}

std::vector<Spike> detectSpikes(std::span<const double> hourly, std::int64_t firstTs,
                                const SpikeOptions& o) {
    std::vector<Spike> out;
    const int minWindow = std::max(6, o.baselineHours / 2);
    for (size_t i = 0; i < hourly.size(); ++i) {
        const double v = hourly[i];
        if (!std::isfinite(v))
            continue;
        std::vector<double> window;
        const size_t from = i >= static_cast<size_t>(o.baselineHours)
                                ? i - static_cast<size_t>(o.baselineHours)
                                : 0;
        for (size_t j = from; j < i; ++j)
            if (std::isfinite(hourly[j]))
                window.push_back(hourly[j]);
        if (static_cast<int>(window.size()) < minWindow)
            continue;
        const double baseline = quantile(window, o.baselinePercentile);
        const double spread = mad(window);
        const double excess = v - baseline;
        if (excess > std::max(o.minExcessMad * spread, o.minExcessAbsolute))
            out.push_back({firstTs + static_cast<std::int64_t>(i) * 3600, v, baseline, excess});
    }
    return out;
}

std::vector<Hotspot> detectHotspots(std::span<const TrackSample> track, const HotspotOptions& o) {
    const size_t n = track.size();
    std::vector<bool> usable(n, false);
    // A sample counts only when the vehicle moves on both sides of it: at the edge of a stop a
    // centred estimate would still look like driving while the sensor breathes its own exhaust.
    const auto speed = [&](size_t a, size_t b) {
        const double dt = static_cast<double>(track[b].ts - track[a].ts);
        if (dt <= 0 || dt > 30)
            return -1.0; // no speed estimate across gaps
        return std::hypot(track[b].positionM.x() - track[a].positionM.x(),
                          track[b].positionM.y() - track[a].positionM.y()) /
               dt;
    };
    for (size_t i = 0; i < n; ++i) {
        if (!std::isfinite(track[i].value))
            continue;
        const double back = i > 0 ? speed(i - 1, i) : speed(i, std::min(i + 1, n - 1));
        const double ahead = i + 1 < n ? speed(i, i + 1) : back;
        usable[i] = std::min(back, ahead) >= o.minSpeedMs;
    }
    // Rolling median baseline, evaluated every `stride` samples and held in between: the
    // window is ~1,000 samples, so per-sample medians would cost 1,000x more for no gain.
    std::vector<double> baseline(n, kNaN);
    const int half = o.baselineSeconds / 2;
    const size_t stride = 15;
    size_t lo = 0, hi = 0;
    double current = kNaN;
    for (size_t i = 0; i < n; ++i) {
        if (i % stride == 0) {
            while (lo < n && track[lo].ts < track[i].ts - half)
                ++lo;
            while (hi < n && track[hi].ts <= track[i].ts + half)
                ++hi;
            std::vector<double> w;
            w.reserve(hi - lo);
            for (size_t j = lo; j < hi; ++j)
                if (usable[j])
                    w.push_back(track[j].value);
            current = w.size() >= 30 ? median(std::move(w)) : kNaN;
        }
        baseline[i] = current;
    }
    std::vector<double> residuals;
    for (size_t i = 0; i < n; ++i)
        if (usable[i] && std::isfinite(baseline[i]))
            residuals.push_back(track[i].value - baseline[i]);
    const double spread = mad(residuals);
    if (!std::isfinite(spread))
        return {};
    std::vector<bool> flagged(n, false);
    for (size_t i = 0; i < n; ++i) {
        if (!usable[i] || !std::isfinite(baseline[i]))
            continue;
        const double ex = track[i].value - baseline[i];
        flagged[i] = ex > std::max(o.minExcessMad * spread, o.minExcessFraction * baseline[i]);
    }
    // Close short gaps inside an encounter.
    for (size_t i = 0; i < n;) {
        if (!flagged[i]) {
            ++i;
            continue;
        }
        size_t j = i + 1;
        while (j < n && !flagged[j] && track[j].ts - track[i].ts <= o.mergeGapSeconds)
            ++j;
        if (j < n && flagged[j] && j > i + 1)
            for (size_t k = i + 1; k < j; ++k)
                flagged[k] = usable[k];
        i = j;
    }
    // Aggregate to road cells, counting separate passes.
    struct Cell {
        double sumX = 0, sumY = 0, sumW = 0, sumEx = 0, maxEx = 0;
        int samples = 0;
        int passes = 0;
        std::int64_t lastTs = 0;
        std::int64_t firstTs = 0;
        std::int64_t peakTs = 0;
    };
    QHash<quint64, Cell> cells;
    const auto key = [&](QPointF p) {
        const auto cx = static_cast<qint32>(std::floor(p.x() / o.cellM));
        const auto cy = static_cast<qint32>(std::floor(p.y() / o.cellM));
        return (static_cast<quint64>(static_cast<quint32>(cx)) << 32) | static_cast<quint32>(cy);
    };
    for (size_t i = 0; i < n; ++i) {
        if (!flagged[i])
            continue;
        Cell& c = cells[key(track[i].positionM)];
        const double ex = track[i].value - baseline[i];
        if (c.samples == 0)
            c.firstTs = track[i].ts;
        if (c.samples == 0 || track[i].ts - c.lastTs > o.passGapSeconds)
            ++c.passes;
        c.lastTs = track[i].ts;
        c.sumX += track[i].positionM.x() * ex;
        c.sumY += track[i].positionM.y() * ex;
        c.sumW += ex;
        c.sumEx += ex;
        if (c.samples == 0 || ex > c.maxEx)
            c.peakTs = track[i].ts;
        c.maxEx = std::max(c.maxEx, ex);
        ++c.samples;
    }
    // Join neighbouring repeated cells into one hotspot.
    QHash<quint64, bool> visited;
    std::vector<Hotspot> out;
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        if (it->passes < o.minPasses || visited.contains(it.key()))
            continue;
        Hotspot h;
        double sx = 0, sy = 0, sw = 0, se = 0;
        h.firstTs = std::numeric_limits<std::int64_t>::max();
        std::vector<quint64> stack{it.key()};
        visited.insert(it.key(), true);
        while (!stack.empty()) {
            const quint64 k = stack.back();
            stack.pop_back();
            const Cell& c = cells[k];
            sx += c.sumX;
            sy += c.sumY;
            sw += c.sumW;
            se += c.sumEx;
            if (c.maxEx > h.maxExcess || h.peakTs == 0)
                h.peakTs = c.peakTs;
            h.maxExcess = std::max(h.maxExcess, c.maxEx);
            h.passes = std::max(h.passes, c.passes);
            h.samples += c.samples;
            h.firstTs = std::min(h.firstTs, c.firstTs);
            h.lastTs = std::max(h.lastTs, c.lastTs);
            const auto cx = static_cast<qint32>(static_cast<quint32>(k >> 32));
            const auto cy = static_cast<qint32>(static_cast<quint32>(k & 0xffffffffu));
            for (int dx = -1; dx <= 1; ++dx)
                for (int dy = -1; dy <= 1; ++dy) {
                    const quint64 nk = (static_cast<quint64>(static_cast<quint32>(cx + dx)) << 32) |
                                       static_cast<quint32>(cy + dy);
                    const auto nit = cells.constFind(nk);
                    if (nit != cells.cend() && nit->passes >= o.minPasses &&
                        !visited.contains(nk)) {
                        visited.insert(nk, true);
                        stack.push_back(nk);
                    }
                }
        }
        if (sw <= 0)
            continue;
        h.centreM = QPointF(sx / sw, sy / sw);
        h.meanExcess = se / h.samples;
        out.push_back(h);
    }
    std::sort(out.begin(), out.end(),
              [](const Hotspot& a, const Hotspot& b) { return a.maxExcess > b.maxExcess; });
    return out;
}

std::vector<LidarPlume> detectLidarPlumes(const model::LidarScan& scan,
                                          const LidarPlumeOptions& o) {
    const int rays = scan.nrays();
    const int bins = scan.nbins;
    if (rays < 3 || bins < 1 ||
        scan.values.size() != static_cast<size_t>(rays) * static_cast<size_t>(bins))
        return {};
    std::vector<double> excess(static_cast<size_t>(rays * bins), 0.0);
    std::vector<bool> hot(excess.size(), false);
    // A cell far above its threshold: a plume close to its stack is only a cell or two wide, and
    // must not be dropped for being small.
    std::vector<bool> strong(excess.size(), false);
    for (int b = 0; b < bins; ++b) {
        std::vector<double> ring;
        for (int r = 0; r < rays; ++r)
            ring.push_back(scan.at(r, b));
        const double bg = median(ring);
        const double spread = mad(ring);
        for (int r = 0; r < rays; ++r) {
            const double ex = scan.at(r, b) - bg;
            const auto i = static_cast<size_t>(r * bins + b);
            excess[i] = ex;
            const double threshold = std::max(o.minExcessMad * spread, o.minExcessAbsolute);
            hot[i] = ex > threshold;
            strong[i] = ex > o.strongFactor * threshold;
        }
    }
    const double cosEl = std::cos(scan.elevationDeg * std::numbers::pi / 180.0);
    const auto position = [&](int r, int b) {
        const double range = (scan.rangeStartM + (b + 0.5) * scan.binM) * cosEl;
        const double az = scan.azimuths[static_cast<size_t>(r)] * std::numbers::pi / 180.0;
        return QPointF(range * std::sin(az), range * std::cos(az));
    };
    std::vector<bool> seen(hot.size(), false);
    std::vector<LidarPlume> out;
    for (int r0 = 0; r0 < rays; ++r0)
        for (int b0 = 0; b0 < bins; ++b0) {
            const auto i0 = static_cast<size_t>(r0 * bins + b0);
            if (!hot[i0] || seen[i0])
                continue;
            std::vector<std::pair<int, int>> cluster, stack{{r0, b0}};
            seen[i0] = true;
            while (!stack.empty()) {
                const auto [r, b] = stack.back();
                stack.pop_back();
                cluster.emplace_back(r, b);
                const std::pair<int, int> next[] = {
                    {(r + 1) % rays, b}, {(r + rays - 1) % rays, b}, {r, b + 1}, {r, b - 1}};
                for (const auto& [nr, nb] : next) {
                    if (nb < 0 || nb >= bins)
                        continue;
                    const auto ni = static_cast<size_t>(nr * bins + nb);
                    if (hot[ni] && !seen[ni]) {
                        seen[ni] = true;
                        stack.emplace_back(nr, nb);
                    }
                }
            }
            const bool anyStrong = std::any_of(cluster.begin(), cluster.end(), [&](const auto& c) {
                return strong[static_cast<size_t>(c.first * bins + c.second)];
            });
            if (static_cast<int>(cluster.size()) < o.minCells && !anyStrong)
                continue;
            LidarPlume p;
            p.cells = static_cast<int>(cluster.size());
            double sw = 0, sx = 0, sy = 0;
            for (const auto& [r, b] : cluster) {
                const double w = excess[static_cast<size_t>(r * bins + b)];
                const QPointF q = position(r, b);
                sw += w;
                sx += w * q.x();
                sy += w * q.y();
                if (w > p.maxExcess) {
                    p.maxExcess = w;
                    p.headM = q;
                }
            }
            p.centroidM = QPointF(sx / sw, sy / sw);
            double cxx = 0, cyy = 0, cxy = 0;
            for (const auto& [r, b] : cluster) {
                const double w = excess[static_cast<size_t>(r * bins + b)];
                const QPointF q = position(r, b) - p.centroidM;
                cxx += w * q.x() * q.x();
                cyy += w * q.y() * q.y();
                cxy += w * q.x() * q.y();
            }
            // Principal axis of the weighted cells, oriented from the centroid towards the head
            // (the concentrated end is nearest the source).
            const double angle = 0.5 * std::atan2(2 * cxy, cxx - cyy);
            QPointF axis(std::cos(angle), std::sin(angle));
            const QPointF toHead = p.headM - p.centroidM;
            if (axis.x() * toHead.x() + axis.y() * toHead.y() < 0)
                axis = -axis;
            double bearing = std::atan2(axis.x(), axis.y()) * 180.0 / std::numbers::pi;
            if (bearing < 0)
                bearing += 360;
            p.axisBearingDeg = bearing;
            out.push_back(p);
        }
    std::sort(out.begin(), out.end(),
              [](const LidarPlume& a, const LidarPlume& b) { return a.maxExcess > b.maxExcess; });
    return out;
}

std::vector<double> conditionalProbability(std::span<const WindSample> samples, int sectors,
                                           double percentile) {
    std::vector<double> values;
    for (const auto& s : samples)
        if (s.speedMs >= 0.5 && std::isfinite(s.value))
            values.push_back(s.value);
    std::vector<double> out(static_cast<size_t>(sectors), kNaN);
    if (values.empty() || sectors <= 0)
        return out;
    const double threshold = quantile(values, percentile);
    std::vector<int> total(static_cast<size_t>(sectors), 0), above(static_cast<size_t>(sectors), 0);
    const double width = 360.0 / sectors;
    for (const auto& s : samples) {
        if (s.speedMs < 0.5 || !std::isfinite(s.value))
            continue;
        double d = std::fmod(s.directionDeg + width / 2, 360.0);
        if (d < 0)
            d += 360;
        const auto k = std::min(static_cast<size_t>(d / width), static_cast<size_t>(sectors - 1));
        ++total[k];
        if (s.value > threshold)
            ++above[k];
    }
    for (size_t k = 0; k < out.size(); ++k)
        if (total[k] > 0)
            out[k] = static_cast<double>(above[k]) / total[k];
    return out;
}

} // namespace eco::trace
