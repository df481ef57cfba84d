#include "core/trace/TraceService.h"

#include "core/geo/LocalTangentPlane.h"
#include "core/model/Interval.h"
#include "core/store/CatalogRepository.h"
#include "core/store/Database.h"
#include "core/store/SeriesRepository.h"
#include "core/store/TruthRepository.h"
#include "core/trace/EventDetectors.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace eco::trace {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr int kMaxFitHours = 24;
const QString kWindSpeed = QStringLiteral("a01007");
const QString kWindDir = QStringLiteral("a01008");
const QString kFlow = QStringLiteral("a00000");
const QStringList kTraceable = {QStringLiteral("a34004"), QStringLiteral("a21026"),
                                QStringLiteral("a21004"), QStringLiteral("a34002")};

struct Baseline {
    double observed = kNaN;
    double baseline = kNaN;
    double excess = kNaN;
    double robustSpread = kNaN;
    QString method;
};

constexpr int kMinRollingHours = 8;
constexpr int kMinNetworkStations = 4;
constexpr int kMinStationHours = 3;

double robustSpreadOf(const std::vector<double>& values) {
    const double med = quantile(values, 0.5);
    std::vector<double> dev;
    dev.reserve(values.size());
    for (const double v : values)
        dev.push_back(std::abs(v - med));
    return std::max(1.0, quantile(dev, 0.5) * 1.4826);
}

// The hour's value against a background. Normally the 10th percentile of the station's previous
// 24 hours (a rolling low percentile: the background the plume rides on). A station without that
// history (its first day, a long outage) falls back to the network's background at the same hour
// (the 10th percentile over the other stations, when at least 4 report), and failing that to the
// 10th percentile of whatever hours it has in the window (at least 3).
Baseline baselineAt(const store::SeriesRepository& series, const QStringList& stations,
                    const QString& site, const QString& pollutant, std::int64_t ts) {
    Baseline b;
    const std::int64_t hour = ts - ((ts % 3600) + 3600) % 3600;
    const auto pts =
        series.load(site, pollutant, model::Interval::Hour, hour - 24 * 3600, hour + 1);
    std::vector<double> window;
    for (const auto& p : pts) {
        if (p.ts == hour) {
            if (p.flag == 'N')
                b.observed = p.value;
        } else if (p.flag == 'N' && std::isfinite(p.value)) {
            window.push_back(p.value);
        }
    }
    if (!std::isfinite(b.observed))
        return b;
    if (window.size() >= kMinRollingHours) {
        b.baseline = quantile(window, 0.1);
        b.robustSpread = robustSpreadOf(window);
        b.method = QStringLiteral("rolling_24h_p10");
    } else {
        std::vector<double> network;
        for (const QString& other : stations) {
            if (other == site)
                continue;
            for (const auto& p :
                 series.load(other, pollutant, model::Interval::Hour, hour, hour + 1))
                if (p.ts == hour && p.flag == 'N' && std::isfinite(p.value))
                    network.push_back(p.value);
        }
        if (network.size() >= kMinNetworkStations) {
            b.baseline = quantile(network, 0.1);
            b.robustSpread = robustSpreadOf(network);
            b.method = QStringLiteral("network_hour_p10");
        } else if (window.size() >= kMinStationHours) {
            b.baseline = quantile(window, 0.1);
            b.robustSpread = robustSpreadOf(window);
            b.method = QStringLiteral("station_hours_p10");
        } else {
            return b;
        }
    }
    b.excess = b.observed - b.baseline;
    return b;
}

// Hourly values of several pollutants for every source whose series match, in [from, to).
QHash<QString, QHash<QString, std::vector<double>>> hourlyTable(const store::Database& db,
                                                                const QStringList& pollutants,
                                                                std::int64_t from,
                                                                std::int64_t to) {
    QHash<QString, QHash<QString, std::vector<double>>> out;
    const auto hours = static_cast<size_t>((to - from) / 3600);
    auto st = db.prepare("SELECT s.source_id, s.pollutant, r.ts, r.value, r.flag FROM series s "
                         "JOIN readings r ON r.series_id=s.id WHERE s.interval='hour' AND "
                         "s.pollutant=?1 AND r.ts>=?2 AND r.ts<?3");
    for (const QString& p : pollutants) {
        st.bind(1, p).bind(2, from).bind(3, to);
        while (st.step()) {
            if (st.isNull(3) || st.textView(4) != "N")
                continue;
            auto& v = out[st.text(0)][p];
            if (v.empty())
                v.assign(hours, kNaN);
            const auto h = static_cast<size_t>((st.int64(2) - from) / 3600);
            if (h < v.size())
                v[h] = st.real(3);
        }
        st.reset();
    }
    return out;
}

} // namespace

