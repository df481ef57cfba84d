// Tests of ingest::CsvReader: RFC 4180 quoting, line ends, BOM, physical line numbers and the
// malformed records it must report (unterminated quote, invalid UTF-8, text after a quote).
#include "core/ingest/CsvReader.h"

#include <QTest>

#include <string>
#include <vector>

using eco::ingest::CsvReader;
using eco::ingest::CsvRecord;

namespace {

// Renders every record as "LINE|f1|f2|...|!error" so a data row can state the whole outcome.
QStringList readAll(const QByteArray& bytes) {
    CsvReader reader(std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())));
    CsvRecord rec;
    QStringList out;
    while (reader.next(rec)) {
        QString s = QString::number(rec.line);
        for (const auto f : rec.fields)
            s += u'|' + QString::fromUtf8(f.data(), static_cast<qsizetype>(f.size()));
        if (!rec.error.empty())
            s += QStringLiteral("|!") +
                 QString::fromUtf8(rec.error.data(), static_cast<qsizetype>(rec.error.size()));
        out << s;
    }
    return out;
}

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT
private slots:
    void records_data();
    void records();
    void utf8_data();
    void utf8();
    void fieldViewsSurviveScratchGrowth();
};

void TestCsvReader::records_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("lf") << QByteArray("a,b\n1,2\n") << QStringList{"1|a|b", "2|1|2"};
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << QStringList{"1|a|b", "2|1|2"};
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << QStringList{"1|a|b", "2|1|2"};
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFid,x\n1,2\n") << QStringList{"1|id|x", "2|1|2"};
    QTest::newRow("empty fields") << QByteArray(",,\n") << QStringList{"1|||"};
    QTest::newRow("quoted comma") << QByteArray("\"a,b\",c\n") << QStringList{"1|a,b|c"};
    QTest::newRow("doubled quotes")
        << QByteArray("\"say \"\"hi\"\"\",\"\"\"\",x\n") << QStringList{"1|say \"hi\"|\"|x"};
    QTest::newRow("quoted newline keeps physical lines")
        << QByteArray("h\n\"two\nlines\",x\nnext,y\n")
        << QStringList{"1|h", "2|two\nlines|x", "4|next|y"};
    QTest::newRow("blank lines skipped but counted")
        << QByteArray("h\n\n\r\nrow\n") << QStringList{"1|h", "4|row"};
    QTest::newRow("unquoted fields trimmed") << QByteArray(" a ,\tb\t\n") << QStringList{"1|a|b"};
    QTest::newRow("quoted spaces kept") << QByteArray("\" a \",b\n") << QStringList{"1| a |b"};
    QTest::newRow("unterminated quote at end of file")
        << QByteArray("h\nok,1\n\"open,2\nmore\n")
        << QStringList{"1|h", "2|ok|1", "3|!unterminated quoted field"};
    QTest::newRow("text after closing quote resynchronises")
        << QByteArray("\"a\"b,c\nnext\n")
        << QStringList{"1|!unexpected text after a closing quote", "2|next"};
    QTest::newRow("latin-1 byte") << QByteArray("h\ncaf\xE9,1\nok,2\n")
                                  << QStringList{"1|h", "2|caf\xEF\xBF\xBD|1|!invalid UTF-8",
                                                 "3|ok|2"};
    QTest::newRow("empty input") << QByteArray() << QStringList{};
    QTest::newRow("only bom and newlines") << QByteArray("\xEF\xBB\xBF\n\n") << QStringList{};
}

void TestCsvReader::records() {
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    QCOMPARE(readAll(input), expected);
}

void TestCsvReader::utf8_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ascii") << QByteArray("hello, world 12345678") << true;
    QTest::newRow("chinese") << QByteArray("成都市青羊区") << true;
    QTest::newRow("4-byte") << QByteArray("\xF0\x9F\x98\x80") << true;
    QTest::newRow("latin-1") << QByteArray("caf\xE9") << false;
    QTest::newRow("overlong") << QByteArray("\xC0\xAF") << false;
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false;
    QTest::newRow("beyond U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false;
    QTest::newRow("truncated sequence") << QByteArray("abcdefgh\xE6\x88") << false;
    QTest::newRow("lone continuation") << QByteArray("\x80") << false;
}

void TestCsvReader::utf8() {
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(eco::ingest::isValidUtf8(
                 std::string_view(bytes.constData(), static_cast<size_t>(bytes.size()))),
             valid);
}

void TestCsvReader::fieldViewsSurviveScratchGrowth() {
    // Many escaped fields in one record force the scratch buffer to grow; every view must still
    // point at its own text.
    QByteArray line;
    QStringList expected;
    for (int i = 0; i < 200; ++i) {
        line += (i ? "," : "") + QByteArray("\"v\"\"") + QByteArray::number(i) + "\"";
        expected << QStringLiteral("v\"%1").arg(i);
    }
    line += "\n";
    const QStringList got = readAll(line);
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.first(), QStringLiteral("1|") + expected.join(u'|'));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csv_reader.moc"
