#include "core/ingest/hj212/Hj212Listener.h"

#include "core/ingest/hj212/Hj212FrameSplitter.h"
#include "core/store/Database.h"
#include "core/store/StoreError.h"

#include <QDateTime>
#include <QTcpServer>
#include <QTcpSocket>

#include <cstdio>

namespace eco::ingest::hj212 {

Hj212Listener::Hj212Listener(store::Database& db, LoggerDirectory directory,
                             ListenerOptions options, QObject* parent)
    : QObject(parent), m_db(db), m_options(std::move(options)), m_store(db, std::move(directory)),
      m_intake(m_store, m_options.splitTimeoutS) {
    m_db.exec(m_options.fsyncEachCommit ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL");
    m_clock.start();
    m_commitTimer.setSingleShot(true);
    m_commitTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_commitTimer, &QTimer::timeout, this, &Hj212Listener::commitBatch);
    connect(&m_housekeeping, &QTimer::timeout, this, &Hj212Listener::housekeeping);
}

Hj212Listener::~Hj212Listener() {
    shutdown();
}

bool Hj212Listener::start(QString* error) {
    m_server = new QTcpServer(this);
    m_server->setMaxPendingConnections(4096);
    // A short accept backlog drops SYNs when a thousand loggers reconnect at once.
    m_server->setListenBacklogSize(4096);
    connect(m_server, &QTcpServer::newConnection, this, &Hj212Listener::onNewConnection);
    if (!m_server->listen(m_options.bind, m_options.port)) {
        if (error)
            *error = QStringLiteral("cannot listen on %1:%2 (%3)")
                         .arg(m_options.bind.toString())
                         .arg(m_options.port)
                         .arg(m_server->errorString());
        return false;
    }
    const int tick = std::max(100, std::min(1000, m_options.idleTimeoutS * 1000 / 4));
    m_housekeeping.start(tick);
    return true;
}

quint16 Hj212Listener::port() const {
    return m_server ? m_server->serverPort() : 0;
}

std::int64_t Hj212Listener::now() const {
    return QDateTime::currentSecsSinceEpoch();
}

void Hj212Listener::onNewConnection() {
    while (QTcpSocket* s = m_server->nextPendingConnection()) {
        const quint64 id = m_nextId++;
        Connection& c = m_connections[id];
        c.socket = s;
        c.lastActiveMs = m_clock.elapsed();
        c.origin = "tcp:" + s->peerAddress().toString().toStdString() + ":" +
                   std::to_string(s->peerPort());
        connect(s, &QTcpSocket::readyRead, this, [this, id] { onReadyRead(id); });
        connect(s, &QTcpSocket::disconnected, this, [this, id] { onDisconnected(id); });
        ++m_stats.connectionsOpen;
        ++m_stats.connectionsTotal;
        // A socket that already delivered data before the signal was connected.
        if (s->bytesAvailable() > 0)
            onReadyRead(id);
    }
}

void Hj212Listener::onDisconnected(quint64 id) {
    const auto it = m_connections.find(id);
    if (it == m_connections.end())
        return;
    it->second.socket->deleteLater();
    m_connections.erase(it);
    --m_stats.connectionsOpen;
}

void Hj212Listener::ensureTransaction() {
    if (m_tx)
        return;
    m_tx = std::make_unique<store::Transaction>(m_db);
    m_batchStartMs = m_clock.elapsed();
    m_commitTimer.start(m_options.commitIntervalMs);
}

void Hj212Listener::drop(Connection& c, RejectCode why, const std::string& text,
                         std::string_view raw) {
    ensureTransaction();
    m_store.quarantine(now(), c.origin, {}, why, text, raw.substr(0, 512));
    ++m_stats.quarantined;
    ++m_stats.connectionsDropped;
    c.closing = true;
    c.buffer.clear();
    c.socket->disconnectFromHost();
}

void Hj212Listener::onReadyRead(quint64 id) {
    const auto it = m_connections.find(id);
    if (it == m_connections.end())
        return;
    Connection& c = it->second;
    if (c.closing) {
        c.socket->readAll();
        return;
    }
    c.buffer.append(c.socket->readAll());
    c.lastActiveMs = m_clock.elapsed();
    const std::string_view all(c.buffer.constData(), static_cast<size_t>(c.buffer.size()));
    size_t offset = 0;
    try {
        while (offset < all.size()) {
            const std::string_view rest = all.substr(offset);
            const SplitResult r = nextFrame(rest, static_cast<size_t>(m_options.maxPacketBytes));
            if (r.status == SplitStatus::NeedMore) {
                offset += r.consumed;
                break;
            }
            if (r.status == SplitStatus::Garbage) {
                drop(c, RejectCode::Garbage,
                     "bytes that do not start an HJ 212 frame from " + c.origin +
                         "; connection closed",
                     rest);
                return;
            }
            if (r.status == SplitStatus::Oversize) {
                drop(c, RejectCode::Oversize,
                     "frame longer than " + std::to_string(m_options.maxPacketBytes) +
                         " bytes from " + c.origin + "; connection closed",
                     rest);
                return;
            }
            ensureTransaction();
            ++m_stats.frames;
            ++m_batchFrames;
            const IntakeResult res = m_intake.feed(rest.substr(0, r.frameLength), now(), c.origin);
            if (res.kind == IntakeResult::Kind::Stored) {
                ++m_stats.stored;
                m_stats.readings += static_cast<std::uint64_t>(res.readings);
            } else if (res.kind == IntakeResult::Kind::Quarantined) {
                ++m_stats.quarantined;
            }
            if (!res.reply.empty())
                m_pendingReplies.emplace_back(id, res.reply);
            offset += r.consumed;
        }
    } catch (const store::StoreError& e) {
        // The batch is lost but nothing of it was acknowledged: loggers send it again.
        std::fprintf(stderr, "ecosentry listen: store error, batch rolled back: %s\n", e.what());
        m_tx.reset();
        m_pendingReplies.clear();
        m_batchFrames = 0;
    }
    c.buffer.remove(0, static_cast<qsizetype>(offset));
    // Under load the event loop may run socket events for a long time before the timer's turn:
    // close the batch here too, so acknowledgements never wait much longer than the interval.
    // A batch lasts at least twice as long as a commit takes, so an fsync-bound disk still spends
    // most of its time storing rather than committing.
    if (m_tx && m_clock.elapsed() - m_batchStartMs >=
                    std::max<qint64>(m_options.commitIntervalMs, 2 * m_lastCommitCostMs))
        commitBatch();
}

void Hj212Listener::commitBatch() {
    if (!m_tx)
        return;
    const qint64 started = m_clock.elapsed();
    try {
        // The per-minute counters are statistics for the live view: written once a second, not
        // with every batch (a thousand loggers would mean a thousand upserts per commit).
        if (started - m_lastLogFlushMs >= 1000 || !m_server || !m_server->isListening()) {
            m_store.flushLog();
            m_lastLogFlushMs = started;
        }
        m_tx->commit();
    } catch (const store::StoreError& e) {
        std::fprintf(stderr, "ecosentry listen: commit failed, batch rolled back: %s\n", e.what());
        m_tx.reset();
        m_pendingReplies.clear();
        m_batchFrames = 0;
        return;
    }
    m_tx.reset();
    m_lastCommitCostMs = m_clock.elapsed() - started;
    ++m_stats.commits;
    // Only now is the data durable: answer.
    for (const auto& [id, reply] : m_pendingReplies) {
        const auto it = m_connections.find(id);
        if (it == m_connections.end() || it->second.closing)
            continue;
        it->second.socket->write(reply.data(), static_cast<qint64>(reply.size()));
        ++m_stats.replies;
    }
    m_pendingReplies.clear();
    const int n = m_batchFrames;
    m_batchFrames = 0;
    Q_EMIT committed(n);
}

void Hj212Listener::housekeeping() {
    const qint64 t = m_clock.elapsed();
    const qint64 idleMs = static_cast<qint64>(m_options.idleTimeoutS) * 1000;
    std::vector<quint64> idle;
    for (auto& [id, c] : m_connections)
        if (!c.closing && t - c.lastActiveMs >= idleMs)
            idle.push_back(id);
    for (const quint64 id : idle) {
        auto& c = m_connections[id];
        c.closing = true;
        ++m_stats.connectionsDropped;
        c.socket->disconnectFromHost();
    }
    try {
        if (m_intake.pendingSplits() > 0) {
            ensureTransaction();
            m_stats.quarantined += static_cast<std::uint64_t>(m_intake.expire(now(), "reassembly"));
        }
    } catch (const store::StoreError& e) {
        std::fprintf(stderr, "ecosentry listen: store error: %s\n", e.what());
    }
}

void Hj212Listener::shutdown() {
    m_commitTimer.stop();
    m_housekeeping.stop();
    if (m_server)
        m_server->close(); // also makes the last commit write the ingest counters
    ensureTransaction();
    commitBatch();
    m_commitTimer.stop();
    for (auto& [id, c] : m_connections) {
        c.socket->disconnect(this);
        c.socket->flush();
        c.socket->abort();
        c.socket->deleteLater();
    }
    m_stats.connectionsOpen = 0;
    m_connections.clear();
}

} // namespace eco::ingest::hj212
