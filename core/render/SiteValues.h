// SiteValueLoader: the value of a station measure at the map time for every station, for
// SiteLayer: a pollutant's newest valid hourly value within the last 3 hours, or the real-time
// AQI of the newest hour (within 3 hours) that has one (core/aq/AqiReport: the hour's values with
// the moving means the edition asks for).
#pragma once

#include <QHash>
#include <QString>

#include <cstdint>

namespace eco::store {
class Database;
}

namespace eco::render {

class SiteValueLoader {
public:
    static constexpr std::int64_t kMaxAgeS = 3 * 3600;
    // measure: SiteLayer::kAqi or a pollutant code. Throws StoreError.
    static QHash<QString, double> load(const store::Database& db, std::int64_t ts,
                                       const QString& measure);
};

} // namespace eco::render
