// Rules on positive and negative series made here: flags, gaps, O2 correction, start-up and
// maintenance, the local-day boundary, circuit hysteresis and alert boundaries.
#include "core/screen/AmbientRules.h"
#include "core/screen/CircuitStates.h"
#include "core/screen/ExceedanceRules.h"
#include "core/screen/FalsificationRules.h"
#include "core/screen/PowerRules.h"
#include "core/screen/SeriesMath.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>

using namespace eco::screen;

namespace {

constexpr std::int64_t kT0 = 1790784000; // 2026-10-01T00:00:00+08:00, a local midnight

Samples hourly(int n, double v, char flag = 'N', std::int64_t t0 = kT0) {
    Samples s;
    s.t0 = t0;
    s.step = 3600;
    s.value.assign(static_cast<size_t>(n), static_cast<float>(v));
    s.flag.assign(static_cast<size_t>(n), flag);
    return s;
}

// An outlet with flow, O2 (at the reference, so corrected == raw unless changed) and SO2.
OutletData outlet(int n, double so2, double limit = 35, std::int64_t t0 = kT0) {
    OutletData o;
    o.outlet.id = QStringLiteral("O1");
    o.outlet.enterpriseId = QStringLiteral("E1");
    o.outlet.o2RefPct = 6.0;
    o.firstTs = t0;
    o.flow = hourly(n, 10000, 'N', t0);
    for (int i = 0; i < n; ++i)
        o.flow.value[static_cast<size_t>(i)] = static_cast<float>(10000 + 300 * std::sin(i * 0.7));
    o.o2 = hourly(n, 6.0, 'N', t0);
    PollutantSeries p;
    p.code = QStringLiteral("a21026");
    p.raw = hourly(n, so2, 'N', t0);
    for (int i = 0; i < n; ++i) // natural hour-to-hour noise of a few percent
        p.raw.value[static_cast<size_t>(i)] =
            static_cast<float>(so2 * (1 + 0.04 * std::sin(i * 1.3)));
    p.hourLimit = limit;
    p.dayLimit = limit;
    o.pollutants.push_back(p);
    o.producing.assign(static_cast<size_t>(n), -1);
    o.productionKw.assign(static_cast<size_t>(n), NAN);
    return o;
}

// Recomputes the corrected series as the loader does.
void correct(OutletData& o, const ScreeningSettings& s) {
    for (PollutantSeries& p : o.pollutants) {
        p.corrected.assign(static_cast<size_t>(p.raw.size()), NAN);
        for (int i = 0; i < p.raw.size(); ++i)
            if (p.raw.valid(i) && o.o2.valid(i) && o.o2.at(i) < s.o2MaxPct)
                p.corrected[static_cast<size_t>(i)] =
                    static_cast<float>(p.raw.at(i) * (21 - *o.outlet.o2RefPct) / (21 - o.o2.at(i)));
    }
}

EvalWindow whole(const Samples& s) {
    return EvalWindow{s.t0, s.t0, s.ts(s.size())};
}

template <class R> std::vector<Finding> run(const R& rule, const OutletData& o) {
    std::vector<Finding> out;
    rule.evaluate(o, ScreeningSettings{}, whole(o.flow), out);
    return normalizeFindings(out);
}

Circuit circuit(const QString& id, const QString& kind, const std::vector<double>& kw,
                std::int64_t t0) {
    Circuit c;
    c.meter.meterId = id;
    c.meter.circuit = kind;
    c.kw.t0 = t0;
    c.kw.step = 900;
    for (double v : kw) {
        c.kw.value.push_back(static_cast<float>(v));
        c.kw.flag.push_back(std::isnan(v) ? 0 : 'N');
    }
    c.firstTs = t0;
    return c;
}

} // namespace

