// WindField: hourly station winds interpolated in space by inverse-distance weighting (power 2)
// of the u, v components — never of the direction, which would average 350 and 10 degrees to
// 180 — and linearly in time between hours. Positions are local metres (east, north).
#pragma once

#include <QPointF>

#include <cstdint>
#include <map>
#include <vector>

namespace eco::trace {

struct WindObservation {
    QPointF positionM;
    double speedMs = 0;
    double directionDeg = 0; // meteorological: where the wind comes FROM
};

struct WindVector {
    double u = 0; // towards east, m/s
    double v = 0; // towards north, m/s
    double speed() const;
    double directionDeg() const; // meteorological, [0, 360)
};

WindVector windFromMeteorological(double speedMs, double directionDeg);

class WindField {
public:
    void addHour(std::int64_t hourTs, std::vector<WindObservation> observations);
    bool empty() const { return m_hours.empty(); }
    // Interpolated wind; outside the covered hours the nearest hour is used.
    WindVector at(QPointF positionM, std::int64_t ts) const;
    // Circular standard deviation of the station directions near ts (degrees): how much the
    // wind disagrees across the city, used to widen the upwind cone.
    double directionSpreadDeg(std::int64_t ts) const;

private:
    // Components are computed once per observation: the interpolation runs for every candidate
    // of every event and must not redo the trigonometry.
    struct Station {
        QPointF positionM;
        WindVector wind;
        double speedMs = 0;
        double directionDeg = 0;
    };
    WindVector atHour(const std::vector<Station>& stations, QPointF p) const;
    std::map<std::int64_t, std::vector<Station>> m_hours;
};

} // namespace eco::trace
