#include "core/demo/WeatherBackground.h"

#include "core/demo/CityFrame.h"
#include "core/demo/WeatherNoise.h"

#include <QString>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace eco::demo {

namespace {

constexpr double kLocalOffsetS = 8 * 3600.0;

double localHour(double t) {
    return std::fmod((t + kLocalOffsetS) / 3600.0, 24.0);
}

bool weekend(double t) {
    // 1970-01-01 was a Thursday; local day index 0 -> Thursday.
    const auto day = static_cast<std::int64_t>(std::floor((t + kLocalOffsetS) / 86400.0));
    const int wd = static_cast<int>(((day + 3) % 7 + 7) % 7); // 0 = Monday
    return wd >= 5;
}

double gaussBump(double h, double centre, double width) {
    const double d = h - centre;
    return std::exp(-d * d / (2 * width * width));
}

} // namespace

const char* speciesCode(Species s) {
    constexpr const char* kCodes[] = {"a34004", "a34002", "a21026", "a21004", "a21005", "a05024"};
    return kCodes[static_cast<int>(s)];
}

std::optional<Species> speciesOfCode(const QString& code) {
    for (int i = 0; i < kSpeciesCount; ++i)
        if (code == QLatin1String(speciesCode(static_cast<Species>(i))))
            return static_cast<Species>(i);
    return std::nullopt;
}

std::vector<SpeciesShare> ambientShares(const QString& code) {
    if (code == QLatin1String("a34004"))
        return {{Species::PM25, 1.0}, {Species::PM10, 1.0}};
    if (code == QLatin1String("a34013") || code == QLatin1String("a34002"))
        return {{Species::PM10, 1.0}, {Species::PM25, 0.6}};
    if (code == QLatin1String("a21026"))
        return {{Species::SO2, 1.0}};
    if (code == QLatin1String("a21004"))
        return {{Species::NO2, 1.0}};
    if (code == QLatin1String("a21002")) // NOx: roughly half is NO2 by the receptors
        return {{Species::NO2, 0.5}};
    if (code == QLatin1String("a21005"))
        return {{Species::CO, 0.001}}; // ug/m3 -> mg/m3
    return {};
}

WeatherBackground::WeatherBackground(const CityFrame& frame, const WeatherModel& weather,
                                     const QList<model::Alert>& alerts, std::uint64_t seed)
    : m_weather(weather) {
    for (const IndustrialPark& p : frame.parks()) {
        m_parks.push_back(p.centreM);
        m_parkR.push_back(p.radiusM + 2500.0);
    }
    const int hours = weather.hours();
    m_alert.assign(static_cast<size_t>(hours), 1.0);
    for (int h = 0; h < hours; ++h) {
        const double t = static_cast<double>(weather.hour(h).ts) + 1800.0;
        double f = 1.0;
        for (const model::Alert& a : alerts) {
            const double peak = a.level == QLatin1String("red")      ? 2.4
                                : a.level == QLatin1String("orange") ? 2.0
                                                                     : 1.7;
            // Ramps over 12 h before the alert and after it ends: the episode builds and clears.
            const double s = static_cast<double>(a.startTs), e = static_cast<double>(a.endTs);
            double w = 0.0;
            if (t >= s && t <= e)
                w = 1.0;
            else if (t < s && t > s - 43200)
                w = 1.0 - (s - t) / 43200.0;
            else if (t > e && t < e + 43200)
                w = 1.0 - (t - e) / 43200.0;
            f = std::max(f, 1.0 + (peak - 1.0) * w);
        }
        m_alert[static_cast<size_t>(h)] = f;
    }
    // Regional PM2.5: relaxes towards a level set by ventilation (wind x mixing height).
    NoiseStream rng(seed, "background.regional");
    m_regional.resize(static_cast<size_t>(hours));
    double level = 40.0;
    for (int h = 0; h < hours; ++h) {
        const WeatherHour& w = weather.hour(h);
        const double target = 38.0 * std::pow(2.0 / std::max(w.windSpeedMs, 0.7), 0.45) *
                              std::pow(700.0 / std::max(w.mixingHeightM, 150.0), 0.25) *
                              (0.9 + 0.25 * w.rhPct / 100.0) * m_alert[static_cast<size_t>(h)];
        level += 0.12 * (target - level) + rng.gauss(0, 1.2);
        level = std::max(level, 6.0);
        m_regional[static_cast<size_t>(h)] = level;
    }
    NoiseStream ph(seed, "background.spatial");
    for (double& p : m_phase)
        p = ph.uniform(0, 2 * M_PI);
}

