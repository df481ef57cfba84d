// PacketStore and PacketIntake against a real temporary store: every reference packet stored or
// quarantined for the right reason, readings at the right interval, time and value (raw values
// only, flags kept, 2005 codes mapped), passwords checked from an in-memory table, replies for
// A-flag packets, split packets reassembled, replays idempotent; and `ecosentry ingest hj212`.
#include "core/ingest/hj212/Hj212Parser.h"
#include "core/ingest/hj212/Hj212Reply.h"
#include "core/ingest/hj212/LoggerDirectory.h"
#include "core/ingest/hj212/PacketIntake.h"
#include "core/ingest/hj212/PacketStore.h"
#include "core/model/Time.h"
#include "core/store/Database.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <string>
#include <vector>

using namespace eco::ingest::hj212;
using eco::store::Database;

namespace {

std::vector<std::string> referencePackets() {
    std::vector<std::string> out;
    QFile f(QStringLiteral(ECOSENTRY_TEST_DATA "/hj212/packets.tsv"));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    f.readLine();
    while (!f.atEnd()) {
        const QList<QByteArray> cols = f.readLine().trimmed().split('\t');
        if (cols.size() == 3)
            out.push_back(cols[2].toStdString());
    }
    return out;
}

LoggerDirectory directory() {
    LoggerDirectory d;
    d.add("81733553216103", {QStringLiteral("O-CEMS"), true, std::nullopt});
    d.add("81733553216204", {QStringLiteral("O-WATER"), true, std::string("123456")});
    d.add("8888888000114W", {QStringLiteral("O-ZS"), true, std::nullopt});
    d.add("88888880000137", {QStringLiteral("O-SPLIT"), true, std::nullopt});
    d.add("Y80110010000010", {QStringLiteral("S-AIR"), false, std::string("123456")});
    // The standard's example logger, with a password its packets do not send.
    d.add("010000A8900016F000169DC0", {QStringLiteral("S-EX"), false, std::string("999999")});
    return d;
}

std::int64_t count(const Database& db, const char* sql) {
    auto st = db.prepare(sql);
    st.step();
    return st.int64(0);
}

std::optional<double> value(const Database& db, const char* source, const char* pollutant,
                            const char* interval, std::int64_t ts, char* flag = nullptr) {
    auto st = db.prepare("SELECT r.value, r.flag FROM readings r JOIN series s ON "
                         "s.id=r.series_id WHERE s.source_id=?1 AND s.pollutant=?2 AND "
                         "s.interval=?3 AND r.ts=?4");
    st.bind(1, source).bind(2, pollutant).bind(3, interval).bind(4, ts);
    if (!st.step())
        return std::nullopt;
    if (flag)
        *flag = st.textView(1).front();
    return st.optionalReal(0);
}

std::int64_t local(const char* iso) {
    return *eco::model::parseIsoTime(iso);
}

} // namespace

class TestPacketStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void referencePacketsIntoStore() {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("s.db")));
        PacketStore store(db, directory());
        PacketIntake intake(store);
        const auto packets = referencePackets();
        QCOMPARE(int(packets.size()), 12);
        std::vector<IntakeResult> results;
        {
            eco::store::Transaction tx(db);
            for (const auto& p : packets)
                results.push_back(intake.feed(p, 1700000000, "test"));
            QCOMPARE(intake.expire(1700000000, "test", true), 1); // PNO 2 of 2 without PNO 1
            store.flushLog();
            tx.commit();
        }
        using K = IntakeResult::Kind;
        // Standard example (PW 100000 against 999999), and the other three of that MN.
        for (int i : {0, 1, 2, 3}) {
            QVERIFY(results[size_t(i)].kind == K::Quarantined);
            QVERIFY(results[size_t(i)].rejected == RejectCode::WrongPassword);
        }
        // Flag=5 asks for a reply: QnRtn=3 (wrong password).
        Packet reply;
        QVERIFY(!parsePacket(results[0].reply, reply));
        QCOMPARE(reply.cn, 9011);
        QCOMPARE(std::string(reply.value("QnRtn")), std::string("3"));
        QCOMPARE(std::string(reply.qn), std::string("20160801085857223"));
        QVERIFY(results[4].kind == K::Stored); // ambient, right password
        QCOMPARE(results[4].readings, 7);
        QVERIFY(results[4].reply.empty()); // Flag=4: no reply due
        QVERIFY(results[5].kind == K::Stored);
        QCOMPARE(results[5].readings, 7);
        QVERIFY(results[6].kind == K::Stored);
        QVERIFY(results[7].kind == K::Quarantined); // MN 000201 is nobody's
        QVERIFY(results[7].rejected == RejectCode::UnknownMn);
        QVERIFY(results[8].kind == K::Stored); // 2005, password 123456 matches
        QCOMPARE(results[8].readings, 6);
        QVERIFY(results[9].kind == K::Stored);
        QVERIFY(results[10].kind == K::Partial);
        QVERIFY(results[11].kind == K::Quarantined);
        QVERIFY(results[11].rejected == RejectCode::LengthMismatch);

        // Hourly CEMS: DataTime 2024-01-22 17:00 Beijing is the hour's start; Avg is stored.
        const std::int64_t hour = local("2024-01-22T17:00:00+08:00");
        QCOMPARE(value(db, "O-CEMS", "a00000", "hour", hour).value_or(-1), 5.331);
        QCOMPARE(value(db, "O-CEMS", "a01013", "hour", hour).value_or(-1), -0.026);
        QCOMPARE(
            value(db, "O-CEMS", "a00000", "rtd", local("2024-01-22T08:16:00+08:00")).value_or(-1),
            5.407);
        // 2005 packet: codes mapped to 2017.
        const std::int64_t t2005 = local("2024-01-23T13:15:00+08:00");
        QCOMPARE(value(db, "O-WATER", "w01018", "rtd", t2005).value_or(-1), 32.439);
        QCOMPARE(value(db, "O-WATER", "w01001", "rtd", t2005).value_or(-1), 7.47);
        QCOMPARE(value(db, "O-WATER", "w00000", "rtd", t2005).value_or(-1), 0.0);
        QCOMPARE(count(db, "SELECT count(*) FROM series WHERE pollutant IN ('011','001','B01')"),
                 std::int64_t(0));
        // Flag D kept; Zs values not stored (core/aq recomputes them).
        char flag = 0;
        QVERIFY(value(db, "O-ZS", "a21026", "rtd", local("2018-03-03T10:59:00+08:00"), &flag));
        QCOMPARE(flag, 'D');
        QCOMPARE(count(db, "SELECT count(*) FROM series WHERE pollutant LIKE '%Zs%'"),
                 std::int64_t(0));
        QCOMPARE(
            value(db, "S-AIR", "a21003", "rtd", local("2019-10-12T13:37:10+08:00")).value_or(-1),
            101.94);

        QCOMPARE(count(db, "SELECT count(*) FROM quarantine"), std::int64_t(7));
        QCOMPARE(count(db, "SELECT count(*) FROM quarantine WHERE reason_code='wrong_password'"),
                 std::int64_t(4));
        QCOMPARE(count(db, "SELECT count(*) FROM quarantine WHERE reason_code='split_incomplete'"),
                 std::int64_t(1));
        QCOMPARE(count(db, "SELECT count(*) FROM quarantine WHERE reason_code='length_mismatch' "
                           "AND reason LIKE '%declared 428%' AND length(raw)>400"),
                 std::int64_t(1));
        QCOMPARE(count(db, "SELECT sum(accepted) FROM ingest_log"), std::int64_t(5));

        // Replay: nothing changes in readings or quarantine.
        const std::int64_t readings = count(db, "SELECT count(*) FROM readings");
        const std::int64_t before = db.totalChanges();
        {
            eco::store::Transaction tx(db);
            for (const auto& p : packets)
                intake.feed(p, 1700000100, "test");
            intake.expire(1700000100, "test", true);
            tx.commit();
        }
        QCOMPARE(count(db, "SELECT count(*) FROM readings"), readings);
        QCOMPARE(count(db, "SELECT count(*) FROM quarantine"), std::int64_t(7));
        QCOMPARE(db.totalChanges(), before); // not even an update of an equal row
    }

    void splitPacketAndEquipmentState() {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("s.db")));
        LoggerDirectory d;
        d.add("SPL", {QStringLiteral("O1"), true, std::nullopt});
        PacketStore store(db, std::move(d));
        PacketIntake intake(store);
        auto part = [](int pno, const std::string& cp) {
            return frame("QN=20240301101500123;ST=31;CN=2051;PW=1;MN=SPL;Flag=7;PNUM=2;PNO=" +
                         std::to_string(pno) + ";CP=&&" + cp + "&&");
        };
        eco::store::Transaction tx(db);
        const auto r2 =
            intake.feed(part(2, "a21002-Avg=40.5,a21002-ZsAvg=52,a21002-Flag=N"), 1, "t");
        QVERIFY(r2.kind == IntakeResult::Kind::Partial);
        QVERIFY(r2.reply.empty()); // no ack before the whole packet is stored
        const auto r1 = intake.feed(
            part(1, "DataTime=20240301101500;a21026-Avg=12.25,a21026-Flag=N;a19001-Avg=9"), 2, "t");
        QVERIFY(r1.kind == IntakeResult::Kind::Stored);
        QCOMPARE(r1.readings, 3);
        Packet ack;
        QVERIFY(!parsePacket(r1.reply, ack));
        QCOMPARE(ack.cn, 9014);
        const std::int64_t minute = local("2024-03-01T10:15:00+08:00");
        QCOMPARE(value(db, "O1", "a21002", "min", minute).value_or(-1), 40.5);
        QCOMPARE(value(db, "O1", "a21026", "min", minute).value_or(-1), 12.25);
        QCOMPARE(value(db, "O1", "a19001", "min", minute).value_or(-1), 9.0);
        // Equipment state from a 2021 packet; the SB series is 'rtd' at DataTime.
        const auto rs = intake.feed(frame("QN=1;ST=31;CN=2021;PW=1;MN=SPL;Flag=4;CP=&&"
                                          "DataTime=20240301101600;SB1-RS=1;SB2-RS=0&&"),
                                    3, "t");
        QVERIFY(rs.kind == IntakeResult::Kind::Stored);
        QCOMPARE(rs.readings, 2);
        QCOMPARE(value(db, "O1", "SB1-RS", "rtd", minute + 60).value_or(-1), 1.0);
        QCOMPARE(value(db, "O1", "SB2-RS", "rtd", minute + 60).value_or(-1), 0.0);
        // Hour and day packets land on the interval start (day: local midnight).
        QVERIFY(intake
                    .feed(frame("QN=2;ST=31;CN=2031;PW=1;MN=SPL;Flag=4;CP=&&"
                                "DataTime=20240301000000;a21026-Avg=11&&"),
                          4, "t")
                    .kind == IntakeResult::Kind::Stored);
        QCOMPARE(value(db, "O1", "a21026", "day", local("2024-03-01T00:00:00+08:00")).value_or(-1),
                 11.0);
        // A data packet without DataTime is quarantined, not guessed.
        const auto noTime = intake.feed(
            frame("QN=3;ST=31;CN=2061;PW=1;MN=SPL;Flag=4;CP=&&a21026-Avg=11&&"), 5, "t");
        QVERIFY(noTime.rejected == RejectCode::MissingField);
        QVERIFY(noTime.reason.find("DataTime") != std::string::npos);
        tx.commit();
    }

    void passwordsFromTheStore() {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("s.db")));
        db.exec("INSERT INTO enterprises(id,name,lon,lat) VALUES('E','e',104,30);"
                "INSERT INTO outlets(id,enterprise_id,mn,medium,lon,lat,pw) VALUES"
                "('O1','E','MN1','gas',104,30,'secret'),('O2','E','MN2','gas',104,30,NULL);"
                "INSERT INTO sites(id,name,kind,lon,lat,mn) VALUES('S1','s','national',104,30,"
                "'MN3')");
        const auto d = LoggerDirectory::load(db);
        QCOMPARE(int(d.size()), 3);
        QCOMPARE(*d.find("MN1")->password, std::string("secret"));
        QVERIFY(!d.find("MN2")->password);
        QVERIFY(!d.find("MN3")->outlet);
        QCOMPARE(d.find("MN3")->sourceId, QStringLiteral("S1"));
        QVERIFY(!d.find("MN4"));
    }

    void ingestCommand() {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("c.db"));
        {
            auto db = Database::open(dbPath);
            db.exec("INSERT INTO enterprises(id,name,lon,lat) VALUES('E','e',104,30);"
                    "INSERT INTO outlets(id,enterprise_id,mn,medium,lon,lat) VALUES"
                    "('O1','E','81733553216103','gas',104,30)");
        }
        const QString file = dir.filePath(QStringLiteral("p.txt"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (const auto& p : referencePackets())
                f.write(QByteArray::fromStdString(p) + "\r\n");
            f.write("\r\nnot a packet\r\n");
        }
        QProcess p;
        p.start(QStringLiteral(ECOSENTRY_BINARY),
                {QStringLiteral("ingest"), QStringLiteral("hj212"), file, QStringLiteral("--db"),
                 dbPath});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray out = p.readAllStandardOutput();
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(out.contains("13 packets, 2 accepted (2 with data, 14 readings), 11 quarantined"),
                 out.constData());
        QVERIFY2(out.contains("quarantined unknown_mn: 8"), out.constData());
        QVERIFY2(out.contains("quarantined bad_header: 1"), out.constData());
        QVERIFY2(err.contains(":12: length_mismatch: length mismatch: declared 428"),
                 err.constData());
        QVERIFY2(err.contains(":14: bad_header:"), err.constData()); // lines count from 1

        QProcess missing;
        missing.start(QStringLiteral(ECOSENTRY_BINARY),
                      {QStringLiteral("ingest"), QStringLiteral("hj212"),
                       dir.filePath(QStringLiteral("nope.txt")), QStringLiteral("--db"), dbPath});
        QVERIFY(missing.waitForFinished(60000));
        QCOMPARE(missing.exitCode(), 1);
        QVERIFY(missing.readAllStandardError().contains("nope.txt"));

        QProcess stdinRun;
        stdinRun.start(QStringLiteral(ECOSENTRY_BINARY),
                       {QStringLiteral("ingest"), QStringLiteral("hj212"), QStringLiteral("-"),
                        QStringLiteral("--db"), dbPath});
        QVERIFY(stdinRun.waitForStarted());
        stdinRun.write(QByteArray::fromStdString(referencePackets()[5]) + "\r\n");
        stdinRun.closeWriteChannel();
        QVERIFY(stdinRun.waitForFinished(60000));
        QCOMPARE(stdinRun.exitCode(), 0);
        QVERIFY(stdinRun.readAllStandardOutput().contains("1 packets, 1 accepted"));
    }
};

QTEST_GUILESS_MAIN(TestPacketStore)
#include "test_packet_store.moc"
