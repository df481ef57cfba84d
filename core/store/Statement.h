// Statement: an RAII prepared SQLite statement with typed bind and column access. It is the only
// way engine code talks SQL, so every step's error is turned into a StoreError naming the SQL.
// Text binds copy (SQLITE_TRANSIENT) so callers may pass temporaries; blobs likewise.
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace eco::store {

class Statement {
public:
    Statement(sqlite3* db, std::string_view sql);
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    // Parameters are 1-based as in SQLite. Each returns *this so binds can chain.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view utf8);
    Statement& bind(int index, const char* utf8) { return bind(index, std::string_view(utf8)); }
    Statement& bind(int index, const QString& text);
    Statement& bind(int index, std::optional<double> value);
    Statement& bindBlob(int index, std::span<const std::byte> bytes);
    Statement& bindBlob(int index, const QByteArray& bytes);
    Statement& bindNull(int index);

    // Advances to the next row: true when a row is available, false when done.
    bool step();
    // Runs a statement that returns no rows (or ignores them), then resets it for reuse.
    void execute();
    void reset();
    void clearBindings();

    int columnCount() const;
    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    int integer(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    std::optional<double> optionalReal(int column) const;
    QString text(int column) const;
    // A view into SQLite's buffer: valid until the next step/reset.
    std::string_view textView(int column) const;
    QByteArray blob(int column) const;
    std::span<const std::byte> blobView(int column) const;

    sqlite3_stmt* handle() const { return m_stmt; }
    std::string sql() const;

private:
    [[noreturn]] void fail(const char* during, int rc) const;
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace eco::store
