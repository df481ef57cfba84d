#include "core/trace/WindField.h"

#include <cmath>
#include <numbers>

namespace eco::trace {

namespace {
constexpr double kDeg = std::numbers::pi / 180.0;
}

double WindVector::speed() const {
    return std::hypot(u, v);
}

double WindVector::directionDeg() const {
    // The wind blows towards (u, v); it comes from the opposite bearing.
    double d = std::atan2(-u, -v) / kDeg;
    if (d < 0)
        d += 360;
    return d >= 360 ? d - 360 : d;
}

WindVector windFromMeteorological(double speed, double dirDeg) {
    return {-speed * std::sin(dirDeg * kDeg), -speed * std::cos(dirDeg * kDeg)};
}

void WindField::addHour(std::int64_t hourTs, std::vector<WindObservation> observations) {
    std::vector<Station> stations;
    stations.reserve(observations.size());
    for (const auto& o : observations)
        stations.push_back({o.positionM, windFromMeteorological(o.speedMs, o.directionDeg),
                            o.speedMs, o.directionDeg});
    m_hours[hourTs] = std::move(stations);
}

WindVector WindField::atHour(const std::vector<Station>& stations, QPointF p) const {
    double su = 0, sv = 0, sw = 0;
    for (const auto& o : stations) {
        const double dx = o.positionM.x() - p.x();
        const double dy = o.positionM.y() - p.y();
        const double d2 = dx * dx + dy * dy;
        const WindVector& w = o.wind;
        if (d2 < 1.0)
            return w; // on top of a station: its own wind
        const double weight = 1.0 / d2;
        su += weight * w.u;
        sv += weight * w.v;
        sw += weight;
    }
    if (sw <= 0)
        return {};
    return {su / sw, sv / sw};
}

WindVector WindField::at(QPointF p, std::int64_t ts) const {
    if (m_hours.empty())
        return {};
    auto hi = m_hours.lower_bound(ts);
    if (hi == m_hours.end())
        return atHour(std::prev(hi)->second, p);
    if (hi->first == ts || hi == m_hours.begin())
        return atHour(hi->second, p);
    const auto lo = std::prev(hi);
    const double f =
        static_cast<double>(ts - lo->first) / static_cast<double>(hi->first - lo->first);
    const WindVector a = atHour(lo->second, p);
    const WindVector b = atHour(hi->second, p);
    return {a.u + f * (b.u - a.u), a.v + f * (b.v - a.v)};
}

double WindField::directionSpreadDeg(std::int64_t ts) const {
    if (m_hours.empty())
        return 0;
    auto it = m_hours.lower_bound(ts);
    if (it == m_hours.end())
        it = std::prev(it);
    double s = 0, c = 0;
    int n = 0;
    for (const auto& o : it->second) {
        if (o.speedMs <= 0.2)
            continue; // calm: no direction
        s += std::sin(o.directionDeg * kDeg);
        c += std::cos(o.directionDeg * kDeg);
        ++n;
    }
    if (n == 0)
        return 180;
    const double r = std::min(1.0, std::hypot(s, c) / n);
    if (r <= 1e-9)
        return 180;
    return std::sqrt(-2 * std::log(r)) / kDeg;
}

} // namespace eco::trace
