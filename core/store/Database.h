// Database: owns one SQLite connection to an EcoSentry store and brings its schema up to date on
// open. WAL mode, foreign keys on, a busy timeout so a GUI and a CLI can share the file. One
// connection belongs to one thread at a time; open another Database for another thread.
#pragma once

#include "core/store/Statement.h"

#include <QString>

#include <cstdint>
#include <string_view>

struct sqlite3;

namespace eco::store {

class Database {
public:
    enum class Mode { ReadWrite, ReadOnly };

    // Opens (creating when missing, unless ReadOnly) and migrates to the newest schema.
    // Throws StoreError naming the file when it cannot be opened, is not a store, or is newer
    // than this program understands.
    static Database open(const QString& path, Mode mode = Mode::ReadWrite);

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    void exec(std::string_view sql);
    Statement prepare(std::string_view sql) const;

    int userVersion() const;
    std::int64_t lastInsertRowId() const;
    int changes() const;
    std::int64_t totalChanges() const;
    QString path() const { return m_path; }
    // Changes whenever a Transaction begins, commits or rolls back, or a Savepoint rolls back:
    // lets a writer that caches "already written in this transaction" (store::ChangeMarks) know
    // when its cache no longer holds.
    std::uint64_t transactionSerial() const { return m_txSerial; }
    void noteTransactionBoundary() { ++m_txSerial; }
    sqlite3* handle() const { return m_db; }

    // Bulk loads into a fresh file (the demo) may turn durability off for speed; normal use keeps
    // WAL + synchronous=NORMAL. checkpoint() folds the WAL back into the main file.
    void setFastUnsafeWrites(bool on);
    void checkpoint();

    // Key/value metadata (scenario seed, last screening run, ...).
    QString meta(const QString& key, const QString& fallback = {}) const;
    void setMeta(const QString& key, const QString& value);

private:
    Database(sqlite3* db, QString path) : m_db(db), m_path(std::move(path)) {}
    sqlite3* m_db = nullptr;
    QString m_path;
    std::uint64_t m_txSerial = 0;
};

// RAII transaction: rolls back unless commit() is called. BEGIN IMMEDIATE by default so writers
// queue on the busy timeout instead of failing half-way with SQLITE_BUSY.
class Transaction {
public:
    explicit Transaction(Database& db, bool immediate = true);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();
    void commit();
    void rollback();
    bool active() const { return m_active; }

private:
    Database& m_db;
    bool m_active = false;
};

// A savepoint nested inside a transaction: lets a lenient import skip a failed group of rows
// without losing the rows before it.
class Savepoint {
public:
    Savepoint(Database& db, const char* name);
    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;
    ~Savepoint();
    void release();
    void rollback();

private:
    Database& m_db;
    std::string m_name;
    bool m_active = false;
};

} // namespace eco::store
