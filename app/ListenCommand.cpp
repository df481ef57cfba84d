// `ecosentry listen --port N --db PATH [--bind ADDR] [--idle-timeout S] [--max-packet BYTES]`:
// runs the HJ 212 receiver until SIGINT or SIGTERM, then commits what is pending, closes every
// connection and exits 0. Signals reach the Qt event loop through a socket pair (the only thing a
// signal handler may safely do is write a byte).
#include "app/CliOptions.h"
#include "app/Commands.h"

#include "core/ingest/hj212/Hj212Listener.h"
#include "core/ingest/hj212/LoggerDirectory.h"
#include "core/store/Database.h"
#include "core/store/StoreError.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace eco::app {

namespace {

int g_signalFd = -1; // written by the handler only; set once before the handlers are installed

extern "C" void onTerminate(int) {
    const char b = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFd, &b, 1);
}

// Owns the socket pair and restores default signal handling on exit.
class SignalPipe {
public:
    SignalPipe() {
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, m_fds) != 0)
            m_fds[0] = m_fds[1] = -1;
    }
    ~SignalPipe() {
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        g_signalFd = -1;
        for (const int fd : m_fds)
            if (fd >= 0)
                ::close(fd);
    }
    SignalPipe(const SignalPipe&) = delete;
    SignalPipe& operator=(const SignalPipe&) = delete;
    bool ok() const { return m_fds[0] >= 0; }
    int readFd() const { return m_fds[1]; }
    void install() {
        g_signalFd = m_fds[0];
        struct sigaction sa = {};
        sa.sa_handler = onTerminate;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART;
        sigaction(SIGINT, &sa, nullptr);
        sigaction(SIGTERM, &sa, nullptr);
    }

private:
    int m_fds[2] = {-1, -1};
};

} // namespace

int runListenCommand(const QStringList& args) {
    CliOptions opts({QStringLiteral("db"), QStringLiteral("port"), QStringLiteral("bind"),
                     QStringLiteral("idle-timeout"), QStringLiteral("max-packet")},
                    {});
    if (!opts.parse(args))
        return usageError("listen", opts.error());
    if (!opts.positional().isEmpty())
        return usageError(
            "listen", QStringLiteral("unexpected argument '%1'").arg(opts.positional().first()));
    const auto port = opts.integer(QStringLiteral("port"));
    if (!port || *port < 0 || *port > 65535)
        return usageError("listen", QStringLiteral("--port N (0-65535) is required"));
    ingest::hj212::ListenerOptions lo;
    lo.port = static_cast<quint16>(*port);
    if (opts.has(QStringLiteral("bind")) && !lo.bind.setAddress(opts.value(QStringLiteral("bind"))))
        return usageError("listen", QStringLiteral("--bind '%1' is not an IP address")
                                        .arg(opts.value(QStringLiteral("bind"))));
    if (opts.has(QStringLiteral("idle-timeout"))) {
        const auto s = opts.integer(QStringLiteral("idle-timeout"));
        if (!s || *s < 1 || *s > 86400)
            return usageError("listen", QStringLiteral("--idle-timeout wants 1-86400 seconds"));
        lo.idleTimeoutS = static_cast<int>(*s);
    }
    if (opts.has(QStringLiteral("max-packet"))) {
        const auto b = opts.integer(QStringLiteral("max-packet"));
        if (!b || *b < 64 || *b > 16 * 1024 * 1024)
            return usageError("listen", QStringLiteral("--max-packet wants 64 bytes to 16 MiB"));
        lo.maxPacketBytes = static_cast<int>(*b);
    }

    SignalPipe signalPipe;
    if (!signalPipe.ok())
        return failure("listen", QStringLiteral("cannot create the signal socket pair"));
    try {
        store::Database db = store::Database::open(opts.dbPath());
        auto directory = ingest::hj212::LoggerDirectory::load(db);
        const auto loggers = directory.size();
        ingest::hj212::Hj212Listener listener(db, std::move(directory), lo);
        QString error;
        if (!listener.start(&error))
            return failure("listen", error);
        QSocketNotifier notifier(signalPipe.readFd(), QSocketNotifier::Read);
        QObject::connect(&notifier, &QSocketNotifier::activated, [&] {
            char b = 0;
            [[maybe_unused]] const auto n = ::read(signalPipe.readFd(), &b, 1);
            listener.shutdown();
            QCoreApplication::quit();
        });
        signalPipe.install();
        std::printf("listening on %s:%u (%zu loggers known), store %s\n",
                    qPrintable(lo.bind.toString()), listener.port(), loggers,
                    qPrintable(opts.dbPath()));
        std::fflush(stdout);
        const int rc = QCoreApplication::exec();
        const auto& s = listener.stats();
        std::printf("stopped: %llu frames, %llu stored, %llu quarantined, %llu replies\n",
                    static_cast<unsigned long long>(s.frames.load()),
                    static_cast<unsigned long long>(s.stored.load()),
                    static_cast<unsigned long long>(s.quarantined.load()),
                    static_cast<unsigned long long>(s.replies.load()));
        return rc;
    } catch (const store::StoreError& e) {
        return failure("listen", QString::fromUtf8(e.what()));
    }
}

} // namespace eco::app