double WeatherBackground::alertFactor(double t) const {
    const int h =
        std::clamp(static_cast<int>((t - static_cast<double>(m_weather.startTs())) / 3600.0), 0,
                   static_cast<int>(m_alert.size()) - 1);
    return m_alert[static_cast<size_t>(h)];
}

double WeatherBackground::regionalPm(double t) const {
    const double pos = std::clamp((t - static_cast<double>(m_weather.startTs())) / 3600.0 - 0.5,
                                  0.0, static_cast<double>(m_regional.size() - 1));
    const auto i = std::min(static_cast<size_t>(pos), m_regional.size() - 2);
    const double f = pos - static_cast<double>(i);
    return m_regional[i] * (1 - f) + m_regional[i + 1] * f;
}

void WeatherBackground::values(QPointF p, double t, double out[kSpeciesCount]) const {
    const double x = p.x(), y = p.y();
    const double r2 = x * x + y * y;
    const double centre = std::exp(-r2 / (2.0 * 8000.0 * 8000.0));
    double park = 0.0;
    for (size_t i = 0; i < m_parks.size(); ++i) {
        const double dx = x - m_parks[i].x(), dy = y - m_parks[i].y();
        park += std::exp(-(dx * dx + dy * dy) / (2.0 * m_parkR[i] * m_parkR[i]));
    }
    const double field =
        1.0 + 0.08 * std::sin(x / 6000.0 + m_phase[0]) * std::sin(y / 8000.0 + m_phase[1]) +
        0.05 * std::sin((x + y) / 4000.0 + m_phase[2]);
    const double h = localHour(t);
    const WeatherHour& w = m_weather.hourAt(t);
    const double regional = regionalPm(t);
    const double load = regional / 40.0;
    const double peaks = weekend(t) ? 0.55 : 1.0;
    const double traffic =
        0.75 + peaks * (0.45 * gaussBump(h, 8.5, 1.6) + 0.55 * gaussBump(h, 18.5, 1.8)) -
        0.2 * gaussBump(h, 3.5, 2.5);
    const double shallow = std::pow(500.0 / std::max(w.mixingHeightM, 120.0), 0.2);

    out[static_cast<int>(Species::PM25)] = regional * (0.9 + 0.2 * centre + 0.15 * park) * field;
    out[static_cast<int>(Species::PM10)] =
        out[static_cast<int>(Species::PM25)] * (1.55 + 0.1 * std::sin(x / 5000.0)) + 18.0 * park;
    out[static_cast<int>(Species::SO2)] = 7.0 * (0.8 + 0.9 * park) * (0.7 + 0.3 * load) *
                                          (1.0 + 0.25 * gaussBump(h, 11.0, 2.0)) * field;
    const double no2 =
        30.0 * (0.55 + 0.9 * centre + 0.2 * park) * traffic * (0.6 + 0.4 * load) * shallow * field;
    // Afternoon ozone from photochemistry (sun two hours earlier, warm days), titrated by NO2.
    const double sun =
        std::max(0.0, std::sin(qDegreesToRadians(WeatherModel::solarElevationDeg(t - 7200.0))));
    const double photo =
        std::pow(sun, 1.3) * (1.0 - 0.6 * w.cloud) * std::clamp((w.tempC - 8.0) / 15.0, 0.2, 1.3);
    out[static_cast<int>(Species::O3)] =
        std::max(3.0, (25.0 + 115.0 * photo) * (1.15 - 0.35 * centre) * field - 0.25 * no2);
    out[static_cast<int>(Species::NO2)] = no2;
    out[static_cast<int>(Species::CO)] =
        0.55 * (0.8 + 0.45 * centre) * std::sqrt(traffic) * (0.6 + 0.4 * load) * shallow;
}

double WeatherBackground::value(Species s, QPointF p, double t) const {
    double v[kSpeciesCount];
    values(p, t, v);
    return v[static_cast<int>(s)];
}

} // namespace eco::demo