double lidarBeamHeightM(double rangeM, double elevationDeg) {
    return 3.0 + std::max(0.0, rangeM) * std::sin(elevationDeg * std::numbers::pi / 180.0);
}

QString TraceService::emissionFactorFor(const QString& ambient) {
    if (ambient == QLatin1String("a21026"))
        return QStringLiteral("a21026"); // SO2
    if (ambient == QLatin1String("a21004") || ambient == QLatin1String("a21002"))
        return QStringLiteral("a21002"); // NO2 from NOx (as NO2)
    if (ambient == QLatin1String("a24088"))
        return QStringLiteral("a24088");
    return QStringLiteral("a34013"); // PM2.5 / PM10 from particulate
}

TraceReport TraceService::run(const TraceRequest& req) const {
    const PreparedTrace prepared = prepare(req);
    if (!prepared.report.ok)
        return prepared.report;
    return rank(prepared);
}

TraceReport TraceService::rank(const PreparedTrace& p) {
    TraceReport rep = p.report;
    rep.result = SourceRanker().rank(p.wind, p.event, p.candidates, p.options);
    int rank = 0;
    for (const auto& r : rep.result.ranked) {
        // A candidate the fit set to zero is still listed (after every positive one): the
        // officer sees that the hours before the event argue against it.
        if (r.score <= 0 && r.kernelScore <= 0)
            break;
        const Candidate& c = p.candidates[static_cast<size_t>(r.index)];
        rep.rows.push_back({++rank, c.enterpriseId, c.outletId, r.score, r.pTop1, r.pTop3,
                            r.distanceM, r.bearingDeg, r.explainedShare, r.flags, r.kernelScore,
                            r.fitFactor});
    }
    return rep;
}

