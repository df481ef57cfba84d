// ScreeningCatalog: everything a screening run needs to know before it reads any series, loaded
// once on the calling thread and then shared read-only by the workers: enterprises with their
// outlets, limits and circuits, stations with their reference station, alerts and measures,
// the hourly series ids with their first/last times, and the data's overall time span.
#pragma once

#include "core/model/Alert.h"
#include "core/model/Enterprise.h"
#include "core/model/Outlet.h"
#include "core/model/PowerReading.h"
#include "core/model/Site.h"
#include "core/screen/CircuitStates.h"

#include <QHash>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace eco::store {
class Database;
}

namespace eco::screen {

struct SeriesInfo {
    std::int64_t id = 0;
    std::int64_t firstTs = 0;
    std::int64_t lastTs = 0;
};

struct MeterInfo {
    model::PowerMeter meter;
    std::int64_t key = 0;
    std::int64_t firstTs = 0;
    std::int64_t lastTs = 0;
    bool hasData = false;
};

struct LimitPair {
    std::optional<double> hour;
    std::optional<double> day;
};

// First reading times already known (series id / meter key -> ts): the catalog then looks up only
// each one's newest time. Only valid while no row older than the high-water mark changed.
struct FirstTimes {
    QHash<std::int64_t, std::int64_t> hourly;
    QHash<std::int64_t, std::int64_t> power;
};

class ScreeningCatalog {
public:
    static ScreeningCatalog load(store::Database& db, const FirstTimes* known = nullptr);

    QHash<QString, model::Enterprise> enterprises;
    QHash<QString, QList<model::Outlet>> outletsByEnterprise;
    QHash<QString, QHash<QString, LimitPair>> limits; // outlet -> pollutant -> limits
    QHash<QString, QList<MeterInfo>> metersByEnterprise;
    QHash<QString, QHash<QString, SeriesInfo>> hourlySeries; // source -> pollutant -> series
    QList<model::Site> sites;
    QHash<QString, QString> referenceSite; // site -> nearest national station
    QList<model::Alert> alerts;
    QHash<QString, QHash<QString, double>> measures;      // enterprise -> level -> reduction %
    QHash<QString, ThresholdOverride> thresholdOverrides; // meter id -> configured ON/OFF kW

    std::int64_t dataStart = 0; // first reading (hourly or power)
    std::int64_t dataEnd = 0;   // exclusive end of the newest interval
    bool empty() const { return dataEnd <= dataStart; }

    // The enterprises and stations a run visits, in a stable order.
    QStringList enterpriseIds() const;
    std::optional<model::Site> site(const QString& id) const;
    // Does the alert apply to this enterprise ('全市' / 'city' / '' = everywhere, else district)?
    bool alertApplies(const model::Alert& a, const model::Enterprise& e) const;
};

} // namespace eco::screen
