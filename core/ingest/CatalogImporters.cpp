#include "core/ingest/CatalogImporters.h"

#include "core/store/Database.h"

#include <array>

namespace eco::ingest {

namespace {

RowOutcome outcome(bool changed) {
    return changed ? RowOutcome::Changed : RowOutcome::Unchanged;
}

void requireKnown(const KnownIds& ids, const RowFields& row, Column c, const char* what) {
    const std::string_view id = row.required(c);
    if (!ids.contains(id))
        throw RowError(std::string(c.name) + ": unknown " + what + " " + quoted(id));
}

const std::initializer_list<std::string_view> kLevels = {"yellow", "orange", "red"};

} // namespace

void CatalogRowImporter::begin(store::Database& db, const CsvColumns& columns) {
    m_repo.emplace(db);
    resolve(db, columns);
}

// --- sites -------------------------------------------------------------------------------------

std::span<const ColumnSpec> SiteImporter::columns() const {
    static constexpr std::array<ColumnSpec, 8> kColumns{{{"id", true},
                                                         {"name", true},
                                                         {"kind", true},
                                                         {"lon", true},
                                                         {"lat", true},
                                                         {"district", false},
                                                         {"mn", false},
                                                         {"crs", false}}};
    return kColumns;
}

void SiteImporter::resolve(store::Database&, const CsvColumns& c) {
    m_id = c.column("id");
    m_name = c.column("name");
    m_kind = c.column("kind");
    m_lon = c.column("lon");
    m_lat = c.column("lat");
    m_district = c.column("district");
    m_mn = c.column("mn");
    m_crs = c.column("crs");
}

RowOutcome SiteImporter::importRow(const RowFields& row) {
    model::Site s;
    s.id = row.requiredText(m_id);
    s.name = row.requiredText(m_name);
    s.kind = QString::fromLatin1(
        row.oneOf(m_kind, {"national", "super", "photochemical", "transport", "micro"}));
    const geo::LonLat p = row.position(m_lon, m_lat, m_crs);
    s.lon = p.lon;
    s.lat = p.lat;
    s.district = row.text(m_district);
    s.mn = row.text(m_mn);
    return outcome(repo().upsert(s));
}

// --- enterprises -------------------------------------------------------------------------------

std::span<const ColumnSpec> EnterpriseImporter::columns() const {
    static constexpr std::array<ColumnSpec, 9> kColumns{{{"id", true},
                                                         {"name", true},
                                                         {"industry", false},
                                                         {"district", false},
                                                         {"lon", true},
                                                         {"lat", true},
                                                         {"tags", false},
                                                         {"permit_no", false},
                                                         {"crs", false}}};
    return kColumns;
}

void EnterpriseImporter::resolve(store::Database&, const CsvColumns& c) {
    m_id = c.column("id");
    m_name = c.column("name");
    m_industry = c.column("industry");
    m_district = c.column("district");
    m_lon = c.column("lon");
    m_lat = c.column("lat");
    m_tags = c.column("tags");
    m_permit = c.column("permit_no");
    m_crs = c.column("crs");
}

RowOutcome EnterpriseImporter::importRow(const RowFields& row) {
    model::Enterprise e;
    e.id = row.requiredText(m_id);
    e.name = row.requiredText(m_name);
    e.industry = row.text(m_industry);
    e.district = row.text(m_district);
    const geo::LonLat p = row.position(m_lon, m_lat, m_crs);
    e.lon = p.lon;
    e.lat = p.lat;
    for (const QString& t : row.text(m_tags).split(u';', Qt::SkipEmptyParts)) {
        const QString tag = t.trimmed();
        if (!tag.isEmpty())
            e.tags << tag;
    }
    e.permitNo = row.text(m_permit);
    return outcome(repo().upsert(e));
}

// --- outlets -----------------------------------------------------------------------------------

std::span<const ColumnSpec> OutletImporter::columns() const {
    static constexpr std::array<ColumnSpec, 12> kColumns{{{"id", true},
                                                          {"enterprise_id", true},
                                                          {"mn", false},
                                                          {"medium", true},
                                                          {"lon", true},
                                                          {"lat", true},
                                                          {"height_m", false},
                                                          {"diameter_m", false},
                                                          {"gas_temp_c", false},
                                                          {"gas_velocity_ms", false},
                                                          {"o2_ref_pct", false},
                                                          {"crs", false}}};
    return kColumns;
}

void OutletImporter::resolve(store::Database& db, const CsvColumns& c) {
    m_id = c.column("id");
    m_enterprise = c.column("enterprise_id");
    m_mn = c.column("mn");
    m_medium = c.column("medium");
    m_lon = c.column("lon");
    m_lat = c.column("lat");
    m_height = c.column("height_m");
    m_diameter = c.column("diameter_m");
    m_temp = c.column("gas_temp_c");
    m_velocity = c.column("gas_velocity_ms");
    m_o2ref = c.column("o2_ref_pct");
    m_crs = c.column("crs");
    m_enterprises = KnownIds::load(db, "SELECT id FROM enterprises");
}

RowOutcome OutletImporter::importRow(const RowFields& row) {
    model::Outlet o;
    o.id = row.requiredText(m_id);
    requireKnown(m_enterprises, row, m_enterprise, "enterprise");
    o.enterpriseId = row.requiredText(m_enterprise);
    o.mn = row.text(m_mn);
    o.medium = QString::fromLatin1(row.oneOf(m_medium, {"gas", "water"}));
    const geo::LonLat p = row.position(m_lon, m_lat, m_crs);
    o.lon = p.lon;
    o.lat = p.lat;
    o.heightM = row.optionalNumberIn(m_height, 0, 1000);
    o.diameterM = row.optionalNumberIn(m_diameter, 0, 100);
    o.gasTempC = row.optionalNumberIn(m_temp, -60, 2000);
    o.gasVelocityMs = row.optionalNumberIn(m_velocity, 0, 200);
    o.o2RefPct = row.optionalNumberIn(m_o2ref, 0, 21);
    return outcome(repo().upsert(o));
}

// --- limits ------------------------------------------------------------------------------------

std::span<const ColumnSpec> LimitImporter::columns() const {
    static constexpr std::array<ColumnSpec, 5> kColumns{{{"outlet_id", true},
                                                         {"pollutant", true},
                                                         {"interval", true},
                                                         {"limit", true},
                                                         {"unit", true}}};
    return kColumns;
}

void LimitImporter::resolve(store::Database& db, const CsvColumns& c) {
    m_outlet = c.column("outlet_id");
    m_pollutant = c.column("pollutant");
    m_interval = c.column("interval");
    m_limit = c.column("limit");
    m_unit = c.column("unit");
    m_outlets = KnownIds::load(db, "SELECT id FROM outlets");
}

RowOutcome LimitImporter::importRow(const RowFields& row) {
    model::EmissionLimit l;
    requireKnown(m_outlets, row, m_outlet, "outlet");
    l.outletId = row.requiredText(m_outlet);
    const std::string_view code = row.pollutantCode(m_pollutant);
    l.pollutant = QString::fromLatin1(code.data(), static_cast<qsizetype>(code.size()));
    l.interval = QString::fromLatin1(row.oneOf(m_interval, {"hour", "day"}));
    l.limit = row.numberIn(m_limit, 0, 1e9);
    l.unit = row.requiredText(m_unit);
    return outcome(repo().upsert(l));
}

// --- alerts ------------------------------------------------------------------------------------

std::span<const ColumnSpec> AlertImporter::columns() const {
    static constexpr std::array<ColumnSpec, 4> kColumns{
        {{"level", true}, {"start", true}, {"end", true}, {"region", true}}};
    return kColumns;
}

void AlertImporter::resolve(store::Database&, const CsvColumns& c) {
    m_level = c.column("level");
    m_start = c.column("start");
    m_end = c.column("end");
    m_region = c.column("region");
}

RowOutcome AlertImporter::importRow(const RowFields& row) {
    model::Alert a;
    a.level = QString::fromLatin1(row.oneOf(m_level, kLevels));
    a.startTs = row.time(m_start);
    a.endTs = row.time(m_end);
    if (a.endTs < a.startTs)
        throw RowError("end: " + quoted(row.raw(m_end)) + " is before start " +
                       quoted(row.raw(m_start)));
    a.region = row.requiredText(m_region);
    return outcome(repo().upsert(a));
}

// --- measures ----------------------------------------------------------------------------------

std::span<const ColumnSpec> MeasureImporter::columns() const {
    static constexpr std::array<ColumnSpec, 3> kColumns{
        {{"enterprise_id", true}, {"level", true}, {"reduction_pct", true}}};
    return kColumns;
}

void MeasureImporter::resolve(store::Database& db, const CsvColumns& c) {
    m_enterprise = c.column("enterprise_id");
    m_level = c.column("level");
    m_reduction = c.column("reduction_pct");
    m_enterprises = KnownIds::load(db, "SELECT id FROM enterprises");
}

RowOutcome MeasureImporter::importRow(const RowFields& row) {
    model::Measure m;
    requireKnown(m_enterprises, row, m_enterprise, "enterprise");
    m.enterpriseId = row.requiredText(m_enterprise);
    m.level = QString::fromLatin1(row.oneOf(m_level, kLevels));
    m.reductionPct = row.numberIn(m_reduction, 0, 100);
    return outcome(repo().upsert(m));
}

} // namespace eco::ingest
