// `ecosentry trace`: ranked candidate sources for a station event, a point or a clue, and
// `--evaluate` against the demo's ground-truth episodes.
#include "app/CliOptions.h"
#include "app/Commands.h"
#include "app/CsvField.h"

#include "core/model/Time.h"
#include "core/store/Database.h"
#include "core/store/StoreError.h"
#include "core/trace/TraceService.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

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
                                {"flags", QJsonArray::fromStringList(r.flags)}});
    const QJsonObject doc{{"pollutant", rep.pollutant},
                          {"lon", rep.lon},
                          {"lat", rep.lat},
                          {"time", model::formatIsoLocal(rep.ts)},
                          {"observed", rep.observed},
                          {"baseline", rep.baseline},
                          {"excess", rep.excess},
                          {"upwind_bearing_deg", rep.result.upwindBearingDeg},
                          {"cone_half_angle_deg", rep.result.coneHalfAngleDeg},
                          {"candidates", rows}};
    std::puts(QJsonDocument(doc).toJson(QJsonDocument::Indented).constData());
}

} // namespace

int runTraceCommand(const QStringList& args) {
    CliOptions opts({"db", "clue", "site", "time", "lon", "lat", "hours", "format", "pollutant",
                     "members", "seed"},
                    {"evaluate", "verbose"});
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
    const bool evaluate = opts.has("evaluate");
    if (!evaluate) {
        const int ways =
            int(opts.has("clue")) + int(opts.has("site")) + int(opts.has("lon") || opts.has("lat"));
        if (ways != 1)
            return usageError("trace", QStringLiteral("give exactly one of --clue ID, --site ID "
                                                      "--time T, --lon X --lat Y --time T"));
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
        if (!opts.has("clue")) {
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
            return 0;
        }
        const auto rep = service.run(req);
        if (!rep.ok)
            return failure("trace", rep.error);
        std::fprintf(
            stderr, "event %s at %.5f,%.5f %s: observed %.1f, baseline %.1f, excess %.1f\n",
            qPrintable(rep.pollutant), rep.lon, rep.lat, qPrintable(model::formatIsoLocal(rep.ts)),
            rep.observed, rep.baseline, rep.excess);
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
