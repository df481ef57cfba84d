// HJ 212 parser: the standard's CRC example, every packet of the reference packets.tsv (exact
// fields for the valid ones, the precise reason for the broken one), all CP suffixes, SBxxx-RS,
// 2005 packets and codes, Flag version bits, DataTime in local time, every rejection reason,
// split-packet reassembly and the stream frame splitter.
#include "core/ingest/hj212/Hj212Crc.h"
#include "core/ingest/hj212/Hj212FrameSplitter.h"
#include "core/ingest/hj212/Hj212Parser.h"
#include "core/ingest/hj212/Hj212Reassembler.h"
#include "core/ingest/hj212/Hj212Reply.h"
#include "core/ingest/hj212/Hj212Time.h"

#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

#include <string>
#include <vector>

using namespace eco::ingest::hj212;

namespace {

struct TsvPacket {
    bool valid;
    std::string source;
    std::string packet;
};

std::vector<TsvPacket> loadTsv() {
    std::vector<TsvPacket> out;
    QFile f(QStringLiteral(ECOSENTRY_TEST_DATA "/hj212/packets.tsv"));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    f.readLine(); // header
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        const QList<QByteArray> cols = line.split('\t');
        if (cols.size() != 3)
            continue;
        out.push_back({cols[0] == "VALID", cols[1].toStdString(), cols[2].toStdString()});
    }
    return out;
}

std::string s(std::string_view v) {
    return std::string(v);
}

} // namespace

