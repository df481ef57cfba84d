#include "core/clue/ClueEvidence.h"

#include "core/aq/Cems.h"
#include "core/model/Time.h"
#include "core/store/Database.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace eco::clue {

namespace {

constexpr std::int64_t kHour = 3600;
constexpr const char* kO2 = "a19001";

std::optional<double> number(const QJsonObject& o, const char* key) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble() && std::isfinite(v.toDouble()))
        return v.toDouble();
    return std::nullopt;
}

std::optional<std::int64_t> isoTime(const QJsonValue& v) {
    if (v.isDouble())
        return static_cast<std::int64_t>(v.toDouble());
    if (v.isString())
        return model::parseIsoTime(v.toString().toStdString());
    return std::nullopt;
}

QString outletOf(const ClueRow& c) {
    return c.subjectKind == QLatin1String("outlet") ? c.subjectId : QString();
}

QString enterpriseOf(const store::Database& db, const ClueRow& c, const QJsonObject& ev) {
    if (c.subjectKind == QLatin1String("enterprise"))
        return c.subjectId;
    const QString e = ev.value(QLatin1String("enterprise_id")).toString();
    if (!e.isEmpty())
        return e;
    if (c.subjectKind == QLatin1String("outlet")) {
        auto st = db.prepare("SELECT enterprise_id FROM outlets WHERE id=?1");
        st.bind(1, c.subjectId);
        if (st.step())
            return st.text(0);
    }
    return {};
}

// An outlet's main pollutant when the evidence names none (F4 judges the whole outlet): the one
// with a permit limit, SO2 before NOx before dust.
QString mainPollutant(const store::Database& db, const QString& outlet) {
    auto st = db.prepare("SELECT pollutant FROM limits WHERE outlet_id=?1 AND interval='hour' "
                         "ORDER BY CASE pollutant WHEN 'a21026' THEN 0 WHEN 'a21002' THEN 1 "
                         "WHEN 'a34013' THEN 2 ELSE 3 END, pollutant LIMIT 1");
    st.bind(1, outlet);
    if (st.step())
        return st.text(0);
    auto any = db.prepare("SELECT pollutant FROM series WHERE source_id=?1 AND interval='hour' "
                          "AND pollutant NOT IN ('a00000','a19001','a01011','a01012','a01013',"
                          "'a01014') ORDER BY pollutant LIMIT 1");
    any.bind(1, outlet);
    return any.step() ? any.text(0) : QString();
}

std::optional<double> limitOf(const store::Database& db, const QString& outlet,
                              const QString& pollutant, const QString& interval) {
    auto st = db.prepare(
        "SELECT limit_value FROM limits WHERE outlet_id=?1 AND pollutant=?2 AND interval=?3");
    st.bind(1, outlet).bind(2, pollutant).bind(3, interval);
    if (st.step())
        return st.real(0);
    return std::nullopt;
}

std::optional<double> o2RefOf(const store::Database& db, const QString& outlet) {
    auto st = db.prepare("SELECT o2_ref_pct FROM outlets WHERE id=?1");
    st.bind(1, outlet);
    return st.step() ? st.optionalReal(0) : std::nullopt;
}

bool isPollutantCode(const QString& s) {
    return s.size() == 6 && (s.startsWith(u'a') || s.startsWith(u'w')) && s.mid(1).toInt() > 0;
}

} // namespace

