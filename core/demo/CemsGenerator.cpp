#include "core/demo/CemsGenerator.h"

#include "core/demo/DemoRandom.h"

#include <algorithm>
#include <cmath>

namespace eco::demo {

namespace {

double round2(double v) {
    return std::round(v * 100) / 100;
}

struct Hourly {
    // Per hour: state and values before rounding. flag 'N' valid, 0 = missing row.
    std::vector<double> flow, o2;
    std::array<std::vector<double>, kCemsPollutants> raw;
    std::vector<char> flag;
    std::vector<std::uint8_t> touched; // hours an injection or episode wrote
};

double dilutionFactor(double o2, std::optional<double> ref) {
    return ref ? (21.0 - o2) / (21.0 - *ref) : 1.0;
}

// After a raised window, let the value decay by at most 42 % an hour: a real release fades, and
// a sudden fall of half or more would read as an F5 step.
void taper(Hourly& h, int p, int from) {
    auto& v = h.raw[static_cast<size_t>(p)];
    for (size_t i = static_cast<size_t>(std::max(1, from)); i < v.size(); ++i) {
        if (h.touched[i] || h.flag[i] != 'N' || h.flag[i - 1] != 'N')
            break;
        const double floor = v[i - 1] * 0.58;
        if (v[i] >= floor)
            break;
        v[i] = floor;
    }
}

} // namespace

OutletSeries CemsGenerator::generate(int outletIndex, const Timeline& tl) const {
    const DemoConfig& cfg = m_world.config;
    const OutletProfile& o = m_plan.outlets[static_cast<size_t>(outletIndex)];
    const int H = cfg.hours();
    DemoRandom rng(cfg.seed, "cems", o.stream);
    Hourly h;
    h.flow.assign(static_cast<size_t>(H), 0);
    h.o2.assign(static_cast<size_t>(H), 0);
    for (auto& r : h.raw)
        r.assign(static_cast<size_t>(H), 0);
    h.flag.assign(static_cast<size_t>(H), 'N');
    h.touched.assign(static_cast<size_t>(H), 0);
    std::vector<double> loadOf(static_cast<size_t>(H), 0);

    // 1. Normal operation. Concentrations are drawn O2-corrected (at most 0.8 of the limit, so
    // normal hours never reach the F6 band or E1) and converted to measured with the hour's O2.
    const double o2Cap = o.o2Ref ? 19.0 : 20.8;
    for (int hr = 0; hr < H; ++hr) {
        const size_t i = static_cast<size_t>(hr);
        int on = 0;
        double load = 0;
        for (int k = 0; k < kSlotsPerHour; ++k) {
            const size_t s = static_cast<size_t>(hr * kSlotsPerHour + k);
            on += tl.production[s];
            load += tl.production[s] ? tl.load[s] : 0.0;
        }
        load /= kSlotsPerHour;
        loadOf[i] = load;
        if (on < 2) { // stopped (HJ 212 flag F): fan draught, air, analysers at zero
            h.flag[i] = 'F';
            h.flow[i] = o.designFlow * rng.uniform(0.01, 0.04);
            h.o2[i] = rng.uniform(20.3, 20.9);
            for (int p = 0; p < kCemsPollutants; ++p)
                h.raw[static_cast<size_t>(p)][i] =
                    kDetectionLimit[static_cast<size_t>(p)] * rng.uniform(0.2, 0.8);
            continue;
        }
        h.flow[i] = o.designFlow * (0.15 + 0.85 * load) * (1 + 0.03 * rng.clippedNormal(2.5));
        h.o2[i] = std::min(o2Cap, o.o2Base + 0.8 * (1 - load) + 0.25 * rng.clippedNormal(2.4));
        const double dil = dilutionFactor(h.o2[i], o.o2Ref);
        for (int p = 0; p < kCemsPollutants; ++p) {
            const size_t pi = static_cast<size_t>(p);
            const double corr = o.baseFrac[pi] * o.limit[pi] * (0.9 + 0.1 * std::min(1.0, load)) *
                                std::exp(o.sigma[pi] * rng.clippedNormal(2.5));
            h.raw[pi][i] = std::min(corr, 0.8 * o.limit[pi]) * dil;
        }
    }

    // 2. The planned violation of this outlet, if any.
    const Injection* inj = m_plan.injectionOfOutlet(outletIndex);
    DemoRandom irng(cfg.seed, "cems-injection", o.stream);
    auto window = [&](auto&& fn) {
        if (!inj)
            return;
        for (int hr = std::max(0, inj->start); hr < std::min(H, inj->end()); ++hr) {
            h.touched[static_cast<size_t>(hr)] = 1;
            fn(static_cast<size_t>(hr));
        }
    };
    if (inj) {
        const int p = inj->pollutant;
        const size_t pi = static_cast<size_t>(std::max(0, p));
        const double L = o.limit[pi];
        const QString& rule = inj->rule;
        if (rule == QLatin1String("E1")) {
            window([&](size_t i) {
                h.raw[pi][i] = inj->magnitude * L * (1 + 0.03 * irng.clippedNormal(1.5)) *
                               dilutionFactor(h.o2[i], o.o2Ref);
            });
        } else if (rule == QLatin1String("E2")) {
            window([&](size_t i) {
                h.raw[pi][i] = inj->magnitude * L * std::exp(0.04 * irng.clippedNormal(2)) *
                               dilutionFactor(h.o2[i], o.o2Ref);
            });
        } else if (rule == QLatin1String("F1")) {
            const double held = round2(h.raw[pi][static_cast<size_t>(inj->start - 1)]);
            window([&](size_t i) { h.raw[pi][i] = held; });
        } else if (rule == QLatin1String("F2")) {
            // A band narrower than 2 % of the span (kSpanPerLimit x limit) around the level.
            const double centre = h.raw[pi][static_cast<size_t>(inj->start - 1)];
            const double width = inj->magnitude * kSpanPerLimit * L;
            window([&](size_t i) { h.raw[pi][i] = centre + width * (irng.uniform() - 0.5); });
        } else if (rule == QLatin1String("F3")) {
            const double dl = kDetectionLimit[pi];
            window([&](size_t i) { h.raw[pi][i] = dl * irng.uniform(0.25, 1.35); });
            // "Maintenance" before and after explains the jumps into and out of the window.
            for (int hr : {inj->start - 2, inj->start - 1, inj->end(), inj->end() + 1})
                if (hr >= 0 && hr < H) {
                    h.flag[static_cast<size_t>(hr)] = 'M';
                    h.touched[static_cast<size_t>(hr)] = 1;
                }
        } else if (rule == QLatin1String("F4")) {
            // Flags and gaps, preferring high-load (day) hours.
            std::vector<std::pair<double, int>> order;
            for (int hr = std::max(0, inj->start); hr < std::min(H, inj->end()); ++hr) {
                const int hod = hr % 24;
                order.push_back({irng.uniform() + (hod >= 8 && hod < 20 ? 0.6 : 0.0), hr});
            }
            std::sort(order.begin(), order.end(), std::greater<>());
            const size_t k = static_cast<size_t>(std::lround(inj->magnitude * order.size()));
            static const char kAbuse[] = {'D', 'M', 'B', 'C', 'S'};
            for (size_t j = 0; j < k && j < order.size(); ++j) {
                const size_t i = static_cast<size_t>(order[j].second);
                h.flag[i] = irng.chance(0.45) ? char(0) : kAbuse[irng.range(0, 4)];
            }
            window([](size_t) {});
        } else if (rule == QLatin1String("F5")) {
            window([&](size_t i) { h.raw[pi][i] *= inj->magnitude; });
            const size_t s = static_cast<size_t>(inj->start);
            if (s > 0)
                h.raw[pi][s] = std::min(h.raw[pi][s], 0.47 * h.raw[pi][s - 1]);
        } else if (rule == QLatin1String("F6")) {
            std::vector<std::pair<double, int>> order;
            for (int hr = std::max(0, inj->start); hr < std::min(H, inj->end()); ++hr)
                order.push_back({irng.uniform(), hr});
            std::sort(order.begin(), order.end());
            const size_t k = static_cast<size_t>(std::ceil(inj->magnitude * order.size()));
            for (size_t j = 0; j < order.size(); ++j) {
                const size_t i = static_cast<size_t>(order[j].second);
                const double corr =
                    j < k ? L * irng.uniform(0.905, 0.975) : L * irng.uniform(0.72, 0.87);
                h.raw[pi][i] = corr * dilutionFactor(h.o2[i], o.o2Ref);
            }
            window([](size_t) {});
        } else if (rule == QLatin1String("F7")) {
            // Air let in at the probe: O2 jumps, measured concentrations fall, corrected do not.
            window([&](size_t i) {
                const int hr = static_cast<int>(i);
                const bool edge = hr == inj->start || hr == inj->end() - 1;
                const double o2 = std::min(18.8, h.o2[i] + inj->magnitude * (edge ? 0.5 : 1.0));
                const double f = (21 - o2) / (21 - h.o2[i]);
                for (auto& r : h.raw)
                    r[i] *= f;
                h.o2[i] = o2;
            });
        } else if (rule == QLatin1String("F8")) {
            window([&](size_t i) {
                h.flow[i] = o.designFlow * (inj->magnitude + 0.004 * irng.uniform());
            });
        }
        if (rule == QLatin1String("E1") || rule == QLatin1String("E2"))
            taper(h, p, inj->end());
        if (rule == QLatin1String("F6"))
            taper(h, p, inj->end());
    }

    // 3. Episodes: exactly the planned values (the ambient side disperses the same rates).
    for (const EpisodePlan& ep : m_plan.episodes) {
        if (ep.outlet != outletIndex)
            continue;
        for (size_t k = 0; k < ep.rawMgM3.size(); ++k) {
            const size_t i = static_cast<size_t>(ep.startHour) + k;
            if (i >= h.flow.size())
                break;
            h.raw[static_cast<size_t>(ep.pollutant)][i] = ep.rawMgM3[k];
            h.flow[i] = ep.flowM3h[k];
            h.touched[i] = 1;
        }
        taper(h, ep.pollutant, ep.startHour + static_cast<int>(ep.rawMgM3.size()));
    }

    // 4. Legitimate flags: at most one event per day, away from any injected window, so a day
    // never has more than three flagged hours (well under F4's 20 %).
    DemoRandom frng(cfg.seed, "cems-flags", o.stream);
    for (int d = 0; d < cfg.days; ++d) {
        const double u = frng.uniform();
        const int len =
            u < 0.3 ? 1 : (u < 0.36 ? frng.range(2, 3) : (u < 0.44 ? frng.range(1, 2) : 0));
        const char flag = u < 0.3 ? 'C' : (u < 0.36 ? 'M' : char(0));
        const int start = d * 24 + frng.range(1, 22 - len);
        if (len == 0)
            continue;
        bool clear = true;
        for (int hr = start - 24; hr < start + len + 24 && clear; ++hr)
            if (hr >= 0 && hr < H &&
                (h.touched[static_cast<size_t>(hr)] || h.flag[static_cast<size_t>(hr)] == 'F'))
                clear = false;
        if (!clear)
            continue;
        for (int hr = start; hr < start + len && hr < H; ++hr) {
            const size_t i = static_cast<size_t>(hr);
            h.flag[i] = flag;
            if (flag == 'C')
                for (int p = 0; p < kCemsPollutants; ++p)
                    h.raw[static_cast<size_t>(p)][i] = 0.8 * kSpanPerLimit *
                                                       o.limit[static_cast<size_t>(p)] *
                                                       (1 + 0.01 * frng.clippedNormal(2));
        }
    }

    // 5. Rounded output, and the E1/E2 truth found in it.
    OutletSeries out;
    out.outlet = outletIndex;
    for (auto& c : out.codes)
        c.reserve(static_cast<size_t>(H));
    const model::Outlet& mo = m_world.outlets[o.index];
    for (int hr = 0; hr < H; ++hr) {
        const size_t i = static_cast<size_t>(hr);
        const char flag = h.flag[i];
        if (flag == 0)
            continue; // no packet arrived
        std::array<std::optional<double>, kCemsCodes> v;
        v[0] = std::round(h.flow[i]);
        v[1] = round2(h.o2[i]);
        for (int p = 0; p < kCemsPollutants; ++p)
            v[static_cast<size_t>(2 + p)] = round2(std::max(0.0, h.raw[static_cast<size_t>(p)][i]));
        if (flag == 'B')
            v.fill(std::nullopt);
        for (int c = 0; c < kCemsCodes; ++c)
            out.codes[static_cast<size_t>(c)].push_back({hr, v[static_cast<size_t>(c)], flag});
    }

    auto ts = [&](int hr) { return cfg.startTs + static_cast<std::int64_t>(hr) * 3600; };
    const auto& o2s = out.codes[1];
    for (int p = 0; p < kCemsPollutants; ++p) {
        const auto& vals = out.codes[static_cast<size_t>(2 + p)];
        const double L = o.limit[static_cast<size_t>(p)];
        const QString code = QLatin1String(kPollutantCodes[static_cast<size_t>(p)]);
        // E1: runs of consecutive valid hours above the limit.
        int runStart = -1;
        double runMax = 0;
        int prevHour = -2;
        auto closeRun = [&](int endHour) {
            if (runStart < 0)
                return;
            out.truths.push_back({QString(), QStringLiteral("E1"), QStringLiteral("outlet"), mo.id,
                                  ts(runStart), ts(endHour),
                                  QStringLiteral("%1 hourly corrected max %2 mg/m3 = %3 x limit %4")
                                      .arg(code)
                                      .arg(runMax, 0, 'f', 2)
                                      .arg(runMax / L, 0, 'f', 2)
                                      .arg(L)});
            runStart = -1;
            runMax = 0;
        };
        std::vector<double> daySum(static_cast<size_t>(cfg.days), 0);
        std::vector<int> dayN(static_cast<size_t>(cfg.days), 0);
        for (size_t k = 0; k < vals.size(); ++k) {
            const HourValue& hv = vals[k];
            const bool valid = hv.flag == 'N' && hv.value && o2s[k].value;
            const double c = valid ? corrected(*hv.value, *o2s[k].value, o.o2Ref) : 0;
            if (valid) {
                daySum[static_cast<size_t>(hv.hour / 24)] += c;
                ++dayN[static_cast<size_t>(hv.hour / 24)];
            }
            const bool over = valid && c > L;
            if (runStart >= 0 && (!over || hv.hour != prevHour + 1))
                closeRun(prevHour + 1);
            if (over) {
                if (runStart < 0)
                    runStart = hv.hour;
                runMax = std::max(runMax, c);
            }
            prevHour = hv.hour;
        }
        closeRun(prevHour + 1);
        // E2: local days (the period starts at a local midnight) with >= 20 valid hours.
        for (int d = 0; d < cfg.days; ++d) {
            const size_t di = static_cast<size_t>(d);
            if (dayN[di] >= 20 && daySum[di] / dayN[di] > L)
                out.truths.push_back(
                    {QString(), QStringLiteral("E2"), QStringLiteral("outlet"), mo.id, ts(d * 24),
                     ts(d * 24 + 24),
                     QStringLiteral("%1 daily corrected mean %2 mg/m3 = %3 x limit %4 (%5 valid h)")
                         .arg(code)
                         .arg(daySum[di] / dayN[di], 0, 'f', 2)
                         .arg(daySum[di] / dayN[di] / L, 0, 'f', 2)
                         .arg(L)
                         .arg(dayN[di])});
        }
    }
    // 6. A step down (F5) or diluted gas (F7) lowers the measured values; where that leaves a
    // 24 h window in a band narrower than 2 % of the span (F2) or with a median under 1.5 x the
    // detection limit while producing (F3), the data shows that violation too: label it, as
    // E1/E2 are labelled, rather than leave a true clue to count as a false alarm.
    if (inj && (inj->rule == QLatin1String("F5") || inj->rule == QLatin1String("F7"))) {
        std::vector<int> hourIndex(static_cast<size_t>(H), -1);
        for (size_t k = 0; k < out.codes[2].size(); ++k)
            hourIndex[static_cast<size_t>(out.codes[2][k].hour)] = static_cast<int>(k);
        for (int p = 0; p < kCemsPollutants; ++p) {
            if (inj->rule == QLatin1String("F5") && p != inj->pollutant)
                continue;
            const auto& vals = out.codes[static_cast<size_t>(2 + p)];
            const double L = o.limit[static_cast<size_t>(p)];
            const double dl = kDetectionLimit[static_cast<size_t>(p)];
            const QString code = QLatin1String(kPollutantCodes[static_cast<size_t>(p)]);
            for (const bool band : {true, false}) {
                int runFrom = -1, runTo = -1;
                auto close = [&] {
                    if (runFrom < 0)
                        return;
                    out.truths.push_back(
                        {QString(), band ? QStringLiteral("F2") : QStringLiteral("F3"),
                         QStringLiteral("outlet"), mo.id, ts(runFrom), ts(runTo),
                         band ? QStringLiteral("%1 measured in a band narrower than 2 % of the "
                                               "span while %2 lowers it")
                                    .arg(code, inj->rule)
                              : QStringLiteral("%1 measured median under 1.5 x detection limit "
                                               "%2 mg/m3 while %3 lowers it")
                                    .arg(code)
                                    .arg(dl)
                                    .arg(inj->rule)});
                    runFrom = -1;
                };
                for (int end = std::max(24, inj->start + 1); end <= std::min(H, inj->end() + 23);
                     ++end) {
                    std::vector<double> v;
                    for (int hr = end - 24; hr < end; ++hr) {
                        const int k = hourIndex[static_cast<size_t>(hr)];
                        if (k >= 0 && vals[static_cast<size_t>(k)].flag == 'N' &&
                            vals[static_cast<size_t>(k)].value)
                            v.push_back(*vals[static_cast<size_t>(k)].value);
                    }
                    bool hit = false;
                    if (v.size() >= 20) {
                        std::sort(v.begin(), v.end());
                        hit = band ? v.back() - v.front() < 0.02 * kSpanPerLimit * L
                                   : v[v.size() / 2] < 1.5 * dl;
                    }
                    if (hit) {
                        if (runFrom >= 0 && end - 24 > runTo)
                            close();
                        if (runFrom < 0)
                            runFrom = end - 24;
                        runTo = end;
                    }
                }
                close();
            }
        }
    }
    return out;
}

} // namespace eco::demo
