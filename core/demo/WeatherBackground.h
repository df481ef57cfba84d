// WeatherBackground: the regional background air quality that goes with the weather, before any
// puff from a known source is added. A regional PM2.5 level accumulates under weak winds and a
// low mixing layer and rises during the emitters' heavy-pollution alerts; each pollutant then
// has its own diurnal cycle (morning and evening traffic peaks of NO2 and CO, afternoon O3) and
// spatial gradients (traffic in the centre, industry around the parks, O3 in the suburbs).
#pragma once

#include "core/demo/WeatherModel.h"
#include "core/model/Alert.h"

#include <QList>
#include <QPointF>

#include <cstdint>
#include <optional>
#include <vector>

namespace eco::demo {

class CityFrame;

enum class Species { PM25 = 0, PM10, SO2, NO2, CO, O3 };
constexpr int kSpeciesCount = 6;

// The HJ 212 code a species is reported under, and back (nullopt for codes with no species).
const char* speciesCode(Species s);
std::optional<Species> speciesOfCode(const QString& code);

// How an emitted pollutant shows up in the ambient species receptors measure: each share is a
// species and the factor that converts the puff's ug/m3 into that species' unit.
struct SpeciesShare {
    Species species;
    double factor;
};
std::vector<SpeciesShare> ambientShares(const QString& emittedCode);

class WeatherBackground {
public:
    WeatherBackground(const CityFrame& frame, const WeatherModel& weather,
                      const QList<model::Alert>& alerts, std::uint64_t seed);

    // Concentration in ug/m3 (CO in mg/m3) at a local point and time, at breathing height.
    double value(Species s, QPointF localM, double t) const;
    // All species at once (cheaper than six calls).
    void values(QPointF localM, double t, double out[kSpeciesCount]) const;
    // Multiplier of the regional level from alerts (1 outside them).
    double alertFactor(double t) const;
    // Regional PM2.5 level (ug/m3) at t.
    double regionalPm(double t) const;

private:
    const WeatherModel& m_weather;
    std::vector<double> m_regional; // per hour
    std::vector<double> m_alert;    // per hour
    std::vector<QPointF> m_parks;
    std::vector<double> m_parkR;
    double m_phase[3] = {0, 0, 0};
};

} // namespace eco::demo
