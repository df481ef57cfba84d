// `ecosentry trace`: ranked candidate sources for a station event, a point, a clue, a vehicle
// hotspot or a lidar plume; listings of a vehicle's hotspots and a lidar scan's plumes; and
// `--evaluate` against the demo's ground-truth episodes.
#include "app/CliOptions.h"
#include "app/Commands.h"
#include "app/CsvField.h"

#include "core/model/Time.h"
#include "core/store/Database.h"
#include "core/store/StoreError.h"
#include "core/trace/EventFinder.h"
#include "core/trace/TraceService.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <optional>
#include <utility>

namespace eco::app {

namespace {

void printCsv(const trace::TraceReport& rep) {
    std::puts("rank,enterprise_id,outlet_id,score,p_top1,p_top3,distance_m,bearing_deg,"
              "explained_share,flags");
    for (const auto& r : rep.rows) {
        const QString line = QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9,%10")
                                 .arg(r.rank)
                                 .arg(csvField(r.enterpriseId), csvField(r.outletId))
                                 .arg(r.score, 0, 'g', 6)
                                 .arg(r.pTop1, 0, 'f', 3)
                                 .arg(r.pTop3, 0, 'f', 3)
                                 .arg(r.distanceM, 0, 'f', 0)
                                 .arg(r.bearingDeg, 0, 'f', 1)
                                 .arg(r.explainedShare, 0, 'f', 3)
                                 .arg(csvField(r.flags.join(u';')));
        std::puts(qPrintable(line));
    }
}

void printJson(const trace::TraceReport& rep) {
    QJsonArray rows;
    for (const auto& r : rep.rows)
        rows.append(QJsonObject{{"rank", r.rank},
                                {"enterprise_id", r.enterpriseId},
                                {"outlet_id", r.outletId},
                                {"score", r.score},
                                {"p_top1", r.pTop1},
                                {"p_top3", r.pTop3},
                                {"distance_m", r.distanceM},
                                {"bearing_deg", r.bearingDeg},
                                {"explained_share", r.explainedShare},
                                {"flags", QJsonArray::fromStringList(r.flags)},
                                {"kernel_score", r.kernelScore},
                                {"fit_factor", r.fitFactor}});
    const QJsonObject doc{{"pollutant", rep.pollutant},
                          {"lon", rep.lon},
                          {"lat", rep.lat},
                          {"time", model::formatIsoLocal(rep.ts)},
                          {"observed", rep.observed},
                          {"baseline", rep.baseline},
                          {"excess", rep.excess},
                          {"baseline_method", rep.baselineMethod},
                          {"fit_hours", rep.result.fitHours},
                          {"upwind_bearing_deg", rep.result.upwindBearingDeg},
                          {"cone_half_angle_deg", rep.result.coneHalfAngleDeg},
                          {"candidates", rows}};
    std::puts(QJsonDocument(doc).toJson(QJsonDocument::Indented).constData());
}

void printHotspots(const std::vector<trace::HotspotEvent>& list, const QString& format) {
    if (format == QLatin1String("json")) {
        QJsonArray rows;
        int index = 0;
        for (const auto& h : list)
            rows.append(QJsonObject{{"index", ++index},
                                    {"vehicle_id", h.vehicleId},
                                    {"pollutant", h.pollutant},
                                    {"lon", h.lon},
                                    {"lat", h.lat},
                                    {"peak_time", model::formatIsoLocal(h.hotspot.peakTs)},
                                    {"first_time", model::formatIsoLocal(h.hotspot.firstTs)},
                                    {"last_time", model::formatIsoLocal(h.hotspot.lastTs)},
                                    {"passes", h.hotspot.passes},
                                    {"samples", h.hotspot.samples},
                                    {"mean_excess", h.hotspot.meanExcess},
                                    {"max_excess", h.hotspot.maxExcess}});
        std::puts(QJsonDocument(rows).toJson(QJsonDocument::Indented).constData());
        return;
    }
    std::puts("index,vehicle_id,pollutant,lon,lat,peak_time,first_time,last_time,passes,samples,"
              "mean_excess,max_excess");
    int index = 0;
    for (const auto& h : list)
        std::puts(qPrintable(QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9,%10,%11,%12")
                                 .arg(++index)
                                 .arg(csvField(h.vehicleId), csvField(h.pollutant))
                                 .arg(h.lon, 0, 'f', 6)
                                 .arg(h.lat, 0, 'f', 6)
                                 .arg(model::formatIsoLocal(h.hotspot.peakTs),
                                      model::formatIsoLocal(h.hotspot.firstTs),
                                      model::formatIsoLocal(h.hotspot.lastTs))
                                 .arg(h.hotspot.passes)
                                 .arg(h.hotspot.samples)
                                 .arg(h.hotspot.meanExcess, 0, 'f', 1)
                                 .arg(h.hotspot.maxExcess, 0, 'f', 1)));
}

void printPlumes(const std::vector<trace::LidarPlumeEvent>& list, const QString& format) {
    if (format == QLatin1String("json")) {
        QJsonArray rows;
        int index = 0;
        for (const auto& p : list)
            rows.append(QJsonObject{{"index", ++index},
                                    {"lidar_id", p.lidarId},
                                    {"scan_time", model::formatIsoLocal(p.scanTs)},
                                    {"head_lon", p.lon},
                                    {"head_lat", p.lat},
                                    {"centroid_lon", p.centroidLon},
                                    {"centroid_lat", p.centroidLat},
                                    {"axis_bearing_deg", p.plume.axisBearingDeg},
                                    {"max_excess", p.plume.maxExcess},
                                    {"cells", p.plume.cells}});
        std::puts(QJsonDocument(rows).toJson(QJsonDocument::Indented).constData());
        return;
    }
    std::puts("index,lidar_id,scan_time,head_lon,head_lat,centroid_lon,centroid_lat,"
              "axis_bearing_deg,max_excess,cells");
    int index = 0;
    for (const auto& p : list)
        std::puts(qPrintable(QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9,%10")
                                 .arg(++index)
                                 .arg(csvField(p.lidarId), model::formatIsoLocal(p.scanTs))
                                 .arg(p.lon, 0, 'f', 6)
                                 .arg(p.lat, 0, 'f', 6)
                                 .arg(p.centroidLon, 0, 'f', 6)
                                 .arg(p.centroidLat, 0, 'f', 6)
                                 .arg(p.plume.axisBearingDeg, 0, 'f', 1)
                                 .arg(p.plume.maxExcess, 0, 'f', 1)
                                 .arg(p.plume.cells)));
}

std::optional<std::int64_t> timeOption(const CliOptions& opts, const char* name, bool endOfDay) {
    const QString text = opts.value(name);
    auto t = model::parseUserTime(text);
    // A bare date as the end of a range means "up to and including that day".
    if (t && endOfDay && text.size() == 10)
        *t += 86400;
    return t;
}

} // namespace

int runTraceCommand(const QStringList& args) {
    CliOptions opts({"db", "clue", "site", "time", "lon", "lat", "hours", "format", "pollutant",
                     "members", "seed", "vehicle", "from", "to", "hotspot", "lidar", "plume",
                     "fit"},
                    {"evaluate", "verbose", "hotspots", "plumes"});
    if (!opts.parse(args))
        return usageError("trace", opts.error());
    const QString format = opts.value("format", "csv");
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return usageError("trace", QStringLiteral("--format must be csv or json"));
    trace::TraceRequest req;
    bool ok = true;
    req.hours = opts.value("hours", "6").toDouble(&ok);
    if (!ok || req.hours <= 0 || req.hours > 72)
        return usageError("trace", QStringLiteral("--hours must be a number in (0, 72]"));
    req.members = static_cast<int>(opts.integer("members").value_or(200));
    if (req.members < 1 || req.members > 100000)
        return usageError("trace", QStringLiteral("--members must be 1..100000"));
    req.seed = static_cast<std::uint64_t>(opts.integer("seed").value_or(1));
    req.pollutant = opts.value("pollutant");
    const QString fit = opts.value("fit", "none");
    if (fit != QLatin1String("nnls") && fit != QLatin1String("none"))
        return usageError("trace", QStringLiteral("--fit must be nnls or none"));
    req.fit = fit == QLatin1String("nnls") ? trace::FitMode::Nnls : trace::FitMode::None;
    const bool evaluate = opts.has("evaluate");
    const bool vehicle = opts.has("vehicle") || opts.has("hotspots") || opts.has("hotspot");
    const bool lidar = opts.has("lidar") || opts.has("plumes") || opts.has("plume");
    std::int64_t from = 0, to = 0;
    int pick = 1; // which hotspot or plume to trace (1 = the strongest)
    if (!evaluate) {
        const int ways = int(opts.has("clue")) + int(opts.has("site")) +
                         int(opts.has("lon") || opts.has("lat")) + int(vehicle) + int(lidar);
        if (ways != 1)
            return usageError("trace", QStringLiteral("give exactly one of --clue ID, --site ID "
                                                      "--time T, --lon X --lat Y --time T, "
                                                      "--vehicle V --from D --to D [--hotspots | "
                                                      "--hotspot K], --lidar ID --time T "
                                                      "[--plumes | --plume K]"));
        req.clueId = opts.value("clue");
        req.siteId = opts.value("site");
        if (opts.has("lon") || opts.has("lat")) {
            bool okLon = false, okLat = false;
            req.lon = opts.value("lon").toDouble(&okLon);
            req.lat = opts.value("lat").toDouble(&okLat);
            if (!okLon || !okLat || std::abs(*req.lon) > 180 || std::abs(*req.lat) > 90)
                return usageError("trace", QStringLiteral("--lon and --lat must both be valid "
                                                          "WGS84 degrees"));
        }
        if (vehicle) {
            if (!opts.has("vehicle") || !opts.has("from") || !opts.has("to"))
                return usageError("trace", QStringLiteral("hotspots need --vehicle V --from D "
                                                          "--to D"));
            const auto f = timeOption(opts, "from", false);
            const auto t = timeOption(opts, "to", true);
            if (!f || !t)
                return usageError("trace", QStringLiteral("--from/--to must be dates or "
                                                          "date-times (2026-10-03, local time)"));
            if (*t <= *f)
                return usageError("trace", QStringLiteral("--to must be after --from"));
            from = *f;
            to = *t;
            if (opts.has("hotspots") && opts.has("hotspot"))
                return usageError("trace", QStringLiteral("--hotspots lists, --hotspot K traces: "
                                                          "give one"));
            if (!opts.has("hotspots") && !opts.has("hotspot"))
                return usageError("trace", QStringLiteral("give --hotspots (list) or --hotspot K "
                                                          "(trace the K-th)"));
        }
        if (lidar && !opts.has("lidar"))
            return usageError("trace", QStringLiteral("--plumes/--plume need --lidar ID"));
        if (lidar && opts.has("plumes") && opts.has("plume"))
            return usageError("trace",
                              QStringLiteral("--plumes lists, --plume K traces: give one"));
        for (const char* name : {"hotspot", "plume"})
            if (opts.has(name)) {
                const auto k = opts.integer(name);
                if (!k || *k < 1 || *k > 100000)
                    return usageError(
                        "trace",
                        QStringLiteral("--%1 must be a number from 1").arg(QLatin1String(name)));
                pick = static_cast<int>(*k);
            }
        if (!opts.has("clue") && !vehicle) {
            if (!opts.has("time"))
                return usageError("trace", QStringLiteral("--time is required"));
            const auto t = model::parseUserTime(opts.value("time"));
            if (!t)
                return usageError("trace", QStringLiteral("--time '%1' is not a date-time "
                                                          "(2026-10-03T14:00, local time)")
                                               .arg(opts.value("time")));
            req.ts = *t;
        }
    }
    const QString path = opts.dbPath();
    if (!QFileInfo::exists(path))
        return failure("trace", path + QStringLiteral(": store does not exist"));
    try {
        auto db = store::Database::open(path);
        trace::TraceService service(db);
        if (evaluate) {
            const auto ev = service.evaluate(req);
            if (opts.has("verbose"))
                for (const auto& l : ev.lines)
                    std::fprintf(stderr, "%s\n", qPrintable(l));
            if (ev.episodes == 0)
                return failure("trace", QStringLiteral("no ground-truth episode with a station "
                                                       "observation in this store"));
            std::printf("episodes %d\ntop1 %.3f (%d)\ntop3 %.3f (%d)\n", ev.episodes, ev.top1Rate(),
                        ev.top1Hits, ev.top3Rate(), ev.top3Hits);
            // Seen by mobile receptors: separate lines, the station figures above stay the
            // contract.
            for (const auto& [name, t] : {std::pair{"lidar", ev.lidar}, {"vehicle", ev.vehicle}})
                if (t.episodes > 0)
                    std::printf("%s episodes %d top1 %.3f (%d) top3 %.3f (%d)\n", name, t.episodes,
                                t.top1Rate(), t.top1Hits, t.top3Rate(), t.top3Hits);
            return 0;
        }
        if (vehicle || lidar) {
            trace::EventFinder finder(db);
            QString error;
            const QString pollutant =
                req.pollutant.isEmpty() ? QStringLiteral("a34004") : req.pollutant;
            if (vehicle) {
                const auto list =
                    finder.hotspots(opts.value("vehicle"), from, to, pollutant, &error);
                if (!error.isEmpty())
                    return failure("trace", error);
                if (opts.has("hotspots")) {
                    printHotspots(list, format);
                    return 0;
                }
                if (pick > static_cast<int>(list.size()))
                    return failure("trace", QStringLiteral("vehicle %1 has %2 hotspot(s) in that "
                                                           "period, not %3")
                                                .arg(opts.value("vehicle"))
                                                .arg(list.size())
                                                .arg(pick));
                const auto point = trace::requestFor(list[static_cast<size_t>(pick - 1)]);
                req.lon = point.lon;
                req.lat = point.lat;
                req.ts = point.ts;
                req.excess = point.excess;
            } else {
                const auto list = finder.lidarPlumes(opts.value("lidar"), req.ts, 1800, &error);
                if (!error.isEmpty())
                    return failure("trace", error);
                if (opts.has("plumes")) {
                    printPlumes(list, format);
                    return 0;
                }
                if (pick > static_cast<int>(list.size()))
                    return failure("trace", QStringLiteral("lidar %1 sees %2 plume(s) in the "
                                                           "scan nearest that time, not %3")
                                                .arg(opts.value("lidar"))
                                                .arg(list.size())
                                                .arg(pick));
                const auto point =
                    trace::requestFor(list[static_cast<size_t>(pick - 1)], pollutant);
                req.lon = point.lon;
                req.lat = point.lat;
                req.ts = point.ts;
                req.excess = point.excess;
                req.receptorHeightM = point.receptorHeightM;
            }
            req.pollutant = pollutant;
        }
        const auto rep = service.run(req);
        if (!rep.ok)
            return failure("trace", rep.error);
        if (req.siteId.isEmpty() && req.clueId.isEmpty())
            std::fprintf(stderr, "event %s at %.5f,%.5f %s: excess %.1f\n",
                         qPrintable(rep.pollutant), rep.lon, rep.lat,
                         qPrintable(model::formatIsoLocal(rep.ts)), rep.excess);
        else
            std::fprintf(stderr,
                         "event %s at %.5f,%.5f %s: observed %.1f, baseline %.1f (%s), excess "
                         "%.1f\n",
                         qPrintable(rep.pollutant), rep.lon, rep.lat,
                         qPrintable(model::formatIsoLocal(rep.ts)), rep.observed, rep.baseline,
                         qPrintable(rep.baselineMethod), rep.excess);
        if (rep.result.fitHours > 0)
            std::fprintf(stderr, "nnls fit over %d hours\n", rep.result.fitHours);
        if (format == QLatin1String("json"))
            printJson(rep);
        else
            printCsv(rep);
        return 0;
    } catch (const store::StoreError& e) {
        return failure("trace", QString::fromUtf8(e.what()));
    }
}

} // namespace eco::app
