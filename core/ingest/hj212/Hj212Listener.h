// Hj212Listener: the event-driven HJ 212 TCP receiver (QTcpServer on the Qt event loop, one
// thread, many data loggers). Each connection's bytes are cut into frames (split TCP reads are
// joined, several frames in one read are separated), every frame goes through PacketIntake, and
// the store writes of a few milliseconds are committed as one transaction. Replies (9014
// acknowledgements, QnRtn answers) are written only after the transaction holding their data
// commits, so an acknowledged packet survives a crash. Bytes that cannot start a frame, or a frame
// above the size limit, close that connection only; idle connections time out.
#pragma once

#include "core/ingest/hj212/PacketIntake.h"
#include "core/ingest/hj212/PacketStore.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <QElapsedTimer>
#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

class QTcpServer;
class QTcpSocket;

namespace eco::store {
class Database;
class Transaction;
} // namespace eco::store

namespace eco::ingest::hj212 {

struct ListenerOptions {
    QHostAddress bind = QHostAddress::LocalHost;
    quint16 port = 0; // 0: any free port (tests)
    int idleTimeoutS = 300;
    int maxPacketBytes = 16384;
    int commitIntervalMs = 5;
    int splitTimeoutS = 120;
    bool fsyncEachCommit = true; // synchronous=FULL: an ack survives power loss, not just a crash
};

// Counters readable from any thread (the benchmark and the GUI's live view poll them).
struct ListenerStats {
    std::atomic<std::uint64_t> frames{0};
    std::atomic<std::uint64_t> stored{0};
    std::atomic<std::uint64_t> quarantined{0};
    std::atomic<std::uint64_t> readings{0};
    std::atomic<std::uint64_t> replies{0};
    std::atomic<std::uint64_t> commits{0};
    std::atomic<std::uint64_t> connectionsOpen{0};
    std::atomic<std::uint64_t> connectionsTotal{0};
    std::atomic<std::uint64_t> connectionsDropped{0}; // garbage, oversize, idle
};

class Hj212Listener : public QObject {
    Q_OBJECT

public:
    // The listener uses `db` from the thread it lives in; `directory` maps MN to source.
    Hj212Listener(store::Database& db, LoggerDirectory directory, ListenerOptions options,
                  QObject* parent = nullptr);
    ~Hj212Listener() override;

    bool start(QString* error);
    quint16 port() const;
    // Commits what is pending, sends its replies, closes every connection and the server.
    void shutdown();
    const ListenerStats& stats() const { return m_stats; }

Q_SIGNALS:
    void committed(int frames);

private:
    struct Connection {
        QTcpSocket* socket = nullptr; // owned by the listener (Qt parent)
        QByteArray buffer;
        qint64 lastActiveMs = 0;
        std::string origin;
        bool closing = false;
    };

    void onNewConnection();
    void onReadyRead(quint64 id);
    void onDisconnected(quint64 id);
    void drop(Connection& c, RejectCode why, const std::string& text, std::string_view raw);
    void ensureTransaction();
    void commitBatch();
    void housekeeping();
    std::int64_t now() const;

    store::Database& m_db;
    ListenerOptions m_options;
    PacketStore m_store;
    PacketIntake m_intake;
    QTcpServer* m_server = nullptr;
    QTimer m_commitTimer;
    QTimer m_housekeeping;
    QElapsedTimer m_clock;
    std::unordered_map<quint64, Connection> m_connections;
    quint64 m_nextId = 1;
    std::unique_ptr<store::Transaction> m_tx;
    std::vector<std::pair<quint64, std::string>> m_pendingReplies;
    int m_batchFrames = 0;
    qint64 m_batchStartMs = 0;
    qint64 m_lastCommitCostMs = 0;
    qint64 m_lastLogFlushMs = 0;
    ListenerStats m_stats;
};

} // namespace eco::ingest::hj212
