#include "core/store/CatalogRepository.h"

#include "core/store/Database.h"

namespace eco::store {

namespace {

QString nullIfEmpty(const QString& s) {
    return s.isEmpty() ? QString() : s;
}

model::Site siteFrom(const Statement& st) {
    return {st.text(0), st.text(1), st.text(2), st.real(3), st.real(4), st.text(5), st.text(6)};
}

model::Enterprise enterpriseFrom(const Statement& st) {
    model::Enterprise e;
    e.id = st.text(0);
    e.name = st.text(1);
    e.industry = st.text(2);
    e.district = st.text(3);
    e.lon = st.real(4);
    e.lat = st.real(5);
    e.tags = st.text(6).split(u';', Qt::SkipEmptyParts);
    e.permitNo = st.text(7);
    return e;
}

model::Outlet outletFrom(const Statement& st) {
    model::Outlet o;
    o.id = st.text(0);
    o.enterpriseId = st.text(1);
    o.mn = st.text(2);
    o.medium = st.text(3);
    o.lon = st.real(4);
    o.lat = st.real(5);
    o.heightM = st.optionalReal(6);
    o.diameterM = st.optionalReal(7);
    o.gasTempC = st.optionalReal(8);
    o.gasVelocityMs = st.optionalReal(9);
    o.o2RefPct = st.optionalReal(10);
    return o;
}

constexpr const char* kOutletCols =
    "id,enterprise_id,mn,medium,lon,lat,height_m,diameter_m,gas_temp_c,gas_velocity_ms,o2_ref_pct";

} // namespace

bool CatalogRepository::upsert(const model::Site& s) {
    auto st = m_db.prepare(
        "INSERT INTO sites(id,name,kind,lon,lat,district,mn) VALUES(?1,?2,?3,?4,?5,?6,?7) "
        "ON CONFLICT(id) DO UPDATE SET name=excluded.name, kind=excluded.kind, lon=excluded.lon, "
        "lat=excluded.lat, district=excluded.district, mn=coalesce(excluded.mn, mn) "
        "WHERE (name,kind,lon,lat,district,mn) IS NOT (excluded.name,excluded.kind,excluded.lon,"
        "excluded.lat,excluded.district,coalesce(excluded.mn, mn))");
    st.bind(1, s.id).bind(2, s.name).bind(3, s.kind).bind(4, s.lon).bind(5, s.lat);
    st.bind(6, s.district.isNull() ? QStringLiteral("") : s.district).bind(7, nullIfEmpty(s.mn));
    st.execute();
    return m_db.changes() > 0;
}

bool CatalogRepository::upsert(const model::Enterprise& e) {
    auto st = m_db.prepare(
        "INSERT INTO enterprises(id,name,industry,district,lon,lat,tags,permit_no) "
        "VALUES(?1,?2,?3,?4,?5,?6,?7,?8) ON CONFLICT(id) DO UPDATE SET name=excluded.name, "
        "industry=excluded.industry, district=excluded.district, lon=excluded.lon, "
        "lat=excluded.lat, tags=excluded.tags, permit_no=coalesce(excluded.permit_no,permit_no) "
        "WHERE (name,industry,district,lon,lat,tags,permit_no) IS NOT (excluded.name,"
        "excluded.industry,excluded.district,excluded.lon,excluded.lat,excluded.tags,"
        "coalesce(excluded.permit_no,permit_no))");
    st.bind(1, e.id).bind(2, e.name).bind(3, e.industry.isNull() ? QStringLiteral("") : e.industry);
    st.bind(4, e.district.isNull() ? QStringLiteral("") : e.district).bind(5, e.lon).bind(6, e.lat);
    st.bind(7, e.tags.join(u';')).bind(8, nullIfEmpty(e.permitNo));
    st.execute();
    return m_db.changes() > 0;
}

bool CatalogRepository::upsert(const model::Outlet& o) {
    auto st = m_db.prepare(
        "INSERT INTO outlets(id,enterprise_id,mn,medium,lon,lat,height_m,diameter_m,gas_temp_c,"
        "gas_velocity_ms,o2_ref_pct) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11) "
        "ON CONFLICT(id) DO UPDATE SET enterprise_id=excluded.enterprise_id, mn=excluded.mn, "
        "medium=excluded.medium, lon=excluded.lon, lat=excluded.lat, height_m=excluded.height_m, "
        "diameter_m=excluded.diameter_m, gas_temp_c=excluded.gas_temp_c, "
        "gas_velocity_ms=excluded.gas_velocity_ms, o2_ref_pct=coalesce(excluded.o2_ref_pct,"
        "o2_ref_pct) WHERE (enterprise_id,mn,medium,lon,lat,height_m,diameter_m,gas_temp_c,"
        "gas_velocity_ms,o2_ref_pct) IS NOT (excluded.enterprise_id,excluded.mn,excluded.medium,"
        "excluded.lon,excluded.lat,excluded.height_m,excluded.diameter_m,excluded.gas_temp_c,"
        "excluded.gas_velocity_ms,coalesce(excluded.o2_ref_pct,o2_ref_pct))");
    st.bind(1, o.id).bind(2, o.enterpriseId).bind(3, nullIfEmpty(o.mn)).bind(4, o.medium);
    st.bind(5, o.lon).bind(6, o.lat).bind(7, o.heightM).bind(8, o.diameterM);
    st.bind(9, o.gasTempC).bind(10, o.gasVelocityMs).bind(11, o.o2RefPct);
    st.execute();
    return m_db.changes() > 0;
}

bool CatalogRepository::upsert(const model::EmissionLimit& l) {
    auto st = m_db.prepare(
        "INSERT INTO limits(outlet_id,pollutant,interval,limit_value,unit) VALUES(?1,?2,?3,?4,?5) "
        "ON CONFLICT(outlet_id,pollutant,interval) DO UPDATE SET limit_value=excluded.limit_value,"
        " unit=excluded.unit WHERE (limit_value,unit) IS NOT (excluded.limit_value,excluded.unit)");
    st.bind(1, l.outletId).bind(2, l.pollutant).bind(3, l.interval).bind(4, l.limit);
    st.bind(5, l.unit).execute();
    return m_db.changes() > 0;
}

bool CatalogRepository::upsert(const model::Lidar& l) {
    auto st = m_db.prepare(
        "INSERT INTO lidars(id,name,lon,lat) VALUES(?1,?2,?3,?4) ON CONFLICT(id) DO UPDATE SET "
        "name=CASE WHEN excluded.name='' THEN name ELSE excluded.name END, lon=excluded.lon, "
        "lat=excluded.lat WHERE (lon,lat) IS NOT (excluded.lon,excluded.lat) OR "
        "(excluded.name<>'' AND excluded.name IS NOT name)");
    st.bind(1, l.id).bind(2, l.name.isNull() ? QStringLiteral("") : l.name).bind(3, l.lon);
    st.bind(4, l.lat).execute();
    return m_db.changes() > 0;
}

bool CatalogRepository::upsert(const model::Alert& a) {
    auto st =
        m_db.prepare("INSERT INTO alerts(level,start_ts,end_ts,region) VALUES(?1,?2,?3,?4) "
                     "ON CONFLICT(region,start_ts,level) DO UPDATE SET end_ts=excluded.end_ts "
                     "WHERE end_ts IS NOT excluded.end_ts");
    st.bind(1, a.level).bind(2, a.startTs).bind(3, a.endTs).bind(4, a.region).execute();
    return m_db.changes() > 0;
}

bool CatalogRepository::upsert(const model::Measure& m) {
    auto st = m_db.prepare(
        "INSERT INTO measures(enterprise_id,level,reduction_pct) VALUES(?1,?2,?3) "
        "ON CONFLICT(enterprise_id,level) DO UPDATE SET reduction_pct=excluded.reduction_pct "
        "WHERE reduction_pct IS NOT excluded.reduction_pct");
    st.bind(1, m.enterpriseId).bind(2, m.level).bind(3, m.reductionPct).execute();
    return m_db.changes() > 0;
}

bool CatalogRepository::upsert(const model::BasemapFeature& f) {
    auto st =
        m_db.prepare("INSERT INTO basemap_features(id,layer,name,rank,wkb) VALUES(?1,?2,?3,?4,?5) "
                     "ON CONFLICT(id) DO UPDATE SET layer=excluded.layer, name=excluded.name, "
                     "rank=excluded.rank, wkb=excluded.wkb WHERE (layer,name,rank,wkb) IS NOT "
                     "(excluded.layer,excluded.name,excluded.rank,excluded.wkb)");
    st.bind(1, f.id).bind(2, f.layer).bind(3, f.name.isNull() ? QStringLiteral("") : f.name);
    st.bind(4, f.rank).bindBlob(5, f.wkb).execute();
    return m_db.changes() > 0;
}

std::int64_t CatalogRepository::upsert(const model::RasterRecord& r) {
    auto st = m_db.prepare(
        "INSERT INTO rasters(path,kind,product,ts,crs,west,south,east,north,width,height,bands,"
        "sha256,overviews,imported_ts) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,"
        "strftime('%s','now')) ON CONFLICT(path) DO UPDATE SET kind=excluded.kind, "
        "product=excluded.product, ts=excluded.ts, crs=excluded.crs, west=excluded.west, "
        "south=excluded.south, east=excluded.east, north=excluded.north, width=excluded.width, "
        "height=excluded.height, bands=excluded.bands, sha256=excluded.sha256, "
        "overviews=excluded.overviews WHERE (kind,product,ts,crs,west,south,east,north,width,"
        "height,bands,sha256,overviews) IS NOT (excluded.kind,excluded.product,excluded.ts,"
        "excluded.crs,excluded.west,excluded.south,excluded.east,excluded.north,excluded.width,"
        "excluded.height,excluded.bands,excluded.sha256,excluded.overviews)");
    st.bind(1, r.path).bind(2, r.kind).bind(3, r.product.isNull() ? QStringLiteral("") : r.product);
    if (r.ts)
        st.bind(4, *r.ts);
    else
        st.bindNull(4);
    st.bind(5, r.crs.isNull() ? QStringLiteral("") : r.crs).bind(6, r.west).bind(7, r.south);
    st.bind(8, r.east).bind(9, r.north).bind(10, r.width).bind(11, r.height).bind(12, r.bands);
    st.bind(13, r.sha256).bind(14, r.overviews).execute();
    auto id = m_db.prepare("SELECT id FROM rasters WHERE path=?1");
    id.bind(1, r.path);
    id.step();
    return id.int64(0);
}

bool CatalogRepository::hasEnterprise(const QString& id) const {
    auto st = m_db.prepare("SELECT 1 FROM enterprises WHERE id=?1");
    st.bind(1, id);
    return st.step();
}

bool CatalogRepository::hasOutlet(const QString& id) const {
    auto st = m_db.prepare("SELECT 1 FROM outlets WHERE id=?1");
    st.bind(1, id);
    return st.step();
}

bool CatalogRepository::hasLidar(const QString& id) const {
    auto st = m_db.prepare("SELECT 1 FROM lidars WHERE id=?1");
    st.bind(1, id);
    return st.step();
}

QList<model::Site> CatalogRepository::sites() const {
    QList<model::Site> out;
    auto st = m_db.prepare("SELECT id,name,kind,lon,lat,district,mn FROM sites ORDER BY id");
    while (st.step())
        out.append(siteFrom(st));
    return out;
}

std::optional<model::Site> CatalogRepository::site(const QString& id) const {
    auto st = m_db.prepare("SELECT id,name,kind,lon,lat,district,mn FROM sites WHERE id=?1");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return siteFrom(st);
}

QList<model::Enterprise> CatalogRepository::enterprises() const {
    QList<model::Enterprise> out;
    auto st = m_db.prepare("SELECT id,name,industry,district,lon,lat,tags,permit_no FROM "
                           "enterprises ORDER BY id");
    while (st.step())
        out.append(enterpriseFrom(st));
    return out;
}

std::optional<model::Enterprise> CatalogRepository::enterprise(const QString& id) const {
    auto st = m_db.prepare("SELECT id,name,industry,district,lon,lat,tags,permit_no FROM "
                           "enterprises WHERE id=?1");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return enterpriseFrom(st);
}

QList<model::Outlet> CatalogRepository::outlets() const {
    QList<model::Outlet> out;
    auto st = m_db.prepare(std::string("SELECT ") + kOutletCols + " FROM outlets ORDER BY id");
    while (st.step())
        out.append(outletFrom(st));
    return out;
}

std::optional<model::Outlet> CatalogRepository::outlet(const QString& id) const {
    auto st = m_db.prepare(std::string("SELECT ") + kOutletCols + " FROM outlets WHERE id=?1");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return outletFrom(st);
}

QList<model::Outlet> CatalogRepository::outletsOf(const QString& enterpriseId) const {
    QList<model::Outlet> out;
    auto st = m_db.prepare(std::string("SELECT ") + kOutletCols +
                           " FROM outlets WHERE enterprise_id=?1 ORDER BY id");
    st.bind(1, enterpriseId);
    while (st.step())
        out.append(outletFrom(st));
    return out;
}

QList<model::EmissionLimit> CatalogRepository::limits() const {
    QList<model::EmissionLimit> out;
    auto st = m_db.prepare("SELECT outlet_id,pollutant,interval,limit_value,unit FROM limits "
                           "ORDER BY outlet_id,pollutant,interval");
    while (st.step())
        out.append({st.text(0), st.text(1), st.text(2), st.real(3), st.text(4)});
    return out;
}

QList<model::PowerMeter> CatalogRepository::powerMeters() const {
    QList<model::PowerMeter> out;
    auto st = m_db.prepare("SELECT meter_id,enterprise_id,circuit,coalesce(linked_meter,'') FROM "
                           "power_meters ORDER BY meter_id");
    while (st.step())
        out.append({st.text(0), st.text(1), st.text(2), st.text(3)});
    return out;
}

QList<model::Lidar> CatalogRepository::lidars() const {
    QList<model::Lidar> out;
    auto st = m_db.prepare("SELECT id,name,lon,lat FROM lidars ORDER BY id");
    while (st.step())
        out.append({st.text(0), st.text(1), st.real(2), st.real(3)});
    return out;
}

QList<model::Alert> CatalogRepository::alerts() const {
    QList<model::Alert> out;
    auto st = m_db.prepare("SELECT id,level,start_ts,end_ts,region FROM alerts ORDER BY start_ts");
    while (st.step())
        out.append({st.int64(0), st.text(1), st.int64(2), st.int64(3), st.text(4)});
    return out;
}

QList<model::Measure> CatalogRepository::measures() const {
    QList<model::Measure> out;
    auto st = m_db.prepare("SELECT enterprise_id,level,reduction_pct FROM measures "
                           "ORDER BY enterprise_id,level");
    while (st.step())
        out.append({st.text(0), st.text(1), st.real(2)});
    return out;
}

QList<model::BasemapFeature> CatalogRepository::basemap() const {
    QList<model::BasemapFeature> out;
    auto st = m_db.prepare("SELECT id,layer,name,rank,wkb FROM basemap_features "
                           "ORDER BY layer,rank,id");
    while (st.step())
        out.append({st.text(0), st.text(1), st.text(2), st.integer(3), st.blob(4)});
    return out;
}

QList<model::RasterRecord> CatalogRepository::rasters() const {
    QList<model::RasterRecord> out;
    auto st = m_db.prepare("SELECT id,path,kind,product,ts,crs,west,south,east,north,width,"
                           "height,bands,sha256,overviews FROM rasters ORDER BY kind,product,ts");
    while (st.step()) {
        model::RasterRecord r;
        r.id = st.int64(0);
        r.path = st.text(1);
        r.kind = st.text(2);
        r.product = st.text(3);
        if (!st.isNull(4))
            r.ts = st.int64(4);
        r.crs = st.text(5);
        r.west = st.real(6);
        r.south = st.real(7);
        r.east = st.real(8);
        r.north = st.real(9);
        r.width = st.integer(10);
        r.height = st.integer(11);
        r.bands = st.integer(12);
        r.sha256 = st.text(13);
        r.overviews = st.integer(14);
        out.append(r);
    }
    return out;
}

QStringList CatalogRepository::vehicles() const {
    QStringList out;
    auto st = m_db.prepare("SELECT vehicle_id FROM vehicles ORDER BY vehicle_id");
    while (st.step())
        out.append(st.text(0));
    return out;
}

} // namespace eco::store
