#include "core/render/SiteValues.h"

#include "core/aq/AqiReport.h"
#include "core/model/Interval.h"
#include "core/render/SiteLayer.h"
#include "core/store/SeriesRepository.h"

namespace eco::render {

QHash<QString, double> SiteValueLoader::load(const store::Database& db, std::int64_t ts,
                                             const QString& measure) {
    if (measure != QLatin1String(SiteLayer::kAqi))
        return store::SeriesRepository(db).latestValues(measure, model::Interval::Hour, ts,
                                                        kMaxAgeS);
    QHash<QString, double> out;
    const aq::AqiReport report(db);
    const std::int64_t hour = ts - ((ts % 3600) + 3600) % 3600;
    for (const QString& site : report.sites()) {
        const auto rows = report.hourly(site, hour - kMaxAgeS + 3600, hour + 3600);
        for (auto it = rows.rbegin(); it != rows.rend(); ++it)
            if (it->result.aqi) {
                out.insert(site, *it->result.aqi);
                break;
            }
    }
    return out;
}

} // namespace eco::render
