#include "core/screen/ExceedanceRules.h"

#include "core/model/Time.h"
#include "core/screen/SeriesMath.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace eco::screen {

Finding outletFinding(const QString& rule, const OutletData& o, const QString& facet,
                      std::int64_t start, std::int64_t end, int severity, double score,
                      const QString& summary, QJsonObject ev) {
    Finding f;
    f.rule = rule;
    f.subjectKind = QStringLiteral("outlet");
    f.subjectId = o.outlet.id;
    f.facet = facet;
    f.startTs = start;
    f.endTs = end;
    f.severity = std::clamp(severity, 1, 3);
    f.score = std::clamp(score, 0.0, 1.0);
    f.summary = summary;
    ev.insert(QStringLiteral("facet"), facet);
    ev.insert(QStringLiteral("enterprise_id"), o.outlet.enterpriseId);
    if (!ev.contains(QStringLiteral("series"))) {
        QJsonArray series;
        if (!facet.isEmpty() && facet.startsWith(u'a'))
            series.append(QJsonObject{
                {"source_id", o.outlet.id}, {"pollutant", facet}, {"interval", "hour"}});
        ev.insert(QStringLiteral("series"), series);
    }
    f.evidence = ev;
    return f;
}

void HourlyExceedanceRule::evaluate(const OutletData& o, const ScreeningSettings& s,
                                    const EvalWindow& w, std::vector<Finding>& out) const {
    for (const PollutantSeries& p : o.pollutants) {
        if (!p.hourLimit || *p.hourLimit <= 0)
            continue;
        const double L = *p.hourLimit;
        const int n = p.raw.size();
        for (int i = std::max(0, p.raw.indexOf(w.evalFrom)); i < n; ++i) {
            const float c = p.corrected[static_cast<size_t>(i)];
            if (std::isnan(c) || c <= L)
                continue;
            const double m = (c - L) / L;
            const std::int64_t t = p.raw.ts(i);
            const QString summary =
                QStringLiteral("%1 hourly O2-corrected %2 mg/m3 = %3 x hour limit %4")
                    .arg(p.code)
                    .arg(c, 0, 'f', 2)
                    .arg(c / L, 0, 'f', 2)
                    .arg(L);
            QJsonObject ev{
                {"limit", L},
                {"limit_interval", "hour"},
                {"peak_ts", model::formatIsoLocal(t)},
                {"corrected", c},
                {"raw", p.raw.at(i)},
                {"o2", std::isnan(o.o2.at(i)) ? QJsonValue() : QJsonValue(o.o2.at(i))},
                {"o2_ref", o.outlet.o2RefPct ? QJsonValue(*o.outlet.o2RefPct) : QJsonValue()}};
            out.push_back(outletFinding(id(), o, p.code, t, t + 3600, severityFromMultiple(m, s),
                                        0.6 + 0.4 * std::min(1.0, m), summary, ev));
        }
    }
}

void DailyExceedanceRule::evaluate(const OutletData& o, const ScreeningSettings& s,
                                   const EvalWindow& w, std::vector<Finding>& out) const {
    for (const PollutantSeries& p : o.pollutants) {
        const std::optional<double> limit = p.dayLimit;
        if (!limit || *limit <= 0 || p.raw.size() == 0)
            continue;
        const double L = *limit;
        // Days whose last hour lies in the judged range and that are complete by `to`.
        std::int64_t day = localDayIndex(std::max(w.evalFrom, p.raw.t0) - 82800);
        for (;; ++day) {
            const std::int64_t d0 = localDayStartOfIndex(day);
            const std::int64_t lastHour = d0 + 23 * 3600;
            if (d0 + 86400 > w.to)
                break;
            if (lastHour < w.evalFrom || d0 < p.raw.t0)
                continue;
            double sum = 0;
            int nValid = 0;
            float peak = 0;
            for (int i = p.raw.indexOf(d0); i < p.raw.indexOf(d0 + 86400); ++i) {
                const float c = p.corrected[static_cast<size_t>(i)];
                if (std::isnan(c))
                    continue;
                sum += c;
                ++nValid;
                peak = std::max(peak, c);
            }
            if (nValid < s.e2MinValidHours)
                continue;
            const double mean = sum / nValid;
            if (mean <= L)
                continue;
            const double m = (mean - L) / L;
            const QString summary =
                QStringLiteral(
                    "%1 daily O2-corrected mean %2 mg/m3 = %3 x day limit %4 (%5 valid h)")
                    .arg(p.code)
                    .arg(mean, 0, 'f', 2)
                    .arg(mean / L, 0, 'f', 2)
                    .arg(L)
                    .arg(nValid);
            QJsonObject ev{{"limit", L},
                           {"limit_interval", "day"},
                           {"day", model::formatLocalDate(d0)},
                           {"daily_mean", mean},
                           {"valid_hours", nValid},
                           {"max_hour", peak}};
            out.push_back(outletFinding(id(), o, p.code, d0, d0 + 86400, severityFromMultiple(m, s),
                                        0.6 + 0.4 * std::min(1.0, m), summary, ev));
        }
    }
}

} // namespace eco::screen
