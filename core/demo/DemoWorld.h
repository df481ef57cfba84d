// DemoWorld: the shared plan of the fictional demo city. The emitter side (enterprises, outlets,
// CEMS, power, alerts, injected violations, episode sources) fills its part first; the ambient
// side (stations, weather, dispersion, vehicles, lidars, satellite rasters, basemap) reads it.
// Dependencies point one way: ambient reads what the emitters planned, never the reverse.
#pragma once

#include "core/demo/CityFrame.h"
#include "core/model/Alert.h"
#include "core/model/EmissionLimit.h"
#include "core/model/Enterprise.h"
#include "core/model/Outlet.h"
#include "core/model/PowerReading.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <vector>

namespace eco::demo {

struct DemoConfig {
    QString dbPath;
    int days = 30;
    std::uint64_t seed = 1;
    // Fixed, not "now": the same seed must give the same store on any day.
    // 2026-10-01T00:00:00+08:00.
    std::int64_t startTs = 1790784000;
    std::int64_t endTs() const { return startTs + static_cast<std::int64_t>(days) * 86400; }
    int hours() const { return days * 24; }
};

// A pollution episode from a known source: the emitter side decides who, when and how much (and
// shows it in that outlet's CEMS); the ambient side disperses it with its puff model and records
// which receptors saw it (truth_observations).
struct EpisodeSource {
    QString id;
    QString enterpriseId;
    QString outletId;
    QString ambientPollutant; // HJ 212 code of what receptors measure (a21026, a34004, ...)
    double lon = 0;
    double lat = 0;
    double stackHeightM = 0;
    double exitVelocityMs = 0;
    double exitTempC = 0;
    double diameterM = 0;
    std::int64_t startTs = 0;   // aligned to the hour
    std::vector<float> rateGps; // one value per hour from startTs
    std::int64_t endTs() const {
        return startTs + static_cast<std::int64_t>(rateGps.size()) * 3600;
    }
};

struct DemoWorld {
    DemoConfig config;
    CityFrame frame;

    // Emitter side.
    QList<model::Enterprise> enterprises;
    QList<model::Outlet> outlets;
    QList<model::EmissionLimit> limits;
    QList<model::PowerMeter> meters;
    QList<model::Alert> alerts;
    QList<model::Measure> measures;
    std::vector<EpisodeSource> episodes;
};

} // namespace eco::demo
