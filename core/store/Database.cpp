#include "core/store/Database.h"

#include "core/store/Migrations.h"
#include "core/store/StoreError.h"

#include <sqlite3.h>

#include <QFileInfo>

#include <utility>

namespace eco::store {

namespace {

std::string describe(const QString& path) {
    return path.toStdString();
}

void execRaw(sqlite3* db, std::string_view sql) {
    char* err = nullptr;
    const std::string s(sql);
    const int rc = sqlite3_exec(db, s.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        std::string msg = err ? err : sqlite3_errstr(rc);
        sqlite3_free(err);
        throw StoreError("SQL failed (" + msg + "): " + s.substr(0, 200), rc);
    }
}

} // namespace

Database Database::open(const QString& path, Mode mode) {
    if (mode == Mode::ReadOnly && !QFileInfo::exists(path))
        throw StoreError(describe(path) + ": store does not exist");
    sqlite3* db = nullptr;
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
                                              : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
                      SQLITE_OPEN_NOMUTEX;
    const QByteArray p = path.toUtf8();
    const int rc = sqlite3_open_v2(p.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const std::string msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
        sqlite3_close_v2(db);
        throw StoreError(describe(path) + ": cannot open store (" + msg + ")", rc);
    }
    Database out(db, path);
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 10000);
    try {
        // Reading the schema fails with SQLITE_NOTADB on a file that is not SQLite at all.
        execRaw(db, "PRAGMA foreign_keys=ON");
        if (mode == Mode::ReadWrite && out.userVersion() == 0) {
            // A new store: larger pages make the time-series B-trees shallower and bulk
            // inserts cheaper. Only possible before the first table and before WAL.
            execRaw(db, "PRAGMA page_size=16384");
        }
        if (mode == Mode::ReadWrite) {
            execRaw(db, "PRAGMA journal_mode=WAL");
            execRaw(db, "PRAGMA synchronous=NORMAL");
        }
        execRaw(db, "PRAGMA temp_store=MEMORY");
        execRaw(db, "PRAGMA cache_size=-65536");
        if (mode == Mode::ReadWrite)
            Migrations::apply(out);
        else if (const int v = out.userVersion(); v > Migrations::latestVersion())
            throw StoreError(describe(path) + ": store schema version " + std::to_string(v) +
                             " is newer than this program understands (" +
                             std::to_string(Migrations::latestVersion()) + ")");
        else if (v < Migrations::latestVersion())
            throw StoreError(describe(path) + ": store schema version " + std::to_string(v) +
                             " needs migrating to " + std::to_string(Migrations::latestVersion()) +
                             "; open it read-write once");
    } catch (const StoreError& e) {
        const std::string w = e.what();
        if (w.rfind(describe(path), 0) == 0)
            throw;
        throw StoreError(describe(path) + ": " + w, e.sqliteCode());
    }
    return out;
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path)),
      m_txSerial(other.m_txSerial) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_txSerial = other.m_txSerial;
    }
    return *this;
}

Database::~Database() {
    sqlite3_close_v2(m_db);
}

void Database::exec(std::string_view sql) {
    execRaw(m_db, sql);
}

Statement Database::prepare(std::string_view sql) const {
    return Statement(m_db, sql);
}

int Database::userVersion() const {
    Statement st(m_db, "PRAGMA user_version");
    return st.step() ? st.integer(0) : 0;
}

std::int64_t Database::lastInsertRowId() const {
    return sqlite3_last_insert_rowid(m_db);
}
int Database::changes() const {
    return sqlite3_changes(m_db);
}
std::int64_t Database::totalChanges() const {
    return sqlite3_total_changes64(m_db);
}

void Database::setFastUnsafeWrites(bool on) {
    if (on) {
        exec("PRAGMA synchronous=OFF");
    } else {
        exec("PRAGMA synchronous=NORMAL");
    }
}

void Database::checkpoint() {
    exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

QString Database::meta(const QString& key, const QString& fallback) const {
    Statement st(m_db, "SELECT value FROM meta WHERE key=?1");
    st.bind(1, key);
    return st.step() ? st.text(0) : fallback;
}

void Database::setMeta(const QString& key, const QString& value) {
    Statement st(m_db, "INSERT INTO meta(key,value) VALUES(?1,?2) "
                       "ON CONFLICT(key) DO UPDATE SET value=excluded.value");
    st.bind(1, key).bind(2, value).execute();
}

Transaction::Transaction(Database& db, bool immediate) : m_db(db) {
    m_db.exec(immediate ? "BEGIN IMMEDIATE" : "BEGIN");
    m_db.noteTransactionBoundary();
    m_active = true;
}

Transaction::~Transaction() {
    if (m_active) {
        m_db.noteTransactionBoundary();
        try {
            m_db.exec("ROLLBACK");
        } catch (...) { // a destructor must not throw; the connection rolls back on close anyway
        }
    }
}

void Transaction::commit() {
    m_db.noteTransactionBoundary();
    m_db.exec("COMMIT");
    m_active = false;
}

void Transaction::rollback() {
    m_db.noteTransactionBoundary();
    m_db.exec("ROLLBACK");
    m_active = false;
}

Savepoint::Savepoint(Database& db, const char* name) : m_db(db), m_name(name) {
    m_db.exec("SAVEPOINT " + m_name);
    m_active = true;
}

Savepoint::~Savepoint() {
    if (m_active) {
        try {
            rollback();
        } catch (...) {
        }
    }
}

void Savepoint::release() {
    m_db.exec("RELEASE " + m_name);
    m_active = false;
}

void Savepoint::rollback() {
    m_db.noteTransactionBoundary();
    m_db.exec("ROLLBACK TO " + m_name);
    m_db.exec("RELEASE " + m_name);
    m_active = false;
}

} // namespace eco::store
