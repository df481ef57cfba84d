#include "core/screen/SubjectLoader.h"

#include <cmath>
#include <limits>

namespace eco::screen {

namespace {

constexpr const char* kConcentrationCodes[] = {"a21026", "a21002", "a34013", "a24088"};
constexpr const char* kStationCodes[] = {"a34004", "a34002", "a21026",
                                         "a21004", "a21005", "a05024"};

} // namespace

SubjectLoader::SubjectLoader(store::Database& db, const ScreeningCatalog& catalog,
                             const ScreeningSettings& settings, const DayCachePlan* cache,
                             const GridMemory* memory, std::optional<std::int64_t> keepFrom)
    : m_db(db), m_catalog(catalog), m_settings(settings),
      m_readings(m_db.prepare(
          "SELECT ts, value, flag FROM readings WHERE series_id=?1 AND ts>=?2 AND ts<?3")),
      m_power(
          m_db.prepare("SELECT ts, kw FROM power_readings WHERE meter=?1 AND ts>=?2 AND ts<?3")),
      m_plan(cache), m_keepFrom(keepFrom) {
    if (m_plan && m_plan->read) {
        m_cache.emplace(m_db, *m_plan);
        m_memory = memory;
    }
}

const GridMemoryEntry* SubjectLoader::remembered(CacheKind kind, std::int64_t key) const {
    if (!m_memory || m_plan->dirtySeries.contains(GridMemory::slot(kind, key)))
        return nullptr;
    return m_memory->find(kind, key);
}

std::int64_t SubjectLoader::fillContext(CacheKind kind, std::int64_t key, Samples& s) {
    if (const GridMemoryEntry* e = remembered(kind, key))
        if (const auto readFrom = fillFromMemory(*e, s)) {
            ++m_memoryGrids;
            return *readFrom;
        }
    return m_cache ? m_cache->fill(kind, key, s) : s.t0;
}

Samples SubjectLoader::hourly(const QString& source, const QString& pollutant, std::int64_t from,
                              std::int64_t to, std::int64_t* firstTs) {
    Samples s;
    s.resize(from, to, 3600);
    const auto src = m_catalog.hourlySeries.constFind(source);
    if (src == m_catalog.hourlySeries.constEnd())
        return s;
    const auto it = src->constFind(pollutant);
    if (it == src->constEnd())
        return s;
    if (firstTs)
        *firstTs = std::min(*firstTs, it->firstTs);
    const std::int64_t readFrom = fillContext(CacheKind::Hourly, it->id, s);
    m_readings.reset();
    m_readings.bind(1, it->id).bind(2, readFrom).bind(3, s.ts(s.size()));
    while (m_readings.step()) {
        const int i = s.indexOf(m_readings.int64(0));
        if (i < 0 || i >= s.size())
            continue;
        if (!m_readings.isNull(1))
            s.value[static_cast<size_t>(i)] = static_cast<float>(m_readings.real(1));
        const std::string_view f = m_readings.textView(2);
        s.flag[static_cast<size_t>(i)] = f.empty() ? 'N' : f.front();
    }
    m_readings.reset();
    if (m_plan)
        encodeDays(CacheKind::Hourly, it->id, s, readFrom, to, *m_plan, m_blobs);
    if (m_keepFrom)
        m_kept.push_back(memoryEntry(CacheKind::Hourly, it->id, s, *m_keepFrom, to));
    return s;
}

Samples SubjectLoader::power(const MeterInfo& m, std::int64_t from, std::int64_t to) {
    Samples s;
    s.resize(from, to, 900);
    if (!m.hasData)
        return s;
    const std::int64_t readFrom = fillContext(CacheKind::Power, m.key, s);
    m_power.reset();
    m_power.bind(1, m.key).bind(2, readFrom).bind(3, s.ts(s.size()));
    while (m_power.step()) {
        const int i = s.indexOf(m_power.int64(0));
        if (i < 0 || i >= s.size())
            continue;
        s.flag[static_cast<size_t>(i)] = 'N';
        if (!m_power.isNull(1))
            s.value[static_cast<size_t>(i)] = static_cast<float>(m_power.real(1));
    }
    m_power.reset();
    if (m_plan)
        encodeDays(CacheKind::Power, m.key, s, readFrom, to, *m_plan, m_blobs);
    return s;
}

EnterpriseData SubjectLoader::enterprise(const QString& id, std::int64_t from, std::int64_t to) {
    EnterpriseData e;
    e.enterpriseId = id;
    const model::Enterprise ent = m_catalog.enterprises.value(id);
    for (const MeterInfo& mi : m_catalog.metersByEnterprise.value(id)) {
        if (mi.meter.circuit == QLatin1String("total"))
            continue;
        Circuit c;
        c.meter = mi.meter;
        c.firstTs = mi.hasData ? mi.firstTs : std::numeric_limits<std::int64_t>::max();
        c.kw = power(mi, from, to);
        const auto ov = m_catalog.thresholdOverrides.constFind(mi.meter.meterId);
        std::optional<CachedThresholds> memo;
        if (m_plan && mi.hasData) {
            const GridMemoryEntry* known = remembered(CacheKind::Power, mi.key);
            memo.emplace(mi.key,
                         known     ? known->thresholds
                         : m_cache ? m_cache->thresholds(mi.key, cacheDay(c.kw.t0),
                                                         cacheDay(c.kw.ts(c.kw.size())))
                                   : std::vector<CircuitThresholds>{},
                         *m_plan, m_settings, m_blobs);
        }
        computeCircuitStates(c, m_settings,
                             ov == m_catalog.thresholdOverrides.constEnd()
                                 ? std::nullopt
                                 : std::optional<ThresholdOverride>(*ov),
                             memo ? &*memo : nullptr);
        if (m_keepFrom && mi.hasData) {
            GridMemoryEntry kept = memoryEntry(CacheKind::Power, mi.key, c.kw, *m_keepFrom, to);
            if (memo)
                kept.thresholds = memo->known();
            m_kept.push_back(std::move(kept));
        }
        (mi.meter.circuit == QLatin1String("production") ? e.production : e.treatment)
            .push_back(std::move(c));
    }
    const QHash<QString, double> levels = m_catalog.measures.value(id);
    for (const model::Alert& a : m_catalog.alerts) {
        if (a.endTs <= from || a.startTs >= to)
            continue;
        e.allAlerts.push_back(a);
        if (levels.contains(a.level) && m_catalog.alertApplies(a, ent))
            e.duties.push_back(AlertDuty{a, levels.value(a.level)});
    }
    return e;
}

OutletData SubjectLoader::outlet(const model::Outlet& o, const EnterpriseData& power,
                                 std::int64_t from, std::int64_t to) {
    OutletData d;
    d.outlet = o;
    std::int64_t first = std::numeric_limits<std::int64_t>::max();
    d.flow = hourly(o.id, QStringLiteral("a00000"), from, to, &first);
    d.o2 = hourly(o.id, QStringLiteral("a19001"), from, to, &first);
    const QHash<QString, LimitPair> limits = m_catalog.limits.value(o.id);
    const bool correct = o.o2RefPct.has_value();
    for (const char* code : kConcentrationCodes) {
        const QString c = QLatin1String(code);
        if (!m_catalog.hourlySeries.value(o.id).contains(c))
            continue;
        PollutantSeries p;
        p.code = c;
        p.raw = hourly(o.id, c, from, to, &first);
        p.hourLimit = limits.value(c).hour;
        p.dayLimit = limits.value(c).day;
        p.corrected.assign(static_cast<size_t>(p.raw.size()),
                           std::numeric_limits<float>::quiet_NaN());
        for (int i = 0; i < p.raw.size(); ++i) {
            if (!p.raw.valid(i))
                continue;
            if (!correct) {
                p.corrected[static_cast<size_t>(i)] = p.raw.at(i);
                continue;
            }
            if (!d.o2.valid(i) || d.o2.at(i) >= m_settings.o2MaxPct || d.o2.at(i) < 0)
                continue; // cannot be corrected: not a valid corrected hour
            p.corrected[static_cast<size_t>(i)] =
                static_cast<float>(p.raw.at(i) * (21.0 - *o.o2RefPct) / (21.0 - d.o2.at(i)));
        }
        d.pollutants.push_back(std::move(p));
    }
    d.firstTs = first == std::numeric_limits<std::int64_t>::max() ? from : first;
    const int n = d.flow.size();
    d.producing.assign(static_cast<size_t>(n), -1);
    d.productionKw.assign(static_cast<size_t>(n), std::numeric_limits<float>::quiet_NaN());
    d.hasProductionMeter = !power.production.empty();
    if (d.hasProductionMeter) {
        for (int h = 0; h < n; ++h) {
            const std::int64_t t = d.flow.ts(h);
            int on = 0, known = 0;
            double kw = 0;
            int kwN = 0;
            for (int k = 0; k < 4; ++k) {
                bool anyOn = false, anyKnown = false;
                double slotKw = 0;
                bool slotKwOk = true;
                for (const Circuit& c : power.production) {
                    const int j = c.kw.indexOf(t + k * 900);
                    if (j < 0 || j >= c.kw.size())
                        continue;
                    const std::int8_t st = c.state[static_cast<size_t>(j)];
                    if (st >= 0)
                        anyKnown = true;
                    if (st == 1)
                        anyOn = true;
                    if (std::isnan(c.kw.at(j)))
                        slotKwOk = false;
                    else
                        slotKw += c.kw.at(j);
                }
                known += anyKnown;
                on += anyOn;
                if (slotKwOk && anyKnown) {
                    kw += slotKw;
                    ++kwN;
                }
            }
            if (known > 0)
                d.producing[static_cast<size_t>(h)] = on >= 2 ? 1 : 0;
            if (kwN > 0)
                d.productionKw[static_cast<size_t>(h)] = static_cast<float>(kw / kwN);
        }
    }
    return d;
}

SiteData SubjectLoader::site(const model::Site& s, std::int64_t from, std::int64_t to) {
    SiteData d;
    d.site = s;
    const QString ref = m_catalog.referenceSite.value(s.id);
    if (!ref.isEmpty())
        d.reference = m_catalog.site(ref);
    for (const char* code : kStationCodes) {
        const QString c = QLatin1String(code);
        if (!m_catalog.hourlySeries.value(s.id).contains(c))
            continue;
        d.series.push_back(StationSeries{c, hourly(s.id, c, from, to)});
        if (d.reference && m_catalog.hourlySeries.value(d.reference->id).contains(c))
            d.referenceSeries.push_back(StationSeries{c, hourly(d.reference->id, c, from, to)});
    }
    return d;
}

} // namespace eco::screen
