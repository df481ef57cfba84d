#include "core/sync/HubSync.h"

#include "core/store/Database.h"
#include "core/sync/ChangeApplier.h"
#include "core/sync/HubSchema.h"
#include "core/sync/LocalChanges.h"
#include "core/sync/SyncError.h"
#include "core/sync/SyncTables.h"
#include "core/task/PasswordHasher.h"
#include "core/task/TaskError.h"
#include "core/task/TaskTypes.h"
#include "core/task/UserDirectory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

#include <algorithm>
#include <vector>

namespace eco::sync {

namespace {

// Streams pending local rows into hub staging tables and merges each table as it ends.
class HubPushSink : public RowSink {
public:
    explicit HubPushSink(PgConnection& pg) : m_pg(pg) {}
    void beginTable(const TableSpec& t) override {
        const std::string name(t.name);
        // Into an empty hub table (a first push; the writer lock keeps others out) the rows go
        // straight in: a store holds each natural key once, so there is nothing to merge.
        m_direct = m_pg.query("SELECT NOT EXISTS (SELECT 1 FROM " + name + ")").value(0, 0) == "t";
        if (m_direct) {
            m_pg.beginCopyIn("COPY " + name + "(" + t.columnList() + ") FROM STDIN");
            return;
        }
        m_pg.exec("CREATE TEMP TABLE stage_" + name + " ON COMMIT DROP AS SELECT " +
                  t.columnList() + " FROM " + name + " WITH NO DATA");
        m_pg.beginCopyIn("COPY stage_" + name + "(" + t.columnList() + ") FROM STDIN");
    }
    void row(std::string_view line) override { m_pg.copyRow(line); }
    void endTable(const TableSpec& t, std::int64_t) override {
        m_pg.endCopyIn();
        if (m_direct)
            return;
        const std::string name(t.name);
        std::string sql = "INSERT INTO " + name + "(" + t.columnList() + ") SELECT " +
                          t.columnList() + " FROM stage_" + name + " ON CONFLICT(";
        bool first = true;
        for (const auto k : t.keyColumns()) {
            sql += (first ? "" : ", ") + std::string(k);
            first = false;
        }
        sql += ") DO ";
        const auto values = t.valueColumns();
        if (t.kind == TableKind::Events || values.empty()) {
            sql += "NOTHING";
        } else {
            std::string set, mine, theirs;
            for (const auto v : values) {
                const std::string c(v);
                set += (set.empty() ? "" : ", ") + c + " = excluded." + c;
                mine += (mine.empty() ? "" : ", ") + name + "." + c;
                theirs += (theirs.empty() ? "" : ", ") + std::string("excluded.") + c;
            }
            // Same values: no update, so no new seq and nothing for others to pull again.
            sql += "UPDATE SET " + set + " WHERE (" + mine + ") IS DISTINCT FROM (" + theirs + ")";
            if (!t.newerWins.empty())
                sql += " AND " + std::string(t.newerWins);
        }
        m_pg.exec(sql);
        m_pg.exec("DROP TABLE stage_" + name);
    }

private:
    PgConnection& m_pg;
    bool m_direct = false;
};

void rollbackQuietly(PgConnection& pg) {
    try {
        pg.exec("ROLLBACK");
    } catch (...) {
    }
}

QString scopeKey(const SyncIdentity& who) {
    return who.district.isEmpty() ? QStringLiteral("*")
                                  : QStringLiteral("district:") + who.district;
}

} // namespace

HubSync::HubSync(store::Database& db, PgConnection& pg) : m_db(db), m_pg(pg) {}

SyncIdentity HubSync::authenticate(const QString& username, const QByteArray& password) {
    const QString refused =
        QCoreApplication::translate("eco::sync::SyncError", "authentication failed for user '%1'")
            .arg(username);
    const PgResult r = m_pg.query("SELECT role, district, pw_algo, pw_salt, pw_hash, disabled "
                                  "FROM users WHERE username = $1",
                                  {username.toStdString()});
    if (r.rows() == 0) {
        // An account made on this machine and not pushed yet.
        try {
            const auto a = task::UserDirectory(m_db).authenticate(username, password);
            return {a.username, task::toString(a.role), a.district};
        } catch (const task::TaskError&) {
            throw SyncError(refused);
        }
    }
    const auto bytea = [&](int col) {
        const QByteArray v = QByteArray::fromStdString(r.value(0, col));
        return v.startsWith("\\x") ? QByteArray::fromHex(v.mid(2)) : v;
    };
    const task::PasswordRecord record{r.text(0, 2), bytea(3), bytea(4)};
    if (r.integer(0, 5) != 0 || !task::PasswordHasher::verify(record, password))
        throw SyncError(refused);
    return {username, r.text(0, 0), r.text(0, 1)};
}

QString HubSync::adoptCity() {
    const HubInfo info = HubSchema::check(m_pg);
    const QString local = m_db.meta(QStringLiteral("city_id"));
    if (local.isEmpty()) {
        store::Transaction tx(m_db);
        m_db.setMeta(QStringLiteral("city_id"), info.cityId);
        tx.commit();
    } else if (local != info.cityId) {
        throw SyncError(
            QCoreApplication::translate("eco::sync::SyncError",
                                        "hub %1 serves city %2 but this store belongs to "
                                        "city %3: refusing to mix two cities")
                .arg(m_pg.where(), info.cityId, local));
    }
    return info.cityId;
}

std::int64_t HubSync::push() {
    store::Transaction local(m_db); // holds the write lock: no pending mark can appear meanwhile
    m_pg.exec("BEGIN");
    std::int64_t n = 0;
    std::int64_t from = 0, to = 0;
    try {
        m_pg.exec(HubSchema::writerLockSql());
        // Under the writer lock only this transaction draws change numbers: every row the merge
        // writes gets one between these two.
        from = m_pg.query("SELECT nextval('hub_seq')").integer(0, 0);
        HubPushSink sink(m_pg);
        n = LocalChanges(m_db).readPending(sink);
        to = m_pg.query("SELECT nextval('hub_seq')").integer(0, 0);
        if (m_hook)
            m_hook("push-before-commit", n);
        m_pg.exec("COMMIT");
    } catch (...) {
        rollbackQuietly(m_pg);
        throw;
    }
    m_ownFrom = from;
    m_ownTo = to;
    if (m_hook)
        m_hook("push-after-commit", n);
    m_db.exec("DELETE FROM sync_pending");
    local.commit();
    return n;
}

std::int64_t HubSync::pull(const SyncIdentity& who, SyncResult& result) {
    const QString scope = scopeKey(who);
    m_pg.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    std::int64_t total = 0;
    try {
        store::Transaction local(m_db);
        // A first pull brings millions of rows in one transaction: a bigger page cache keeps
        // SQLite from spilling half-built B-tree pages to the WAL over and over.
        m_db.exec("PRAGMA cache_size=-262144");
        struct RestoreCache {
            store::Database& db;
            ~RestoreCache() {
                try {
                    db.exec("PRAGMA cache_size=-65536");
                } catch (...) {
                }
            }
        } restoreCache{m_db};
        m_db.exec("UPDATE sync_capture SET on_ = 0");
        ChangeApplier applier(m_db, QStringLiteral("hub %1").arg(m_pg.where()));
        auto hwRead = m_db.prepare("SELECT hw FROM sync_state WHERE scope = ?1 AND tbl = ?2");
        auto hwWrite = m_db.prepare("INSERT INTO sync_state(scope, tbl, hw) VALUES(?1, ?2, ?3) "
                                    "ON CONFLICT(scope, tbl) DO UPDATE SET hw = excluded.hw");
        const std::string district = m_pg.literal(who.district.toStdString());
        for (const TableSpec& t : syncTables()) {
            const std::string name(t.name);
            hwRead.reset();
            hwRead.bind(1, scope).bind(2, std::string_view(name));
            const std::int64_t lo = hwRead.step() ? hwRead.int64(0) : 0;
            hwRead.reset();
            const std::int64_t hi =
                m_pg.query("SELECT coalesce(max(change_seq), 0) FROM " + name).integer(0, 0);
            if (hi <= lo)
                continue;
            // (lo, hi] without this run's own push (m_ownFrom, m_ownTo): at most two index ranges,
            // none when everything new is what this installation just sent.
            std::vector<std::pair<std::int64_t, std::int64_t>> ranges; // (from, to]
            if (m_ownTo > m_ownFrom + 1) {
                if (std::min(hi, m_ownFrom) > lo)
                    ranges.emplace_back(lo, std::min(hi, m_ownFrom));
                if (hi > std::max(lo, m_ownTo - 1))
                    ranges.emplace_back(std::max(lo, m_ownTo - 1), hi);
            } else {
                ranges.emplace_back(lo, hi);
            }
            if (ranges.empty()) {
                result.pulledByTable[name] = 0;
                hwWrite.reset();
                hwWrite.bind(1, scope).bind(2, std::string_view(name)).bind(3, hi);
                hwWrite.execute();
                continue;
            }
            std::string where = "(";
            for (std::size_t i = 0; i < ranges.size(); ++i)
                where += std::string(i ? " OR " : "") + "(change_seq > " +
                         std::to_string(ranges[i].first) +
                         " AND change_seq <= " + std::to_string(ranges[i].second) + ")";
            where += ")";
            if (!who.district.isEmpty() && !t.hubScope.empty()) {
                std::string cond(t.hubScope);
                for (std::size_t p; (p = cond.find("$D")) != std::string::npos;)
                    cond.replace(p, 2, district);
                where += " AND (" + cond + ")";
            }
            applier.beginTable(t);
            const long long n = m_pg.copyOut("COPY (SELECT " + t.columnList() + " FROM " + name +
                                                 " WHERE " + where + ") TO STDOUT",
                                             [&](std::string_view line) {
                                                 applier.apply(line);
                                                 ++total;
                                                 if (m_hook)
                                                     m_hook("pull-row", total);
                                             });
            result.pulledByTable[name] = n;
            hwWrite.reset();
            hwWrite.bind(1, scope).bind(2, std::string_view(name)).bind(3, hi);
            hwWrite.execute();
        }
        applier.finish();
        result.newTaskEvents = applier.newTaskEvents();
        m_db.exec("UPDATE sync_capture SET on_ = 1");
        local.commit();
        m_pg.exec("COMMIT");
    } catch (...) {
        rollbackQuietly(m_pg);
        throw;
    }
    return total;
}

SyncResult HubSync::run(const SyncIdentity& who) {
    SyncResult result;
    result.cityId = adoptCity();
    QElapsedTimer timer;
    timer.start();
    if (who.role != QLatin1String("viewer"))
        result.pushed = push();
    result.pushSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    result.pulled = pull(who, result);
    result.pullSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return result;
}

void recordSyncOutcome(store::Database& db, const QString& error, const SyncResult* result) {
    store::Transaction tx(db);
    const QString now = QString::number(QDateTime::currentSecsSinceEpoch());
    db.setMeta(QStringLiteral("sync_last_attempt_ts"), now);
    db.setMeta(QStringLiteral("sync_last_error"), error.isNull() ? QStringLiteral("") : error);
    if (error.isEmpty()) {
        db.setMeta(QStringLiteral("sync_last_ts"), now);
        if (result)
            db.setMeta(
                QStringLiteral("sync_last_result"),
                QStringLiteral("pushed %1, pulled %2").arg(result->pushed).arg(result->pulled));
    }
    tx.commit();
}

} // namespace eco::sync
