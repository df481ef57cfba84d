#include "core/screen/AmbientRules.h"

#include "core/screen/SeriesMath.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

namespace eco::screen {

namespace {

constexpr std::int64_t kHour = 3600;

Finding siteFinding(const SiteData& d, const QString& facet, const QString& code,
                    std::int64_t start, std::int64_t end, int severity, double score,
                    const QString& summary, QJsonObject ev) {
    Finding f;
    f.rule = QStringLiteral("A1");
    f.subjectKind = QStringLiteral("site");
    f.subjectId = d.site.id;
    f.facet = facet;
    f.startTs = start;
    f.endTs = end;
    f.severity = std::clamp(severity, 1, 3);
    f.score = std::clamp(score, 0.0, 1.0);
    f.summary = summary;
    ev.insert(QStringLiteral("facet"), facet);
    QJsonArray series{
        QJsonObject{{"source_id", d.site.id}, {"pollutant", code}, {"interval", "hour"}}};
    if (d.reference)
        series.append(
            QJsonObject{{"source_id", d.reference->id}, {"pollutant", code}, {"interval", "hour"}});
    ev.insert(QStringLiteral("series"), series);
    f.evidence = ev;
    return f;
}

const StationSeries* findSeries(const std::vector<StationSeries>& v, const QString& code) {
    for (const StationSeries& s : v)
        if (s.code == code)
            return &s;
    return nullptr;
}

} // namespace

std::int64_t StationAnomalyRule::contextSeconds(const ScreeningSettings& s) const {
    return static_cast<std::int64_t>((s.a1SpanDays + 1) * 86400);
}

void StationAnomalyRule::evaluate(const SiteData& d, const ScreeningSettings& s,
                                  const EvalWindow& w, std::vector<Finding>& out) const {
    for (const StationSeries& ss : d.series) {
        const int from = std::max(0, ss.samples.indexOf(w.evalFrom));
        constant(d, ss, s, from, out);
        band(d, ss, s, from, out);
        if (const StationSeries* ref = findSeries(d.referenceSeries, ss.code))
            step(d, ss, *ref, s, from, out);
    }
    if (d.site.kind == QLatin1String("micro") && d.reference && !d.series.empty())
        disagreement(d, s, std::max(0, d.series.front().samples.indexOf(w.evalFrom)), out);
}

void StationAnomalyRule::constant(const SiteData& d, const StationSeries& ss,
                                  const ScreeningSettings& s, int from,
                                  std::vector<Finding>& out) const {
    const Samples& x = ss.samples;
    const int k = std::max(2, static_cast<int>(s.a1MinHours));
    for (int i = std::max(from, k - 1); i < x.size(); ++i) {
        if (!x.valid(i) || !x.valid(i - 1))
            continue;
        float lo = x.at(i), hi = lo;
        double sum = 0;
        bool ok = true;
        for (int j = i; j > i - k && ok; --j) {
            if (!x.valid(j)) {
                ok = false;
                break;
            }
            lo = std::min(lo, x.at(j));
            hi = std::max(hi, x.at(j));
            sum += x.at(j);
            ok = hi - lo <= s.a1TolerancePct / 100.0 * std::abs(hi) + 1e-6;
        }
        if (!ok)
            continue;
        const double mean = sum / k;
        // A reading held at the floor (O3 titrated to 0 at night, a clean hour below the
        // detection limit) is the instrument's resolution, not a frozen value.
        const double floor =
            ss.code == QLatin1String("a21005") ? s.a1ConstantFloor / 10 : s.a1ConstantFloor;
        if (hi <= floor)
            continue;
        out.push_back(siteFinding(d, QStringLiteral("constant:") + ss.code, ss.code,
                                  x.ts(i - k + 1), x.ts(i) + kHour, 2, 0.75,
                                  QStringLiteral("%1 constant at %2 for >= %3 h")
                                      .arg(ss.code)
                                      .arg(mean, 0, 'g', 5)
                                      .arg(k),
                                  QJsonObject{{"kind", "constant"}, {"value", mean}}));
    }
}

void StationAnomalyRule::band(const SiteData& d, const StationSeries& ss,
                              const ScreeningSettings& s, int from,
                              std::vector<Finding>& out) const {
    const Samples& x = ss.samples;
    const int n = x.size();
    const int W = std::max(2, static_cast<int>(s.a1BandWindowHours));
    if (n == 0)
        return;
    // Observed span per local day: max - min over the span days before it (complete days).
    const std::int64_t firstDay = localDayIndex(x.t0);
    const std::int64_t lastDay = localDayIndex(x.ts(n - 1));
    std::vector<float> dayMin, dayMax;
    std::vector<int> dayCount;
    for (std::int64_t day = firstDay; day <= lastDay; ++day) {
        const std::int64_t d0 = localDayStartOfIndex(day);
        float lo = std::numeric_limits<float>::max(), hi = std::numeric_limits<float>::lowest();
        int c = 0;
        for (int i = std::max(0, x.indexOf(d0)); i < std::min(n, x.indexOf(d0 + 86400)); ++i)
            if (x.valid(i)) {
                lo = std::min(lo, x.at(i));
                hi = std::max(hi, x.at(i));
                ++c;
            }
        dayMin.push_back(lo);
        dayMax.push_back(hi);
        dayCount.push_back(c);
    }
    const int spanDays = std::max(1, static_cast<int>(s.a1SpanDays));
    auto spanFor = [&](std::int64_t ts, int& hours) {
        const std::int64_t di = localDayIndex(ts) - firstDay;
        float lo = std::numeric_limits<float>::max(), hi = std::numeric_limits<float>::lowest();
        hours = 0;
        for (std::int64_t k = std::max<std::int64_t>(0, di - spanDays); k < di; ++k) {
            if (dayCount[static_cast<size_t>(k)] == 0)
                continue;
            lo = std::min(lo, dayMin[static_cast<size_t>(k)]);
            hi = std::max(hi, dayMax[static_cast<size_t>(k)]);
            hours += dayCount[static_cast<size_t>(k)];
        }
        return hours > 0 ? double(hi - lo) : 0.0;
    };
    for (int i = std::max(from, W - 1); i < n; ++i) {
        if (!x.valid(i))
            continue;
        int spanHours = 0;
        const double span = spanFor(x.ts(i), spanHours);
        if (spanHours < 7 * 24 * 0.75 || span <= 0)
            continue; // a week of history at least before judging a band
        const double bandWidth = s.a1BandPct / 100.0 * span;
        float lo = x.at(i), hi = lo;
        int c = 0;
        bool narrow = true;
        for (int j = i; j > i - W; --j) {
            if (!x.valid(j))
                continue;
            lo = std::min(lo, x.at(j));
            hi = std::max(hi, x.at(j));
            ++c;
            if (hi - lo >= bandWidth) {
                narrow = false;
                break;
            }
        }
        if (!narrow || c < 0.8 * W)
            continue;
        out.push_back(siteFinding(
            d, QStringLiteral("band:") + ss.code, ss.code, x.ts(i - W + 1), x.ts(i) + kHour, 2,
            0.6 + 0.35 * std::clamp(1 - (hi - lo) / bandWidth, 0.0, 1.0),
            QStringLiteral("%1 %2 h range %3 < %4 % of its observed span %5")
                .arg(ss.code)
                .arg(W)
                .arg(hi - lo, 0, 'f', 2)
                .arg(s.a1BandPct)
                .arg(span, 0, 'f', 1),
            QJsonObject{{"kind", "band"}, {"range", hi - lo}, {"span", span}}));
    }
}

void StationAnomalyRule::step(const SiteData& d, const StationSeries& ss, const StationSeries& ref,
                              const ScreeningSettings& s, int from,
                              std::vector<Finding>& out) const {
    const Samples& x = ss.samples;
    const Samples& y = ref.samples;
    const int n = x.size();
    // Ambient ratios follow the daily cycle (traffic NO2, O3 titration at a kerbside micro
    // station): a step must hold for half a day, not the few hours an outlet's step needs.
    const int R = std::max(1, static_cast<int>(s.a1StepRecentHours));
    const int B = std::max(4, static_cast<int>(s.f5BaselineHours));
    // log(site / reference): a city-wide change cancels, a change at this station does not.
    // Ratios of near-zero levels are noise: judge only above the minimum level (CO is in mg/m3).
    const float minLevel = static_cast<float>(
        ss.code == QLatin1String("a21005") ? s.a1DisagreeMinLevel / 10 : s.a1DisagreeMinLevel);
    std::vector<float> lr(static_cast<size_t>(n), std::numeric_limits<float>::quiet_NaN());
    for (int i = 0; i < n; ++i) {
        const int j = y.indexOf(x.ts(i));
        if (x.valid(i) && j >= 0 && j < y.size() && y.valid(j) && x.at(i) >= minLevel &&
            y.at(j) >= minLevel)
            lr[static_cast<size_t>(i)] = std::log(x.at(i) / y.at(j));
    }
    auto ok = [&](int j) { return j >= 0 && !std::isnan(lr[static_cast<size_t>(j)]); };
    const int start = std::max(from, R + B);
    if (start >= n)
        return;
    // The station's own level too: when the reference is the one that moved (its own anomaly
    // ending), the ratio steps while this station stays where it was.
    std::vector<float> lx(static_cast<size_t>(n), std::numeric_limits<float>::quiet_NaN());
    for (int i = 0; i < n; ++i)
        if (ok(i))
            lx[static_cast<size_t>(i)] = std::log(x.at(i));
    SortedWindow recent, base, ownRecent, ownBase;
    for (int j = start - R + 1; j <= start - 1; ++j)
        if (ok(j)) {
            recent.insert(lr[static_cast<size_t>(j)]);
            ownRecent.insert(lx[static_cast<size_t>(j)]);
        }
    for (int j = start - R - B + 1; j <= start - R; ++j)
        if (ok(j))
            ownBase.insert(lx[static_cast<size_t>(j)]);
    for (int j = start - R - B + 1; j <= start - R; ++j)
        if (ok(j))
            base.insert(lr[static_cast<size_t>(j)]);
    for (int i = start; i < n; ++i) {
        if (i > start) {
            if (ok(i - R - B)) {
                base.erase(lr[static_cast<size_t>(i - R - B)]);
                ownBase.erase(lx[static_cast<size_t>(i - R - B)]);
            }
            if (ok(i - R)) {
                base.insert(lr[static_cast<size_t>(i - R)]);
                recent.erase(lr[static_cast<size_t>(i - R)]);
                ownBase.insert(lx[static_cast<size_t>(i - R)]);
                ownRecent.erase(lx[static_cast<size_t>(i - R)]);
            }
        }
        if (ok(i)) {
            recent.insert(lr[static_cast<size_t>(i)]);
            ownRecent.insert(lx[static_cast<size_t>(i)]);
        }
        if (!ok(i) || recent.size() < 0.75 * R || base.size() < 0.75 * B)
            continue;
        const double m6 = recent.median(), m24 = base.median();
        const double mad = std::max((base.quantile(0.75) - base.quantile(0.25)) / 2, 0.02);
        const double shift = m24 - m6;
        if (!(shift > s.f5MadMultiple * mad || (s.f5Rises > 0 && -shift > s.f5MadMultiple * mad)))
            continue;
        // Ambient ratios wander with weather and local sources: a step must also be material.
        if (std::abs(shift) < -std::log(std::clamp(s.a1StepMinFactor, 1e-3, 0.999)))
            continue;
        // ... and this station's own level must have moved the same way, by at least half.
        const double ownShift = ownBase.median() - ownRecent.median();
        if (!(ownShift * shift > 0 && std::abs(ownShift) >= 0.5 * std::abs(shift)))
            continue;
        const double factor = std::exp(-shift);
        out.push_back(siteFinding(
            d, QStringLiteral("step:") + ss.code, ss.code, x.ts(i - R + 1), x.ts(i) + kHour, 2,
            0.6 + 0.35 * std::clamp(std::abs(shift) / mad / (3 * s.f5MadMultiple), 0.0, 1.0),
            QStringLiteral("%1 stepped to x%2 of its ratio to %3 (%4 MAD)")
                .arg(ss.code)
                .arg(factor, 0, 'f', 2)
                .arg(d.reference ? d.reference->id : QString())
                .arg(std::abs(shift) / mad, 0, 'f', 1),
            QJsonObject{{"kind", "step"},
                        {"factor", factor},
                        {"mad", mad},
                        {"own_factor", std::exp(-ownShift)}}));
    }
}

void StationAnomalyRule::disagreement(const SiteData& d, const ScreeningSettings& s, int from,
                                      std::vector<Finding>& out) const {
    const int H = std::max(2, static_cast<int>(s.a1DisagreeHours));
    const double limit = std::log(s.a1DisagreeFactor);
    for (const QString& code : {QStringLiteral("a34004"), QStringLiteral("a34002")}) {
        const StationSeries* xs = findSeries(d.series, code);
        const StationSeries* ys = findSeries(d.referenceSeries, code);
        if (!xs || !ys)
            continue;
        const Samples& x = xs->samples;
        const Samples& y = ys->samples;
        for (int i = std::max(from, H - 1); i < x.size(); ++i) {
            std::vector<float> r;
            for (int k = i - H + 1; k <= i; ++k) {
                const int j = y.indexOf(x.ts(k));
                if (x.valid(k) && j >= 0 && j < y.size() && y.valid(j) &&
                    x.at(k) >= s.a1DisagreeMinLevel && y.at(j) >= s.a1DisagreeMinLevel)
                    r.push_back(std::log(x.at(k) / y.at(j)));
            }
            if (static_cast<int>(r.size()) < (2 * H + 2) / 3)
                continue;
            const double m = quantileOf(r, 0.5);
            if (std::abs(m) <= limit)
                continue;
            out.push_back(siteFinding(
                d, QStringLiteral("disagree"), code, x.ts(i - H + 1), x.ts(i) + kHour,
                std::abs(m) > 2 * limit ? 3 : 2,
                0.6 + 0.35 * std::clamp((std::abs(m) - limit) / limit, 0.0, 1.0),
                QStringLiteral("%1 at micro-station %2 x%3 of national %4 (%5 h median)")
                    .arg(code, d.site.id)
                    .arg(std::exp(m), 0, 'f', 2)
                    .arg(d.reference->id)
                    .arg(H),
                QJsonObject{
                    {"kind", "disagree"}, {"ratio", std::exp(m)}, {"reference", d.reference->id}}));
        }
    }
}

} // namespace eco::screen
