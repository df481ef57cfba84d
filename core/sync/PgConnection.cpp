#include "core/sync/PgConnection.h"

#include "core/sync/SyncError.h"

#include <QCoreApplication>
#include <libpq-fe.h>

#include <QUrl>

namespace eco::sync {

void PgResult::Free::operator()(pg_result* r) const {
    PQclear(r);
}

int PgResult::rows() const {
    return PQntuples(m_res.get());
}

bool PgResult::isNull(int row, int col) const {
    return PQgetisnull(m_res.get(), row, col) != 0;
}

std::string PgResult::value(int row, int col) const {
    return std::string(PQgetvalue(m_res.get(), row, col),
                       static_cast<std::size_t>(PQgetlength(m_res.get(), row, col)));
}

long long PgResult::integer(int row, int col) const {
    return isNull(row, col) ? 0 : std::stoll(value(row, col));
}

void PgConnection::Close::operator()(pg_conn* c) const {
    PQfinish(c);
}

QString redactedUrl(const QString& url) {
    QUrl u(url);
    if (u.isValid() && !u.password().isEmpty()) {
        u.setPassword(QStringLiteral("***"));
        return u.toString();
    }
    return url;
}

PgConnection PgConnection::open(const QString& url) {
    const QString where = redactedUrl(url);
    pg_conn* c = PQconnectdb(url.toUtf8().constData());
    PgConnection conn(c, where);
    if (!c || PQstatus(c) != CONNECTION_OK)
        throw SyncError(
            QCoreApplication::translate("eco::sync::SyncError", "cannot reach the hub %1: %2")
                .arg(where,
                     c ? QString::fromUtf8(PQerrorMessage(c)).trimmed()
                       : QCoreApplication::translate("eco::sync::SyncError", "out of memory")));
    PQsetClientEncoding(c, "UTF8");
    conn.exec("SET client_min_messages = warning");
    return conn;
}

void PgConnection::fail(const std::string& during) const {
    throw SyncError(QCoreApplication::translate("eco::sync::SyncError", "hub %1: %2: %3")
                        .arg(m_where, QString::fromStdString(during.substr(0, 120)),
                             QString::fromUtf8(PQerrorMessage(m_conn.get())).trimmed()));
}

void PgConnection::exec(const std::string& sql) {
    PgResult r;
    r.m_res.reset(PQexec(m_conn.get(), sql.c_str()));
    const auto s = PQresultStatus(r.m_res.get());
    if (s != PGRES_COMMAND_OK && s != PGRES_TUPLES_OK)
        fail(sql);
}

PgResult PgConnection::query(const std::string& sql, const std::vector<std::string>& params) {
    std::vector<const char*> values;
    for (const auto& p : params)
        values.push_back(p.c_str());
    PgResult r;
    r.m_res.reset(PQexecParams(m_conn.get(), sql.c_str(), static_cast<int>(values.size()), nullptr,
                               values.data(), nullptr, nullptr, 0));
    const auto s = PQresultStatus(r.m_res.get());
    if (s != PGRES_COMMAND_OK && s != PGRES_TUPLES_OK)
        fail(sql);
    return r;
}

void PgConnection::copyIn(
    const std::string& copySql,
    const std::function<void(const std::function<void(std::string_view)>&)>& produce) {
    beginCopyIn(copySql);
    produce([this](std::string_view row) { copyRow(row); });
    endCopyIn();
}

void PgConnection::beginCopyIn(const std::string& copySql) {
    m_copySql = copySql;
    m_copyBuffer.clear();
    m_copyBuffer.reserve(1 << 20);
    PgResult r;
    r.m_res.reset(PQexec(m_conn.get(), copySql.c_str()));
    if (PQresultStatus(r.m_res.get()) != PGRES_COPY_IN)
        fail(copySql);
}

void PgConnection::flushCopy() {
    if (!m_copyBuffer.empty() && PQputCopyData(m_conn.get(), m_copyBuffer.data(),
                                               static_cast<int>(m_copyBuffer.size())) != 1)
        fail(m_copySql);
    m_copyBuffer.clear();
}

void PgConnection::copyRow(std::string_view row) {
    m_copyBuffer.append(row);
    m_copyBuffer += '\n';
    if (m_copyBuffer.size() >= (1 << 20))
        flushCopy();
}

void PgConnection::endCopyIn() {
    flushCopy();
    if (PQputCopyEnd(m_conn.get(), nullptr) != 1)
        fail(m_copySql);
    PgResult r;
    r.m_res.reset(PQgetResult(m_conn.get()));
    const bool ok = PQresultStatus(r.m_res.get()) == PGRES_COMMAND_OK;
    while (pg_result* extra = PQgetResult(m_conn.get()))
        PQclear(extra);
    if (!ok)
        fail(m_copySql);
}

long long PgConnection::copyOut(const std::string& copySql,
                                const std::function<void(std::string_view)>& row) {
    {
        PgResult r;
        r.m_res.reset(PQexec(m_conn.get(), copySql.c_str()));
        if (PQresultStatus(r.m_res.get()) != PGRES_COPY_OUT)
            fail(copySql);
    }
    long long n = 0;
    for (;;) {
        char* buf = nullptr;
        const int len = PQgetCopyData(m_conn.get(), &buf, 0);
        if (len < 0)
            break;
        std::unique_ptr<char, void (*)(void*)> owned(buf, PQfreemem);
        std::string_view line(buf, static_cast<std::size_t>(len));
        if (!line.empty() && line.back() == '\n')
            line.remove_suffix(1);
        row(line);
        ++n;
    }
    PgResult r;
    r.m_res.reset(PQgetResult(m_conn.get()));
    if (PQresultStatus(r.m_res.get()) != PGRES_COMMAND_OK)
        fail(copySql);
    while (pg_result* extra = PQgetResult(m_conn.get()))
        PQclear(extra);
    return n;
}

std::string PgConnection::literal(std::string_view s) const {
    char* q = PQescapeLiteral(m_conn.get(), s.data(), s.size());
    if (!q)
        fail("escape");
    std::string out(q);
    PQfreemem(q);
    return out;
}

} // namespace eco::sync
