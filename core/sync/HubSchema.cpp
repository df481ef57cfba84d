#include "core/sync/HubSchema.h"

#include "core/sync/PgConnection.h"
#include "core/sync/SyncError.h"
#include "core/sync/SyncTables.h"

#include <QCoreApplication>
#include <QStringList>

#include <set>

namespace eco::sync {

namespace {

constexpr const char* kLockSql = "SELECT pg_advisory_xact_lock(7284120395)";

const char* pgType(ColumnType t) {
    switch (t) {
    case ColumnType::Integer:
        return "bigint";
    case ColumnType::Real:
        return "double precision";
    case ColumnType::Text:
        return "text";
    case ColumnType::Blob:
        return "bytea";
    }
    return "text";
}

std::string version1() {
    std::string sql = R"SQL(
CREATE TABLE hub_meta(key text PRIMARY KEY, value text NOT NULL);
CREATE SEQUENCE hub_seq;
CREATE FUNCTION hub_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.change_seq := nextval('hub_seq');
  RETURN NEW;
END $$;
INSERT INTO hub_meta VALUES ('city_id', gen_random_uuid()::text);
)SQL";
    for (const TableSpec& t : syncTables()) {
        const std::string name(t.name);
        sql += "CREATE TABLE " + name + "(";
        for (const ColumnSpec& c : t.columns)
            sql += std::string(c.name) + " " + pgType(c.type) + (c.key ? " NOT NULL" : "") + ", ";
        sql += "change_seq bigint NOT NULL DEFAULT nextval('hub_seq'), PRIMARY KEY(";
        bool first = true;
        for (const auto k : t.keyColumns()) {
            sql += (first ? "" : ", ") + std::string(k);
            first = false;
        }
        sql += "));\n";
        sql += "CREATE INDEX " + name + "_change ON " + name + "(change_seq);\n";
        sql += "CREATE TRIGGER " + name + "_touch BEFORE UPDATE ON " + name +
               " FOR EACH ROW EXECUTE FUNCTION hub_touch();\n";
    }
    // Scoped pulls of task events look tasks up by their 'created' event.
    sql += "CREATE INDEX task_events_task ON task_events(task_id);\n";
    return sql;
}

std::set<std::string> hubTables() {
    std::set<std::string> out{"hub_meta", "hub_migrations"};
    for (const TableSpec& t : syncTables())
        out.insert(std::string(t.name));
    return out;
}

HubInfo readInfo(PgConnection& pg) {
    HubInfo info;
    const PgResult v = pg.query("SELECT coalesce(max(version), 0) FROM hub_migrations");
    info.version = static_cast<int>(v.integer(0, 0));
    const PgResult c = pg.query("SELECT value FROM hub_meta WHERE key = 'city_id'");
    if (c.rows() > 0)
        info.cityId = c.text(0, 0);
    return info;
}

bool hasMigrationTable(PgConnection& pg) {
    return pg.query("SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = "
                    "'hub_migrations'")
               .rows() > 0;
}

} // namespace

int HubSchema::latestVersion() {
    return 1;
}

const char* HubSchema::writerLockSql() {
    return kLockSql;
}

HubInfo HubSchema::init(PgConnection& pg) {
    pg.exec("BEGIN");
    try {
        pg.exec(kLockSql);
        const PgResult tables =
            pg.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
        const auto ours = hubTables();
        QStringList foreign;
        for (int i = 0; i < tables.rows(); ++i)
            if (!ours.count(tables.value(i, 0)))
                foreign << tables.text(i, 0);
        if (!foreign.isEmpty())
            throw SyncError(QStringLiteral("hub %1: the database holds tables that are not an "
                                           "EcoSentry hub's (%2); use an empty database")
                                .arg(pg.where(), foreign.join(QStringLiteral(", "))));
        bool created = false;
        if (!hasMigrationTable(pg)) {
            if (tables.rows() > 0)
                throw SyncError(QStringLiteral("hub %1: hub tables without hub_migrations; the "
                                               "database was changed by hand")
                                    .arg(pg.where()));
            pg.exec("CREATE TABLE hub_migrations(version integer PRIMARY KEY, applied_at "
                    "timestamptz NOT NULL DEFAULT now())");
            created = true;
        }
        HubInfo info;
        info.version = static_cast<int>(
            pg.query("SELECT coalesce(max(version), 0) FROM hub_migrations").integer(0, 0));
        if (info.version > latestVersion())
            throw SyncError(QStringLiteral("hub %1: schema version %2 is newer than this program "
                                           "understands (%3)")
                                .arg(pg.where())
                                .arg(info.version)
                                .arg(latestVersion()));
        for (int v = info.version + 1; v <= latestVersion(); ++v) {
            if (v == 1)
                pg.exec(version1());
            pg.exec("INSERT INTO hub_migrations(version) VALUES (" + std::to_string(v) + ")");
        }
        pg.exec("COMMIT");
        info = readInfo(pg);
        info.created = created;
        return info;
    } catch (...) {
        try {
            pg.exec("ROLLBACK");
        } catch (...) {
        }
        throw;
    }
}

HubInfo HubSchema::check(PgConnection& pg) {
    if (!hasMigrationTable(pg))
        throw SyncError(QCoreApplication::translate("eco::sync::SyncError",
                                                    "hub %1 is not initialised: run `ecosentry hub "
                                                    "init --hub URL` first")
                            .arg(pg.where()));
    const HubInfo info = readInfo(pg);
    if (info.version > latestVersion())
        throw SyncError(QCoreApplication::translate("eco::sync::SyncError",
                                                    "hub %1: schema version %2 is newer than this "
                                                    "program understands (%3)")
                            .arg(pg.where())
                            .arg(info.version)
                            .arg(latestVersion()));
    if (info.version < latestVersion())
        throw SyncError(QCoreApplication::translate("eco::sync::SyncError",
                                                    "hub %1: schema version %2 is older than this "
                                                    "program's (%3): run `ecosentry hub init` to "
                                                    "upgrade it")
                            .arg(pg.where())
                            .arg(info.version)
                            .arg(latestVersion()));
    return info;
}

} // namespace eco::sync
