// PgTestServer: a private PostgreSQL server for one test or benchmark process, so the sync suite
// needs nothing already running. It runs initdb in a temporary directory, starts the server on
// 127.0.0.1 with a free port and trust authentication (fsync off: throwaway data), creates
// databases on demand, and stops the server (pg_ctl -m immediate) and removes everything when it
// is destroyed. Postgres refuses to run as root, so as root the binaries run as the `postgres`
// system user (runuser) in a directory it owns. ECOSENTRY_TEST_PG_BIN overrides the directory
// of initdb/pg_ctl (default: the newest /usr/lib/postgresql/N/bin).
#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace eco::testing {

class PgTestServer {
public:
    PgTestServer();
    ~PgTestServer();
    PgTestServer(const PgTestServer&) = delete;
    PgTestServer& operator=(const PgTestServer&) = delete;

    // Starts the server; false with error() set when it cannot.
    bool start();
    QString error() const { return m_error; }
    // Creates an empty database and returns its URL (postgresql://postgres@127.0.0.1:PORT/NAME).
    QString createDatabase(const QString& name);
    QString url(const QString& database) const;
    int port() const { return m_port; }

private:
    bool run(const QStringList& command, QString* output = nullptr);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_bin;
    QString m_error;
    int m_port = 0;
    bool m_running = false;
    bool m_asPostgres = false;
};

} // namespace eco::testing