PreparedTrace TraceService::prepare(const TraceRequest& req) const {
    PreparedTrace out;
    TraceReport& rep = out.report;
    store::CatalogRepository catalog(m_db);
    store::SeriesRepository series(m_db);
    QString siteId = req.siteId;
    std::int64_t ts = req.ts;
    if (!req.clueId.isEmpty()) {
        auto st = m_db.prepare("SELECT subject_kind, subject_id, start_ts FROM clues WHERE id=?1");
        st.bind(1, req.clueId);
        if (!st.step()) {
            rep.error = QStringLiteral("clue %1 does not exist").arg(req.clueId);
            return out;
        }
        if (st.text(0) != QLatin1String("site")) {
            rep.error = QStringLiteral("clue %1 is about a %2, not a station: trace a station or "
                                       "a point")
                            .arg(req.clueId, st.text(0));
            return out;
        }
        siteId = st.text(1);
        ts = st.int64(2);
    }
    // A station's value is an hour mean: its event sits mid-hour. A point event (a hotspot's
    // peak, a lidar scan, a map click) keeps its own time.
    const std::int64_t eventTs = siteId.isEmpty() ? ts : ts - (((ts % 3600) + 3600) % 3600) + 1800;
    ts -= ((ts % 3600) + 3600) % 3600; // the hour containing ts
    rep.ts = siteId.isEmpty() ? eventTs : ts;
    if (!siteId.isEmpty()) {
        const auto site = catalog.site(siteId);
        if (!site) {
            rep.error = QStringLiteral("station %1 does not exist").arg(siteId);
            return out;
        }
        rep.lon = site->lon;
        rep.lat = site->lat;
        QStringList stations;
        for (const auto& s : catalog.sites())
            stations << s.id;
        const auto baselineOf = [&](const QString& p, std::int64_t t) {
            return baselineAt(series, stations, siteId, p, t);
        };
        QString pollutant = req.pollutant;
        Baseline best;
        if (pollutant.isEmpty()) {
            double bestZ = -1;
            for (const QString& p : kTraceable) {
                const Baseline b = baselineOf(p, ts);
                if (!std::isfinite(b.excess))
                    continue;
                const double z = b.excess / b.robustSpread;
                if (z > bestZ) {
                    bestZ = z;
                    best = b;
                    pollutant = p;
                }
            }
            if (pollutant.isEmpty()) {
                // No baseline yet (the first hours of a store): trace the first pollutant with a
                // valid value; the excess is unknown, so shares stay 0.
                for (const QString& p : kTraceable) {
                    const Baseline b = baselineOf(p, ts);
                    if (std::isfinite(b.observed)) {
                        best = b;
                        pollutant = p;
                        break;
                    }
                }
            }
            if (pollutant.isEmpty()) {
                rep.error = QStringLiteral("station %1 has no valid data at that hour").arg(siteId);
                return out;
            }
        } else {
            best = baselineOf(pollutant, ts);
        }
        rep.pollutant = pollutant;
        rep.observed = best.observed;
        rep.baseline = best.baseline;
        rep.excess = std::isfinite(best.excess) ? std::max(0.0, best.excess) : 0.0;
        rep.baselineMethod = best.method;
        // The excess of the event's hour and the hours before it, over the same background:
        // what the NNLS fit explains.
        if (std::isfinite(best.baseline) && req.hours > 1) {
            const int span = std::clamp(static_cast<int>(std::ceil(req.hours)), 1, kMaxFitHours);
            const std::int64_t first = ts - static_cast<std::int64_t>(span - 1) * 3600;
            out.event.hourlyArrivalTs = eventTs - (ts - first);
            out.event.hourlyExcess.assign(static_cast<size_t>(span), kNaN);
            for (const auto& p :
                 series.load(siteId, pollutant, model::Interval::Hour, first, ts + 1))
                if (p.flag == 'N' && std::isfinite(p.value) && p.ts >= first && p.ts <= ts)
                    out.event.hourlyExcess[static_cast<size_t>((p.ts - first) / 3600)] =
                        p.value - best.baseline;
        }
    } else if (req.lon && req.lat) {
        rep.lon = *req.lon;
        rep.lat = *req.lat;
        rep.pollutant = req.pollutant.isEmpty() ? QStringLiteral("a34004") : req.pollutant;
        rep.excess = std::max(0.0, req.excess.value_or(0.0));
    } else {
        rep.error = QStringLiteral("a trace needs a station, a point or a clue");
        return out;
    }

    const geo::LocalTangentPlane plane(rep.lon, rep.lat);
    // Winds and rates for the back-trajectories of every fitted hour.
    const std::int64_t from =
        ts -
        2 * static_cast<std::int64_t>(std::ceil(std::min<double>(req.hours, kMaxFitHours))) * 3600 -
        3 * 3600;
    const std::int64_t to = ts + 2 * 3600;
    const auto hours = static_cast<size_t>((to - from) / 3600);

    // Wind field from every station with both speed and direction.
    QHash<QString, QPointF> sitePos;
    for (const auto& s : catalog.sites())
        sitePos.insert(s.id, plane.toLocal(s.lon, s.lat));
    const auto winds = hourlyTable(m_db, {kWindSpeed, kWindDir}, from, to);
    WindField field;
    for (size_t h = 0; h < hours; ++h) {
        std::vector<WindObservation> obs;
        for (auto it = winds.cbegin(); it != winds.cend(); ++it) {
            if (!sitePos.contains(it.key()))
                continue;
            const auto ws = it->value(kWindSpeed);
            const auto wd = it->value(kWindDir);
            if (ws.size() <= h || wd.size() <= h || !std::isfinite(ws[h]) || !std::isfinite(wd[h]))
                continue;
            obs.push_back({sitePos.value(it.key()), ws[h], wd[h]});
        }
        if (!obs.empty())
            field.addHour(from + static_cast<std::int64_t>(h) * 3600, std::move(obs));
    }
    if (field.empty()) {
        rep.error = QStringLiteral("no station wind data around %1").arg(ts);
        return out;
    }

    // Candidates: CEMS outlets with their hourly mass rates.
    const QString factor = emissionFactorFor(rep.pollutant);
    const auto cems = hourlyTable(m_db, {factor, kFlow}, from, to);
    std::vector<Candidate> candidates;
    QHash<QString, double> enterpriseRate; // for the power-proxy calibration
    for (const auto& o : catalog.outlets()) {
        if (o.medium != QLatin1String("gas"))
            continue;
        Candidate c;
        c.enterpriseId = o.enterpriseId;
        c.outletId = o.id;
        c.positionM = plane.toLocal(o.lon, o.lat);
        c.stackHeightM = o.heightM.value_or(15);
        c.exitVelocityMs = o.gasVelocityMs.value_or(0);
        c.diameterM = o.diameterM.value_or(0);
        c.exitTempK = o.gasTempC ? *o.gasTempC + 273.15 : 0;
        c.ratesStartTs = from;
        const auto conc = cems.value(o.id).value(factor);
        const auto flow = cems.value(o.id).value(kFlow);
        c.hourlyRateGps.assign(hours, std::numeric_limits<float>::quiet_NaN());
        double sum = 0;
        int n = 0;
        for (size_t h = 0; h < hours && h < conc.size() && h < flow.size(); ++h)
            if (std::isfinite(conc[h]) && std::isfinite(flow[h])) {
                // mg/m3 x m3/h -> g/s
                const double rate = conc[h] * flow[h] / 3.6e6;
                c.hourlyRateGps[h] = static_cast<float>(rate);
                sum += rate;
                ++n;
            }
        c.rateGps = n ? sum / n : 0;
        enterpriseRate[o.enterpriseId] += c.rateGps;
        candidates.push_back(std::move(c));
    }
    // Enterprises with production power but no CEMS: power x (g/s per kW learned from the
    // enterprises that have both).
    QHash<QString, double> productionKw;
    {
        auto st =
            m_db.prepare("SELECT m.enterprise_id, avg(p.kw) FROM power_meters m JOIN "
                         "power_readings p ON p.meter=m.id WHERE m.circuit='production' AND "
                         "p.ts>=?1 AND p.ts<?2 AND p.kw IS NOT NULL GROUP BY m.enterprise_id");
        st.bind(1, from).bind(2, to);
        while (st.step())
            productionKw.insert(st.text(0), st.real(1));
    }
    std::vector<double> ratios;
    for (auto it = productionKw.cbegin(); it != productionKw.cend(); ++it)
        if (enterpriseRate.contains(it.key()) && it.value() > 1 &&
            enterpriseRate.value(it.key()) > 0)
            ratios.push_back(enterpriseRate.value(it.key()) / it.value());
    const double perKw = ratios.empty() ? 1e-4 : quantile(ratios, 0.5);
    for (const auto& e : catalog.enterprises()) {
        if (enterpriseRate.contains(e.id) || !productionKw.contains(e.id))
            continue;
        Candidate c;
        c.enterpriseId = e.id;
        c.positionM = plane.toLocal(e.lon, e.lat);
        c.stackHeightM = 15;
        c.rateGps = productionKw.value(e.id) * perKw;
        c.rateFromPower = true;
        candidates.push_back(std::move(c));
    }
    if (candidates.empty()) {
        rep.error = QStringLiteral("no candidate sources in the store");
        return out;
    }

    TraceEvent& ev = out.event;
    ev.receptorM = QPointF(0, 0);
    ev.receptorLon = rep.lon;
    ev.receptorLat = rep.lat;
    ev.ts = eventTs;
    ev.excess = rep.excess;
    if (req.receptorHeightM)
        ev.receptorHeightM = std::clamp(*req.receptorHeightM, 0.0, 3000.0);
    RankOptions& opt = out.options;
    opt.hours = req.hours;
    opt.members = req.members;
    opt.seed = req.seed;
    opt.maxResults = req.maxResults;
    opt.fit = req.fit;
    out.wind = std::move(field);
    out.candidates = std::move(candidates);
    rep.ok = true;
    return out;
}

