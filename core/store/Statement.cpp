#include "core/store/Statement.h"

#include "core/store/StoreError.h"

#include <sqlite3.h>

#include <utility>

namespace eco::store {

Statement::Statement(sqlite3* db, std::string_view sql) : m_db(db) {
    const int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        const std::string msg = std::string("cannot prepare SQL (") + sqlite3_errmsg(db) +
                                "): " + std::string(sql.substr(0, 200));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        throw StoreError(msg, rc);
    }
}

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

void Statement::fail(const char* during, int rc) const {
    throw StoreError(std::string(during) + " failed (" + sqlite3_errmsg(m_db) +
                         ") in: " + sql().substr(0, 200),
                     rc);
}

Statement& Statement::bind(int index, std::int64_t value) {
    if (const int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK)
        fail("bind", rc);
    return *this;
}

Statement& Statement::bind(int index, double value) {
    if (const int rc = sqlite3_bind_double(m_stmt, index, value); rc != SQLITE_OK)
        fail("bind", rc);
    return *this;
}

Statement& Statement::bind(int index, std::string_view utf8) {
    if (const int rc = sqlite3_bind_text64(m_stmt, index, utf8.data(), utf8.size(),
                                           SQLITE_TRANSIENT, SQLITE_UTF8);
        rc != SQLITE_OK)
        fail("bind", rc);
    return *this;
}

Statement& Statement::bind(int index, const QString& text) {
    if (text.isNull())
        return bindNull(index);
    const QByteArray utf8 = text.toUtf8();
    return bind(index, std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
}

Statement& Statement::bind(int index, std::optional<double> value) {
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bindBlob(int index, std::span<const std::byte> bytes) {
    if (const int rc =
            sqlite3_bind_blob64(m_stmt, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        fail("bind", rc);
    return *this;
}

Statement& Statement::bindBlob(int index, const QByteArray& bytes) {
    return bindBlob(index,
                    std::as_bytes(std::span(bytes.constData(), static_cast<size_t>(bytes.size()))));
}

Statement& Statement::bindNull(int index) {
    if (const int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK)
        fail("bind", rc);
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    // Reset so the statement is reusable after a constraint failure the caller chooses to skip.
    sqlite3_reset(m_stmt);
    fail("step", rc);
}

void Statement::execute() {
    while (step()) {
    }
    sqlite3_reset(m_stmt);
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
}
void Statement::clearBindings() {
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const {
    return sqlite3_column_count(m_stmt);
}
bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}
std::int64_t Statement::int64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}
double Statement::real(int column) const {
    return sqlite3_column_double(m_stmt, column);
}
std::optional<double> Statement::optionalReal(int column) const {
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

std::string_view Statement::textView(int column) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    const int n = sqlite3_column_bytes(m_stmt, column);
    return p ? std::string_view(p, static_cast<size_t>(n)) : std::string_view();
}

QString Statement::text(int column) const {
    if (isNull(column))
        return {};
    const std::string_view v = textView(column);
    return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size()));
}

std::span<const std::byte> Statement::blobView(int column) const {
    const auto* p = static_cast<const std::byte*>(sqlite3_column_blob(m_stmt, column));
    const int n = sqlite3_column_bytes(m_stmt, column);
    return p ? std::span<const std::byte>(p, static_cast<size_t>(n)) : std::span<const std::byte>();
}

QByteArray Statement::blob(int column) const {
    const auto v = blobView(column);
    return QByteArray(reinterpret_cast<const char*>(v.data()), static_cast<qsizetype>(v.size()));
}

std::string Statement::sql() const {
    const char* s = m_stmt ? sqlite3_sql(m_stmt) : nullptr;
    return s ? std::string(s) : std::string();
}

} // namespace eco::store
