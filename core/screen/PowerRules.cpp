#include "core/screen/PowerRules.h"

#include "core/model/Time.h"
#include "core/screen/SeriesMath.h"

#include <QJsonArray>

#include <cmath>

namespace eco::screen {

namespace {

constexpr std::int64_t kDay = 86400;

Finding enterpriseFinding(const QString& rule, const EnterpriseData& e, const QString& facet,
                          std::int64_t start, std::int64_t end, int severity, double score,
                          const QString& summary, QJsonObject ev) {
    Finding f;
    f.rule = rule;
    f.subjectKind = QStringLiteral("enterprise");
    f.subjectId = e.enterpriseId;
    f.facet = facet;
    f.startTs = start;
    f.endTs = end;
    f.severity = std::clamp(severity, 1, 3);
    f.score = std::clamp(score, 0.0, 1.0);
    f.summary = summary;
    ev.insert(QStringLiteral("facet"), facet);
    f.evidence = ev;
    return f;
}

QJsonObject circuitsEvidence(const Circuit& p, const Circuit* t, std::int64_t ts) {
    auto thr = [&](const Circuit& c) {
        QJsonObject o{{"meter_id", c.meter.meterId}, {"circuit", c.meter.circuit}};
        for (const CircuitThresholds& th : c.thresholds)
            if (th.fromTs <= ts) {
                o.insert(QStringLiteral("on_kw"), th.onKw);
                o.insert(QStringLiteral("off_kw"), th.offKw);
                o.insert(QStringLiteral("learned"), th.learned);
            }
        return o;
    };
    QJsonArray a{thr(p)};
    if (t)
        a.append(thr(*t));
    return QJsonObject{{"circuits", a}};
}

int slotFirstEval(const Samples& s, const EvalWindow& w) {
    return std::max(0, s.indexOf(w.evalFrom));
}

} // namespace

std::vector<std::pair<const Circuit*, const Circuit*>> circuitPairs(const EnterpriseData& e) {
    std::vector<std::pair<const Circuit*, const Circuit*>> out;
    for (const Circuit& p : e.production) {
        const Circuit* match = nullptr;
        for (const Circuit& t : e.treatment)
            if (t.meter.linkedMeterId == p.meter.meterId ||
                p.meter.linkedMeterId == t.meter.meterId)
                match = &t;
        if (!match && e.treatment.size() == 1)
            match = &e.treatment.front();
        if (match)
            out.emplace_back(&p, match);
    }
    return out;
}

// ---------------------------------------------------------------------------------------- P1
std::int64_t TreatmentOffRule::contextSeconds(const ScreeningSettings& s) const {
    return static_cast<std::int64_t>((s.circuitLearnDays + 8) * kDay);
}

void TreatmentOffRule::evaluate(const EnterpriseData& e, const ScreeningSettings& s,
                                const EvalWindow& w, std::vector<Finding>& out) const {
    for (const auto& [p, t] : circuitPairs(e)) {
        const int n = std::min(p->kw.size(), t->kw.size());
        const int step = static_cast<int>(p->kw.step);
        const int e0 = slotFirstEval(p->kw, w);
        int run = 0;
        for (int j = 0; j < n; ++j) {
            const bool off =
                p->state[static_cast<size_t>(j)] == 1 && t->state[static_cast<size_t>(j)] == 0;
            run = off ? run + 1 : 0;
            if (j < e0 || run == 0 || run * step < s.p1MinMinutes * 60)
                continue;
            const int minutes = run * step / 60;
            const bool high = minutes >= s.p1HighMinutes;
            QJsonObject ev = circuitsEvidence(*p, t, p->kw.ts(j));
            ev.insert(QStringLiteral("minutes_so_far"), minutes);
            out.push_back(enterpriseFinding(
                id(), e, p->meter.meterId, p->kw.ts(j - run + 1), p->kw.ts(j) + step, high ? 3 : 2,
                high ? 0.9 : 0.7 + 0.2 * minutes / s.p1HighMinutes,
                QStringLiteral("treatment %1 OFF while production %2 ON for >= %3 min")
                    .arg(t->meter.meterId, p->meter.meterId)
                    .arg(minutes),
                ev));
        }
    }
}

// ---------------------------------------------------------------------------------------- P2
std::int64_t StartStopOrderRule::contextSeconds(const ScreeningSettings& s) const {
    return static_cast<std::int64_t>((s.circuitLearnDays + 8) * kDay);
}

void StartStopOrderRule::evaluate(const EnterpriseData& e, const ScreeningSettings& s,
                                  const EvalWindow& w, std::vector<Finding>& out) const {
    for (const auto& [p, t] : circuitPairs(e)) {
        const int n = std::min(p->kw.size(), t->kw.size());
        const int step = static_cast<int>(p->kw.step);
        const int maxSlots = static_cast<int>(s.p2WindowMinutes * 60 / step);
        auto ps = [&](int j) {
            return j >= 0 && j < n ? int(p->state[static_cast<size_t>(j)]) : -1;
        };
        auto ts = [&](int j) {
            return j >= 0 && j < n ? int(t->state[static_cast<size_t>(j)]) : -1;
        };
        for (int j = std::max(1, slotFirstEval(p->kw, w)); j < n; ++j) {
            int from = -1;
            QString kind;
            if (ts(j) == 1 && ts(j - 1) == 0) {
                // Treatment starts now: did production start earlier, with treatment OFF since?
                int k = j - 1;
                while (k >= 0 && j - k <= maxSlots && ps(k) == 1 && ts(k) == 0)
                    --k;
                if (k < j - 1 && k >= 0 && ps(k) == 0 && ts(k) == 0 && j - k - 1 <= maxSlots) {
                    from = k + 1;
                    kind = QStringLiteral("production started before treatment");
                }
            } else if (ps(j) == 0 && ps(j - 1) == 1) {
                // Production stops now: did treatment stop earlier, with production ON since?
                int k = j - 1;
                while (k >= 0 && j - k <= maxSlots && ps(k) == 1 && ts(k) == 0)
                    --k;
                if (k < j - 1 && k >= 0 && ps(k) == 1 && ts(k) == 1 && j - k - 1 <= maxSlots) {
                    from = k + 1;
                    kind = QStringLiteral("treatment stopped before production");
                }
            }
            if (from < 0)
                continue;
            const int lagMin = (j - from) * step / 60;
            if (lagMin <= s.p2MaxLagMinutes)
                continue;
            QJsonObject ev = circuitsEvidence(*p, t, p->kw.ts(j));
            ev.insert(QStringLiteral("lag_minutes"), lagMin);
            ev.insert(QStringLiteral("kind"), kind);
            out.push_back(enterpriseFinding(id(), e, p->meter.meterId, p->kw.ts(from), p->kw.ts(j),
                                            lagMin >= 30 ? 3 : 2,
                                            0.6 + 0.35 * std::min(1.0, lagMin / 60.0),
                                            QStringLiteral("%1 by %2 min (%3 / %4)")
                                                .arg(kind)
                                                .arg(lagMin)
                                                .arg(p->meter.meterId, t->meter.meterId),
                                            ev));
        }
    }
}

// ---------------------------------------------------------------------------------------- P3
std::int64_t EmergencyReductionRule::contextSeconds(const ScreeningSettings& s) const {
    // the baseline's working days (at most 14, 5 of 7 days work) plus alert days in between
    return static_cast<std::int64_t>((s.p3BaselineMaxDays * 7 / 5 + 10) * kDay);
}

void EmergencyReductionRule::evaluate(const EnterpriseData& e, const ScreeningSettings& s,
                                      const EvalWindow& w, std::vector<Finding>& out) const {
    if (e.production.empty())
        return;
    const Samples& grid = e.production.front().kw;
    const int n = grid.size();
    const int step = static_cast<int>(grid.step);
    const int perDay = static_cast<int>(kDay / step);
    auto energyAt = [&](int j) { // total production kW at slot j, NaN when any circuit is missing
        double sum = 0;
        for (const Circuit& c : e.production) {
            if (j < 0 || j >= c.kw.size() || std::isnan(c.kw.at(j)))
                return std::nan("");
            sum += c.kw.at(j);
        }
        return sum;
    };
    auto inAnyAlert = [&](std::int64_t d0) {
        for (const model::Alert& a : e.allAlerts)
            if (a.startTs < d0 + kDay && a.endTs > d0)
                return true;
        return false;
    };
    for (const AlertDuty& duty : e.duties) {
        const model::Alert& a = duty.alert;
        if (duty.reductionPct <= 0)
            continue;
        const double allowed = 1 - duty.reductionPct / 100 + s.p3Margin;
        // Baseline profile: mean kW per slot of the day over the previous non-alert working days.
        std::vector<double> profSum(static_cast<size_t>(perDay), 0);
        std::vector<int> profN(static_cast<size_t>(perDay), 0);
        QJsonArray baseDays;
        for (std::int64_t day = localDayIndex(a.startTs) - 1;
             baseDays.size() < s.p3BaselineMaxDays && localDayStartOfIndex(day) >= grid.t0; --day) {
            const std::int64_t d0 = localDayStartOfIndex(day);
            if (localWeekday(d0) >= 5 || inAnyAlert(d0))
                continue;
            int have = 0;
            for (int k = 0; k < perDay; ++k) {
                const double v = energyAt(grid.indexOf(d0) + k);
                if (std::isnan(v))
                    continue;
                profSum[static_cast<size_t>(k)] += v;
                ++profN[static_cast<size_t>(k)];
                ++have;
            }
            if (have > 0)
                baseDays.append(model::formatLocalDate(d0));
        }
        // 7-14 days is the norm; a store whose history is shorter (a new meter, a new platform)
        // is judged on the working days it has, down to one full working week, with a lower
        // score so the desk sees the baseline is thin.
        const bool shortBaseline = baseDays.size() < s.p3BaselineMinDays;
        if (baseDays.size() < s.p3BaselineShortDays)
            continue; // not enough history to judge: no clue rather than a guess
        // A slot of the day counts as a production slot when the baseline draws more than the
        // lines' OFF thresholds there: standby hours (nights of a one-shift plant) show no
        // reduction whatever the plant does, so they neither start the judgement nor decide it.
        double offLevel = 0;
        for (const Circuit& c : e.production)
            if (!c.thresholds.empty())
                offLevel += c.thresholds.back().offKw;
        const int a0 = std::max(0, grid.indexOf(a.startTs));
        const int a1 = std::min(n, grid.indexOf(a.endTs));
        double act = 0, base = 0;
        int producingSlots = 0;
        for (int j = a0; j < a1; ++j) {
            const double v = energyAt(j);
            const std::int64_t slotTs = grid.ts(j);
            const int k = static_cast<int>((slotTs - model::localDayStart(slotTs)) / step);
            if (!std::isnan(v) && profN[static_cast<size_t>(k)] > 0) {
                const double b = profSum[static_cast<size_t>(k)] / profN[static_cast<size_t>(k)];
                act += v;
                base += b;
                if (b > offLevel)
                    ++producingSlots;
            }
            if (slotTs < w.evalFrom)
                continue;
            const QString facet = QStringLiteral("alert-%1").arg(a.id);
            // A line required to stop must draw no more than its OFF level.
            if (duty.reductionPct >= 100) {
                for (const Circuit& c : e.production)
                    if (c.state[static_cast<size_t>(j)] == 1) {
                        QJsonObject ev = circuitsEvidence(c, nullptr, slotTs);
                        ev.insert(QStringLiteral("alert"),
                                  QJsonObject{{"id", qint64(a.id)},
                                              {"level", a.level},
                                              {"start", model::formatIsoLocal(a.startTs)},
                                              {"end", model::formatIsoLocal(a.endTs)},
                                              {"required_reduction_pct", duty.reductionPct}});
                        ev.insert(QStringLiteral("kw"), c.kw.at(j));
                        out.push_back(enterpriseFinding(
                            id(), e, facet, a.startTs, slotTs + step, 3, 0.9,
                            QStringLiteral("%1 alert requires %2 to stop; it draws %3 kW (ON)")
                                .arg(a.level, c.meter.meterId)
                                .arg(c.kw.at(j), 0, 'f', 1),
                            ev));
                        break;
                    }
            }
            // A required stop is judged by the lines' states above: its energy ratio is the
            // standby draw over the baseline, meaningless against a 10 % margin.
            if (duty.reductionPct >= 100 || producingSlots * step < s.p3MinHours * 3600 ||
                base <= 0)
                continue;
            const double ratio = act / base;
            if (ratio <= allowed)
                continue;
            QJsonObject ev = circuitsEvidence(e.production.front(), nullptr, slotTs);
            ev.insert(QStringLiteral("alert"),
                      QJsonObject{{"id", qint64(a.id)},
                                  {"level", a.level},
                                  {"start", model::formatIsoLocal(a.startTs)},
                                  {"end", model::formatIsoLocal(a.endTs)},
                                  {"required_reduction_pct", duty.reductionPct}});
            ev.insert(QStringLiteral("energy_ratio"), ratio);
            ev.insert(QStringLiteral("allowed_ratio"), allowed);
            ev.insert(QStringLiteral("baseline_days"), baseDays);
            ev.insert(QStringLiteral("baseline_short"), shortBaseline);
            ev.insert(QStringLiteral("production_hours_judged"), producingSlots * step / 3600.0);
            const double applied = (1 - ratio) * 100;
            out.push_back(enterpriseFinding(
                id(), e, facet, a.startTs, slotTs + step, ratio > allowed + 0.3 ? 3 : 2,
                (shortBaseline ? 0.5 : 0.6) + 0.35 * std::min(1.0, (ratio - allowed) / 0.5),
                QStringLiteral("%1 alert: required reduction %2 %, applied %3 % (energy %4 of "
                               "baseline over %5 working days)")
                    .arg(a.level)
                    .arg(duty.reductionPct, 0, 'f', 0)
                    .arg(applied, 0, 'f', 1)
                    .arg(ratio, 0, 'f', 2)
                    .arg(baseDays.size()),
                ev));
        }
    }
}

// ---------------------------------------------------------------------------------------- P4
std::int64_t AlertPowerGapRule::contextSeconds(const ScreeningSettings& s) const {
    return static_cast<std::int64_t>(s.p4MinMissingMinutes * 60) + kDay;
}

void AlertPowerGapRule::evaluate(const EnterpriseData& e, const ScreeningSettings& s,
                                 const EvalWindow& w, std::vector<Finding>& out) const {
    std::vector<const Circuit*> circuits;
    for (const Circuit& c : e.production)
        circuits.push_back(&c);
    for (const Circuit& c : e.treatment)
        circuits.push_back(&c);
    if (circuits.empty())
        return;
    const Samples& grid = circuits.front()->kw;
    const int step = static_cast<int>(grid.step);
    for (const AlertDuty& duty : e.duties) {
        const model::Alert& a = duty.alert;
        const int a0 = std::max(0, grid.indexOf(a.startTs));
        const int a1 = std::min(grid.size(), grid.indexOf(a.endTs));
        int run = 0;
        for (int j = a0; j < a1; ++j) {
            QStringList missing;
            for (const Circuit* c : circuits)
                if (grid.ts(j) >= c->firstTs &&
                    (j >= c->kw.size() || !c->kw.present(j) || std::isnan(c->kw.at(j))))
                    missing << c->meter.meterId;
            run = missing.isEmpty() ? 0 : run + 1;
            if (grid.ts(j) < w.evalFrom || run * step < s.p4MinMissingMinutes * 60)
                continue;
            const int minutes = run * step / 60;
            out.push_back(enterpriseFinding(
                id(), e, QStringLiteral("alert-%1").arg(a.id), grid.ts(j - run + 1),
                grid.ts(j) + step, minutes >= 4 * s.p4MinMissingMinutes ? 3 : 2,
                0.6 + 0.3 * std::min(1.0, minutes / (4 * s.p4MinMissingMinutes)),
                QStringLiteral("no power readings from %1 for >= %2 min during the %3 alert")
                    .arg(missing.join(QStringLiteral(", ")))
                    .arg(minutes)
                    .arg(a.level),
                QJsonObject{{"missing_meters", QJsonArray::fromStringList(missing)},
                            {"alert", QJsonObject{{"id", qint64(a.id)},
                                                  {"level", a.level},
                                                  {"start", model::formatIsoLocal(a.startTs)},
                                                  {"end", model::formatIsoLocal(a.endTs)}}}}));
        }
    }
}

} // namespace eco::screen
