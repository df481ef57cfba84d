// The `ecosentry listen` receiver as a child process on loopback with real sockets: many loggers
// at once with packets cut across writes, acknowledgements only for stored data, garbage and
// oversize input closing only their own connection, wrong password and unknown MN answered with
// QnRtn 3 and 4, the idle timeout, clean shutdown on SIGTERM, and a kill -9 right after an
// acknowledgement followed by a restart that still has the acknowledged data.
#include "core/ingest/hj212/Hj212Parser.h"
#include "core/ingest/hj212/Hj212Reply.h"
#include "core/ingest/hj212/Hj212Time.h"
#include "core/store/Database.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <string>
#include <vector>

using namespace eco::ingest::hj212;
using eco::store::Database;

namespace {

constexpr std::int64_t kBase = 1735689600; // 2025-01-01T00:00:00Z

std::string packet(const std::string& mn, const std::string& pw, int seq, bool ack = true) {
    const std::string dt = formatLocalTime(kBase + seq * 60);
    return frame("QN=" + dt + "000;ST=22;CN=2011;PW=" + pw + ";MN=" + mn + ";Flag=" +
                 (ack ? "5" : "4") + ";CP=&&DataTime=" + dt + ";a34004-Rtd=" + std::to_string(seq) +
                 ".5,a34004-Flag=N;a34002-Rtd=" + std::to_string(seq) + "&&");
}

class Listener {
public:
    Listener(const QString& db, QStringList extra = {}) {
        m_proc = std::make_unique<QProcess>();
        m_proc->setProcessChannelMode(QProcess::SeparateChannels);
        m_proc->start(QStringLiteral(ECOSENTRY_BINARY),
                      QStringList{QStringLiteral("listen"), QStringLiteral("--port"),
                                  QStringLiteral("0"), QStringLiteral("--db"), db} +
                          extra);
        if (!m_proc->waitForStarted(10000))
            return;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 20000 && m_port == 0) {
            m_proc->waitForReadyRead(200);
            m_out += m_proc->readAllStandardOutput();
            const int at = m_out.indexOf("listening on 127.0.0.1:");
            const int end = m_out.indexOf(' ', at + 23);
            if (at >= 0 && end > at)
                m_port = m_out.mid(at + 23, end - at - 23).toUShort();
        }
    }
    ~Listener() {
        if (m_proc->state() != QProcess::NotRunning) {
            m_proc->kill();
            m_proc->waitForFinished(5000);
        }
    }
    quint16 port() const { return m_port; }
    QProcess& process() { return *m_proc; }

private:
    std::unique_ptr<QProcess> m_proc;
    QByteArray m_out;
    quint16 m_port = 0;
};

// Reads until `frames` CR LF-terminated frames arrived or the time is up.
QList<QByteArray> readFrames(QTcpSocket& s, int frames, int timeoutMs = 10000) {
    QByteArray buf;
    QElapsedTimer t;
    t.start();
    while (buf.count("\r\n") < frames && t.elapsed() < timeoutMs) {
        if (s.bytesAvailable() == 0 && !s.waitForReadyRead(100) &&
            s.state() != QAbstractSocket::ConnectedState)
            break;
        buf += s.readAll();
    }
    QList<QByteArray> out = buf.split('\n');
    out.removeAll(QByteArray());
    return out;
}

std::int64_t count(const QString& path, const char* sql) {
    const auto db = Database::open(path, Database::Mode::ReadOnly);
    auto st = db.prepare(sql);
    st.step();
    return st.int64(0);
}

void connectTo(QTcpSocket& s, quint16 port) {
    s.connectToHost(QStringLiteral("127.0.0.1"), port);
    QVERIFY(s.waitForConnected(5000));
}

} // namespace

