// The HJ 212 listener end to end on loopback: N concurrent logger connections (default 1,000)
// each send M packets (ambient real-time, six pollutants, ~330 bytes, Flag=5 so every packet is
// acknowledged after its commit) while reading their acknowledgements. The listener runs on this
// process's Qt event loop, the loggers in a second thread with non-blocking POSIX sockets.
// Reports packets/s from the first byte sent to the last acknowledgement, and checks that every
// packet is stored exactly once. Target (issue 3): >= 20,000 packets/s from 1,000 connections.
// Usage: bench_listener [CONNECTIONS] [PACKETS_PER_CONNECTION] [nofsync]
#include "core/ingest/hj212/Hj212Listener.h"
#include "core/ingest/hj212/Hj212Reply.h"
#include "core/ingest/hj212/Hj212Time.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTimer>

#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <string>
#include <sys/resource.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace eco::ingest::hj212;

namespace {

std::string packet(int logger, int seq) {
    const std::string dt = formatLocalTime(1735689600 + seq * 60);
    std::string cp = "DataTime=" + dt;
    static const char* kCodes[] = {"a34004", "a34002", "a21026", "a21004", "a21005", "a05024"};
    for (int i = 0; i < 6; ++i)
        cp += std::string(";") + kCodes[i] + "-Rtd=" + std::to_string(10 + (seq * 7 + i) % 90) +
              "." + std::to_string(seq % 10) + "," + kCodes[i] + "-Flag=N";
    return frame("QN=" + dt + "000;ST=22;CN=2011;PW=pw;MN=BENCH" + std::to_string(logger) +
                 ";Flag=5;CP=&&" + cp + "&&");
}

struct ClientResult {
    long long acks = 0;
    double seconds = 0;
    bool ok = true;
};

// Sends every logger's packets (interleaved, whatever each socket accepts) and counts the acks.
ClientResult runClients(quint16 port, int connections, int perConnection) {
    ClientResult r;
    std::vector<int> fds;
    std::vector<std::string> out(static_cast<size_t>(connections));
    std::vector<size_t> sent(static_cast<size_t>(connections), 0);
    std::vector<long long> acks(static_cast<size_t>(connections), 0);
    for (int c = 0; c < connections; ++c) {
        for (int k = 0; k < perConnection; ++k)
            out[static_cast<size_t>(c)] += packet(c, k);
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(port);
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
            std::perror("connect");
            r.ok = false;
            return r;
        }
        ::fcntl(fd, F_SETFL, O_NONBLOCK);
        fds.push_back(fd);
    }
    const auto t0 = std::chrono::steady_clock::now();
    const long long want = static_cast<long long>(connections) * perConnection;
    std::vector<pollfd> pfds(fds.size());
    char buf[65536];
    const auto deadline = t0 + std::chrono::seconds(300);
    while (r.acks < want && std::chrono::steady_clock::now() < deadline) {
        for (size_t i = 0; i < fds.size(); ++i) {
            pfds[i].fd = fds[i];
            pfds[i].events = POLLIN | (sent[i] < out[i].size() ? POLLOUT : 0);
            pfds[i].revents = 0;
        }
        if (::poll(pfds.data(), pfds.size(), 1000) <= 0)
            continue;
        for (size_t i = 0; i < fds.size(); ++i) {
            if (pfds[i].revents & POLLOUT) {
                // Logger-sized writes: a few packets at a time.
                const size_t n = std::min<size_t>(out[i].size() - sent[i], 4096);
                const ssize_t w = ::send(fds[i], out[i].data() + sent[i], n, MSG_NOSIGNAL);
                if (w > 0)
                    sent[i] += static_cast<size_t>(w);
            }
            if (pfds[i].revents & (POLLIN | POLLHUP | POLLERR)) {
                const ssize_t n = ::recv(fds[i], buf, sizeof buf, 0);
                for (ssize_t k = 0; k < n; ++k)
                    if (buf[k] == '\n') {
                        ++acks[i];
                        ++r.acks;
                    }
                if (n == 0) {
                    r.ok = false;
                    pfds[i].fd = -1;
                }
            }
        }
    }
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    for (const int fd : fds)
        ::close(fd);
    return r;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int connections = argc > 1 ? std::atoi(argv[1]) : 1000;
    const int perConnection = argc > 2 ? std::atoi(argv[2]) : 50;
    const bool fsync = !(argc > 3 && std::string(argv[3]) == "nofsync");
    rlimit lim{};
    getrlimit(RLIMIT_NOFILE, &lim);
    lim.rlim_cur = lim.rlim_max;
    setrlimit(RLIMIT_NOFILE, &lim);

    QTemporaryDir dir;
    auto db = eco::store::Database::open(dir.filePath(QStringLiteral("bench.db")));
    LoggerDirectory loggers;
    for (int c = 0; c < connections; ++c)
        loggers.add("BENCH" + std::to_string(c),
                    {QStringLiteral("site%1").arg(c), false, std::string("pw")});
    ListenerOptions o;
    o.fsyncEachCommit = fsync;
    Hj212Listener listener(db, std::move(loggers), o);
    QString error;
    if (!listener.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    ClientResult result;
    std::thread clients([&] {
        result = runClients(listener.port(), connections, perConnection);
        QMetaObject::invokeMethod(&app, &QCoreApplication::quit, Qt::QueuedConnection);
    });
    app.exec();
    clients.join();
    listener.shutdown();

    const long long packets = static_cast<long long>(connections) * perConnection;
    auto count = [&](const char* sql) {
        auto st = db.prepare(sql);
        st.step();
        return st.int64(0);
    };
    const long long readings = count("SELECT count(*) FROM readings");
    const long long accepted = count("SELECT sum(accepted) FROM ingest_log");
    const auto& s = listener.stats();
    std::printf("connections %d, packets %lld (%d each), synchronous=%s\n", connections, packets,
                perConnection, fsync ? "FULL" : "NORMAL");
    std::printf("acks %lld in %.3f s = %.0f packets/s end to end (target 20,000)\n", result.acks,
                result.seconds, double(result.acks) / result.seconds);
    std::printf("commits %llu (%.1f packets per commit), readings stored %lld (want %lld), "
                "accepted %lld, quarantined %llu\n",
                static_cast<unsigned long long>(s.commits.load()),
                double(s.stored.load()) / double(std::max<std::uint64_t>(1, s.commits.load())),
                readings, packets * 6, accepted,
                static_cast<unsigned long long>(s.quarantined.load()));
    const bool exact =
        result.ok && result.acks == packets && readings == packets * 6 && accepted == packets;
    std::printf("each packet stored exactly once: %s\n", exact ? "yes" : "NO");
    return exact ? 0 : 1;
}
