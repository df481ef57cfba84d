// PgConnection: one libpq connection to the hub, owned RAII. Plain statements, parameterised
// queries and the two COPY directions sync needs for bulk transfer (rows stream through in
// chunks, never a whole table in memory). Every error becomes a SyncError naming the hub (its URL
// without the password) and the server's message.
#pragma once

#include <QString>

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct pg_conn;
struct pg_result;

namespace eco::sync {

class PgResult {
public:
    int rows() const;
    bool isNull(int row, int col) const;
    std::string value(int row, int col) const;
    QString text(int row, int col) const { return QString::fromStdString(value(row, col)); }
    long long integer(int row, int col) const;

private:
    friend class PgConnection;
    struct Free {
        void operator()(pg_result* r) const;
    };
    std::unique_ptr<pg_result, Free> m_res;
};

class PgConnection {
public:
    // Throws SyncError "cannot reach the hub URL: reason" when the server does not answer.
    static PgConnection open(const QString& url);
    PgConnection(PgConnection&&) noexcept = default;
    PgConnection& operator=(PgConnection&&) noexcept = default;

    void exec(const std::string& sql);
    PgResult query(const std::string& sql, const std::vector<std::string>& params = {});
    // COPY ... FROM STDIN: `produce` is called with a writer that takes rows (without newline).
    void copyIn(const std::string& copySql,
                const std::function<void(const std::function<void(std::string_view)>&)>& produce);
    // The same in steps, for a producer that pushes rows: begin, any number of rows, end.
    void beginCopyIn(const std::string& copySql);
    void copyRow(std::string_view row);
    void endCopyIn();
    // COPY ... TO STDOUT: `row` is called once per line (without its newline); returns the count.
    long long copyOut(const std::string& copySql, const std::function<void(std::string_view)>& row);
    std::string literal(std::string_view s) const;
    QString where() const { return m_where; }

private:
    struct Close {
        void operator()(pg_conn* c) const;
    };
    PgConnection(pg_conn* c, QString where) : m_conn(c), m_where(std::move(where)) {}
    [[noreturn]] void fail(const std::string& during) const;
    void flushCopy();
    std::unique_ptr<pg_conn, Close> m_conn;
    QString m_where;
    std::string m_copySql;
    std::string m_copyBuffer;
};

// The URL with any password replaced by "***", for messages and logs.
QString redactedUrl(const QString& url);

} // namespace eco::sync
