#include "core/demo/WeatherModel.h"

#include "core/demo/CityFrame.h"
#include "core/demo/WeatherNoise.h"

#include <QtMath>

#include <algorithm>
#include <cmath>

namespace eco::demo {

namespace {

constexpr double kLocalOffsetH = 8.0; // Asia/Shanghai
constexpr int kMarginHours = 24;
constexpr double kPrevailingFromDeg = 30; // autumn in the basin: light NNE winds dominate

double wrap180(double deg) {
    deg = std::fmod(deg + 180.0, 360.0);
    if (deg < 0)
        deg += 360.0;
    return deg - 180.0;
}

double wrap360(double deg) {
    deg = std::fmod(deg, 360.0);
    return deg < 0 ? deg + 360.0 : deg;
}

// Direction meandering (degrees, one sigma): strong under convection and in calm stable nights.
double meanderSigmaDeg(Stability s) {
    constexpr double kSigma[] = {22, 17, 12, 8, 10, 15};
    return kSigma[static_cast<int>(s)];
}

// Wind-profile power-law exponents (urban surface).
double profileExponent(Stability s) {
    constexpr double kP[] = {0.15, 0.15, 0.20, 0.25, 0.30, 0.30};
    return kP[static_cast<int>(s)];
}

} // namespace

double WeatherModel::solarElevationDeg(double t) {
    const double days = t / 86400.0;
    const double doy = std::fmod(days, 365.2425) + 1.0;
    const double decl = qDegreesToRadians(23.44) * std::sin(2 * M_PI * (284.0 + doy) / 365.0);
    const double utcHours = std::fmod(t, 86400.0) / 3600.0;
    const double solarTime = utcHours + CityFrame::kCentreLon / 15.0;
    const double hourAngle = qDegreesToRadians(15.0 * (solarTime - 12.0));
    const double lat = qDegreesToRadians(CityFrame::kCentreLat);
    const double s =
        std::sin(lat) * std::sin(decl) + std::cos(lat) * std::cos(decl) * std::cos(hourAngle);
    return qRadiansToDegrees(std::asin(std::clamp(s, -1.0, 1.0)));
}

Stability WeatherModel::pasquillTurner(double elev, double u, double cloud) {
    using S = Stability;
    if (cloud > 0.85)
        return S::D; // overcast: neutral day and night
    if (elev > 0) {
        // Incoming radiation class from solar elevation, reduced by cloud.
        const double eff = elev * (1.0 - 0.5 * cloud);
        const int insolation = eff > 60 ? 0 : eff > 35 ? 1 : eff > 15 ? 2 : 3; // strong..weak
        if (insolation == 3)
            return u < 2 ? S::C : S::D;
        static constexpr S kDay[5][3] = {{S::A, S::A, S::B}, // u < 2
                                         {S::A, S::B, S::C}, // 2-3
                                         {S::B, S::B, S::C}, // 3-5
                                         {S::C, S::C, S::D}, // 5-6
                                         {S::C, S::D, S::D}};
        const int row = u < 2 ? 0 : u < 3 ? 1 : u < 5 ? 2 : u < 6 ? 3 : 4;
        return kDay[row][insolation];
    }
    const bool clear = cloud < 0.4;
    if (u < 2)
        return S::F;
    if (u < 3)
        return clear ? S::F : S::E;
    if (u < 5)
        return clear ? S::E : S::D;
    return S::D;
}

WeatherModel::WeatherModel(std::int64_t startTs, int hours, std::uint64_t seed)
    : m_startTs(startTs) {
    const int total = hours + kMarginHours;
    const int days = total / 24 + 2;
    NoiseStream rng(seed, "weather.synoptic");

    // Day-to-day synoptic regime: a persistent direction that drifts back to the prevailing one,
    // a log-normal base speed, a base temperature with a slow autumn cooling, and cloud.
    std::vector<double> dirDay(static_cast<size_t>(days)), speedDay(dirDay.size()),
        tempDay(dirDay.size()), cloudDay(dirDay.size());
    double dir = kPrevailingFromDeg + rng.gauss(0, 40);
    double lnSpeed = std::log(1.8);
    double temp = 21.0;
    for (int d = 0; d < days; ++d) {
        dir = kPrevailingFromDeg + 0.6 * wrap180(dir - kPrevailingFromDeg) + rng.gauss(0, 45);
        lnSpeed = std::log(1.8) + 0.5 * (lnSpeed - std::log(1.8)) + rng.gauss(0, 0.35);
        temp = 20.5 - 0.12 * d + 0.6 * (temp - 20.5 + 0.12 * d) + rng.gauss(0, 1.5);
        dirDay[static_cast<size_t>(d)] = wrap360(dir);
        speedDay[static_cast<size_t>(d)] = std::clamp(std::exp(lnSpeed), 0.7, 5.0);
        tempDay[static_cast<size_t>(d)] = temp;
        cloudDay[static_cast<size_t>(d)] = std::clamp(rng.uniform(-0.2, 1.1), 0.0, 1.0);
    }

    m_hours.resize(static_cast<size_t>(total));
    double dirNoise = 0, speedNoise = 0, heating = 0;
    for (int h = 0; h < total; ++h) {
        WeatherHour& w = m_hours[static_cast<size_t>(h)];
        w.ts = startTs + static_cast<std::int64_t>(h) * 3600;
        const double localH = std::fmod((static_cast<double>(w.ts) / 3600.0) + kLocalOffsetH, 24.0);
        // Position in the day table, centred on local noon, blended with a smoothstep.
        const double dayPos = (static_cast<double>(w.ts - startTs) / 3600.0 + 0.5) / 24.0;
        const int d0 = std::clamp(static_cast<int>(std::floor(dayPos)), 0, days - 2);
        double f = std::clamp(dayPos - d0, 0.0, 1.0);
        f = f * f * (3 - 2 * f);
        const auto at = [&](const std::vector<double>& v, int i) {
            return v[static_cast<size_t>(i)];
        };
        const double baseDir = at(dirDay, d0) + f * wrap180(at(dirDay, d0 + 1) - at(dirDay, d0));
        const double baseSpeed = at(speedDay, d0) + f * (at(speedDay, d0 + 1) - at(speedDay, d0));
        const double baseTemp = at(tempDay, d0) + f * (at(tempDay, d0 + 1) - at(tempDay, d0));
        const double cloud = at(cloudDay, d0) + f * (at(cloudDay, d0 + 1) - at(cloudDay, d0));

        dirNoise = 0.7 * dirNoise + rng.gauss(0, 10);
        speedNoise = 0.7 * speedNoise + rng.gauss(0, 0.1);
        const double diurnal = std::sin(2 * M_PI * (localH - 9.0) / 24.0); // peak at 15:00
        w.windFromDeg =
            wrap360(baseDir + 15.0 * std::sin(2 * M_PI * (localH - 6.0) / 24.0) + dirNoise);
        w.windSpeedMs = std::max(0.4, baseSpeed * (1.0 + 0.45 * diurnal) * std::exp(speedNoise));
        w.cloud = cloud;
        w.tempC = baseTemp + (4.5 - 2.0 * cloud) * diurnal + rng.gauss(0, 0.3);
        w.rhPct = std::clamp(74.0 - 3.0 * (w.tempC - baseTemp) + 12.0 * cloud + rng.gauss(0, 2),
                             30.0, 99.0);
        w.solarElevationDeg = solarElevationDeg(static_cast<double>(w.ts) + 1800.0);
        w.stability = pasquillTurner(w.solarElevationDeg, w.windSpeedMs, cloud);
        // Mixing height: mechanical at night; by day it grows with the heat taken up since
        // sunrise and collapses at sunset.
        const double nightZi = 120.0 + 60.0 * w.windSpeedMs;
        if (w.solarElevationDeg > 0) {
            heating += std::sin(qDegreesToRadians(w.solarElevationDeg)) * (1.0 - 0.6 * cloud);
            w.mixingHeightM = std::max(nightZi, 150.0 + 260.0 * heating);
        } else {
            heating = 0;
            w.mixingHeightM = nightZi;
        }
        w.mixingHeightM = std::min(w.mixingHeightM, 1800.0);
    }

    // Sub-hourly meandering: unit-variance OU processes per minute (scaled at use by stability).
    NoiseStream meander(seed, "weather.meander");
    const size_t minutes = static_cast<size_t>(total) * 60 + 1;
    m_meanderDir.resize(minutes);
    m_meanderSpeed.resize(minutes);
    double md = meander.gauss(), ms = meander.gauss();
    for (size_t m = 0; m < minutes; ++m) {
        md = ouStep(md, 60.0, 20.0 * 60.0, 1.0, meander);
        ms = ouStep(ms, 60.0, 10.0 * 60.0, 1.0, meander);
        m_meanderDir[m] = static_cast<float>(md);
        m_meanderSpeed[m] = static_cast<float>(ms);
    }
    NoiseStream phases(seed, "weather.spatial");
    for (double& p : m_phase)
        p = phases.uniform(0, 2 * M_PI);
}

const WeatherHour& WeatherModel::hour(int index) const {
    return m_hours[static_cast<size_t>(std::clamp(index, 0, hours() - 1))];
}

const WeatherHour& WeatherModel::hourAt(double t) const {
    return hour(static_cast<int>(std::floor((t - static_cast<double>(m_startTs)) / 3600.0)));
}

double WeatherModel::hourPosition(double t) const {
    return std::clamp((t - static_cast<double>(m_startTs)) / 3600.0, 0.0,
                      static_cast<double>(hours() - 1));
}

QPointF WeatherModel::windAt(double x, double y, double z, double t) const {
    // Hourly values stand for the middle of their hour; interpolate the vector components.
    const double pos = std::max(0.0, hourPosition(t) - 0.5);
    const int i = std::min(static_cast<int>(pos), hours() - 2);
    const double f = std::clamp(pos - i, 0.0, 1.0);
    const auto vec = [](const WeatherHour& w) {
        const double a = qDegreesToRadians(w.windFromDeg);
        return QPointF(-w.windSpeedMs * std::sin(a), -w.windSpeedMs * std::cos(a));
    };
    const QPointF v = vec(hour(i)) * (1.0 - f) + vec(hour(i + 1)) * f;
    const WeatherHour& now = hourAt(t);
    const double speed = std::hypot(v.x(), v.y());

    // Meander (sub-hourly) and spatial veering, both as a clockwise rotation of the vector.
    const double minute = std::clamp((t - static_cast<double>(m_startTs)) / 60.0, 0.0,
                                     static_cast<double>(m_meanderDir.size() - 1));
    const size_t m0 = std::min(static_cast<size_t>(minute), m_meanderDir.size() - 2);
    const double mf = minute - static_cast<double>(m0);
    const double md = m_meanderDir[m0] * (1 - mf) + m_meanderDir[m0 + 1] * mf;
    const double ms = m_meanderSpeed[m0] * (1 - mf) + m_meanderSpeed[m0 + 1] * mf;
    const double calm = std::max(0.0, 1.5 - speed); // light winds wander more
    const double day = (t - static_cast<double>(m_startTs)) / 86400.0;
    const double veer =
        12.0 * std::sin(x / 9000.0 + m_phase[0] + 0.15 * day) * std::cos(y / 11000.0 + m_phase[1]);
    const double rot = qDegreesToRadians(md * meanderSigmaDeg(now.stability) * (1.0 + calm) + veer);

    const double r2 = x * x + y * y;
    const double drag = 1.0 - 0.2 * std::exp(-r2 / (2.0 * 7000.0 * 7000.0));
    const double pattern =
        1.0 + 0.1 * std::sin(x / 13000.0 + m_phase[2]) * std::sin(y / 7000.0 + m_phase[3]);
    const double height =
        std::pow(std::clamp(z, 10.0, 300.0) / 10.0, profileExponent(now.stability));
    const double scale = std::max(0.2, 1.0 + 0.15 * ms) * drag * pattern * height;
    const double c = std::cos(rot), s = std::sin(rot);
    return {(v.x() * c + v.y() * s) * scale, (-v.x() * s + v.y() * c) * scale};
}

double WeatherModel::mixingHeightAt(double t) const {
    const double pos = std::max(0.0, hourPosition(t) - 0.5);
    const int i = std::min(static_cast<int>(pos), hours() - 2);
    const double f = std::clamp(pos - i, 0.0, 1.0);
    return hour(i).mixingHeightM * (1 - f) + hour(i + 1).mixingHeightM * f;
}

double WeatherModel::temperatureKAt(double t) const {
    return hourAt(t).tempC + 273.15;
}

double WeatherModel::temperatureCAt(QPointF p, double t) const {
    const double r2 = p.x() * p.x() + p.y() * p.y();
    return hourAt(t).tempC + 1.2 * std::exp(-r2 / (2.0 * 8000.0 * 8000.0)); // heat island
}

double WeatherModel::humidityAt(QPointF p, double t) const {
    const double r2 = p.x() * p.x() + p.y() * p.y();
    return std::clamp(hourAt(t).rhPct - 4.0 * std::exp(-r2 / (2.0 * 8000.0 * 8000.0)), 20.0, 100.0);
}

} // namespace eco::demo
