#include "tests/pg/PgTestServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>

#include <algorithm>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace eco::testing {

namespace {

QString findBin() {
    const QByteArray env = qgetenv("ECOSENTRY_TEST_PG_BIN");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString& a, const QString& b) { return a.toInt() > b.toInt(); });
    for (const QString& v : versions) {
        const QString bin = root.filePath(v + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    return {};
}

int freePort() {
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 0;
    return s.serverPort();
}

} // namespace

PgTestServer::PgTestServer() = default;

PgTestServer::~PgTestServer() {
    if (m_running)
        run({m_bin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"),
             m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"),
             QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
}

bool PgTestServer::run(const QStringList& command, QString* output) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(m_dir->path());
    QStringList args = command;
    QString program = args.takeFirst();
    if (m_asPostgres) {
        args.prepend(program);
        args.prepend(QStringLiteral("--"));
        args.prepend(QStringLiteral("postgres"));
        args.prepend(QStringLiteral("-u"));
        program = QStringLiteral("runuser");
    }
    p.start(program, args);
    if (!p.waitForFinished(120000)) {
        m_error = program + QStringLiteral(" did not finish");
        p.kill();
        p.waitForFinished();
        return false;
    }
    const QString out = QString::fromLocal8Bit(p.readAll());
    if (output)
        *output = out;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed: %2").arg(command.join(u' '), out.right(800));
        return false;
    }
    return true;
}

bool PgTestServer::start() {
    m_bin = findBin();
    if (m_bin.isEmpty()) {
        m_error = QStringLiteral("no PostgreSQL server binaries under /usr/lib/postgresql "
                                 "(install the postgresql package)");
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/ecopg-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot make a temporary directory");
        return false;
    }
    if (::geteuid() == 0) {
        const passwd* pw = ::getpwnam("postgres");
        if (!pw) {
            m_error = QStringLiteral("running as root and there is no 'postgres' user");
            return false;
        }
        const QByteArray path = QFile::encodeName(m_dir->path());
        if (::chown(path.constData(), pw->pw_uid, pw->pw_gid) != 0) {
            m_error = QStringLiteral("cannot give %1 to the postgres user").arg(m_dir->path());
            return false;
        }
        m_asPostgres = true;
    }
    const QString data = m_dir->filePath(QStringLiteral("data"));
    if (!run({m_bin + QStringLiteral("/initdb"), QStringLiteral("-D"), data, QStringLiteral("-A"),
              QStringLiteral("trust"), QStringLiteral("-U"), QStringLiteral("postgres"),
              QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
              QStringLiteral("--no-sync")}))
        return false;
    for (int attempt = 0; attempt < 5 && !m_running; ++attempt) {
        m_port = freePort();
        const QString options =
            QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                           "-c synchronous_commit=off -c full_page_writes=off "
                           "-c max_connections=40 -c shared_buffers=128MB")
                .arg(m_port)
                .arg(m_dir->path());
        m_running = run({m_bin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), data,
                         QStringLiteral("-o"), options, QStringLiteral("-l"),
                         m_dir->filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
                         QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")});
    }
    return m_running;
}

QString PgTestServer::url(const QString& database) const {
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_port).arg(database);
}

QString PgTestServer::createDatabase(const QString& name) {
    if (!run({m_bin + QStringLiteral("/psql"), QStringLiteral("-X"), QStringLiteral("-q"),
              QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
              QString::number(m_port), QStringLiteral("-U"), QStringLiteral("postgres"),
              QStringLiteral("-d"), QStringLiteral("postgres"), QStringLiteral("-c"),
              QStringLiteral("CREATE DATABASE \"%1\"").arg(name)}))
        return {};
    return url(name);
}

} // namespace eco::testing
