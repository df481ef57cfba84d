#include "core/screen/ScreeningCatalog.h"

#include "core/store/CatalogRepository.h"
#include "core/store/Database.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace eco::screen {

namespace {

double distance2(const model::Site& a, const model::Site& b) {
    const double kx = std::cos(a.lat * 3.14159265358979 / 180);
    const double dx = (a.lon - b.lon) * kx, dy = a.lat - b.lat;
    return dx * dx + dy * dy;
}

std::optional<std::int64_t> knownFirst(const QHash<std::int64_t, std::int64_t>* known,
                                       std::int64_t key) {
    if (!known)
        return std::nullopt;
    const auto it = known->constFind(key);
    return it == known->constEnd() ? std::nullopt : std::optional<std::int64_t>(*it);
}

std::optional<std::int64_t> firstOf(store::Statement& minTs, std::int64_t key) {
    minTs.reset();
    minTs.bind(1, key);
    const std::optional<std::int64_t> f = minTs.step() && !minTs.isNull(0)
                                              ? std::optional<std::int64_t>(minTs.int64(0))
                                              : std::nullopt;
    minTs.reset();
    return f;
}

} // namespace

ScreeningCatalog ScreeningCatalog::load(store::Database& db, const FirstTimes* known) {
    ScreeningCatalog c;
    store::CatalogRepository repo(db);
    for (const model::Enterprise& e : repo.enterprises())
        c.enterprises.insert(e.id, e);
    for (const model::Outlet& o : repo.outlets())
        if (o.medium == QLatin1String("gas"))
            c.outletsByEnterprise[o.enterpriseId].append(o);
    for (const model::EmissionLimit& l : repo.limits()) {
        LimitPair& p = c.limits[l.outletId][l.pollutant];
        (l.interval == QLatin1String("day") ? p.day : p.hour) = l.limit;
    }
    c.sites = repo.sites();
    c.alerts = repo.alerts();
    for (const model::Measure& m : repo.measures())
        c.measures[m.enterpriseId].insert(m.level, m.reductionPct);

    std::int64_t first = std::numeric_limits<std::int64_t>::max(), end = 0;
    // The newest time of every series, the first one only where it is not known: each is a seek
    // into the readings B-tree, and the first ones sit on pages nothing else touches.
    auto hs = db.prepare("SELECT s.id, s.source_id, s.pollutant, (SELECT max(ts) FROM readings r "
                         "WHERE r.series_id=s.id) FROM series s WHERE s.interval='hour'");
    auto hMin = db.prepare("SELECT min(ts) FROM readings WHERE series_id=?1");
    while (hs.step()) {
        if (hs.isNull(3))
            continue;
        SeriesInfo si{hs.int64(0), 0, hs.int64(3)};
        if (const std::optional<std::int64_t> f =
                knownFirst(known ? &known->hourly : nullptr, si.id))
            si.firstTs = *f;
        else if (const std::optional<std::int64_t> f = firstOf(hMin, si.id))
            si.firstTs = *f;
        else
            continue;
        c.hourlySeries[hs.text(1)].insert(hs.text(2), si);
        first = std::min(first, si.firstTs);
        end = std::max(end, si.lastTs + 3600);
    }
    auto ms = db.prepare(
        "SELECT m.id, m.meter_id, m.enterprise_id, m.circuit, m.linked_meter, (SELECT max(ts) FROM "
        "power_readings p WHERE p.meter=m.id) FROM power_meters m ORDER BY m.meter_id");
    auto pMin = db.prepare("SELECT min(ts) FROM power_readings WHERE meter=?1");
    while (ms.step()) {
        MeterInfo mi;
        mi.key = ms.int64(0);
        mi.meter.meterId = ms.text(1);
        mi.meter.enterpriseId = ms.text(2);
        mi.meter.circuit = ms.text(3);
        mi.meter.linkedMeterId = ms.isNull(4) ? QString() : ms.text(4);
        mi.hasData = !ms.isNull(5);
        if (mi.hasData) {
            std::optional<std::int64_t> f = knownFirst(known ? &known->power : nullptr, mi.key);
            if (!f)
                f = firstOf(pMin, mi.key);
            mi.hasData = f.has_value();
            mi.firstTs = f.value_or(0);
        }
        if (mi.hasData) {
            mi.lastTs = ms.int64(5);
            first = std::min(first, mi.firstTs);
            end = std::max(end, mi.lastTs + 900);
        }
        c.metersByEnterprise[mi.meter.enterpriseId].append(mi);
    }
    c.dataStart = first == std::numeric_limits<std::int64_t>::max() ? 0 : first;
    c.dataEnd = end;

    // Configured circuit thresholds: screen.circuit.<meter>.on_kw / .off_kw
    auto ov = db.prepare("SELECT key, value FROM meta WHERE key LIKE 'screen.circuit.%.on_kw'");
    while (ov.step()) {
        const QString key = ov.text(0);
        const QString meter = key.mid(15, key.size() - 15 - 6);
        const QString off = db.meta(QStringLiteral("screen.circuit.%1.off_kw").arg(meter));
        bool ok1 = false, ok2 = false;
        const double on = ov.text(1).toDouble(&ok1), offKw = off.toDouble(&ok2);
        if (ok1 && ok2 && offKw <= on)
            c.thresholdOverrides.insert(meter, ThresholdOverride{on, offKw});
    }

    // Reference station: the nearest national station (another one for a national station).
    for (const model::Site& s : c.sites) {
        double best = std::numeric_limits<double>::max();
        QString id;
        for (const model::Site& r : c.sites) {
            if (r.id == s.id || r.kind != QLatin1String("national"))
                continue;
            const double d = distance2(s, r);
            if (d < best) {
                best = d;
                id = r.id;
            }
        }
        if (!id.isEmpty())
            c.referenceSite.insert(s.id, id);
    }
    return c;
}

QStringList ScreeningCatalog::enterpriseIds() const {
    QStringList ids;
    for (auto it = enterprises.constBegin(); it != enterprises.constEnd(); ++it)
        if (outletsByEnterprise.contains(it.key()) || metersByEnterprise.contains(it.key()))
            ids << it.key();
    ids.sort();
    return ids;
}

std::optional<model::Site> ScreeningCatalog::site(const QString& id) const {
    for (const model::Site& s : sites)
        if (s.id == id)
            return s;
    return std::nullopt;
}

bool ScreeningCatalog::alertApplies(const model::Alert& a, const model::Enterprise& e) const {
    const QString r = a.region.trimmed();
    return r.isEmpty() || r == QStringLiteral("全市") ||
           r.compare(QLatin1String("city"), Qt::CaseInsensitive) == 0 || r == e.district;
}

} // namespace eco::screen
