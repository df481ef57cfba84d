#include "core/store/StoreSummary.h"

#include "core/model/Time.h"
#include "core/store/Database.h"
#include "core/store/SeriesRepository.h"

namespace eco::store {

StoreSummary StoreSummary::of(const Database& db) {
    StoreSummary s;
    s.schemaVersion = db.userVersion();
    static const char* const kTables[][2] = {
        {"sites", "sites"},
        {"enterprises", "enterprises"},
        {"outlets", "outlets"},
        {"limits", "limits"},
        {"series", "series"},
        {"readings", "readings"},
        {"power meters", "power_meters"},
        {"power readings", "power_readings"},
        {"vehicles", "vehicles"},
        {"track points", "track_points"},
        {"lidars", "lidars"},
        {"lidar scans", "lidar_scans"},
        {"rasters", "rasters"},
        {"alerts", "alerts"},
        {"measures", "measures"},
        {"basemap features", "basemap_features"},
        {"clues", "clues"},
        {"task events", "task_events"},
        {"users", "users"},
        {"truth violations", "truth_violations"},
        {"truth episodes", "truth_episodes"},
    };
    for (const auto& [label, table] : kTables) {
        auto st = db.prepare(std::string("SELECT count(*) FROM ") + table);
        st.step();
        s.counts.append({QString::fromLatin1(label), st.int64(0)});
    }
    auto rules = db.prepare("SELECT DISTINCT rule FROM truth_violations ORDER BY rule");
    while (rules.step())
        s.truthRules << rules.text(0);
    const TimeSpan span = SeriesRepository(db).hourlySpan();
    s.firstTs = span.first;
    s.lastTs = span.last;
    return s;
}

QString StoreSummary::toText() const {
    QString out;
    out += QStringLiteral("schema version %1\n").arg(schemaVersion);
    if (lastTs > 0)
        out += QStringLiteral("hourly data %1 .. %2 (Asia/Shanghai)\n")
                   .arg(model::formatLocal(firstTs), model::formatLocal(lastTs));
    for (const auto& [label, n] : counts)
        out += QStringLiteral("%1 %2\n").arg(label + QLatin1Char(':'), -18).arg(n);
    if (!truthRules.isEmpty())
        out += QStringLiteral("ground truth rules: %1\n").arg(truthRules.join(u' '));
    return out;
}

} // namespace eco::store
