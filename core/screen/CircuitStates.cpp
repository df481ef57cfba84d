#include "core/screen/CircuitStates.h"

#include "core/screen/SeriesMath.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace eco::screen {

std::optional<CircuitThresholds> learnThresholds(std::span<const float> kw,
                                                 const ScreeningSettings& s) {
    float lo = std::numeric_limits<float>::max(), hi = std::numeric_limits<float>::lowest();
    double sum = 0;
    int n = 0;
    for (float v : kw)
        if (!std::isnan(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
            sum += v;
            ++n;
        }
    if (n < 96) // less than a day of readings
        return std::nullopt;
    CircuitThresholds t;
    auto between = [&](double off, double on) {
        t.offKw = off + s.circuitOffAt * (on - off);
        t.onKw = off + s.circuitOnAt * (on - off);
    };
    const double mean = sum / n;
    constexpr int kBins = 64;
    if (hi - lo > 1e-6) {
        std::array<int, kBins> hist{};
        std::array<double, kBins> binSum{};
        const double w = (hi - lo) / kBins;
        for (float v : kw)
            if (!std::isnan(v)) {
                const int b = std::min(kBins - 1, static_cast<int>((v - lo) / w));
                ++hist[static_cast<size_t>(b)];
                binSum[static_cast<size_t>(b)] += v;
            }
        // Otsu: the split that maximises the between-class variance.
        double best = -1;
        int split = -1;
        int n0 = 0;
        double s0 = 0;
        for (int b = 0; b < kBins - 1; ++b) {
            n0 += hist[static_cast<size_t>(b)];
            s0 += binSum[static_cast<size_t>(b)];
            const int n1 = n - n0;
            if (n0 == 0 || n1 == 0)
                continue;
            const double m0 = s0 / n0, m1 = (sum - s0) / n1;
            const double between = double(n0) * n1 * (m1 - m0) * (m1 - m0);
            if (between > best) {
                best = between;
                split = b;
            }
        }
        if (split >= 0) {
            const double cut = lo + (split + 1) * w;
            double m0 = 0, m1 = 0, v0 = 0, v1 = 0;
            int c0 = 0, c1 = 0;
            for (float v : kw) {
                if (std::isnan(v))
                    continue;
                if (v < cut) {
                    m0 += v;
                    ++c0;
                } else {
                    m1 += v;
                    ++c1;
                }
            }
            m0 /= std::max(1, c0);
            m1 /= std::max(1, c1);
            for (float v : kw) {
                if (std::isnan(v))
                    continue;
                (v < cut ? v0 : v1) += (v - (v < cut ? m0 : m1)) * (v - (v < cut ? m0 : m1));
            }
            const double sd0 = std::sqrt(v0 / std::max(1, c0)),
                         sd1 = std::sqrt(v1 / std::max(1, c1));
            // Two modes: well separated and each with a real share of the time.
            // The lower mode must be standby, not a reduced load: OFF draws a small share of ON.
            const bool bimodal = m1 - m0 > 2 * (sd0 + sd1) && c0 >= n / 50 && c1 >= n / 50 &&
                                 m1 >= s.circuitMinOnKw && m0 <= s.circuitOffMaxShare * m1;
            if (bimodal) {
                between(m0, m1);
                t.learned = true;
                return t;
            }
        }
    }
    // One mode: a circuit that ran (or idled) the whole time. OFF is then taken as zero draw.
    if (mean >= s.circuitMinOnKw)
        between(0, mean);
    else
        between(0, s.circuitMinOnKw / s.circuitOnAt);
    t.learned = false;
    return t;
}

void computeCircuitStates(Circuit& c, const ScreeningSettings& s,
                          std::optional<ThresholdOverride> configured, ThresholdMemo* memo) {
    const Samples& kw = c.kw;
    const int n = kw.size();
    c.state.assign(static_cast<size_t>(n), -1);
    c.thresholds.clear();
    if (n == 0)
        return;
    // Thresholds per local week, learned from the learnDays before the week's start; a circuit
    // with too little history learns from its first learnDays instead (bootstrap).
    const std::int64_t learnS = static_cast<std::int64_t>(s.circuitLearnDays * 86400);
    std::optional<CircuitThresholds> bootstrap;
    bool bootstrapDone = false;
    for (std::int64_t wk = localWeekStart(kw.t0); wk < kw.ts(n - 1) + 1; wk += 7 * 86400) {
        CircuitThresholds t;
        if (configured) {
            t.onKw = configured->onKw;
            t.offKw = configured->offKw;
        } else {
            auto slice = [&](std::int64_t from, std::int64_t to) {
                const int a = std::clamp(kw.indexOf(from), 0, n);
                const int b = std::clamp(kw.indexOf(to), 0, n);
                return std::span<const float>(kw.value.data() + a, static_cast<size_t>(b - a));
            };
            std::optional<CircuitThresholds> learned;
            if (wk - learnS >= std::max(kw.t0, c.firstTs)) {
                if (memo)
                    learned = memo->find(wk);
                if (!learned) {
                    learned = learnThresholds(slice(wk - learnS, wk), s);
                    if (learned && memo) {
                        CircuitThresholds k = *learned;
                        k.fromTs = wk;
                        memo->keep(k);
                    }
                }
            }
            if (!learned) {
                // firstTs is "never" (the largest time) for a circuit without readings yet. The
                // bootstrap is the same for every early week: learned once.
                if (!bootstrapDone) {
                    const std::int64_t from = std::min(std::max(kw.t0, c.firstTs), kw.ts(n - 1));
                    bootstrap = learnThresholds(slice(from, from + learnS), s);
                    if (!bootstrap)
                        bootstrap = learnThresholds(kw.value, s);
                    bootstrapDone = true;
                }
                learned = bootstrap;
            }
            if (!learned)
                continue;
            t = *learned;
        }
        t.fromTs = wk;
        c.thresholds.push_back(t);
    }
    if (c.thresholds.empty())
        return;
    const int dwell = std::max(1, static_cast<int>(std::ceil(s.circuitDwellMin * 60 / kw.step)));
    int state = -1;
    int pending = 0; // consecutive slots beyond the threshold of the other state
    size_t ti = 0;
    for (int i = 0; i < n; ++i) {
        while (ti + 1 < c.thresholds.size() && c.thresholds[ti + 1].fromTs <= kw.ts(i))
            ++ti;
        const CircuitThresholds& t = c.thresholds[ti];
        const float v = kw.at(i);
        if (std::isnan(v) || !kw.present(i)) {
            pending = 0;
            continue; // unknown slot; the state carries over
        }
        if (state < 0)
            state = v >= (t.onKw + t.offKw) / 2 ? 1 : 0;
        const bool toOther = state == 0 ? v >= t.onKw : v <= t.offKw;
        pending = toOther ? pending + 1 : 0;
        if (pending >= dwell) {
            state = 1 - state;
            // The change happened when the crossing began: back-date the dwell slots.
            for (int j = i - pending + 1; j < i; ++j)
                if (c.state[static_cast<size_t>(j)] >= 0)
                    c.state[static_cast<size_t>(j)] = static_cast<std::int8_t>(state);
            pending = 0;
        }
        c.state[static_cast<size_t>(i)] = static_cast<std::int8_t>(state);
    }
}

} // namespace eco::screen
