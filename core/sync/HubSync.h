// HubSync: one exchange between the local store and the hub: push what is new locally, then pull
// what is new on the hub.
//
// Push: under the SQLite write lock and the hub's writer lock, the rows marked in sync_pending go
// by COPY into staging tables and are merged (SyncTables rules); the hub commits, then the local
// pending marks are cleared. Killed before the hub commit: nothing happened. Killed after it: the
// marks are still there and the next push sends the same rows again, which the merge makes a
// no-op (same key, same values: no update, no new seq).
//
// Pull: in one REPEATABLE READ snapshot of the hub, per table, rows with seq above the local
// high-water mark (sync_state, per scope) come by COPY and are applied with change capture off;
// the marks advance in the same SQLite transaction as the rows. Killed at any point: the local
// transaction rolls back and the next pull fetches the same range again.
//
// A push remembers the hub change numbers its own merge used (the writer lock keeps every other
// writer out of that range), and the pull that follows in the same run skips them: the rows this
// installation just sent are not fetched back. Killed in between, the next run fetches them back
// once, which the merge makes a no-op.
//
// With a user, the password is checked against the hub's account (or a local one not pushed
// yet), a viewer pushes nothing, and a user with a district pulls only that district's rows.
#pragma once

#include "core/sync/PgConnection.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <functional>
#include <map>
#include <optional>

namespace eco::store {
class Database;
}

namespace eco::sync {

struct SyncIdentity {
    QString username; // empty: the installation itself, whole city
    QString role;
    QString district; // empty: whole city
};

struct SyncResult {
    std::int64_t pushed = 0;
    std::int64_t pulled = 0;
    std::int64_t newTaskEvents = 0;
    std::map<std::string, std::int64_t> pulledByTable;
    double pushSeconds = 0;
    double pullSeconds = 0;
    QString cityId;
};

class HubSync {
public:
    HubSync(store::Database& db, PgConnection& pg);

    // Throws SyncError (TaskError never escapes: a failed login is a SyncError too).
    SyncIdentity authenticate(const QString& username, const QByteArray& password);
    SyncResult run(const SyncIdentity& who);
    std::int64_t push();
    std::int64_t pull(const SyncIdentity& who, SyncResult& result);

    // Test hook, called at named points ("pull-row" after each pulled row with the count so far,
    // "push-before-commit", "push-after-commit"), so a test can kill a sync exactly there.
    using Hook = std::function<void(const char* point, std::int64_t rows)>;
    void setHook(Hook hook) { m_hook = std::move(hook); }

private:
    QString adoptCity();
    store::Database& m_db;
    PgConnection& m_pg;
    Hook m_hook;
    // change_seq range (exclusive) of this object's last committed push: rows the pull skips.
    std::int64_t m_ownFrom = 0;
    std::int64_t m_ownTo = 0;
};

// Records the outcome of a sync attempt in the store's meta (for the status widget).
void recordSyncOutcome(store::Database& db, const QString& error, const SyncResult* result);

} // namespace eco::sync
