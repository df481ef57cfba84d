// WeatherModel: the demo city's weather, deterministic per seed. Hourly synoptic state (wind
// direction with persistence and day-to-day change, a diurnal speed cycle, temperature, humidity,
// cloud, solar elevation, Pasquill-Turner stability, mixing height) plus, below the hour, a
// meandering wind: an Ornstein-Uhlenbeck perturbation of direction and speed at one-minute
// resolution, and a smooth spatial variation across the city (urban drag, terrain-like veering).
#pragma once

#include "core/demo/WeatherField.h"

#include <QPointF>

#include <cstdint>
#include <vector>

namespace eco::demo {

struct WeatherHour {
    std::int64_t ts = 0;    // start of the hour (UTC seconds)
    double windFromDeg = 0; // city-mean 10 m wind, meteorological (blowing from)
    double windSpeedMs = 0; // city-mean 10 m speed
    double tempC = 0;
    double rhPct = 0;
    double cloud = 0; // 0..1
    double solarElevationDeg = 0;
    Stability stability = Stability::D;
    double mixingHeightM = 0;
};

class WeatherModel : public WeatherField {
public:
    // Covers [startTs, startTs + hours*3600) plus a day of margin for puffs still drifting.
    WeatherModel(std::int64_t startTs, int hours, std::uint64_t seed);

    std::int64_t startTs() const { return m_startTs; }
    int hours() const { return static_cast<int>(m_hours.size()); }
    const WeatherHour& hour(int index) const;
    const WeatherHour& hourAt(double t) const;

    QPointF windAt(double x, double y, double z, double t) const override;
    Stability stabilityAt(double t) const override { return hourAt(t).stability; }
    double mixingHeightAt(double t) const override;
    double temperatureKAt(double t) const override;
    // Temperature and humidity at a point: the city centre is a little warmer and drier.
    double temperatureCAt(QPointF localM, double t) const;
    double humidityAt(QPointF localM, double t) const;

    // Solar elevation (degrees) over the city at Unix time t.
    static double solarElevationDeg(double t);
    static Stability pasquillTurner(double solarElevationDeg, double windSpeedMs, double cloud);

private:
    double hourPosition(double t) const; // fractional hours since startTs, clamped to the table
    std::int64_t m_startTs;
    std::vector<WeatherHour> m_hours;
    std::vector<float> m_meanderDir;   // unit-variance OU per minute (scaled by stability)
    std::vector<float> m_meanderSpeed; // unit-variance OU per minute
    double m_phase[4] = {0, 0, 0, 0};  // spatial pattern phases
};

} // namespace eco::demo
