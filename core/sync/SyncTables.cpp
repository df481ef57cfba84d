#include "core/sync/SyncTables.h"

namespace eco::sync {

namespace {

using C = ColumnSpec;
constexpr auto I = ColumnType::Integer;
constexpr auto R = ColumnType::Real;
constexpr auto T = ColumnType::Text;
constexpr auto B = ColumnType::Blob;

std::vector<TableSpec> build() {
    std::vector<TableSpec> t;
    t.push_back({"teams",
                 TableKind::Catalog,
                 {{"id", T, true}, {"name", T}, {"district", T}, {"created_ts", I}},
                 "SELECT id, name, district, created_ts FROM teams",
                 "id",
                 {},
                 {},
                 {}});
    t.push_back({"users",
                 TableKind::Catalog,
                 {{"username", T, true},
                  {"display_name", T},
                  {"role", T},
                  {"district", T},
                  {"pw_algo", T},
                  {"pw_salt", B},
                  {"pw_hash", B},
                  {"disabled", I},
                  {"created_ts", I},
                  {"team", T}},
                 "SELECT username, display_name, role, district, pw_algo, pw_salt, pw_hash, "
                 "disabled, created_ts, team FROM users",
                 "username",
                 {},
                 {},
                 {}});
    t.push_back({"sites",
                 TableKind::Catalog,
                 {{"id", T, true},
                  {"name", T},
                  {"kind", T},
                  {"lon", R},
                  {"lat", R},
                  {"district", T},
                  {"mn", T},
                  {"pw", T}},
                 "SELECT id, name, kind, lon, lat, district, mn, pw FROM sites",
                 "id",
                 {},
                 "district = $D",
                 {}});
    t.push_back({"enterprises",
                 TableKind::Catalog,
                 {{"id", T, true},
                  {"name", T},
                  {"industry", T},
                  {"district", T},
                  {"lon", R},
                  {"lat", R},
                  {"tags", T},
                  {"permit_no", T}},
                 "SELECT id, name, industry, district, lon, lat, tags, permit_no FROM enterprises",
                 "id",
                 {},
                 "district = $D",
                 {}});
    t.push_back({"outlets",
                 TableKind::Catalog,
                 {{"id", T, true},
                  {"enterprise_id", T},
                  {"mn", T},
                  {"medium", T},
                  {"lon", R},
                  {"lat", R},
                  {"height_m", R},
                  {"diameter_m", R},
                  {"gas_temp_c", R},
                  {"gas_velocity_ms", R},
                  {"o2_ref_pct", R},
                  {"pw", T}},
                 "SELECT id, enterprise_id, mn, medium, lon, lat, height_m, diameter_m, "
                 "gas_temp_c, gas_velocity_ms, o2_ref_pct, pw FROM outlets",
                 "id",
                 {},
                 "enterprise_id IN (SELECT id FROM enterprises WHERE district = $D)",
                 {}});
    t.push_back({"limits",
                 TableKind::Catalog,
                 {{"outlet_id", T, true},
                  {"pollutant", T, true},
                  {"interval", T, true},
                  {"limit_value", R},
                  {"unit", T}},
                 "SELECT outlet_id, pollutant, interval, limit_value, unit FROM limits",
                 "outlet_id||char(31)||pollutant||char(31)||interval",
                 {},
                 "outlet_id IN (SELECT o.id FROM outlets o JOIN enterprises e ON e.id = "
                 "o.enterprise_id WHERE e.district = $D)",
                 {}});
    t.push_back({"power_meters",
                 TableKind::Catalog,
                 {{"meter_id", T, true}, {"enterprise_id", T}, {"circuit", T}, {"linked_meter", T}},
                 "SELECT meter_id, enterprise_id, circuit, linked_meter FROM power_meters",
                 "meter_id",
                 {},
                 "enterprise_id IN (SELECT id FROM enterprises WHERE district = $D)",
                 {}});
    t.push_back({"vehicles",
                 TableKind::Catalog,
                 {{"vehicle_id", T, true}, {"name", T}},
                 "SELECT vehicle_id, name FROM vehicles",
                 "vehicle_id",
                 {},
                 {},
                 {}});
    t.push_back({"lidars",
                 TableKind::Catalog,
                 {{"id", T, true}, {"name", T}, {"lon", R}, {"lat", R}},
                 "SELECT id, name, lon, lat FROM lidars",
                 "id",
                 {},
                 {},
                 {}});
    t.push_back({"alerts",
                 TableKind::Catalog,
                 {{"region", T, true}, {"start_ts", I, true}, {"level", T, true}, {"end_ts", I}},
                 "SELECT region, start_ts, level, end_ts FROM alerts",
                 "region||char(31)||start_ts||char(31)||level",
                 {},
                 {},
                 {}});
    t.push_back({"measures",
                 TableKind::Catalog,
                 {{"enterprise_id", T, true}, {"level", T, true}, {"reduction_pct", R}},
                 "SELECT enterprise_id, level, reduction_pct FROM measures",
                 "enterprise_id||char(31)||level",
                 {},
                 "enterprise_id IN (SELECT id FROM enterprises WHERE district = $D)",
                 {}});
    t.push_back({"basemap_features",
                 TableKind::Catalog,
                 {{"id", T, true}, {"layer", T}, {"name", T}, {"rank", I}, {"wkb", B}},
                 "SELECT id, layer, name, rank, wkb FROM basemap_features",
                 "id",
                 {},
                 {},
                 {}});
    t.push_back({"clues",
                 TableKind::Catalog,
                 {{"id", T, true},   {"rule", T},        {"subject_kind", T},   {"subject_id", T},
                  {"start_ts", I},   {"end_ts", I},      {"severity", I},       {"score", R},
                  {"summary", T},    {"evidence", T},    {"district", T},       {"industry", T},
                  {"problem", T},    {"status", T},      {"outcome", T},        {"created_ts", I},
                  {"updated_ts", I}, {"merged_into", T}, {"dismiss_reason", T}, {"outcome_ts", I},
                  {"outcome_by", T}},
                 "SELECT id, rule, subject_kind, subject_id, start_ts, end_ts, severity, score, "
                 "summary, evidence, district, industry, problem, status, outcome, created_ts, "
                 "updated_ts, merged_into, dismiss_reason, outcome_ts, outcome_by FROM clues",
                 "id",
                 {},
                 "district = $D",
                 "excluded.updated_ts >= clues.updated_ts"});
    t.push_back({"readings",
                 TableKind::Series,
                 {{"source_id", T, true},
                  {"pollutant", T, true},
                  {"interval", T, true},
                  {"ts", I, true},
                  {"value", R},
                  {"flag", T}},
                 "SELECT s.source_id, s.pollutant, s.interval, r.ts, r.value, r.flag FROM readings "
                 "r JOIN series s ON s.id = r.series_id",
                 "r.series_id = ?1 AND r.ts >= ?2 AND r.ts < ?3",
                 "r.ts",
                 "source_id IN (SELECT id FROM sites WHERE district = $D UNION ALL SELECT o.id "
                 "FROM outlets o JOIN enterprises e ON e.id = o.enterprise_id WHERE e.district = "
                 "$D)",
                 {}});
    t.push_back({"power_readings",
                 TableKind::Series,
                 {{"meter_id", T, true}, {"ts", I, true}, {"kw", R}},
                 "SELECT m.meter_id, p.ts, p.kw FROM power_readings p JOIN power_meters m ON m.id "
                 "= p.meter",
                 "p.meter = ?1 AND p.ts >= ?2 AND p.ts < ?3",
                 "p.ts",
                 "meter_id IN (SELECT m.meter_id FROM power_meters m JOIN enterprises e ON e.id = "
                 "m.enterprise_id WHERE e.district = $D)",
                 {}});
    t.push_back({"track_points",
                 TableKind::Series,
                 {{"vehicle_id", T, true}, {"ts", I, true}, {"lon", R}, {"lat", R}},
                 "SELECT v.vehicle_id, t.ts, t.lon, t.lat FROM track_points t JOIN vehicles v ON "
                 "v.id = t.vehicle",
                 "t.vehicle = ?1 AND t.ts >= ?2 AND t.ts < ?3",
                 "t.ts",
                 "false",
                 {}});
    t.push_back({"lidar_scans",
                 TableKind::Series,
                 {{"device_id", T, true},
                  {"ts", I, true},
                  {"mode", T, true},
                  {"elevation_deg", R, true},
                  {"range_start_m", R},
                  {"bin_m", R},
                  {"nbins", I},
                  {"nrays", I},
                  {"azimuths", B},
                  {"encoding", T},
                  {"data", B}},
                 "SELECT l.device_id, l.ts, l.mode, l.elevation_deg, l.range_start_m, l.bin_m, "
                 "l.nbins, l.nrays, l.azimuths, l.encoding, l.data FROM lidar_scans l",
                 "l.device_id = ?1 AND l.ts >= ?2 AND l.ts < ?3",
                 "l.ts",
                 "false",
                 {}});
    t.push_back({"task_events",
                 TableKind::Events,
                 {{"id", T, true},
                  {"task_id", T},
                  {"seq", I},
                  {"hlc", I},
                  {"node", T},
                  {"ts", I},
                  {"actor", T},
                  {"kind", T},
                  {"payload", T},
                  {"prev_hash", T},
                  {"hash", T}},
                 "SELECT id, task_id, seq, hlc, node, ts, actor, kind, payload, prev_hash, hash "
                 "FROM task_events",
                 "id",
                 "ts",
                 "task_id IN (SELECT task_id FROM task_events WHERE kind = 'created' AND "
                 "payload::jsonb->>'district' = $D)",
                 {}});
    return t;
}

} // namespace

std::vector<std::string_view> TableSpec::keyColumns() const {
    std::vector<std::string_view> out;
    for (const ColumnSpec& c : columns)
        if (c.key)
            out.push_back(c.name);
    return out;
}

std::vector<std::string_view> TableSpec::valueColumns() const {
    std::vector<std::string_view> out;
    for (const ColumnSpec& c : columns)
        if (!c.key)
            out.push_back(c.name);
    return out;
}

std::string TableSpec::columnList(std::string_view prefix) const {
    std::string out;
    for (const ColumnSpec& c : columns) {
        if (!out.empty())
            out += ", ";
        out += prefix;
        out += c.name;
    }
    return out;
}

const std::vector<TableSpec>& syncTables() {
    static const std::vector<TableSpec> tables = build();
    return tables;
}

const TableSpec* findTable(std::string_view name) {
    for (const TableSpec& t : syncTables())
        if (t.name == name)
            return &t;
    return nullptr;
}

} // namespace eco::sync
