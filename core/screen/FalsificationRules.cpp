#include "core/screen/FalsificationRules.h"

#include "core/model/Time.h"
#include "core/screen/ExceedanceRules.h"
#include "core/screen/SeriesMath.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

namespace eco::screen {

namespace {

constexpr std::int64_t kHour = 3600;
constexpr std::int64_t kDay = 86400;

int firstEval(const Samples& s, const EvalWindow& w) {
    return std::max(0, s.indexOf(w.evalFrom));
}

int firstDataIndex(const OutletData& o, const Samples& s) {
    return std::max(0, s.indexOf(o.firstTs));
}

bool producingKnown(const OutletData& o, int i) {
    return o.hasProductionMeter && i >= 0 && i < static_cast<int>(o.producing.size()) &&
           o.producing[static_cast<size_t>(i)] >= 0;
}

// The q-quantile of a series' valid values over the `days` complete local days before each local
// day, from a rolling histogram (bins: linear of width `width` from 0, or logarithmic of ratio
// e^width from 1), so a year of hours costs one pass. Indexed by local day - firstDay.
struct DailyQuantiles {
    std::int64_t firstDay = 0;
    std::vector<float> value; // NaN when fewer than minCount values
    std::vector<int> count;

    float at(std::int64_t ts) const {
        const std::int64_t d = localDayIndex(ts) - firstDay;
        return d >= 0 && d < static_cast<std::int64_t>(value.size())
                   ? value[static_cast<size_t>(d)]
                   : std::numeric_limits<float>::quiet_NaN();
    }
    int countAt(std::int64_t ts) const {
        const std::int64_t d = localDayIndex(ts) - firstDay;
        return d >= 0 && d < static_cast<std::int64_t>(count.size()) ? count[static_cast<size_t>(d)]
                                                                     : 0;
    }
};

// Quantiles are only read from `neededFrom` on (the judged range and the few hours before it a
// rule's run looks back): earlier days get no value and only a partial count (the window starts
// with the oldest day a needed day's window holds), which keeps an incremental run's cost to the
// days it judges and their `days` of baseline.
DailyQuantiles dailyQuantiles(const Samples& s, int firstIndex, double q, int days, bool logBins,
                              double width, int nBins, int minCount, std::int64_t neededFrom) {
    DailyQuantiles out;
    if (s.size() == 0)
        return out;
    auto binOf = [&](float v) {
        const double x = logBins ? std::log(std::max(1.0, double(v))) / width : v / width;
        return std::clamp(static_cast<int>(x), 0, nBins - 1);
    };
    auto binValue = [&](int b) {
        return logBins ? std::exp((b + 0.5) * width) : (b + 0.5) * width;
    };
    out.firstDay = localDayIndex(s.t0);
    const std::int64_t lastDay = localDayIndex(s.ts(s.size() - 1));
    const std::int64_t neededDay = localDayIndex(neededFrom);
    // The oldest day in the window of a day whose value is needed.
    const std::int64_t fromDay = std::max(out.firstDay, neededDay - days);
    // Each valid value's bin, once (it enters and leaves the rolling window).
    std::vector<std::int16_t> bins(static_cast<size_t>(s.size()), -1);
    for (int i = std::max({0, firstIndex, s.indexOf(localDayStartOfIndex(fromDay))}); i < s.size();
         ++i)
        if (s.valid(i))
            bins[static_cast<size_t>(i)] = static_cast<std::int16_t>(binOf(s.at(i)));
    std::vector<int> hist(static_cast<size_t>(nBins), 0);
    int total = 0;
    auto addDay = [&](std::int64_t day, int sign) {
        const std::int64_t d0 = localDayStartOfIndex(day);
        for (int i = std::max(0, s.indexOf(d0)); i < std::min(s.size(), s.indexOf(d0 + kDay)); ++i)
            if (const int b = bins[static_cast<size_t>(i)]; b >= 0) {
                hist[static_cast<size_t>(b)] += sign;
                total += sign;
            }
    };
    for (std::int64_t day = out.firstDay; day <= lastDay; ++day) {
        if (day - 1 >= fromDay)
            addDay(day - 1, +1);
        if (day - 1 - days >= fromDay)
            addDay(day - 1 - days, -1);
        out.count.push_back(total);
        if (total < minCount || day < neededDay) {
            out.value.push_back(std::numeric_limits<float>::quiet_NaN());
            continue;
        }
        const double target = q * total;
        int acc = 0;
        int b = 0;
        for (; b < nBins; ++b) {
            acc += hist[static_cast<size_t>(b)];
            if (acc >= target)
                break;
        }
        out.value.push_back(static_cast<float>(binValue(std::min(b, nBins - 1))));
    }
    return out;
}

std::optional<double> detectionLimit(const QString& code, const ScreeningSettings& s) {
    if (code == QLatin1String("a21026"))
        return s.f3DlSo2;
    if (code == QLatin1String("a21002"))
        return s.f3DlNox;
    if (code == QLatin1String("a34013"))
        return s.f3DlDust;
    if (code == QLatin1String("a24088"))
        return s.f3DlNmhc;
    return std::nullopt;
}

double clamp01(double v) {
    return std::clamp(v, 0.0, 1.0);
}

} // namespace

// ---------------------------------------------------------------------------------------- F1
std::int64_t ConstantValueRule::contextSeconds(const ScreeningSettings& s) const {
    return static_cast<std::int64_t>(std::max(s.f1MinHours, s.f1Severity3Hours)) * kHour;
}

void ConstantValueRule::evaluate(const OutletData& o, const ScreeningSettings& s,
                                 const EvalWindow& w, std::vector<Finding>& out) const {
    const int k = std::max(2, static_cast<int>(s.f1MinHours));
    const int k3 = std::max(k, static_cast<int>(s.f1Severity3Hours));
    auto constantOver = [&](const Samples& r, int i, int len, double& mean) {
        if (i - len + 1 < 0)
            return false;
        float lo = std::numeric_limits<float>::max(), hi = std::numeric_limits<float>::lowest();
        double sum = 0;
        for (int j = i - len + 1; j <= i; ++j) {
            if (!r.valid(j))
                return false;
            lo = std::min(lo, r.at(j));
            hi = std::max(hi, r.at(j));
            sum += r.at(j);
            if (hi - lo > 0 && hi - lo > s.f1TolerancePct / 100.0 * std::abs(hi) + 1e-6)
                return false;
        }
        mean = sum / len;
        return hi - lo <= s.f1TolerancePct / 100.0 * std::abs(mean) + 1e-6;
    };
    auto rangeOf = [](const Samples& r, int from, int to, double& lo, double& hi, double& mean) {
        lo = std::numeric_limits<double>::max();
        hi = std::numeric_limits<double>::lowest();
        double sum = 0;
        int n = 0;
        for (int j = from; j <= to; ++j)
            if (r.valid(j)) {
                lo = std::min(lo, double(r.at(j)));
                hi = std::max(hi, double(r.at(j)));
                sum += r.at(j);
                ++n;
            }
        mean = n ? sum / n : 0;
        return n >= 2;
    };
    for (const PollutantSeries& p : o.pollutants) {
        for (int i = std::max(firstEval(p.raw, w), k - 1); i < p.raw.size(); ++i) {
            double mean = 0;
            if (!p.raw.valid(i) || !p.raw.valid(i - 1) || p.raw.at(i) != p.raw.at(i - 1)) {
                // cheap reject: the tolerance is far below any normal hour-to-hour change
                if (!p.raw.valid(i) || !p.raw.valid(i - 1) ||
                    std::abs(p.raw.at(i) - p.raw.at(i - 1)) >
                        s.f1TolerancePct / 100.0 * std::abs(p.raw.at(i)) + 1e-6)
                    continue;
            }
            if (!constantOver(p.raw, i, k, mean))
                continue;
            double flo, fhi, fmean, olo, ohi, omean;
            const bool flowVaries = rangeOf(o.flow, i - k + 1, i, flo, fhi, fmean) && fmean > 0 &&
                                    (fhi - flo) / fmean * 100 >= s.f1FlowVaryPct;
            const bool o2Varies =
                rangeOf(o.o2, i - k + 1, i, olo, ohi, omean) && ohi - olo >= s.f1O2VaryPts;
            if (!flowVaries && !o2Varies)
                continue;
            double mean3 = 0;
            const int sev = constantOver(p.raw, i, k3, mean3) ? 3 : 2;
            const std::int64_t start = p.raw.ts(i - k + 1);
            QJsonObject ev{{"value", mean},
                           {"hours", k},
                           {"flow_range", flowVaries ? QJsonValue(fhi - flo) : QJsonValue()},
                           {"o2_range", o2Varies ? QJsonValue(ohi - olo) : QJsonValue()}};
            out.push_back(outletFinding(
                id(), o, p.code, start, p.raw.ts(i) + kHour, sev, sev == 3 ? 0.9 : 0.75,
                QStringLiteral("%1 constant at %2 for >= %3 h while flow/O2 vary")
                    .arg(p.code)
                    .arg(mean, 0, 'g', 6)
                    .arg(sev == 3 ? k3 : k),
                ev));
        }
    }
}

// ---------------------------------------------------------------------------------------- F2
std::int64_t LowVarianceBandRule::contextSeconds(const ScreeningSettings& s) const {
    return static_cast<std::int64_t>(s.f2WindowHours) * kHour;
}

void LowVarianceBandRule::evaluate(const OutletData& o, const ScreeningSettings& s,
                                   const EvalWindow& w, std::vector<Finding>& out) const {
    const int W = std::max(2, static_cast<int>(s.f2WindowHours));
    for (const PollutantSeries& p : o.pollutants) {
        if (!p.hourLimit || *p.hourLimit <= 0)
            continue;
        const double span = s.f2SpanPerLimit * *p.hourLimit;
        const double band = s.f2BandPctOfSpan / 100.0 * span;
        for (int i = std::max(firstEval(p.raw, w), W - 1); i < p.raw.size(); ++i) {
            if (!p.raw.valid(i))
                continue;
            float lo = p.raw.at(i), hi = lo;
            int n = 0;
            bool narrow = true;
            for (int j = i; j > i - W; --j) {
                if (!p.raw.valid(j))
                    continue;
                lo = std::min(lo, p.raw.at(j));
                hi = std::max(hi, p.raw.at(j));
                ++n;
                if (hi - lo >= band) {
                    narrow = false;
                    break;
                }
            }
            if (!narrow || n < s.f2MinValidHours)
                continue;
            const double range = hi - lo;
            QJsonObject ev{{"range", range},
                           {"span", span},
                           {"band", band},
                           {"limit", *p.hourLimit},
                           {"valid_hours", n}};
            out.push_back(
                outletFinding(id(), o, p.code, p.raw.ts(i - W + 1), p.raw.ts(i) + kHour, 2,
                              0.55 + 0.4 * clamp01(1 - range / band),
                              QStringLiteral("%1 24 h range %2 < %3 % of span %4 (%5 x limit)")
                                  .arg(p.code)
                                  .arg(range, 0, 'f', 2)
                                  .arg(s.f2BandPctOfSpan)
                                  .arg(span, 0, 'f', 1)
                                  .arg(s.f2SpanPerLimit),
                              ev));
        }
    }
}

// ---------------------------------------------------------------------------------------- F3
std::int64_t NearDetectionLimitRule::contextSeconds(const ScreeningSettings& s) const {
    return static_cast<std::int64_t>(s.f3WindowHours) * kHour;
}

void NearDetectionLimitRule::evaluate(const OutletData& o, const ScreeningSettings& s,
                                      const EvalWindow& w, std::vector<Finding>& out) const {
    const int W = std::max(2, static_cast<int>(s.f3WindowHours));
    for (const PollutantSeries& p : o.pollutants) {
        const std::optional<double> dl = detectionLimit(p.code, s);
        if (!dl)
            continue;
        const double thr = s.f3DlMultiple * *dl;
        const int start = std::max(firstEval(p.raw, w), W - 1);
        int nValid = 0, nBelow = 0, nProducing = 0;
        auto account = [&](int j, int sign) {
            if (!p.raw.valid(j))
                return;
            nValid += sign;
            if (p.raw.at(j) < thr)
                nBelow += sign;
            if (producingKnown(o, j) && o.producing[static_cast<size_t>(j)] == 1)
                nProducing += sign;
        };
        for (int j = start - W + 1; j < start; ++j)
            account(j, +1);
        for (int i = start; i < p.raw.size(); ++i) {
            account(i, +1);
            if (i > start)
                account(i - W, -1);
            if (nValid < s.f3MinValidHours || nBelow * 2 <= nValid)
                continue;
            const double producingShare = o.hasProductionMeter ? double(nProducing) / nValid : 1.0;
            if (producingShare < s.f3MinProducingShare)
                continue;
            std::vector<float> vals;
            for (int j = i - W + 1; j <= i; ++j)
                if (p.raw.valid(j))
                    vals.push_back(p.raw.at(j));
            const double med = quantileOf(vals, 0.5);
            if (med >= thr)
                continue;
            QJsonObject ev{{"median", med},
                           {"detection_limit", *dl},
                           {"threshold", thr},
                           {"valid_hours", nValid},
                           {"producing_share", producingShare},
                           {"production_evidence", o.hasProductionMeter ? "power" : "flag N"}};
            out.push_back(outletFinding(
                id(), o, p.code, p.raw.ts(i - W + 1), p.raw.ts(i) + kHour, med < *dl ? 3 : 2,
                0.55 + 0.4 * clamp01(1 - med / thr),
                QStringLiteral("%1 24 h median %2 < %3 x detection limit %4 while producing")
                    .arg(p.code)
                    .arg(med, 0, 'f', 2)
                    .arg(s.f3DlMultiple)
                    .arg(*dl),
                ev));
        }
    }
}

// ---------------------------------------------------------------------------------------- F4
std::int64_t FlagAbuseRule::contextSeconds(const ScreeningSettings& s) const {
    return static_cast<std::int64_t>(s.f4WindowHours) * kHour;
}

void FlagAbuseRule::evaluate(const OutletData& o, const ScreeningSettings& s, const EvalWindow& w,
                             std::vector<Finding>& out) const {
    if (o.pollutants.empty())
        return;
    const Samples& grid = o.pollutants.front().raw;
    const int n = grid.size();
    const int W = std::max(2, static_cast<int>(s.f4WindowHours));
    const int first = firstDataIndex(o, grid);
    std::vector<std::uint8_t> bad(static_cast<size_t>(n), 0);
    for (int i = first; i < n; ++i) {
        bool any = false, flagged = false;
        for (const PollutantSeries& p : o.pollutants) {
            const char f = p.raw.flag[static_cast<size_t>(i)];
            if (f == 0)
                continue;
            any = true;
            if (f == 'M' || f == 'D' || f == 'C' || f == 'B' || f == 'S')
                flagged = true;
            else if (f == 'F' && producingKnown(o, i) && o.producing[static_cast<size_t>(i)] == 1)
                flagged = true; // "stopped" while the production circuit draws power
        }
        bad[static_cast<size_t>(i)] = (!any || flagged) ? 1 : 0;
    }
    std::vector<int> prefix(static_cast<size_t>(n) + 1, 0);
    for (int i = 0; i < n; ++i)
        prefix[static_cast<size_t>(i) + 1] =
            prefix[static_cast<size_t>(i)] + bad[static_cast<size_t>(i)];
    for (int i = std::max({firstEval(grid, w), first + W - 1, W - 1}); i < n; ++i) {
        const int nBad =
            prefix[static_cast<size_t>(i) + 1] - prefix[static_cast<size_t>(i - W + 1)];
        const double share = double(nBad) / W;
        if (share <= s.f4MaxBadShare)
            continue;
        int firstBad = i, lastBad = i - W + 1;
        for (int j = i - W + 1; j <= i; ++j)
            if (bad[static_cast<size_t>(j)]) {
                firstBad = std::min(firstBad, j);
                lastBad = std::max(lastBad, j);
            }
        // Is missingness concentrated in high-load hours? (needs production power)
        QJsonValue ratioValue;
        double ratio = 0;
        if (o.hasProductionMeter) {
            std::vector<float> kws;
            for (int j = i - W + 1; j <= i; ++j)
                if (!std::isnan(o.productionKw[static_cast<size_t>(j)]))
                    kws.push_back(o.productionKw[static_cast<size_t>(j)]);
            if (kws.size() >= 12) {
                const double med = quantileOf(kws, 0.5);
                int hi = 0, hiBad = 0, lo = 0, loBad = 0;
                for (int j = i - W + 1; j <= i; ++j) {
                    const float kw = o.productionKw[static_cast<size_t>(j)];
                    if (std::isnan(kw))
                        continue;
                    (kw >= med ? hi : lo) += 1;
                    (kw >= med ? hiBad : loBad) += bad[static_cast<size_t>(j)];
                }
                if (hi > 0 && lo > 0) {
                    ratio = (double(hiBad) / hi) / std::max(double(loBad) / lo, 1.0 / W);
                    ratioValue = ratio;
                }
            }
        }
        const int sev = (ratio >= s.f4HighLoadRatio || share >= 2 * s.f4MaxBadShare) ? 3 : 2;
        QJsonObject ev{
            {"bad_share", share},
            {"window_hours", W},
            {"high_low_load_ratio", ratioValue},
            {"series", QJsonArray{QJsonObject{{"source_id", o.outlet.id}, {"interval", "hour"}}}}};
        out.push_back(outletFinding(
            id(), o, QString(), grid.ts(firstBad), grid.ts(lastBad) + kHour, sev,
            0.5 + 0.45 * clamp01((share - s.f4MaxBadShare) / s.f4MaxBadShare),
            QStringLiteral(
                "%1 % of the last %2 h flagged (M/D/C/B/S, F while producing) or missing")
                .arg(share * 100, 0, 'f', 0)
                .arg(W),
            ev));
    }
}

// ---------------------------------------------------------------------------------------- F5
std::int64_t StepChangeRule::contextSeconds(const ScreeningSettings& s) const {
    return std::max(static_cast<std::int64_t>(s.f5BaselineHours + s.f5RecentHours + 1) * kHour,
                    static_cast<std::int64_t>(s.f5UsualDays + 1) * kDay);
}

void StepChangeRule::evaluate(const OutletData& o, const ScreeningSettings& s, const EvalWindow& w,
                              std::vector<Finding>& out) const {
    const int R = std::max(1, static_cast<int>(s.f5RecentHours));
    const int B = std::max(4, static_cast<int>(s.f5BaselineHours));
    for (const PollutantSeries& p : o.pollutants) {
        const int n = p.raw.size();
        const auto& c = p.corrected;
        auto ok = [&](int j) { return j >= 0 && !std::isnan(c[static_cast<size_t>(j)]); };
        // Rows flagged anything but N explain a step (maintenance, calibration, start-up).
        std::vector<int> flagged(static_cast<size_t>(n) + 1, 0);
        for (int j = 0; j < n; ++j) {
            const char f = p.raw.flag[static_cast<size_t>(j)];
            flagged[static_cast<size_t>(j) + 1] =
                flagged[static_cast<size_t>(j)] + ((f != 0 && f != 'N') ? 1 : 0);
        }
        const int start = std::max(firstEval(p.raw, w), R + B);
        if (start >= n)
            continue;
        // The outlet's usual level: the median of the previous days. A fall back to it is the
        // end of a raised period (an exceedance, an episode, a band held high), which E1/E2/F2/F6
        // judge; a falsifying step lands well below it. Log bins of 2 %: a year stays one pass.
        const DailyQuantiles usual = dailyQuantiles(p.raw, firstDataIndex(o, p.raw), 0.5,
                                                    std::max(1, static_cast<int>(s.f5UsualDays)),
                                                    true, 0.02, 512, 0, w.evalFrom);
        auto usualAt = [&](int j) { // corrected usual level (the raw median corrected alike)
            const float u = usual.at(p.raw.ts(j));
            if (std::isnan(u) || usual.countAt(p.raw.ts(j)) < 24 || !p.raw.valid(j) ||
                p.raw.at(j) <= 0)
                return std::nan("");
            return double(u) * c[static_cast<size_t>(j)] / p.raw.at(j);
        };
        SortedWindow recent, base;
        for (int j = start - R + 1; j <= start - 1; ++j)
            if (ok(j))
                recent.insert(c[static_cast<size_t>(j)]);
        for (int j = start - R - B + 1; j <= start - R; ++j)
            if (ok(j))
                base.insert(c[static_cast<size_t>(j)]);
        for (int i = start; i < n; ++i) {
            if (i > start) { // slide: base gains i-R, loses i-R-B; recent gains i, loses i-R
                if (ok(i - R - B))
                    base.erase(c[static_cast<size_t>(i - R - B)]);
                if (ok(i - R)) {
                    base.insert(c[static_cast<size_t>(i - R)]);
                    recent.erase(c[static_cast<size_t>(i - R)]);
                }
            }
            if (ok(i))
                recent.insert(c[static_cast<size_t>(i)]);
            if (!ok(i))
                continue;
            const bool loadSteady = [&] {
                if (!o.flow.valid(i) || !o.flow.valid(i - 1))
                    return false;
                if (producingKnown(o, i) && (o.producing[static_cast<size_t>(i)] != 1 ||
                                             o.producing[static_cast<size_t>(i - 1)] != 1))
                    return false;
                const double f0 = o.flow.at(i - 1), f1 = o.flow.at(i);
                return f0 > 0 && std::abs(f1 / f0 - 1) <= s.f5MaxLoadChange;
            }();
            // (b) a fall of more than half from one hour to the next.
            const double floorLevel = s.f5MinLevelDl * detectionLimit(p.code, s).value_or(0);
            const double usualLevel = usualAt(i);
            if (ok(i - 1) && loadSteady && c[static_cast<size_t>(i - 1)] >= floorLevel &&
                c[static_cast<size_t>(i)] < s.f5FallRatio * c[static_cast<size_t>(i - 1)] &&
                !(c[static_cast<size_t>(i)] >= s.f5FallRatio * usualLevel)) {
                const double a = c[static_cast<size_t>(i - 1)], b = c[static_cast<size_t>(i)];
                out.push_back(outletFinding(
                    id(), o, p.code, p.raw.ts(i), p.raw.ts(i) + kHour, 2,
                    0.6 + 0.35 * clamp01(1 - b / a),
                    QStringLiteral("%1 fell from %2 to %3 mg/m3 (O2-corrected) in one hour, no "
                                   "load change or flag")
                        .arg(p.code)
                        .arg(a, 0, 'f', 2)
                        .arg(b, 0, 'f', 2),
                    QJsonObject{
                        {"kind", "hour_fall"},
                        {"before", a},
                        {"after", b},
                        {"usual_level", std::isnan(usualLevel) ? QJsonValue() : usualLevel}}));
            }
            // (a) rolling-median shift.
            if (recent.size() < R || base.size() < 0.75 * B)
                continue;
            if (flagged[static_cast<size_t>(i) + 1] - flagged[static_cast<size_t>(i - R - B + 1)] >
                0)
                continue;
            const double m6 = recent.median(), m24 = base.median();
            const double mad = std::max((base.quantile(0.75) - base.quantile(0.25)) / 2,
                                        0.01 * std::abs(m24) + 1e-6);
            const double shift = m24 - m6;
            // A fall must also take the level below the usual one by as much (a rise is judged
            // against the 24 h baseline only).
            // It must be material too: a narrow 24 h window gives a small MAD, and a few per cent
            // of drift against it is process variation, not a step.
            const bool belowUsual = !(m6 >= usualLevel - s.f5MadMultiple * mad) &&
                                    !(m6 >= (1 - s.f5MinDropPct / 100) * usualLevel);
            const bool step = (shift > s.f5MadMultiple * mad && belowUsual) ||
                              (s.f5Rises > 0 && -shift > s.f5MadMultiple * mad);
            if (!step)
                continue;
            std::vector<float> fr, fb;
            for (int j = i - R + 1; j <= i; ++j)
                if (o.flow.valid(j))
                    fr.push_back(o.flow.at(j));
            for (int j = i - R - B + 1; j <= i - R; ++j)
                if (o.flow.valid(j))
                    fb.push_back(o.flow.at(j));
            if (fr.size() < static_cast<size_t>(R) / 2 + 1 ||
                fb.size() < static_cast<size_t>(B) / 2)
                continue;
            const double fm = quantileOf(fr, 0.5), fbm = quantileOf(fb, 0.5);
            if (fbm <= 0 || std::abs(fm / fbm - 1) > s.f5MaxLoadChange)
                continue;
            bool producingThroughout = true;
            for (int j = i - R - B + 1; j <= i && producingThroughout; ++j)
                if (producingKnown(o, j) && o.producing[static_cast<size_t>(j)] != 1)
                    producingThroughout = false;
            if (!producingThroughout)
                continue;
            const double inMads = std::abs(shift) / mad;
            out.push_back(outletFinding(
                id(), o, p.code, p.raw.ts(i - R + 1), p.raw.ts(i) + kHour,
                inMads >= 2 * s.f5MadMultiple ? 3 : 2,
                0.6 + 0.35 * clamp01(inMads / (3 * s.f5MadMultiple)),
                QStringLiteral("%1 %2 h median %3 vs %4 h median %5 mg/m3 (O2-corrected): shift "
                               "%6 MAD, flow steady, no flags")
                    .arg(p.code)
                    .arg(R)
                    .arg(m6, 0, 'f', 2)
                    .arg(B)
                    .arg(m24, 0, 'f', 2)
                    .arg(inMads, 0, 'f', 1),
                QJsonObject{{"kind", "median_shift"},
                            {"recent_median", m6},
                            {"baseline_median", m24},
                            {"mad", mad},
                            {"usual_level", std::isnan(usualLevel) ? QJsonValue() : usualLevel},
                            {"flow_ratio", fm / fbm}}));
        }
    }
}

// ---------------------------------------------------------------------------------------- F6
std::int64_t LimitHuggingRule::contextSeconds(const ScreeningSettings& s) const {
    return static_cast<std::int64_t>(s.f6WindowDays * kDay);
}

void LimitHuggingRule::evaluate(const OutletData& o, const ScreeningSettings& s,
                                const EvalWindow& w, std::vector<Finding>& out) const {
    const int W = std::max(24, static_cast<int>(s.f6WindowDays * 24));
    for (const PollutantSeries& p : o.pollutants) {
        if (!p.hourLimit || *p.hourLimit <= 0)
            continue;
        const double L = *p.hourLimit;
        const int n = p.raw.size();
        const int first = firstDataIndex(o, p.raw);
        std::vector<int> valid(static_cast<size_t>(n) + 1, 0), band(valid), over(valid);
        std::vector<int> prevBand(static_cast<size_t>(n), -1);
        for (int j = 0; j < n; ++j) {
            const float c = p.corrected[static_cast<size_t>(j)];
            const bool v = j >= first && !std::isnan(c);
            const bool inBand = v && c >= s.f6BandLow * L && c < L;
            valid[static_cast<size_t>(j) + 1] = valid[static_cast<size_t>(j)] + v;
            band[static_cast<size_t>(j) + 1] = band[static_cast<size_t>(j)] + inBand;
            over[static_cast<size_t>(j) + 1] =
                over[static_cast<size_t>(j)] + (v && c >= L && c < (2 - s.f6BandLow) * L);
            prevBand[static_cast<size_t>(j)] =
                inBand ? j : (j > 0 ? prevBand[static_cast<size_t>(j) - 1] : -1);
        }
        for (int i = std::max(firstEval(p.raw, w), first); i < n; ++i) {
            const int lo = std::max(first, i - W + 1);
            const int nv = valid[static_cast<size_t>(i) + 1] - valid[static_cast<size_t>(lo)];
            if (nv < s.f6MinValidHours)
                continue;
            const int nb = band[static_cast<size_t>(i) + 1] - band[static_cast<size_t>(lo)];
            const int no = over[static_cast<size_t>(i) + 1] - over[static_cast<size_t>(lo)];
            const double share = double(nb) / nv;
            const bool hugging = share >= s.f6Share;
            const bool cliff = share >= s.f6CliffMinShare && no <= s.f6CliffRatio * nb;
            if (!hugging && !cliff)
                continue;
            const int last = prevBand[static_cast<size_t>(i)];
            int firstB = last;
            for (int j = lo; j <= i; ++j)
                if (p.corrected[static_cast<size_t>(j)] >= s.f6BandLow * L &&
                    p.corrected[static_cast<size_t>(j)] < L) {
                    firstB = j;
                    break;
                }
            if (last < lo || firstB < 0)
                continue;
            out.push_back(outletFinding(
                id(), o, p.code, p.raw.ts(firstB), p.raw.ts(last) + kHour, hugging ? 3 : 2,
                0.5 + 0.45 * clamp01(share),
                QStringLiteral("%1 %2 % of %3 valid hours in [%4 L, L) (O2-corrected, L = %5)%6")
                    .arg(p.code)
                    .arg(share * 100, 0, 'f', 0)
                    .arg(nv)
                    .arg(s.f6BandLow)
                    .arg(L)
                    .arg(cliff && !hugging ? QStringLiteral(", histogram cliff under L")
                                           : QString()),
                QJsonObject{{"limit", L},
                            {"band_share", share},
                            {"band_hours", nb},
                            {"hours_just_over", no},
                            {"valid_hours", nv}}));
        }
    }
}

// ---------------------------------------------------------------------------------------- F7
std::int64_t DilutionRule::contextSeconds(const ScreeningSettings& s) const {
    return static_cast<std::int64_t>((s.f7BaselineDays + 1) * kDay);
}

void DilutionRule::evaluate(const OutletData& o, const ScreeningSettings& s, const EvalWindow& w,
                            std::vector<Finding>& out) const {
    const int n = o.o2.size();
    if (n == 0)
        return;
    const int first = firstDataIndex(o, o.o2);
    const int m = std::max(1, static_cast<int>(s.f7MinHours));
    const DailyQuantiles p90 =
        dailyQuantiles(o.o2, first, 0.9, static_cast<int>(s.f7BaselineDays), false, 0.05, 500,
                       static_cast<int>(s.f7MinBaselineHours), w.evalFrom - m * kHour);
    const bool coal = o.outlet.o2RefPct && (std::abs(*o.outlet.o2RefPct - 6) < 0.01 ||
                                            std::abs(*o.outlet.o2RefPct - 9) < 0.01);
    auto condition = [&](int i, double& rawRatio, double& corrRatio, double& limitO2) {
        if (i < 0 || !o.o2.valid(i))
            return false;
        const float q = p90.at(o.o2.ts(i));
        const float o2 = o.o2.at(i);
        const bool high =
            (!std::isnan(q) && o2 > q + s.f7O2MarginPts) || (coal && o2 > s.f7CoalO2Pct);
        if (!high)
            return false;
        limitO2 = std::isnan(q) ? s.f7CoalO2Pct : q + s.f7O2MarginPts;
        double sumRaw = 0, sumCorr = 0;
        int k = 0, kc = 0;
        for (const PollutantSeries& p : o.pollutants) {
            if (!p.raw.valid(i))
                continue;
            std::vector<float> rb, cb;
            for (int j = i - 24; j < i; ++j) {
                if (j >= 0 && p.raw.valid(j))
                    rb.push_back(p.raw.at(j));
                if (j >= 0 && !std::isnan(p.corrected[static_cast<size_t>(j)]))
                    cb.push_back(p.corrected[static_cast<size_t>(j)]);
            }
            if (rb.size() < 12)
                continue;
            const double mr = quantileOf(rb, 0.5);
            if (mr <= 0)
                continue;
            sumRaw += p.raw.at(i) / mr;
            ++k;
            if (cb.size() >= 12 && !std::isnan(p.corrected[static_cast<size_t>(i)])) {
                const double mc = quantileOf(cb, 0.5);
                if (mc > 0) {
                    sumCorr += p.corrected[static_cast<size_t>(i)] / mc;
                    ++kc;
                }
            }
        }
        if (k == 0)
            return false;
        rawRatio = sumRaw / k;
        corrRatio = kc ? sumCorr / kc : std::nan("");
        return rawRatio < s.f7RawFallRatio;
    };
    std::vector<std::int8_t> cond(static_cast<size_t>(n), -1);
    for (int i = firstEval(o.o2, w); i < n; ++i) {
        bool all = true;
        double rawRatio = 0, corrRatio = 0, limitO2 = 0;
        for (int j = i; j > i - m && all; --j) {
            if (j < 0) {
                all = false;
                break;
            }
            double rr, cr, lo;
            if (cond[static_cast<size_t>(j)] < 0)
                cond[static_cast<size_t>(j)] = condition(j, rr, cr, lo) ? 1 : 0;
            all = cond[static_cast<size_t>(j)] == 1;
        }
        if (!all)
            continue;
        condition(i, rawRatio, corrRatio, limitO2);
        const double o2 = o.o2.at(i);
        out.push_back(outletFinding(
            id(), o, QStringLiteral("a19001"), o.o2.ts(i - m + 1), o.o2.ts(i) + kHour,
            o2 > limitO2 + 3 ? 3 : 2, 0.6 + 0.35 * clamp01((o2 - limitO2) / 5),
            QStringLiteral("O2 %1 % above %2 % (own P90 + margin) while raw concentrations fall "
                           "to %3 of their level")
                .arg(o2, 0, 'f', 2)
                .arg(limitO2, 0, 'f', 2)
                .arg(rawRatio, 0, 'f', 2),
            QJsonObject{
                {"o2", o2},
                {"o2_threshold", limitO2},
                {"raw_ratio", rawRatio},
                {"corrected_ratio", std::isnan(corrRatio) ? QJsonValue() : QJsonValue(corrRatio)},
                {"series", QJsonArray{QJsonObject{{"source_id", o.outlet.id},
                                                  {"pollutant", "a19001"},
                                                  {"interval", "hour"}}}}}));
    }
}

// ---------------------------------------------------------------------------------------- F8
std::int64_t FlowProductionRule::contextSeconds(const ScreeningSettings& s) const {
    return std::max(static_cast<std::int64_t>((s.f8BaselineDays + 1) * kDay),
                    static_cast<std::int64_t>(s.f8CorrelationBaselineDays * kDay +
                                              s.f8CorrelationHours * kHour));
}

void FlowProductionRule::evaluate(const OutletData& o, const ScreeningSettings& s,
                                  const EvalWindow& w, std::vector<Finding>& out) const {
    const int n = o.flow.size();
    if (n == 0)
        return;
    const int first = firstDataIndex(o, o.flow);
    const int m = std::max(1, static_cast<int>(s.f8MinHours));
    const DailyQuantiles p90 =
        dailyQuantiles(o.flow, first, 0.9, static_cast<int>(s.f8BaselineDays), true, 0.02, 1000, 72,
                       w.evalFrom - m * kHour);
    auto condition = [&](int i) {
        if (i < 0 || !o.flow.valid(i))
            return false;
        const float q = p90.at(o.flow.ts(i));
        if (std::isnan(q) || o.flow.at(i) >= s.f8FlowZeroShare * q)
            return false;
        if (producingKnown(o, i))
            return o.producing[static_cast<size_t>(i)] == 1;
        return o.o2.valid(i) && o.o2.at(i) < 19.5; // combustion gas, not ambient air
    };
    for (int i = firstEval(o.flow, w); i < n; ++i) {
        bool all = true;
        for (int j = i; j > i - m && all; --j)
            all = condition(j);
        if (!all)
            continue;
        const float q = p90.at(o.flow.ts(i));
        out.push_back(outletFinding(
            id(), o, QStringLiteral("a00000"), o.flow.ts(i - m + 1), o.flow.ts(i) + kHour, 3,
            0.6 + 0.35 * clamp01(1 - o.flow.at(i) / (s.f8FlowZeroShare * q)),
            QStringLiteral("flue-gas flow %1 m3/h = %2 % of its P90 %3 while %4")
                .arg(o.flow.at(i), 0, 'f', 0)
                .arg(o.flow.at(i) / q * 100, 0, 'f', 1)
                .arg(q, 0, 'f', 0)
                .arg(o.hasProductionMeter ? QStringLiteral("the production circuit is ON")
                                          : QStringLiteral("O2 shows combustion")),
            QJsonObject{{"flow", o.flow.at(i)},
                        {"flow_p90", q},
                        {"production_evidence", o.hasProductionMeter ? "power" : "o2"},
                        {"production_kw",
                         o.hasProductionMeter && !std::isnan(o.productionKw[static_cast<size_t>(i)])
                             ? QJsonValue(o.productionKw[static_cast<size_t>(i)])
                             : QJsonValue()},
                        {"series", QJsonArray{QJsonObject{{"source_id", o.outlet.id},
                                                          {"pollutant", "a00000"},
                                                          {"interval", "hour"}}}}}));
    }
    // The correlation branch: where the production load swings, flue-gas flow follows it. A
    // window whose flow no longer follows a swinging load, at an outlet whose flow did follow it
    // before, is a flow meter (or a stack) that no longer measures the process.
    if (!o.hasProductionMeter)
        return;
    const int C = std::max(12, static_cast<int>(s.f8CorrelationHours));
    const int Bh = static_cast<int>(s.f8CorrelationBaselineDays * 24);
    std::vector<double> sx(static_cast<size_t>(n) + 1, 0), sy(sx), sxx(sx), syy(sx), sxy(sx);
    std::vector<int> cnt(static_cast<size_t>(n) + 1, 0);
    for (int i = 0; i < n; ++i) {
        const size_t k = static_cast<size_t>(i);
        const float kw = o.productionKw[k];
        const bool pair = i >= first && o.flow.valid(i) && !std::isnan(kw);
        const double x = pair ? kw : 0, y = pair ? o.flow.at(i) : 0;
        sx[k + 1] = sx[k] + x;
        sy[k + 1] = sy[k] + y;
        sxx[k + 1] = sxx[k] + x * x;
        syy[k + 1] = syy[k] + y * y;
        sxy[k + 1] = sxy[k] + x * y;
        cnt[k + 1] = cnt[k] + (pair ? 1 : 0);
    }
    struct Stats {
        int n = 0;
        double r = 0, cv = 0;
    };
    auto stats = [&](int a, int b) { // hours [a, b)
        Stats st;
        a = std::max(a, 0);
        if (b <= a)
            return st;
        const auto A = static_cast<size_t>(a), B = static_cast<size_t>(b);
        st.n = cnt[B] - cnt[A];
        if (st.n < 3)
            return st;
        const double m = st.n, mx = (sx[B] - sx[A]) / m, my = (sy[B] - sy[A]) / m;
        const double vx = (sxx[B] - sxx[A]) / m - mx * mx, vy = (syy[B] - syy[A]) / m - my * my;
        const double cxy = (sxy[B] - sxy[A]) / m - mx * my;
        st.cv = mx > 0 && vx > 0 ? std::sqrt(vx) / mx : 0;
        st.r = vx > 0 && vy > 0 ? cxy / std::sqrt(vx * vy) : 0;
        return st;
    };
    for (int i = std::max(firstEval(o.flow, w), C - 1); i < n; ++i) {
        const Stats now = stats(i - C + 1, i + 1);
        if (now.n < 2 * C / 3 || now.cv < s.f8MinLoadCv || now.r >= s.f8BrokenCorrelation)
            continue;
        const Stats before = stats(i - C + 1 - Bh, i - C + 1);
        if (before.n < Bh / 2 || before.cv < s.f8MinLoadCv || before.r < s.f8UsualCorrelation)
            continue;
        out.push_back(outletFinding(
            id(), o, QStringLiteral("flow-power"), o.flow.ts(i - C + 1), o.flow.ts(i) + kHour, 2,
            0.55 + 0.4 * clamp01((before.r - now.r) / 1.5),
            QStringLiteral("flue-gas flow no longer follows production power: correlation %1 over "
                           "%2 h, %3 over the %4 days before")
                .arg(now.r, 0, 'f', 2)
                .arg(C)
                .arg(before.r, 0, 'f', 2)
                .arg(s.f8CorrelationBaselineDays),
            QJsonObject{{"kind", "correlation"},
                        {"correlation", now.r},
                        {"baseline_correlation", before.r},
                        {"load_cv", now.cv},
                        {"series", QJsonArray{QJsonObject{{"source_id", o.outlet.id},
                                                          {"pollutant", "a00000"},
                                                          {"interval", "hour"}}}}}));
    }
}

} // namespace eco::screen
