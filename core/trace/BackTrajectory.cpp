#include "core/trace/BackTrajectory.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace eco::trace {

std::vector<TrajectoryPoint> backTrajectory(const WindField& field, QPointF p, std::int64_t t0,
                                            double hours, double step, double factor) {
    std::vector<TrajectoryPoint> out;
    const int steps = static_cast<int>(std::ceil(hours * 3600 / step));
    out.reserve(static_cast<size_t>(steps) + 1);
    double travel = 0;
    double t = static_cast<double>(t0);
    out.push_back({t0, p, 0});
    for (int i = 0; i < steps; ++i) {
        // Backwards in time: move against the wind vector.
        WindVector w1 = field.at(p, static_cast<std::int64_t>(t));
        w1 = {w1.u * factor, w1.v * factor};
        const QPointF guess(p.x() - w1.u * step, p.y() - w1.v * step);
        WindVector w2 = field.at(guess, static_cast<std::int64_t>(t - step));
        w2 = {w2.u * factor, w2.v * factor};
        const QPointF next(p.x() - 0.5 * (w1.u + w2.u) * step, p.y() - 0.5 * (w1.v + w2.v) * step);
        travel += std::hypot(next.x() - p.x(), next.y() - p.y());
        p = next;
        t -= step;
        out.push_back({static_cast<std::int64_t>(std::llround(t)), p, travel});
    }
    return out;
}

double bearingDifferenceDeg(double a, double b) {
    double d = std::fmod(b - a, 360.0);
    if (d <= -180)
        d += 360;
    else if (d > 180)
        d -= 360;
    return d;
}

double bearingDeg(QPointF from, QPointF to) {
    double b = std::atan2(to.x() - from.x(), to.y() - from.y()) * 180.0 / std::numbers::pi;
    if (b < 0)
        b += 360;
    return b >= 360 ? b - 360 : b;
}

double coneWeight(double upwind, double candidate, double halfAngle) {
    const double sigma = std::max(halfAngle, 11.25);
    const double d = bearingDifferenceDeg(upwind, candidate);
    return std::exp(-0.5 * (d / sigma) * (d / sigma));
}

} // namespace eco::trace