class TestScreenRules : public QObject {
    Q_OBJECT
private slots:
    void hourlyExceedance_data() {
        QTest::addColumn<double>("raw");
        QTest::addColumn<double>("o2");
        QTest::addColumn<char>("flag");
        QTest::addColumn<int>("expected");
        QTest::newRow("below limit") << 30.0 << 6.0 << 'N' << 0;
        QTest::newRow("above limit") << 50.0 << 6.0 << 'N' << 1;
        // 30 mg/m3 at 9 % O2 corrected to 6 %: 37.5 > 35
        QTest::newRow("above only after O2 correction") << 30.0 << 9.0 << 'N' << 1;
        QTest::newRow("maintenance flag") << 50.0 << 6.0 << 'M' << 0;
        QTest::newRow("calibration flag") << 50.0 << 6.0 << 'C' << 0;
        QTest::newRow("stopped, O2 at ambient: not correctable") << 50.0 << 20.9 << 'N' << 0;
    }
    void hourlyExceedance() {
        QFETCH(double, raw);
        QFETCH(double, o2);
        QFETCH(char, flag);
        QFETCH(int, expected);
        OutletData o = outlet(48, 20);
        for (int i = 10; i < 13; ++i) {
            o.pollutants[0].raw.value[static_cast<size_t>(i)] = static_cast<float>(raw);
            o.pollutants[0].raw.flag[static_cast<size_t>(i)] = flag;
            o.o2.value[static_cast<size_t>(i)] = static_cast<float>(o2);
        }
        correct(o, ScreeningSettings{});
        const auto f = run(HourlyExceedanceRule{}, o);
        QCOMPARE(int(f.size()), expected);
        if (expected) {
            QCOMPARE(f[0].startTs, kT0 + 10 * 3600);
            QCOMPARE(f[0].endTs, kT0 + 13 * 3600);
            QCOMPARE(f[0].facet, QStringLiteral("a21026"));
            QVERIFY(f[0].evidence.contains(QStringLiteral("limit")));
        }
    }
    void exceedanceSeverity() {
        OutletData o = outlet(24, 20);
        o.pollutants[0].raw.value[3] = 36;  // 3 % over: severity 1
        o.pollutants[0].raw.value[10] = 60; // 71 % over: severity 2
        o.pollutants[0].raw.value[20] = 80; // 129 % over: severity 3
        correct(o, ScreeningSettings{});
        const auto f = run(HourlyExceedanceRule{}, o);
        QCOMPARE(int(f.size()), 3);
        QCOMPARE(f[0].severity, 1);
        QCOMPARE(f[1].severity, 2);
        QCOMPARE(f[2].severity, 3);
    }
    void dailyExceedanceLocalDay() {
        // Data from local midnight: day 2 (local) is above the limit for 21 valid hours.
        OutletData o = outlet(72, 20);
        for (int i = 24; i < 48; ++i)
            o.pollutants[0].raw.value[static_cast<size_t>(i)] = 40;
        for (int i = 24; i < 27; ++i)
            o.pollutants[0].raw.flag[static_cast<size_t>(i)] = 'M';
        correct(o, ScreeningSettings{});
        auto f = run(DailyExceedanceRule{}, o);
        QCOMPARE(int(f.size()), 1);
        QCOMPARE(f[0].startTs, kT0 + 86400); // local midnight, 16:00 UTC
        QCOMPARE(f[0].endTs, kT0 + 2 * 86400);
        // The same 24 high hours straddling two local days: neither day's mean exceeds.
        OutletData s = outlet(72, 20);
        for (int i = 12; i < 36; ++i)
            s.pollutants[0].raw.value[static_cast<size_t>(i)] = 40;
        correct(s, ScreeningSettings{});
        QVERIFY(run(DailyExceedanceRule{}, s).empty());
        // Fewer than 20 valid hours: no valid daily mean.
        for (int i = 27; i < 32; ++i)
            o.pollutants[0].raw.flag[static_cast<size_t>(i)] = 'D';
        correct(o, ScreeningSettings{});
        QVERIFY(run(DailyExceedanceRule{}, o).empty());
    }
    void dailyExceedanceNeedsCompleteDay() {
        OutletData o = outlet(36, 40); // day 2 has only 12 hours so far
        correct(o, ScreeningSettings{});
        const auto f = run(DailyExceedanceRule{}, o);
        QCOMPARE(int(f.size()), 1); // only the complete first day
        QCOMPARE(f[0].startTs, kT0);
    }
    void constantValue_data() {
        QTest::addColumn<int>("hours");
        QTest::addColumn<bool>("flowVaries");
        QTest::addColumn<int>("expected");
        QTest::newRow("8 h constant, flow varies") << 8 << true << 1;
        QTest::newRow("5 h constant") << 5 << true << 0;
        QTest::newRow("8 h constant, flow and O2 constant too") << 8 << false << 0;
    }
    void constantValue() {
        QFETCH(int, hours);
        QFETCH(bool, flowVaries);
        QFETCH(int, expected);
        OutletData o = outlet(48, 20);
        for (int i = 20; i < 20 + hours; ++i) {
            o.pollutants[0].raw.value[static_cast<size_t>(i)] = 17.3f;
            if (!flowVaries)
                o.flow.value[static_cast<size_t>(i)] = 10000;
        }
        correct(o, ScreeningSettings{});
        const auto f = run(ConstantValueRule{}, o);
        QCOMPARE(int(f.size()), expected);
        if (expected) {
            QCOMPARE(f[0].startTs, kT0 + 20 * 3600);
            QCOMPARE(f[0].endTs, kT0 + (20 + hours) * 3600);
        }
    }
    void constantValueBrokenByGapOrFlag() {
        OutletData o = outlet(48, 20);
        for (int i = 20; i < 30; ++i)
            o.pollutants[0].raw.value[static_cast<size_t>(i)] = 17.3f;
        o.pollutants[0].raw.flag[24] = 0;   // a gap after 4 h
        o.pollutants[0].raw.flag[27] = 'C'; // and a calibration
        correct(o, ScreeningSettings{});
        QVERIFY(run(ConstantValueRule{}, o).empty());
    }
    void lowVarianceBand() {
        ScreeningSettings s;
        OutletData o = outlet(96, 20);
        // make the normal noise clearly wider than the band, then a 30 h narrow band
        for (int i = 0; i < 96; ++i)
            o.pollutants[0].raw.value[static_cast<size_t>(i)] =
                static_cast<float>(20 + 4 * std::sin(i * 1.3));
        for (int i = 40; i < 70; ++i)
            o.pollutants[0].raw.value[static_cast<size_t>(i)] =
                static_cast<float>(20 + 0.5 * std::sin(i * 1.3));
        correct(o, s);
        const auto f = run(LowVarianceBandRule{}, o);
        QCOMPARE(int(f.size()), 1);
        QCOMPARE(f[0].startTs, kT0 + 40 * 3600);
        // the band ends at hour 70, give or take a neighbour whose value happens to fall in it
        QVERIFY(f[0].endTs >= kT0 + 70 * 3600 && f[0].endTs <= kT0 + 72 * 3600);
    }
    void nearDetectionLimitNeedsProduction() {
        OutletData o = outlet(72, 20);
        for (int i = 24; i < 60; ++i)
            o.pollutants[0].raw.value[static_cast<size_t>(i)] = 2.0f; // < 1.5 x 3 mg/m3
        correct(o, ScreeningSettings{});
        QCOMPARE(int(run(NearDetectionLimitRule{}, o).size()), 1);
        // The production circuit says the plant was stopped: a low reading is expected.
        o.hasProductionMeter = true;
        o.producing.assign(72, 0);
        QVERIFY(run(NearDetectionLimitRule{}, o).empty());
    }
    void flagAbuse() {
        OutletData o = outlet(24 * 6, 20);
        correct(o, ScreeningSettings{});
        QVERIFY(run(FlagAbuseRule{}, o).empty());
        // A normal day: one 2 h calibration. Still clean.
        o.pollutants[0].raw.flag[30] = o.pollutants[0].raw.flag[31] = 'C';
        QVERIFY(run(FlagAbuseRule{}, o).empty());
        // A third of three days missing or flagged.
        for (int i = 72; i < 144; i += 3)
            o.pollutants[0].raw.flag[static_cast<size_t>(i)] = (i % 2) ? 'D' : 0;
        const auto f = run(FlagAbuseRule{}, o);
        QCOMPARE(int(f.size()), 1);
        QVERIFY(f[0].startTs >= kT0 + 72 * 3600);
    }
    void stepChange() {
        ScreeningSettings s;
        OutletData o = outlet(96, 40);
        for (int i = 50; i < 96; ++i)
            o.pollutants[0].raw.value[static_cast<size_t>(i)] *= 0.4f;
        correct(o, s);
        const auto f = run(StepChangeRule{}, o);
        QVERIFY(!f.empty());
        QVERIFY(f[0].startTs <= kT0 + 51 * 3600 && f[0].endTs > kT0 + 50 * 3600);
        // The same fall right after a maintenance window is explained by the flags.
        OutletData m = outlet(96, 40);
        for (int i = 50; i < 96; ++i)
            m.pollutants[0].raw.value[static_cast<size_t>(i)] *= 0.4f;
        m.pollutants[0].raw.flag[48] = m.pollutants[0].raw.flag[49] = 'M';
        correct(m, s);
        for (const Finding& x : run(StepChangeRule{}, m))
            QVERIFY(x.startTs > kT0 + 49 * 3600 + 30 * 3600); // only once the flags left the window
        // A fall with the load (flow halves too) is not a step.
        OutletData l = outlet(96, 40);
        for (int i = 50; i < 96; ++i) {
            l.pollutants[0].raw.value[static_cast<size_t>(i)] *= 0.4f;
            l.flow.value[static_cast<size_t>(i)] *= 0.4f;
        }
        correct(l, s);
        QVERIFY(run(StepChangeRule{}, l).empty());
    }
    void stepChangeNeedsAFallBelowTheUsualLevel() {
        ScreeningSettings s;
        // Ten normal days at 20, one raised day at 45 (an exceedance), then back to 20 with a
        // steep fall at midnight: the end of a raised period, not a falsifying step.
        OutletData o = outlet(24 * 14, 20);
        for (int i = 24 * 10; i < 24 * 11; ++i)
            o.pollutants[0].raw.value[static_cast<size_t>(i)] *= 2.25f;
        correct(o, s);
        QVERIFY(run(StepChangeRule{}, o).empty());
        // A dip of 12 % against a narrow (held) day is drift, not a step, however few MADs.
        OutletData d = outlet(24 * 14, 20);
        for (int i = 24 * 9; i < 24 * 10; ++i)
            d.pollutants[0].raw.value[static_cast<size_t>(i)] = 20.0f + 0.01f * (i % 3);
        for (int i = 24 * 10; i < 24 * 14; ++i)
            d.pollutants[0].raw.value[static_cast<size_t>(i)] *= 0.88f;
        correct(d, s);
        QVERIFY(run(StepChangeRule{}, d).empty());
        // The same history with a fall to 0.3 x is a step, and says against which usual level.
        OutletData f = outlet(24 * 14, 20);
        for (int i = 24 * 10 + 5; i < 24 * 14; ++i)
            f.pollutants[0].raw.value[static_cast<size_t>(i)] *= 0.3f;
        correct(f, s);
        const auto found = run(StepChangeRule{}, f);
        QVERIFY(!found.empty());
        QVERIFY(found[0].startTs <= kT0 + (24 * 10 + 6) * 3600);
        QVERIFY(found[0].evidence.value(QStringLiteral("usual_level")).toDouble() > 15);
    }
    void emergencyReductionOneShiftShortHistory() {
        ScreeningSettings s;
        // A one-shift plant: 08-20 h at 1000 kW on working days, 20 kW standby otherwise. The
        // store starts on a Thursday, so the alert on the second Friday has 6 working days.
        const int days = 12;
        auto day = [&](int d, double load) {
            std::vector<double> v;
            const int wd = localWeekday(kT0 + d * 86400);
            for (int k = 0; k < 96; ++k)
                v.push_back(wd < 5 && k >= 32 && k < 80 ? load : 20);
            return v;
        };
        eco::model::Alert a;
        a.id = 3;
        a.level = QStringLiteral("yellow");
        a.startTs = kT0 + 8 * 86400; // Friday 2026-10-09 00:00
        a.endTs = kT0 + 11 * 86400;
        auto evaluate = [&](double alertLoad, double reduction) {
            std::vector<double> kw;
            for (int d = 0; d < days; ++d) {
                const auto v = day(d, d >= 8 && d < 11 ? alertLoad : 1000);
                kw.insert(kw.end(), v.begin(), v.end());
            }
            EnterpriseData e;
            e.enterpriseId = QStringLiteral("E1");
            e.production.push_back(
                circuit(QStringLiteral("E1-PROD"), QStringLiteral("production"), kw, kT0));
            computeCircuitStates(e.production[0], s, std::nullopt);
            e.duties.push_back(AlertDuty{a, reduction});
            e.allAlerts.push_back(a);
            std::vector<Finding> out;
            EmergencyReductionRule{}.evaluate(e, s, EvalWindow{kT0, kT0, kT0 + days * 86400}, out);
            return normalizeFindings(out);
        };
        // Compliant: 45 % cut of a required 40 %; the standby night before the shift must not
        // read as "no reduction".
        QVERIFY(evaluate(550, 40).empty());
        // 10 % cut of a required 40 %: judged on the thin baseline, and says so.
        const auto f = evaluate(900, 40);
        QCOMPARE(int(f.size()), 1);
        QVERIFY(f[0].evidence.value(QStringLiteral("baseline_short")).toBool());
        QCOMPARE(f[0].evidence.value(QStringLiteral("baseline_days")).toArray().size(), 6);
        QVERIFY(f[0].startTs == a.startTs);
        // A required stop that is made (standby only) raises nothing, a line kept ON does.
        QVERIFY(evaluate(20, 100).empty());
        QVERIFY(!evaluate(800, 100).empty());
    }
    void stationFloorAndReferenceSteps() {
        ScreeningSettings s;
        SiteData d;
        d.site.id = QStringLiteral("M1");
        d.site.kind = QStringLiteral("micro");
        eco::model::Site ref;
        ref.id = QStringLiteral("N1");
        ref.kind = QStringLiteral("national");
        d.reference = ref;
        const int n = 24 * 6;
        Samples x = hourly(n, 0), y = hourly(n, 0), o3 = hourly(n, 0);
        for (int i = 0; i < n; ++i) {
            y.value[static_cast<size_t>(i)] = static_cast<float>(60 + 10 * std::sin(i * 0.26));
            x.value[static_cast<size_t>(i)] = y.value[static_cast<size_t>(i)] * 1.1f;
            // O3 titrated to 0 every night for 8 h: the instrument floor, not a frozen value.
            o3.value[static_cast<size_t>(i)] =
                i % 24 < 8 ? 0.0f : static_cast<float>(80 + 20 * std::sin(i * 0.5));
        }
        // The reference's own anomaly: it falls to 0.4 x for a day and comes back. The ratio
        // of the micro-station steps down when the reference recovers, the station does not.
        for (int i = 24 * 3; i < 24 * 4; ++i)
            y.value[static_cast<size_t>(i)] *= 0.4f;
        d.series.push_back(StationSeries{QStringLiteral("a34004"), x});
        d.series.push_back(StationSeries{QStringLiteral("a05024"), o3});
        d.referenceSeries.push_back(StationSeries{QStringLiteral("a34004"), y});
        std::vector<Finding> out;
        StationAnomalyRule{}.evaluate(d, s, whole(x), out);
        for (const Finding& k : normalizeFindings(out)) {
            QVERIFY2(!k.facet.startsWith(QLatin1String("constant")), qPrintable(k.summary));
            QVERIFY2(!k.facet.startsWith(QLatin1String("step")), qPrintable(k.summary));
        }
        // The station itself stepping to 0.4 x for a day is a step.
        for (int i = 24 * 3; i < 24 * 4; ++i) {
            d.referenceSeries[0].samples.value[static_cast<size_t>(i)] /= 0.4f;
            d.series[0].samples.value[static_cast<size_t>(i)] *= 0.4f;
        }
        out.clear();
        StationAnomalyRule{}.evaluate(d, s, whole(x), out);
        bool step = false;
        for (const Finding& k : normalizeFindings(out))
            step = step || k.facet == QLatin1String("step:a34004");
        QVERIFY(step);
    }
    void flowPowerCorrelationBreaks() {
        // Three weeks of a load that swings daily, flow following it; then flow goes its own way.
        const int n = 24 * 21;
        auto make = [&](bool broken) {
            OutletData o = outlet(n, 20);
            o.hasProductionMeter = true;
            for (int i = 0; i < n; ++i) {
                const double load = 0.7 + 0.25 * std::sin(i * 2 * M_PI / 24);
                o.productionKw[static_cast<size_t>(i)] = static_cast<float>(5000 * load);
                o.producing[static_cast<size_t>(i)] = 1;
                const double follows = 20000 * (0.15 + 0.85 * load);
                const double own = 17000 + 2000 * std::sin(i * 0.9);
                o.flow.value[static_cast<size_t>(i)] =
                    static_cast<float>(broken && i >= n - 72 ? own : follows);
            }
            return run(FlowProductionRule{}, o);
        };
        QVERIFY(make(false).empty());
        bool found = false;
        for (const Finding& f : make(true))
            found = found || (f.facet == QLatin1String("flow-power") &&
                              f.evidence.value(QStringLiteral("correlation")).toDouble() < 0.3 &&
                              f.endTs > kT0 + (n - 72) * 3600LL);
        QVERIFY(found);
    }
    void limitHugging() {
        OutletData o = outlet(24 * 20, 20, 35);
        for (int i = 24 * 5; i < 24 * 20; ++i)
            o.pollutants[0].raw.value[static_cast<size_t>(i)] =
                static_cast<float>(35 * (0.91 + 0.08 * std::abs(std::sin(i * 0.37))));
        correct(o, ScreeningSettings{});
        const auto f = run(LimitHuggingRule{}, o);
        QCOMPARE(int(f.size()), 1);
        QCOMPARE(f[0].startTs, kT0 + 24 * 5 * 3600);
        // Spread evenly around 0.9 L (no cliff, under 80 %): not hugging.
        OutletData n = outlet(24 * 20, 20, 35);
        for (int i = 0; i < 24 * 20; ++i)
            n.pollutants[0].raw.value[static_cast<size_t>(i)] =
                static_cast<float>(35 * (0.75 + 0.3 * std::abs(std::sin(i * 0.37))));
        correct(n, ScreeningSettings{});
        QVERIFY(run(LimitHuggingRule{}, n).empty());
    }
    void dilution() {
        OutletData o = outlet(24 * 6, 20);
        for (int i = 0; i < 24 * 6; ++i)
            o.o2.value[static_cast<size_t>(i)] = static_cast<float>(9 + 0.3 * std::sin(i * 0.9));
        for (int i = 24 * 5; i < 24 * 5 + 6; ++i) { // air let in: O2 +5 points, raw falls
            o.o2.value[static_cast<size_t>(i)] += 5;
            o.pollutants[0].raw.value[static_cast<size_t>(i)] *= (21 - 14.0f) / (21 - 9.0f);
        }
        correct(o, ScreeningSettings{});
        const auto f = run(DilutionRule{}, o);
        QCOMPARE(int(f.size()), 1);
        QCOMPARE(f[0].startTs, kT0 + (24 * 5) * 3600);
        QCOMPARE(f[0].endTs, kT0 + (24 * 5 + 6) * 3600);
    }
    void flowVsProduction() {
        OutletData o = outlet(24 * 6, 20);
        o.hasProductionMeter = true;
        o.producing.assign(24 * 6, 1);
        for (int i = 24 * 5; i < 24 * 5 + 4; ++i)
            o.flow.value[static_cast<size_t>(i)] = 50;
        correct(o, ScreeningSettings{});
        QCOMPARE(int(run(FlowProductionRule{}, o).size()), 1);
        for (int i = 24 * 5; i < 24 * 5 + 4; ++i) // stopped: ~0 flow is expected
            o.producing[static_cast<size_t>(i)] = 0;
        QVERIFY(run(FlowProductionRule{}, o).empty());
    }
    void circuitThresholdsAndHysteresis() {
        ScreeningSettings s;
        std::vector<double> prod;
        for (int d = 0; d < 20; ++d)
            for (int k = 0; k < 96; ++k)
                prod.push_back(k >= 32 && k < 72 ? 500 + 10 * std::sin(k) : 8 + std::sin(k));
        Circuit c = circuit(QStringLiteral("P"), QStringLiteral("production"), prod, kT0);
        computeCircuitStates(c, s, std::nullopt);
        QVERIFY(!c.thresholds.empty());
        QVERIFY(c.thresholds.back().learned);
        QVERIFY(c.thresholds.back().offKw > 50 && c.thresholds.back().onKw < 450);
        QCOMPARE(int(c.state[96 * 15 + 40]), 1);
        QCOMPARE(int(c.state[96 * 15 + 10]), 0);
        // A reading between the thresholds does not flip the state (hysteresis).
        const double mid = (c.thresholds.back().offKw + c.thresholds.back().onKw) / 2;
        c.kw.value[96 * 15 + 50] = static_cast<float>(mid);
        computeCircuitStates(c, s, std::nullopt);
        QCOMPARE(int(c.state[96 * 15 + 50]), 1);
        // A circuit running at two load levels is ON at both.
        std::vector<double> levels;
        for (int i = 0; i < 96 * 20; ++i)
            levels.push_back((i / 96) % 2 ? 1000 : 600);
        Circuit l = circuit(QStringLiteral("L"), QStringLiteral("production"), levels, kT0);
        computeCircuitStates(l, s, std::nullopt);
        for (int i = 96 * 15; i < 96 * 20; ++i)
            QCOMPARE(int(l.state[static_cast<size_t>(i)]), 1);
    }
    void treatmentOff() {
        ScreeningSettings s;
        std::vector<double> prod, treat;
        for (int d = 0; d < 20; ++d)
            for (int k = 0; k < 96; ++k) {
                const bool run = k >= 32 && k < 72;
                prod.push_back(run ? 500 : 8);
                treat.push_back(k >= 30 && k < 74 ? 100 : 1);
            }
        const int day = 96 * 16;
        for (int k = 40; k < 46; ++k) // treatment OFF 90 min while producing
            treat[static_cast<size_t>(day + k)] = 1;
        EnterpriseData e;
        e.enterpriseId = QStringLiteral("E1");
        e.production.push_back(
            circuit(QStringLiteral("E1-PROD"), QStringLiteral("production"), prod, kT0));
        e.treatment.push_back(
            circuit(QStringLiteral("E1-TREAT"), QStringLiteral("treatment"), treat, kT0));
        e.treatment[0].meter.linkedMeterId = QStringLiteral("E1-PROD");
        for (Circuit* c : {&e.production[0], &e.treatment[0]})
            computeCircuitStates(*c, s, std::nullopt);
        std::vector<Finding> out;
        const EvalWindow w{kT0, kT0, kT0 + 20 * 86400};
        TreatmentOffRule{}.evaluate(e, s, w, out);
        auto f = normalizeFindings(out);
        QCOMPARE(int(f.size()), 1);
        QCOMPARE(f[0].startTs, kT0 + (day + 40) * 900);
        QCOMPARE(f[0].endTs, kT0 + (day + 46) * 900);
        QCOMPARE(f[0].severity, 3); // >= 60 min
        // Treatment's normal lead and lag around production is the right order: no P2.
        out.clear();
        StartStopOrderRule{}.evaluate(e, s, w, out);
        QVERIFY(out.empty());
        // Production starting 30 min before treatment on one day is.
        for (int k = 30; k < 34; ++k)
            e.treatment[0].kw.value[static_cast<size_t>(96 * 17 + k)] = 1;
        e.production[0].kw.value[static_cast<size_t>(96 * 17 + 32)] = 8;
        for (int k = 30; k < 32; ++k)
            e.production[0].kw.value[static_cast<size_t>(96 * 17 + k)] = 500;
        computeCircuitStates(e.treatment[0], s, std::nullopt);
        computeCircuitStates(e.production[0], s, std::nullopt);
        StartStopOrderRule{}.evaluate(e, s, w, out);
        QVERIFY(!out.empty());
    }
    void emergencyReductionAlertBoundaries() {
        ScreeningSettings s;
        std::vector<double> prod;
        for (int d = 0; d < 28; ++d)
            for (int k = 0; k < 96; ++k)
                prod.push_back(1000);
        eco::model::Alert a;
        a.id = 7;
        a.level = QStringLiteral("orange");
        a.startTs = kT0 + 21 * 86400; // local midnight of day 21
        a.endTs = kT0 + 24 * 86400;
        auto evaluate = [&](const std::vector<double>& kw) {
            EnterpriseData e;
            e.enterpriseId = QStringLiteral("E1");
            e.production.push_back(
                circuit(QStringLiteral("E1-PROD"), QStringLiteral("production"), kw, kT0));
            computeCircuitStates(e.production[0], s, std::nullopt);
            e.duties.push_back(AlertDuty{a, 40});
            e.allAlerts.push_back(a);
            std::vector<Finding> out;
            EmergencyReductionRule{}.evaluate(e, s, EvalWindow{kT0, kT0, kT0 + 28 * 86400}, out);
            return normalizeFindings(out);
        };
        std::vector<double> applied = prod, ignored = prod;
        for (int j = 21 * 96; j < 24 * 96; ++j)
            applied[static_cast<size_t>(j)] = 550; // 45 % cut: compliant
        // High load just outside the alert does not count; inside it does.
        for (int j = 20 * 96; j < 21 * 96; ++j)
            applied[static_cast<size_t>(j)] = 1500;
        for (int j = 24 * 96; j < 25 * 96; ++j)
            applied[static_cast<size_t>(j)] = 1500;
        QVERIFY(evaluate(applied).empty());
        for (int j = 21 * 96; j < 24 * 96; ++j)
            ignored[static_cast<size_t>(j)] = 900; // 10 % cut of a required 40 %
        const auto f = evaluate(ignored);
        QCOMPARE(int(f.size()), 1);
        QCOMPARE(f[0].startTs, a.startTs);
        QCOMPARE(f[0].endTs, a.endTs);
    }
    void alertPowerGap() {
        ScreeningSettings s;
        std::vector<double> prod(96 * 10, 1000);
        for (int j = 96 * 8 + 10; j < 96 * 8 + 18; ++j) // 2 h missing inside the alert
            prod[static_cast<size_t>(j)] = NAN;
        for (int j = 96 * 2; j < 96 * 2 + 12; ++j) // 3 h missing outside it
            prod[static_cast<size_t>(j)] = NAN;
        EnterpriseData e;
        e.enterpriseId = QStringLiteral("E1");
        e.production.push_back(
            circuit(QStringLiteral("E1-PROD"), QStringLiteral("production"), prod, kT0));
        computeCircuitStates(e.production[0], s, std::nullopt);
        eco::model::Alert a;
        a.id = 1;
        a.level = QStringLiteral("yellow");
        a.startTs = kT0 + 8 * 86400;
        a.endTs = kT0 + 9 * 86400;
        e.duties.push_back(AlertDuty{a, 30});
        std::vector<Finding> out;
        AlertPowerGapRule{}.evaluate(e, s, EvalWindow{kT0, kT0, kT0 + 10 * 86400}, out);
        const auto f = normalizeFindings(out);
        QCOMPARE(int(f.size()), 1);
        QCOMPARE(f[0].startTs, kT0 + (96 * 8 + 10) * 900);
        QCOMPARE(f[0].endTs, kT0 + (96 * 8 + 18) * 900);
    }
    void stationDisagreementAndConstant() {
        ScreeningSettings s;
        SiteData d;
        d.site.id = QStringLiteral("M1");
        d.site.kind = QStringLiteral("micro");
        eco::model::Site ref;
        ref.id = QStringLiteral("N1");
        ref.kind = QStringLiteral("national");
        d.reference = ref;
        Samples x = hourly(24 * 10, 0), y = hourly(24 * 10, 0);
        for (int i = 0; i < x.size(); ++i) {
            y.value[static_cast<size_t>(i)] = static_cast<float>(40 + 25 * std::sin(i * 0.26));
            x.value[static_cast<size_t>(i)] =
                y.value[static_cast<size_t>(i)] * (1.1f + 0.1f * std::sin(i * 2.1f));
        }
        for (int i = 24 * 8; i < 24 * 8 + 12; ++i)
            x.value[static_cast<size_t>(i)] *= 2.4f;
        d.series.push_back(StationSeries{QStringLiteral("a34004"), x});
        d.referenceSeries.push_back(StationSeries{QStringLiteral("a34004"), y});
        std::vector<Finding> out;
        StationAnomalyRule{}.evaluate(d, s, whole(x), out);
        auto f = normalizeFindings(out);
        bool disagree = false;
        for (const Finding& k : f)
            if (k.facet == QLatin1String("disagree"))
                disagree = k.startTs >= kT0 + 24 * 8 * 3600 - 6 * 3600 &&
                           k.endTs <= kT0 + (24 * 8 + 12) * 3600 + 6 * 3600;
        QVERIFY(disagree);
        for (const Finding& k : f)
            QVERIFY(!k.facet.startsWith(QLatin1String("constant")));
        // A frozen reading for 8 h.
        for (int i = 24 * 3; i < 24 * 3 + 8; ++i)
            d.series[0].samples.value[static_cast<size_t>(i)] = 55.5f;
        out.clear();
        StationAnomalyRule{}.evaluate(d, s, whole(x), out);
        f = normalizeFindings(out);
        bool constant = false;
        for (const Finding& k : f)
            constant = constant || (k.facet == QLatin1String("constant:a34004") &&
                                    k.startTs == kT0 + 24 * 3 * 3600);
        QVERIFY(constant);
    }
    void normalizeDedupsAndExtends() {
        Finding a;
        a.rule = QStringLiteral("E1");
        a.subjectKind = QStringLiteral("outlet");
        a.subjectId = QStringLiteral("O1");
        a.facet = QStringLiteral("a21026");
        a.startTs = 0;
        a.endTs = 3600;
        a.score = 0.7;
        Finding b = a;
        b.startTs = 3600; // touches: one finding
        b.endTs = 7200;
        b.score = 0.9;
        b.summary = QStringLiteral("peak");
        Finding c = a; // the same finding twice
        Finding d = a;
        d.facet = QStringLiteral("a21002"); // another pollutant: its own finding
        const auto f = normalizeFindings({a, b, c, d});
        QCOMPARE(int(f.size()), 2);
        const Finding& m = f[0].facet == QLatin1String("a21026") ? f[0] : f[1];
        QCOMPARE(m.startTs, 0);
        QCOMPARE(m.endTs, 7200);
        QCOMPARE(m.summary, QStringLiteral("peak"));
        QCOMPARE(clueId(m), clueId(a)); // the id follows the window start
        QVERIFY(clueId(d) != clueId(a));
    }
};

QTEST_GUILESS_MAIN(TestScreenRules)
#include "tst_screen_rules.moc"