class TestHj212Parser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void crcOfStandardExample() {
        const std::string_view seg = "QN=20160801085857223;ST=32;CN=1062;PW=100000;"
                                     "MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&";
        QCOMPARE(crc(seg), std::uint16_t(0x1C80));
        QCOMPARE(crcReference(seg), std::uint16_t(0x1C80));
        QVERIFY(crc(seg) != 0x1C08); // the prose's misprint
        char text[4];
        formatCrc(crc(seg), text);
        QCOMPARE(std::string(text, 4), std::string("1C80"));
    }

    void fastCrcEqualsReference() {
        QRandomGenerator rng(212);
        for (int len = 0; len < 300; ++len) {
            std::string d(static_cast<size_t>(len), '\0');
            for (char& c : d)
                c = static_cast<char>(rng.bounded(256));
            QCOMPARE(crc(d), crcReference(d));
        }
        QCOMPARE(crc(""), std::uint16_t(0xFFFF));
    }

    void everyReferencePacket() {
        const auto rows = loadTsv();
        QCOMPARE(int(rows.size()), 12);
        int valid = 0;
        for (const auto& row : rows) {
            Packet p;
            const auto bad = parsePacket(row.packet + "\r\n", p);
            if (row.valid) {
                QVERIFY2(!bad, (row.source + ": " + (bad ? bad->text : "")).c_str());
                ++valid;
            } else {
                QVERIFY2(bad.has_value(), row.source.c_str());
            }
        }
        QCOMPARE(valid, 11);
    }

    void referencePacketFields() {
        const auto rows = loadTsv();
        QVERIFY(rows.size() == 12);
        Packet p;
        // 0: the standard's example.
        QVERIFY(!parsePacket(rows[0].packet, p));
        QCOMPARE(s(p.qn), std::string("20160801085857223"));
        QCOMPARE(p.st, 32);
        QCOMPARE(p.cn, 1062);
        QCOMPARE(s(p.pw), std::string("100000"));
        QCOMPARE(s(p.mn), std::string("010000A8900016F000169DC0"));
        QCOMPARE(p.flag.value(), 5);
        QVERIFY(p.needsAck());
        QVERIFY(!p.isSplit());
        QVERIFY(p.version() == ProtocolVersion::Hj212_2017);
        QCOMPARE(p.crc, std::uint16_t(0x1C80));
        QCOMPARE(int(p.fields.size()), 1);
        QCOMPARE(s(p.value("RtdInterval")), std::string("30"));
        QCOMPARE(int(p.segment.size()), 101);

        // 1: ambient real-time with SampleTime.
        QVERIFY(!parsePacket(rows[1].packet, p));
        QCOMPARE(p.cn, 2011);
        QCOMPARE(p.st, 22);
        QCOMPARE(s(p.value("DataTime")), std::string("20231008123340"));
        const CpField* st = p.find("w01008", Suffix::SampleTime);
        QVERIFY(st);
        QCOMPARE(s(st->value), std::string("20231008123340"));
        const CpField* rtd = p.find("w01008", Suffix::Rtd);
        QVERIFY(rtd);
        QCOMPARE(rtd->number, 123.456);

        // 2: a 9011 reply with QnRtn.
        QVERIFY(!parsePacket(rows[2].packet, p));
        QCOMPARE(p.cn, 9011);
        QCOMPARE(p.flag.value(), 4);
        QVERIFY(!p.needsAck());
        QCOMPARE(s(p.value("QnRtn")), std::string("1"));

        // 3: restart notice.
        QVERIFY(!parsePacket(rows[3].packet, p));
        QCOMPARE(p.cn, 2081);
        QCOMPARE(s(p.value("RestartTime")), std::string("20231007130452"));

        // 4: lower-case CRC, seven ambient pollutants.
        QVERIFY(!parsePacket(rows[4].packet, p));
        QCOMPARE(p.crc, std::uint16_t(0xCC01));
        QCOMPARE(s(p.mn), std::string("Y80110010000010"));
        QCOMPARE(int(p.fields.size()), 15);
        QCOMPARE(p.find("a21003", Suffix::Rtd)->number, 101.94);
        QCOMPARE(s(p.find("a21003", Suffix::Flag)->value), std::string("N"));
        QCOMPARE(p.find("a21007", Suffix::Rtd)->number, 0.033);

        // 5: CEMS hourly with Cou/Min/Avg/Max and a negative pressure.
        QVERIFY(!parsePacket(rows[5].packet, p));
        QCOMPARE(p.cn, 2061);
        QCOMPARE(p.st, 31);
        QCOMPARE(p.find("a00000", Suffix::Cou)->number, 19191.973);
        QCOMPARE(p.find("a00000", Suffix::Avg)->number, 5.331);
        QCOMPARE(p.find("a01013", Suffix::Min)->number, -0.041);
        QCOMPARE(p.find("a01013", Suffix::Max)->number, 0.011);
        QCOMPARE(p.find("a24088", Suffix::Cou)->number, 0.018);
        QCOMPARE(p.find("a01014", Suffix::Avg)->number, 1.040);
        QCOMPARE(int(p.segment.size()), 612);

        // 6: CEMS real-time.
        QVERIFY(!parsePacket(rows[6].packet, p));
        QCOMPARE(p.find("a01012", Suffix::Rtd)->number, 6.480);
        QCOMPARE(p.find("a01013", Suffix::Rtd)->number, -0.052);

        // 7: empty CP.
        QVERIFY(!parsePacket(rows[7].packet, p));
        QCOMPARE(p.cn, 9021);
        QCOMPARE(p.st, 91);
        QVERIFY(p.fields.empty());
        QVERIFY(p.cp.empty());

        // 8: HJ/T 212-2005: no QN, no Flag, old codes mapped to 2017.
        QVERIFY(!parsePacket(rows[8].packet, p));
        QVERIFY(p.qn.empty());
        QVERIFY(!p.flag);
        QVERIFY(p.version() == ProtocolVersion::Hj212_2005);
        QVERIFY(!p.needsAck());
        QCOMPARE(s(p.find("001", Suffix::Rtd)->modern), std::string("w01001"));
        QCOMPARE(p.find("w01001", Suffix::Rtd)->number, 7.470);
        QCOMPARE(s(p.find("B01", Suffix::Rtd)->modern), std::string("w00000"));
        QCOMPARE(p.find("w01018", Suffix::Rtd)->number, 32.439);
        QCOMPARE(p.find("w21003", Suffix::Rtd)->number, 0.466);
        QCOMPARE(p.find("w21011", Suffix::Rtd)->number, 0.287);
        QCOMPARE(p.find("w21001", Suffix::Rtd)->number, 25.801);
        QVERIFY(!p.find("w00000", Suffix::Flag)); // B01 has no flag in this packet

        // 9: ZsRtd and flag D.
        QVERIFY(!parsePacket(rows[9].packet, p));
        QCOMPARE(s(p.find("a34013", Suffix::Flag)->value), std::string("D"));
        QVERIFY(p.find("a21026", Suffix::ZsRtd));
        QCOMPARE(p.find("a21026", Suffix::ZsRtd)->number, 0.0);

        // 10: one part of a split packet, Zs aggregates.
        QVERIFY(!parsePacket(rows[10].packet, p));
        QVERIFY(p.isSplit());
        QCOMPARE(p.flag.value(), 6);
        QCOMPARE(p.pnum.value(), 2);
        QCOMPARE(p.pno.value(), 2);
        QCOMPARE(p.cn, 2051);
        QVERIFY(p.find("a21018", Suffix::ZsMin));
        QVERIFY(p.find("a21018", Suffix::ZsAvg));
        QVERIFY(p.find("a21018", Suffix::ZsMax));
        QCOMPARE(int(p.segment.size()), 979);
        QVERIFY(!p.oversize);

        // 11: the broken one: both its length and CRC are wrong; the reason says so precisely.
        const auto bad = parsePacket(rows[11].packet, p);
        QVERIFY(bad);
        QCOMPARE(bad->code, RejectCode::LengthMismatch);
        QVERIFY2(bad->text.find("declared 428 bytes") != std::string::npos, bad->text.c_str());
        QVERIFY2(bad->text.find("CRC mismatch") != std::string::npos, bad->text.c_str());
        QVERIFY2(bad->text.find("found 0b40") != std::string::npos, bad->text.c_str());
    }

    void allSuffixesAndEquipmentState() {
        const std::string seg =
            "QN=20240101120000000;ST=31;CN=2011;PW=123456;MN=MN1;Flag=9;CP=&&"
            "DataTime=20240101120000;a21026-Rtd=12.5,a21026-ZsRtd=15.0,a21026-Flag=N,"
            "a21026-EFlag=A01,a21026-SampleTime=20240101115930;a21002-Min=1,a21002-Avg=2,"
            "a21002-Max=3,a21002-ZsMin=4,a21002-ZsAvg=5,a21002-ZsMax=6,a21002-Cou=7.25;"
            "SB1-RS=1;SB2-RS=5&&";
        const std::string f = frame(seg);
        Packet p;
        const auto bad = parsePacket(f, p);
        QVERIFY2(!bad, bad ? bad->text.c_str() : "");
        QVERIFY(p.version() == ProtocolVersion::Hj212_2025);
        QVERIFY(p.needsAck());
        QCOMPARE(p.find("a21026", Suffix::Rtd)->number, 12.5);
        QCOMPARE(p.find("a21026", Suffix::ZsRtd)->number, 15.0);
        QCOMPARE(s(p.find("a21026", Suffix::EFlag)->value), std::string("A01"));
        QCOMPARE(s(p.find("a21026", Suffix::SampleTime)->value), std::string("20240101115930"));
        QCOMPARE(p.find("a21002", Suffix::Min)->number, 1.0);
        QCOMPARE(p.find("a21002", Suffix::Avg)->number, 2.0);
        QCOMPARE(p.find("a21002", Suffix::Max)->number, 3.0);
        QCOMPARE(p.find("a21002", Suffix::ZsMin)->number, 4.0);
        QCOMPARE(p.find("a21002", Suffix::ZsAvg)->number, 5.0);
        QCOMPARE(p.find("a21002", Suffix::ZsMax)->number, 6.0);
        QCOMPARE(p.find("a21002", Suffix::Cou)->number, 7.25);
        QCOMPARE(p.find("SB1", Suffix::Rs)->number, 1.0);
        QCOMPARE(p.find("SB2", Suffix::Rs)->number, 5.0);
        QCOMPARE(int(p.find("SB2", Suffix::Rs)->group), 4); // DataTime is group 0
        QCOMPARE(int(p.find("a21002", Suffix::Cou)->group), 2);
    }

    void rejections_data() {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("needle");
        const std::string good = "QN=1;ST=31;CN=2011;PW=1;MN=M;Flag=4;CP=&&DataTime="
                                 "20240101120000;a21026-Rtd=1.5&&";
        auto fr = [](const std::string& seg) { return QByteArray::fromStdString(frame(seg)); };
        QTest::newRow("no ##") << QByteArray("#0010abc") << int(RejectCode::BadHeader)
                               << "does not start with '##'";
        QTest::newRow("garbage") << QByteArray("hello world") << int(RejectCode::BadHeader)
                                 << "'##'";
        QTest::newRow("short") << QByteArray("##00") << int(RejectCode::BadHeader) << "too short";
        QTest::newRow("length not digits")
            << QByteArray("##00x1QN=1;1234") << int(RejectCode::BadHeader) << "not 4 digits";
        QByteArray crcBad = fr(good);
        crcBad.chop(2);
        const QByteArray crcGood = crcBad.right(4);
        crcBad.chop(4);
        crcBad += "0000";
        QTest::newRow("crc mismatch") << crcBad << int(RejectCode::CrcMismatch)
                                      << QString("expected %1, found 0000").arg(crcGood);
        QByteArray crcNotHex = crcBad;
        crcNotHex.chop(4);
        crcNotHex += "12G4";
        QTest::newRow("crc not hex") << crcNotHex << int(RejectCode::BadHeader) << "hex";
        QByteArray lenBad = fr(good);
        lenBad[4] = '9';
        QTest::newRow("length mismatch") << lenBad << int(RejectCode::LengthMismatch)
                                         << QString("data segment has %1").arg(good.size());
        QTest::newRow("missing MN") << fr("QN=1;ST=31;CN=2011;PW=1;Flag=4;CP=&&&&")
                                    << int(RejectCode::MissingField) << "missing field MN";
        QTest::newRow("missing PW") << fr("QN=1;ST=31;CN=2011;MN=1;Flag=4;CP=&&&&")
                                    << int(RejectCode::MissingField) << "missing field PW";
        QTest::newRow("missing CP") << fr("QN=1;ST=31;CN=2011;PW=1;MN=1;Flag=4")
                                    << int(RejectCode::MissingField) << "missing field CP";
        QTest::newRow("missing PNUM") << fr("QN=1;ST=31;CN=2011;PW=1;MN=1;Flag=6;PNO=1;CP=&&&&")
                                      << int(RejectCode::MissingField) << "missing field PNUM";
        QTest::newRow("CN not number") << fr("QN=1;ST=31;CN=20x1;PW=1;MN=1;Flag=4;CP=&&&&")
                                       << int(RejectCode::BadField) << "CN '20x1' at offset 20";
        QTest::newRow("CP unframed") << fr("QN=1;ST=31;CN=2011;PW=1;MN=1;Flag=4;CP=&&a=1")
                                     << int(RejectCode::BadCp) << "'&&...&&'";
        QTest::newRow("CP item without =") << fr("QN=1;ST=31;CN=2011;PW=1;MN=1;Flag=4;CP=&&abc&&")
                                           << int(RejectCode::BadCp) << "'abc'";
        // 6 framing bytes + "QN=1;ST=31;CN=2011;PW=1;MN=M;Flag=4;CP=&&" (41) +
        // "DataTime=20240101120000;" (24) + "a21026-Rtd=" (11) -> offset 82.
        QTest::newRow("bad number offset")
            << fr("QN=1;ST=31;CN=2011;PW=1;MN=M;Flag=4;CP=&&DataTime=20240101120000;"
                  "a21026-Rtd=1.2.3&&")
            << int(RejectCode::BadNumber) << "bad number '1.2.3' for a21026-Rtd at offset 82";
        QTest::newRow("empty number")
            << fr("QN=1;ST=31;CN=2011;PW=1;MN=M;Flag=4;CP=&&a21026-Avg=&&")
            << int(RejectCode::BadNumber) << "a21026-Avg";
        QTest::newRow("bad DataTime")
            << fr("QN=1;ST=31;CN=2011;PW=1;MN=M;Flag=4;CP=&&DataTime=20241301120000&&")
            << int(RejectCode::BadTime) << "'20241301120000'";
        QTest::newRow("bad flag") << fr("QN=1;ST=31;CN=2011;PW=1;MN=M;Flag=4;CP=&&a21026-Flag=NN&&")
                                  << int(RejectCode::BadField) << "not one letter";
    }

    void rejections() {
        QFETCH(QByteArray, frame);
        QFETCH(int, code);
        QFETCH(QString, needle);
        Packet p;
        const auto bad = parsePacket(std::string_view(frame.constData(), frame.size()), p);
        QVERIFY(bad);
        QVERIFY2(int(bad->code) == code,
                 (std::string(rejectCodeName(bad->code)) + ": " + bad->text).c_str());
        QVERIFY2(bad->text.find(needle.toStdString()) != std::string::npos, bad->text.c_str());
    }

    void oversizeIsOnlyAWarning() {
        std::string seg = "QN=1;ST=31;CN=2011;PW=1;MN=M;Flag=4;CP=&&DataTime=20240101120000";
        for (int i = 0; seg.size() < 1500; ++i)
            seg += ";a21026-Rtd=" + std::to_string(i);
        seg += "&&";
        Packet p;
        QVERIFY(!parsePacket(frame(seg), p));
        QVERIFY(p.oversize);
    }

    void numbers_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("ok");
        QTest::newRow("int") << "30" << 30.0 << true;
        QTest::newRow("neg") << "-0.041" << -0.041 << true;
        QTest::newRow("plus") << "+2.5" << 2.5 << true;
        QTest::newRow("lead dot") << ".5" << 0.5 << true;
        QTest::newRow("trail dot") << "5." << 5.0 << true;
        QTest::newRow("exp") << "1.5e3" << 1500.0 << true;
        QTest::newRow("long") << "12345678901234567890.5" << 12345678901234567890.5 << true;
        QTest::newRow("many frac") << "0.1234567890123" << 0.1234567890123 << true;
        QTest::newRow("empty") << "" << 0.0 << false;
        QTest::newRow("minus only") << "-" << 0.0 << false;
        QTest::newRow("dot only") << "." << 0.0 << false;
        QTest::newRow("two dots") << "1.2.3" << 0.0 << false;
        QTest::newRow("text") << "abc" << 0.0 << false;
        QTest::newRow("double sign") << "--1" << 0.0 << false;
        QTest::newRow("nan") << "nan" << 0.0 << false;
    }

    void numbers() {
        QFETCH(QString, text);
        QFETCH(double, value);
        QFETCH(bool, ok);
        const std::string t = text.toStdString();
        const auto v = parseNumber(t);
        QCOMPARE(v.has_value(), ok);
        if (ok)
            QCOMPARE(*v, value);
    }

    void localTime() {
        // 2024-01-01 12:00 Beijing = 04:00 UTC.
        QCOMPARE(parseLocalTime("20240101120000").value(), std::int64_t(1704081600));
        QCOMPARE(parseLocalTime("20160801085857223", true).value(),
                 parseLocalTime("20160801085857").value());
        QVERIFY(!parseLocalTime("20160801085857223"));
        QVERIFY(!parseLocalTime("20230229000000"));
        QVERIFY(parseLocalTime("20240229000000"));
        QVERIFY(!parseLocalTime("20240101240000"));
        QVERIFY(!parseLocalTime("2024010112000"));
        QCOMPARE(formatLocalTime(1704081600), std::string("20240101120000"));
    }

    void splitReassembly() {
        // Three parts, arriving out of order, interleaved with another logger's split packet.
        auto part = [](const char* mn, int pno, const std::string& cp) {
            return frame(std::string("QN=20240101120000001;ST=31;CN=2051;PW=123456;MN=") + mn +
                         ";Flag=7;PNUM=3;PNO=" + std::to_string(pno) + ";CP=&&" + cp + "&&");
        };
        const std::string a1 = part("A", 1, "DataTime=20240101120000;a21026-Avg=1");
        const std::string a2 = part("A", 2, "a21002-Avg=2,a21002-Flag=D");
        const std::string a3 = part("A", 3, "a19001-Avg=9");
        const std::string b1 = part("B", 1, "DataTime=20240101120000;a21026-Avg=5");
        Reassembler r(60);
        Packet p;
        QVERIFY(!parsePacket(a3, p));
        QVERIFY(!r.offer(p, 100));
        QVERIFY(!parsePacket(b1, p));
        QVERIFY(!r.offer(p, 100));
        QVERIFY(!parsePacket(a1, p));
        QVERIFY(!r.offer(p, 101));
        QVERIFY(!parsePacket(a1, p)); // a repeated part changes nothing
        QVERIFY(!r.offer(p, 101));
        QCOMPARE(int(r.pending()), 2);
        QVERIFY(!parsePacket(a2, p));
        const auto whole = r.offer(p, 102);
        QVERIFY(whole);
        QCOMPARE(int(whole->frames.size()), 4);
        Packet w;
        const auto bad = parseSegment(whole->segment, w);
        QVERIFY2(!bad, bad ? bad->text.c_str() : "");
        QVERIFY(!w.isSplit());
        QVERIFY(w.needsAck());
        QCOMPARE(s(w.mn), std::string("A"));
        QCOMPARE(s(w.qn), std::string("20240101120000001"));
        QCOMPARE(s(w.value("DataTime")), std::string("20240101120000"));
        QCOMPARE(w.find("a21026", Suffix::Avg)->number, 1.0);
        QCOMPARE(w.find("a21002", Suffix::Avg)->number, 2.0);
        QCOMPARE(s(w.find("a21002", Suffix::Flag)->value), std::string("D"));
        QCOMPARE(w.find("a19001", Suffix::Avg)->number, 9.0);
        QCOMPARE(int(r.pending()), 1);
        // B never completes: it expires with a reason that lists what arrived.
        QVERIFY(r.expire(150).empty());
        const auto gone = r.expire(160);
        QCOMPARE(int(gone.size()), 1);
        QCOMPARE(gone[0].mn, std::string("B"));
        QVERIFY2(gone[0].reason.find("parts {1} of 3") != std::string::npos,
                 gone[0].reason.c_str());
        QCOMPARE(int(r.pending()), 0);
    }

    void replies() {
        const std::string ack =
            dataAck("20240101120000001", "MN1", "123456", ProtocolVersion::Hj212_2017);
        QVERIFY(ack.size() > 2 && ack.substr(ack.size() - 2) == "\r\n");
        Packet p;
        QVERIFY(!parsePacket(ack, p));
        QCOMPARE(p.cn, 9014);
        QCOMPARE(p.st, 91);
        QCOMPARE(s(p.qn), std::string("20240101120000001"));
        QCOMPARE(s(p.cp), std::string());
        QVERIFY(p.segment.find("CP=&&&&") != std::string_view::npos);
        QVERIFY(!p.needsAck());
        const std::string no = requestReply("1", "MN1", "x", ProtocolVersion::Hj212_2017, 4);
        QVERIFY(!parsePacket(no, p));
        QCOMPARE(p.cn, 9011);
        QCOMPARE(s(p.value("QnRtn")), std::string("4"));
    }

    void frameSplitter() {
        const std::string f1 = frame("QN=1;ST=31;CN=2011;PW=1;MN=M;Flag=4;CP=&&&&");
        const std::string body = f1.substr(0, f1.size() - 2);
        // Two frames and half of a third.
        std::string buf = f1 + f1 + f1.substr(0, 10);
        auto r = nextFrame(buf, 4096);
        QVERIFY(r.status == SplitStatus::Frame);
        QCOMPARE(r.frameLength, body.size());
        QCOMPARE(r.consumed, f1.size());
        buf.erase(0, r.consumed);
        r = nextFrame(buf, 4096);
        QVERIFY(r.status == SplitStatus::Frame);
        buf.erase(0, r.consumed);
        QVERIFY(nextFrame(buf, 4096).status == SplitStatus::NeedMore);
        // Without CR LF: known by the declared length and the next "##".
        const std::string joined = body + body;
        r = nextFrame(joined, 4096);
        QVERIFY(r.status == SplitStatus::Frame);
        QCOMPARE(r.frameLength, body.size());
        QVERIFY(nextFrame("GET / HTTP/1.1\r\n", 4096).status == SplitStatus::Garbage);
        QVERIFY(nextFrame("#x", 4096).status == SplitStatus::Garbage);
        QVERIFY(nextFrame(std::string(100, '#'), 50).status == SplitStatus::Oversize);
        QVERIFY(nextFrame(f1, 10).status == SplitStatus::Oversize);
        QVERIFY(nextFrame("\r\n\r\n", 4096).status == SplitStatus::NeedMore);
        QCOMPARE(nextFrame("\r\n\r\n", 4096).consumed, std::size_t(4));
    }
};

QTEST_GUILESS_MAIN(TestHj212Parser)
#include "test_hj212_parser.moc"