EvaluationReport TraceService::evaluate(const TraceRequest& defaults) const {
    EvaluationReport out;
    store::TruthRepository truth(m_db);
    const auto observations = truth.observations();
    const auto strongestOf = [&](const QString& episode, const QString& kind) {
        const model::TruthObservation* best = nullptr;
        for (const auto& o : observations)
            if (o.episodeId == episode && o.receptorKind == kind &&
                (!best || o.excess > best->excess))
                best = &o;
        return best;
    };
    EvaluationTally sites;
    for (const auto& ep : truth.episodes()) {
        for (const QString& kind :
             {QStringLiteral("site"), QStringLiteral("lidar"), QStringLiteral("vehicle")}) {
            const model::TruthObservation* strongest = strongestOf(ep.id, kind);
            if (!strongest)
                continue;
            TraceRequest req = defaults;
            req.ts = strongest->ts;
            req.pollutant = ep.pollutant;
            req.clueId.clear();
            req.siteId.clear();
            req.lon.reset();
            req.lat.reset();
            if (kind == QLatin1String("site")) {
                req.siteId = strongest->receptorId;
            } else {
                req.lon = strongest->lon;
                req.lat = strongest->lat;
                req.excess = strongest->excess;
                if (kind == QLatin1String("lidar"))
                    req.receptorHeightM = lidarHeightOf(*strongest);
            }
            const PreparedTrace prepared = prepare(req);
            const TraceReport rep = prepared.report.ok ? rank(prepared) : prepared.report;
            EvaluationTally& tally = kind == QLatin1String("site")    ? sites
                                     : kind == QLatin1String("lidar") ? out.lidar
                                                                      : out.vehicle;
            ++tally.episodes;
            int found = 0;
            QStringList seen; // ranks count enterprises, not outlets
            for (const auto& row : rep.rows) {
                if (seen.contains(row.enterpriseId))
                    continue;
                seen << row.enterpriseId;
                if (row.enterpriseId == ep.enterpriseId) {
                    found = static_cast<int>(seen.size());
                    break;
                }
            }
            if (found == 1)
                ++tally.top1Hits;
            if (found >= 1 && found <= 3)
                ++tally.top3Hits;
            out.lines << QStringLiteral("%1 %2=%3 source=%4 excess=%5 rank=%6%7")
                             .arg(ep.id, kind, strongest->receptorId, ep.enterpriseId)
                             .arg(strongest->excess, 0, 'f', 1)
                             .arg(found ? QString::number(found)
                                        : (rep.ok ? QStringLiteral("-") : rep.error),
                                  diagnose(prepared, ep, strongest->ts));
        }
    }
    out.episodes = sites.episodes;
    out.top1Hits = sites.top1Hits;
    out.top3Hits = sites.top3Hits;
    return out;
}