EvidencePlan EvidencePlan::build(const store::Database& db, const ClueRow& clue,
                                 const QJsonObject& ev) {
    EvidencePlan p;
    p.rule = clue.rule;
    p.windowStart = clue.startTs;
    p.windowEnd = clue.endTs;
    const QJsonObject window = ev.value(QLatin1String("window")).toObject();
    if (auto s = isoTime(window.value(QLatin1String("start_ts"))))
        p.windowStart = *s;
    if (auto e = isoTime(window.value(QLatin1String("end_ts"))))
        p.windowEnd = *e;
    if (p.windowEnd <= p.windowStart)
        p.windowEnd = p.windowStart + kHour;
    p.peakTs = isoTime(ev.value(QLatin1String("peak_ts")));
    p.limit = number(ev, "limit");
    p.limitInterval = ev.value(QLatin1String("limit_interval")).toString();
    for (auto it = ev.begin(); it != ev.end(); ++it)
        if (it->isDouble() || it->isString() || it->isBool())
            p.facts.insert(it.key(), *it);

    const QString family = clue.rule.left(1);
    const QString outlet = outletOf(clue);
    const QString facet = ev.value(QLatin1String("facet")).toString();

    for (const QJsonValue& v : ev.value(QLatin1String("series")).toArray()) {
        const QJsonObject o = v.toObject();
        SeriesRef r;
        r.sourceId = o.value(QLatin1String("source_id")).toString();
        r.pollutant = o.value(QLatin1String("pollutant")).toString();
        r.interval = o.value(QLatin1String("interval")).toString(QStringLiteral("hour"));
        if (r.sourceId.isEmpty())
            continue;
        if (r.pollutant.isEmpty())
            r.pollutant = isPollutantCode(facet) ? facet : mainPollutant(db, r.sourceId);
        if (r.pollutant.isEmpty()) {
            p.notes << QStringLiteral("no pollutant for series of %1").arg(r.sourceId);
            continue;
        }
        r.reference = !p.series.empty() && r.sourceId != clue.subjectId;
        p.series.push_back(r);
    }
    if (p.series.empty() && !outlet.isEmpty() && family != QLatin1String("P")) {
        const QString code = isPollutantCode(facet) ? facet : mainPollutant(db, outlet);
        if (!code.isEmpty())
            p.series.push_back({outlet, code, QStringLiteral("hour"), false});
    }
    if (!outlet.isEmpty() && !p.series.empty()) {
        const QString code = p.series.front().pollutant;
        if (!p.limit && code != QLatin1String(kO2) && code != QLatin1String("a00000")) {
            p.limit = limitOf(db, outlet, code, QStringLiteral("hour"));
            if (p.limit)
                p.limitInterval = QStringLiteral("hour");
        }
        // Limits apply to O2-corrected values: show them beside the raw ones.
        if (code != QLatin1String(kO2) && code != QLatin1String("a00000"))
            p.o2RefPct = number(ev, "o2_ref") ? number(ev, "o2_ref") : o2RefOf(db, outlet);
    }

    for (const QJsonValue& v : ev.value(QLatin1String("circuits")).toArray()) {
        const QJsonObject o = v.toObject();
        CircuitRef c;
        c.meterId = o.value(QLatin1String("meter_id")).toString();
        c.circuit = o.value(QLatin1String("circuit")).toString();
        c.onKw = number(o, "on_kw");
        c.offKw = number(o, "off_kw");
        if (!c.meterId.isEmpty())
            p.circuits.push_back(c);
    }
    for (const QJsonValue& v : ev.value(QLatin1String("missing_meters")).toArray()) {
        CircuitRef c;
        c.meterId = v.toString();
        c.missing = true;
        p.circuits.push_back(c);
    }
    // Production and treatment power for P rules, and production for F3/F8, from the meters of
    // the enterprise when the evidence does not name them all.
    const bool wantsPower = family == QLatin1String("P") || clue.rule == QLatin1String("F3") ||
                            clue.rule == QLatin1String("F8");
    if (wantsPower) {
        const QString enterprise = enterpriseOf(db, clue, ev);
        auto st = db.prepare("SELECT meter_id, circuit FROM power_meters WHERE enterprise_id=?1 "
                             "ORDER BY circuit, meter_id");
        st.bind(1, enterprise);
        while (st.step()) {
            const QString id = st.text(0);
            auto known = std::find_if(p.circuits.begin(), p.circuits.end(),
                                      [&](const CircuitRef& c) { return c.meterId == id; });
            if (known != p.circuits.end()) {
                if (known->circuit.isEmpty())
                    known->circuit = st.text(1);
                continue;
            }
            if (family != QLatin1String("P") && st.text(1) != QLatin1String("production"))
                continue;
            CircuitRef c;
            c.meterId = id;
            c.circuit = st.text(1);
            p.circuits.push_back(c);
        }
        if (p.circuits.empty())
            p.notes << QStringLiteral("no power meters for enterprise %1").arg(enterprise);
    }

    const QJsonObject alert = ev.value(QLatin1String("alert")).toObject();
    if (!alert.isEmpty()) {
        AlertBand a;
        a.level = alert.value(QLatin1String("level")).toString();
        const auto s = isoTime(alert.value(QLatin1String("start")));
        const auto e = isoTime(alert.value(QLatin1String("end")));
        a.requiredReductionPct = number(alert, "required_reduction_pct");
        if (s && e && *e > *s) {
            a.startTs = *s;
            a.endTs = *e;
            p.alert = a;
        } else {
            p.notes << QStringLiteral("alert without a valid start and end");
        }
    }
    if (p.series.empty() && p.circuits.empty())
        p.notes << QStringLiteral("the evidence names no series to plot");

    // Context around the window: half its length, at least 12 h, at most 3 days each side.
    std::int64_t from = p.windowStart, to = p.windowEnd;
    if (p.alert) {
        from = std::min(from, p.alert->startTs);
        to = std::max(to, p.alert->endTs);
    }
    const std::int64_t pad = std::clamp<std::int64_t>((to - from) / 2, 12 * kHour, 72 * kHour);
    p.plotFrom = from - pad;
    p.plotTo = to + pad;
    return p;
}

