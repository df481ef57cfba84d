// WeatherField: the atmosphere as the puff model reads it: the wind vector at a point, height and
// time, and the stability class, mixing height and air temperature at a time. The demo's
// WeatherModel implements it; tests implement it with a uniform wind to check the physics alone.
#pragma once

#include <QPointF>

namespace eco::demo {

// Pasquill-Gifford stability classes, most unstable first.
enum class Stability { A = 0, B, C, D, E, F };

class WeatherField {
public:
    virtual ~WeatherField() = default;
    // (east, north) wind in m/s at local metres (x, y), height z (m above ground), Unix time t.
    virtual QPointF windAt(double x, double y, double z, double t) const = 0;
    virtual Stability stabilityAt(double t) const = 0;
    virtual double mixingHeightAt(double t) const = 0; // metres
    virtual double temperatureKAt(double t) const = 0;
};

} // namespace eco::demo