double TraceService::lidarHeightOf(const model::TruthObservation& o) const {
    auto st = m_db.prepare("SELECT l.lon, l.lat, (SELECT s.elevation_deg FROM lidar_scans s WHERE "
                           "s.device_id=l.id AND s.mode='ppi' ORDER BY abs(s.ts-?2) LIMIT 1) "
                           "FROM lidars l WHERE l.id=?1");
    st.bind(1, o.receptorId).bind(2, o.ts);
    if (!st.step() || st.isNull(2))
        return 3.0;
    const geo::LocalTangentPlane plane(st.real(0), st.real(1));
    const QPointF p = plane.toLocal(o.lon, o.lat);
    return lidarBeamHeightM(std::hypot(p.x(), p.y()), st.real(2));
}

QString TraceService::diagnose(const PreparedTrace& prepared, const model::TruthEpisode& ep,
                               std::int64_t observedTs) {
    // Why a source was ranked where it was: where it sits against the wind and how long its air
    // took to arrive, next to when the episode actually emitted.
    if (!prepared.report.ok)
        return {};
    const auto& cands = prepared.candidates;
    const auto it = std::find_if(cands.begin(), cands.end(),
                                 [&](const Candidate& c) { return c.outletId == ep.outletId; });
    if (it == cands.end())
        return QStringLiteral(" (outlet %1 is not a candidate)").arg(ep.outletId);
    const WindVector w = prepared.wind.at(prepared.event.receptorM, prepared.event.ts);
    const QPointF d = it->positionM - prepared.event.receptorM;
    const double dist = std::hypot(d.x(), d.y());
    const double bearing = bearingDeg(prepared.event.receptorM, it->positionM);
    const double travelMin = dist / std::max(0.5, w.speed()) / 60;
    return QStringLiteral(" dist=%1m bearing=%2 upwind=%3 off=%4 ws10=%5 travel@10m=%6min "
                          "obs-start=%7h end-obs=%8h")
        .arg(dist, 0, 'f', 0)
        .arg(bearing, 0, 'f', 0)
        .arg(w.directionDeg(), 0, 'f', 0)
        .arg(bearingDifferenceDeg(w.directionDeg(), bearing), 0, 'f', 0)
        .arg(w.speed(), 0, 'f', 1)
        .arg(travelMin, 0, 'f', 0)
        .arg(double(observedTs - ep.startTs) / 3600, 0, 'f', 1)
        .arg(double(ep.endTs - observedTs) / 3600, 0, 'f', 1);
}

} // namespace eco::trace