EvidenceData EvidenceData::load(const store::Database& db, EvidencePlan plan) {
    EvidenceData d;
    const store::SeriesRepository repo(db);
    for (const SeriesRef& r : plan.series) {
        const auto interval = model::parseInterval(r.interval.toStdString());
        LoadedSeries s{r, {}, {}};
        if (!interval) {
            plan.notes << QStringLiteral("series %1/%2: unknown interval '%3'")
                              .arg(r.sourceId, r.pollutant, r.interval);
            continue;
        }
        s.points = repo.load(r.sourceId, r.pollutant, *interval, plan.plotFrom, plan.plotTo);
        if (s.points.empty())
            plan.notes << QStringLiteral("no data for %1 %2 in the plotted range")
                              .arg(r.sourceId, r.pollutant);
        if (!r.reference && plan.o2RefPct && !s.points.empty()) {
            const auto o2 =
                repo.load(r.sourceId, QLatin1String(kO2), *interval, plan.plotFrom, plan.plotTo);
            std::size_t j = 0;
            for (const store::SeriesPoint& pt : s.points) {
                while (j < o2.size() && o2[j].ts < pt.ts)
                    ++j;
                store::SeriesPoint c{pt.ts, std::numeric_limits<double>::quiet_NaN(), pt.flag};
                if (j < o2.size() && o2[j].ts == pt.ts && std::isfinite(pt.value) &&
                    std::isfinite(o2[j].value))
                    if (auto v = aq::o2Corrected(pt.value, o2[j].value, *plan.o2RefPct))
                        c.value = *v;
                s.corrected.push_back(c);
            }
        }
        d.series.push_back(std::move(s));
    }
    for (const CircuitRef& c : plan.circuits) {
        LoadedCircuit l{c, repo.power(c.meterId, plan.plotFrom, plan.plotTo)};
        if (l.points.empty())
            plan.notes << QStringLiteral("no power data for meter %1").arg(c.meterId);
        d.circuits.push_back(std::move(l));
    }
    d.plan = std::move(plan);
    return d;
}

bool EvidenceData::empty() const {
    for (const auto& s : series)
        if (!s.points.empty())
            return false;
    for (const auto& c : circuits)
        if (!c.points.empty())
            return false;
    return true;
}

} // namespace eco::clue
