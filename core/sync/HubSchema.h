// HubSchema: the hub's own schema and migrations in PostgreSQL. The hub has the logical tables of
// SyncTables keyed by natural keys (no local surrogate ids), each row carrying `change_seq` from
// one sequence, set on insert (column default) and on update (trigger), so a client pulls "rows
// with seq above my high-water mark". Versions are recorded in hub_migrations; init() is harmless
// to run again, and refuses a database that holds tables that are not a hub's.
#pragma once

#include <QString>

namespace eco::sync {

class PgConnection;

struct HubInfo {
    int version = 0;
    QString cityId;
    bool created = false; // init() made the schema (false: it was there already)
};

class HubSchema {
public:
    static int latestVersion();
    // Creates or upgrades the hub schema inside one transaction.
    static HubInfo init(PgConnection& pg);
    // Checks that the hub is initialised and not newer than this program; throws SyncError.
    static HubInfo check(PgConnection& pg);
    // The advisory lock every hub writer holds for its whole transaction, so rows become visible
    // in seq order and a reader never skips a row below its high-water mark.
    static const char* writerLockSql();
};

} // namespace eco::sync
