// Migrations: the numbered, forward-only schema steps of the store. The schema version lives in
// PRAGMA user_version; apply() runs every step above it in one transaction each, so a store is
// never left between two versions. A store newer than this program is refused, not touched.
#pragma once

namespace eco::store {

class Database;

class Migrations {
public:
    static int latestVersion();
    static void apply(Database& db);
};

} // namespace eco::store
