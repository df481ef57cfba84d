#include "core/demo/EmitterSimulator.h"

#include "core/demo/CemsGenerator.h"
#include "core/demo/PowerGenerator.h"
#include "core/demo/ProductionTimeline.h"
#include "core/store/CatalogRepository.h"
#include "core/store/Database.h"
#include "core/store/PowerWriter.h"
#include "core/store/ReadingWriter.h"
#include "core/store/TruthRepository.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QtConcurrent>

#include <cmath>
#include <numeric>

namespace eco::demo {

namespace {

constexpr int kChunk = 24; // outlets or enterprises per parallel work item

QString describe(const Injection& inj, const EmitterPlan& plan) {
    const QString code = inj.pollutant >= 0
                             ? QLatin1String(kPollutantCodes[static_cast<size_t>(inj.pollutant)])
                             : QString();
    const QString r = inj.rule;
    if (r == QLatin1String("E1"))
        return QStringLiteral("%1 raised to %2 x hourly limit (O2-corrected)")
            .arg(code)
            .arg(inj.magnitude, 0, 'f', 2);
    if (r == QLatin1String("E2"))
        return QStringLiteral("%1 day raised to %2 x daily limit (O2-corrected)")
            .arg(code)
            .arg(inj.magnitude, 0, 'f', 2);
    if (r == QLatin1String("F1"))
        return QStringLiteral("%1 held at one value for %2 h while flow and O2 vary")
            .arg(code)
            .arg(inj.length);
    if (r == QLatin1String("F2"))
        return QStringLiteral(
                   "%1 kept in a band of %2 % of the analyser span (%3 x limit) for %4 h")
            .arg(code)
            .arg(inj.magnitude * 100, 0, 'f', 1)
            .arg(kSpanPerLimit)
            .arg(inj.length);
    if (r == QLatin1String("F3"))
        return QStringLiteral("%1 measured at 0.25-1.35 x detection limit %2 mg/m3 while producing "
                              "for %3 h, after a 2 h maintenance flag")
            .arg(code)
            .arg(kDetectionLimit[static_cast<size_t>(inj.pollutant)])
            .arg(inj.length);
    if (r == QLatin1String("F4"))
        return QStringLiteral("%1 % of hours flagged D/M/B/C/S or missing, mostly high-load hours")
            .arg(inj.magnitude * 100, 0, 'f', 0);
    if (r == QLatin1String("F5"))
        return QStringLiteral("%1 stepped down to %2 x its level (O2-corrected), no load change "
                              "or flag")
            .arg(code)
            .arg(inj.magnitude, 0, 'f', 2);
    if (r == QLatin1String("F6"))
        return QStringLiteral("%1 %2 % of valid hours in [0.9L, L) (O2-corrected)")
            .arg(code)
            .arg(inj.magnitude * 100, 0, 'f', 0);
    if (r == QLatin1String("F7"))
        return QStringLiteral("O2 raised by %1 points at the probe; measured concentrations fall, "
                              "corrected ones do not")
            .arg(inj.magnitude, 0, 'f', 1);
    if (r == QLatin1String("F8"))
        return QStringLiteral("flue-gas flow reported at %1 % of design while production runs")
            .arg(inj.magnitude * 100, 0, 'f', 1);
    const EnterpriseProfile& e = plan.enterprises[static_cast<size_t>(inj.enterprise)];
    if (r == QLatin1String("P1"))
        return QStringLiteral("treatment %1 off for %2 min while production %3 runs")
            .arg(e.treatmentMeter)
            .arg(inj.magnitude)
            .arg(e.productionMeter);
    if (r == QLatin1String("P2"))
        return inj.atStop ? QStringLiteral("treatment %1 stopped %2 min before production %3")
                                .arg(e.treatmentMeter)
                                .arg(inj.magnitude)
                                .arg(e.productionMeter)
                          : QStringLiteral("production %1 started %2 min before treatment %3")
                                .arg(e.productionMeter)
                                .arg(inj.magnitude)
                                .arg(e.treatmentMeter);
    if (r == QLatin1String("P3")) {
        const AlertWindow& a = plan.alerts[static_cast<size_t>(inj.alert)];
        const double required = plan.requiredReduction(inj.enterprise, a).value_or(0);
        return QStringLiteral("%1 alert: required reduction %2 %, applied %3 %")
            .arg(a.level)
            .arg(required)
            .arg(required * inj.magnitude, 0, 'f', 1);
    }
    if (r == QLatin1String("P4"))
        return QStringLiteral("no power readings from %1 and %2 for %3 min during the %4 alert")
            .arg(e.productionMeter, e.treatmentMeter)
            .arg(inj.magnitude)
            .arg(plan.alerts[static_cast<size_t>(inj.alert)].level);
    return {};
}

} // namespace

void EmitterSimulator::writeCatalog(store::Database& db) const {
    store::CatalogRepository catalog(db);
    for (const model::Enterprise& e : m_world.enterprises)
        catalog.upsert(e);
    for (const model::Outlet& o : m_world.outlets)
        catalog.upsert(o);
    for (const model::EmissionLimit& l : m_world.limits)
        catalog.upsert(l);
    for (const model::Alert& a : m_world.alerts)
        catalog.upsert(a);
    for (const model::Measure& m : m_world.measures)
        catalog.upsert(m);
}

EmitterSimulator::Stats EmitterSimulator::write(store::Database& db,
                                                const Progress& progress) const {
    Stats stats;
    const DemoConfig& cfg = m_world.config;
    auto report = [&](const char* stage, double f) {
        if (progress)
            progress(QLatin1String(stage), f);
    };
    QElapsedTimer clock;
    clock.start();
    report("emitters: catalog", 0);
    writeCatalog(db);

    // Timelines first: both CEMS and power are derived from them.
    std::vector<int> enterpriseIdx(m_plan.enterprises.size());
    std::iota(enterpriseIdx.begin(), enterpriseIdx.end(), 0);
    const std::vector<Timeline> timelines = QtConcurrent::blockingMapped<std::vector<Timeline>>(
        enterpriseIdx, [this, &cfg](int e) { return ProductionTimeline::build(cfg, m_plan, e); });
    stats.catalogSeconds = clock.restart() / 1000.0;

    // CEMS and power are generated in parallel chunks while this thread writes finished chunks
    // in order; series and meters are created up front so their ids ascend in write order and
    // every insert appends to its clustered B-tree.
    const CemsGenerator cems(m_world, m_plan);
    const PowerGenerator power(cfg, m_plan);
    const int outletCount = static_cast<int>(m_plan.outlets.size());
    const int enterpriseCount = static_cast<int>(m_plan.enterprises.size());
    std::vector<QFuture<std::vector<OutletSeries>>> cemsChunks;
    for (int first = 0; first < outletCount; first += kChunk)
        cemsChunks.push_back(QtConcurrent::run([&, first] {
            std::vector<OutletSeries> out;
            for (int o = first; o < std::min(outletCount, first + kChunk); ++o)
                out.push_back(
                    cems.generate(o, timelines[static_cast<size_t>(
                                         m_plan.outlets[static_cast<size_t>(o)].enterprise)]));
            return out;
        }));
    std::vector<QFuture<std::vector<EnterprisePower>>> powerChunks;
    for (int first = 0; first < enterpriseCount; first += kChunk)
        powerChunks.push_back(QtConcurrent::run([&, first] {
            std::vector<EnterprisePower> out;
            for (int e = first; e < std::min(enterpriseCount, first + kChunk); ++e)
                out.push_back(power.generate(e, timelines[static_cast<size_t>(e)]));
            return out;
        }));

    store::ReadingWriter readings(db);
    std::vector<std::array<std::int64_t, kCemsCodes>> seriesIds(static_cast<size_t>(outletCount));
    for (int o = 0; o < outletCount; ++o)
        for (int c = 0; c < kCemsCodes; ++c)
            seriesIds[static_cast<size_t>(o)][static_cast<size_t>(c)] = readings.series(
                m_world.outlets[o].id, QLatin1String(kCemsCodeNames[static_cast<size_t>(c)]),
                model::Interval::Hour);
    std::vector<model::TruthViolation> truths;
    report("emitters: CEMS", 0);
    for (size_t k = 0; k < cemsChunks.size(); ++k) {
        const std::vector<OutletSeries> chunk = cemsChunks[k].result();
        for (const OutletSeries& s : chunk) {
            for (int c = 0; c < kCemsCodes; ++c) {
                const std::int64_t id =
                    seriesIds[static_cast<size_t>(s.outlet)][static_cast<size_t>(c)];
                for (const HourValue& hv : s.codes[static_cast<size_t>(c)])
                    readings.add(id, cfg.startTs + static_cast<std::int64_t>(hv.hour) * 3600,
                                 hv.value, hv.flag);
            }
            truths.insert(truths.end(), s.truths.begin(), s.truths.end());
        }
        cemsChunks[k] = {};
        report("emitters: CEMS", static_cast<double>(k + 1) / cemsChunks.size());
    }
    stats.cemsRows = readings.written();
    stats.cemsSeconds = clock.restart() / 1000.0;

    store::PowerWriter powerWriter(db);
    std::vector<std::int64_t> meterKeys;
    for (const model::PowerMeter& m : m_world.meters)
        meterKeys.push_back(powerWriter.meter(m));
    report("emitters: power", 0);
    size_t meter = 0;
    for (size_t k = 0; k < powerChunks.size(); ++k) {
        const std::vector<EnterprisePower> chunk = powerChunks[k].result();
        for (const EnterprisePower& p : chunk) {
            for (const std::vector<float>* series : {&p.production, &p.treatment, &p.total}) {
                if (series->empty())
                    continue;
                const std::int64_t key = meterKeys[meter++];
                for (size_t s = 0; s < series->size(); ++s) {
                    const float kw = (*series)[s];
                    if (!std::isnan(kw))
                        powerWriter.add(key,
                                        cfg.startTs + static_cast<std::int64_t>(s) * kSlotSeconds,
                                        static_cast<double>(kw));
                }
            }
        }
        powerChunks[k] = {};
        report("emitters: power", static_cast<double>(k + 1) / powerChunks.size());
    }
    stats.powerRows = powerWriter.written();
    stats.powerSeconds = clock.restart() / 1000.0;

    // Ground truth.
    report("emitters: ground truth", 0);
    for (const Injection& inj : m_plan.injections) {
        if (inj.rule == QLatin1String("E1") || inj.rule == QLatin1String("E2"))
            continue; // found in the data instead, with everything else that exceeds
        model::TruthViolation v;
        v.rule = inj.rule;
        const bool cemsRule = inj.outlet >= 0;
        const std::int64_t unit = cemsRule ? 3600 : kSlotSeconds;
        v.subjectKind = cemsRule ? QStringLiteral("outlet") : QStringLiteral("enterprise");
        v.subjectId =
            cemsRule ? m_world.outlets[inj.outlet].id : m_world.enterprises[inj.enterprise].id;
        v.startTs = cfg.startTs + inj.start * unit;
        v.endTs = std::min(cfg.endTs(), cfg.startTs + inj.end() * unit);
        v.detail = describe(inj, m_plan);
        truths.push_back(v);
        if (inj.rule == QLatin1String("P2")) { // production without treatment for >= 15 min
            v.rule = QStringLiteral("P1");
            v.detail = QStringLiteral("from the wrong start/stop order: ") + v.detail;
            truths.push_back(v);
        }
    }
    store::TruthRepository truthRepo(db);
    QHash<QString, int> perRule;
    std::stable_sort(truths.begin(), truths.end(),
                     [](const model::TruthViolation& a, const model::TruthViolation& b) {
                         return a.rule < b.rule;
                     });
    for (model::TruthViolation& v : truths) {
        v.id =
            QStringLiteral("T-%1-%2").arg(v.rule).arg(++perRule[v.rule], 4, 10, QLatin1Char('0'));
        truthRepo.write(v);
    }
    for (size_t i = 0; i < m_world.episodes.size(); ++i) {
        const EpisodeSource& src = m_world.episodes[i];
        const EpisodePlan& ep = m_plan.episodes[i];
        model::TruthEpisode t;
        t.id = src.id;
        t.enterpriseId = src.enterpriseId;
        t.outletId = src.outletId;
        t.pollutant = src.ambientPollutant;
        t.startTs = src.startTs;
        t.endTs = src.endTs();
        double sum = 0;
        for (float r : src.rateGps)
            sum += r;
        t.rateGps = src.rateGps.empty() ? 0 : sum / static_cast<double>(src.rateGps.size());
        t.lon = src.lon;
        t.lat = src.lat;
        t.detail =
            QStringLiteral("%1: CEMS %2 raised up to %3 mg/m3; peak %4 g/s")
                .arg(ep.kind, QLatin1String(kPollutantCodes[static_cast<size_t>(ep.pollutant)]))
                .arg(*std::max_element(ep.rawMgM3.begin(), ep.rawMgM3.end()), 0, 'f', 1)
                .arg(*std::max_element(src.rateGps.begin(), src.rateGps.end()), 0, 'f', 1);
        truthRepo.write(t);
    }
    stats.truthRows = static_cast<std::int64_t>(truths.size());
    report("emitters: ground truth", 1);
    return stats;
}

} // namespace eco::demo