class TestListener : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_dbs = 0;

    QString freshStore(int sites) {
        const QString path = m_dir.filePath(QStringLiteral("l%1.db").arg(++m_dbs));
        auto db = Database::open(path);
        auto st = db.prepare("INSERT INTO sites(id,name,kind,lon,lat,mn,pw) VALUES(?1,'s',"
                             "'micro',104,30,?2,?3)");
        for (int i = 0; i < sites; ++i)
            st.bind(1, QStringLiteral("S%1").arg(i))
                .bind(2, QStringLiteral("MN%1").arg(i))
                .bind(3, "pw")
                .execute();
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void manyLoggersSplitReads() {
        constexpr int kClients = 50;
        constexpr int kPackets = 10;
        const QString db = freshStore(kClients);
        Listener l(db);
        QVERIFY(l.port() != 0);
        std::vector<std::unique_ptr<QTcpSocket>> socks;
        std::vector<QByteArray> streams;
        for (int c = 0; c < kClients; ++c) {
            socks.push_back(std::make_unique<QTcpSocket>());
            connectTo(*socks.back(), l.port());
            QByteArray s;
            for (int k = 0; k < kPackets; ++k)
                s += QByteArray::fromStdString(packet("MN" + std::to_string(c), "pw", k));
            streams.push_back(s);
        }
        // Interleave the loggers, cutting their streams at random points (mid-frame, mid-CRC).
        QRandomGenerator rng(7);
        std::vector<int> sent(kClients, 0);
        bool more = true;
        while (more) {
            more = false;
            for (int c = 0; c < kClients; ++c) {
                const int left = streams[size_t(c)].size() - sent[size_t(c)];
                if (left <= 0)
                    continue;
                const int n = std::min(left, 1 + int(rng.bounded(120)));
                socks[size_t(c)]->write(streams[size_t(c)].mid(sent[size_t(c)], n));
                socks[size_t(c)]->flush();
                sent[size_t(c)] += n;
                more = true;
            }
        }
        for (int c = 0; c < kClients; ++c) {
            const auto acks = readFrames(*socks[size_t(c)], kPackets);
            QCOMPARE(acks.size(), kPackets);
            for (const auto& a : acks) {
                Packet p;
                QVERIFY(!parsePacket(std::string_view(a.constData(), size_t(a.size())), p));
                QCOMPARE(p.cn, 9014);
                QCOMPARE(std::string(p.mn), "MN" + std::to_string(c));
            }
        }
        // Acknowledged means committed: visible to another connection right now.
        QCOMPARE(count(db, "SELECT count(*) FROM readings"), std::int64_t(kClients * kPackets * 2));
        QCOMPARE(count(db, "SELECT count(*) FROM quarantine"), std::int64_t(0));
        l.process().terminate();
        QVERIFY(l.process().waitForFinished(10000));
        QCOMPARE(l.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(l.process().exitCode(), 0);
        QVERIFY(l.process().readAllStandardOutput().contains("stopped: 500 frames, 500 stored"));
    }

    void garbageOversizePasswordsAndMn() {
        const QString db = freshStore(2);
        Listener l(db, {QStringLiteral("--max-packet"), QStringLiteral("2048")});
        QVERIFY(l.port() != 0);
        QTcpSocket good, garbage, big, wrongPw, unknown;
        connectTo(good, l.port());
        connectTo(garbage, l.port());
        connectTo(big, l.port());
        connectTo(wrongPw, l.port());
        connectTo(unknown, l.port());
        garbage.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        big.write("##9999" + QByteArray(5000, 'x'));
        QVERIFY(garbage.waitForDisconnected(5000));
        QVERIFY(big.waitForDisconnected(5000));
        wrongPw.write(QByteArray::fromStdString(packet("MN0", "nope", 1)));
        unknown.write(QByteArray::fromStdString(packet("MN77", "pw", 1)));
        const auto r3 = readFrames(wrongPw, 1);
        const auto r4 = readFrames(unknown, 1);
        QCOMPARE(r3.size(), 1);
        QCOMPARE(r4.size(), 1);
        QVERIFY2(r3[0].contains("CN=9011") && r3[0].contains("QnRtn=3"), r3[0].constData());
        QVERIFY2(r4[0].contains("CN=9011") && r4[0].contains("QnRtn=4"), r4[0].constData());
        // A bad CRC is a transmission error: quarantined, no reply, connection stays open.
        std::string corrupt = packet("MN1", "pw", 2);
        corrupt[corrupt.size() - 4] = corrupt[corrupt.size() - 4] == '0' ? '1' : '0';
        good.write(QByteArray::fromStdString(corrupt));
        good.write(QByteArray::fromStdString(packet("MN1", "pw", 3)));
        const auto ack = readFrames(good, 1);
        QCOMPARE(ack.size(), 1);
        QVERIFY(ack[0].contains("CN=9014"));
        QCOMPARE(good.state(), QAbstractSocket::ConnectedState);
        QCOMPARE(count(db, "SELECT count(*) FROM readings"), std::int64_t(2));
        QCOMPARE(count(db, "SELECT count(*) FROM quarantine WHERE reason_code IN ('garbage',"
                           "'oversize','wrong_password','unknown_mn','crc_mismatch')"),
                 std::int64_t(5));
        QCOMPARE(count(db, "SELECT count(DISTINCT reason_code) FROM quarantine"), std::int64_t(5));
    }

    void idleTimeout() {
        const QString db = freshStore(1);
        Listener l(db, {QStringLiteral("--idle-timeout"), QStringLiteral("1")});
        QVERIFY(l.port() != 0);
        QTcpSocket idle;
        connectTo(idle, l.port());
        QElapsedTimer t;
        t.start();
        QVERIFY(idle.waitForDisconnected(5000));
        QVERIFY(t.elapsed() >= 900);
        // The server itself is still there.
        QTcpSocket again;
        connectTo(again, l.port());
        again.write(QByteArray::fromStdString(packet("MN0", "pw", 1)));
        QCOMPARE(readFrames(again, 1).size(), 1);
    }

    void killAfterAckKeepsData() {
        const QString db = freshStore(1);
        {
            Listener l(db);
            QVERIFY(l.port() != 0);
            QTcpSocket s;
            connectTo(s, l.port());
            for (int k = 0; k < 20; ++k)
                s.write(QByteArray::fromStdString(packet("MN0", "pw", k)));
            const auto acks = readFrames(s, 20);
            QCOMPARE(acks.size(), 20);
            // SIGKILL the moment the last acknowledgement is in: no shutdown code runs.
            l.process().kill();
            QVERIFY(l.process().waitForFinished(5000));
            QCOMPARE(l.process().exitStatus(), QProcess::CrashExit);
        }
        Listener restarted(db);
        QVERIFY(restarted.port() != 0);
        QCOMPARE(count(db, "SELECT count(*) FROM readings"), std::int64_t(40));
        QTcpSocket s;
        connectTo(s, restarted.port());
        s.write(QByteArray::fromStdString(packet("MN0", "pw", 0))); // a replay: stored once
        s.write(QByteArray::fromStdString(packet("MN0", "pw", 20)));
        QCOMPARE(readFrames(s, 2).size(), 2);
        QCOMPARE(count(db, "SELECT count(*) FROM readings"), std::int64_t(42));
    }
};

QTEST_GUILESS_MAIN(TestListener)
#include "test_listener.moc"
