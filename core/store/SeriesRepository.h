// SeriesRepository: read access to time series (readings, circuit power, vehicle tracks) by
// range, and the "latest value per source" query the map colours stations with.
#pragma once

#include "core/model/Interval.h"

#include <QHash>
#include <QString>

#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

namespace eco::store {

class Database;

struct SeriesPoint {
    std::int64_t ts = 0;
    double value = std::numeric_limits<double>::quiet_NaN(); // NaN when missing
    char flag = 'N';
};

struct TrackFix {
    std::int64_t ts = 0;
    double lon = 0;
    double lat = 0;
    double value = std::numeric_limits<double>::quiet_NaN(); // of the requested pollutant
};

struct TimeSpan {
    std::int64_t first = 0;
    std::int64_t last = 0;
    bool valid() const { return last >= first && last > 0; }
};

class SeriesRepository {
public:
    explicit SeriesRepository(const Database& db) : m_db(db) {}

    std::vector<SeriesPoint> load(const QString& sourceId, const QString& pollutant,
                                  model::Interval interval, std::int64_t from,
                                  std::int64_t to) const;
    std::vector<SeriesPoint> power(const QString& meterId, std::int64_t from,
                                   std::int64_t to) const;
    std::vector<TrackFix> track(const QString& vehicleId, std::int64_t from, std::int64_t to,
                                const QString& pollutant = {}) const;

    // The newest valid value of `pollutant` for every source, in (ts - maxAge, ts].
    QHash<QString, double> latestValues(const QString& pollutant, model::Interval interval,
                                        std::int64_t ts, std::int64_t maxAgeS) const;

    // First and last timestamp of hourly readings in the store.
    TimeSpan hourlySpan() const;
    std::int64_t readingCount() const;

private:
    const Database& m_db;
};

} // namespace eco::store
