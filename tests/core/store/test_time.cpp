// Time: ISO 8601 parsing with offsets, user-typed local times, Asia/Shanghai formatting and the
// local-day boundary.
#include "core/model/Time.h"

#include <QtTest>

using namespace eco::model;

class TestTime : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parseIso_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected"); // -1: refused
        QTest::newRow("offset") << "2026-10-01T00:00:00+08:00" << qint64(1790784000);
        QTest::newRow("zulu") << "2026-09-30T16:00:00Z" << qint64(1790784000);
        QTest::newRow("compact offset") << "2026-10-01T00:00:00+0800" << qint64(1790784000);
        QTest::newRow("fraction") << "2026-10-01T00:00:00.250+08:00" << qint64(1790784000);
        QTest::newRow("negative offset") << "2026-09-30T11:00:00-05:00" << qint64(1790784000);
        QTest::newRow("space separator") << "2026-10-01 00:00:00+08:00" << qint64(1790784000);
        QTest::newRow("minutes only") << "2026-10-01T00:00+08:00" << qint64(1790784000);
        QTest::newRow("leap day") << "2024-02-29T12:00:00Z" << qint64(1709208000);
        QTest::newRow("no offset") << "2026-10-01T00:00:00" << qint64(-1);
        QTest::newRow("date only") << "2026-10-01" << qint64(-1);
        QTest::newRow("bad month") << "2026-13-01T00:00:00Z" << qint64(-1);
        QTest::newRow("bad day") << "2026-02-29T00:00:00Z" << qint64(-1);
        QTest::newRow("bad hour") << "2026-10-01T24:00:00Z" << qint64(-1);
        QTest::newRow("garbage") << "yesterday" << qint64(-1);
        QTest::newRow("trailing") << "2026-10-01T00:00:00+08:00x" << qint64(-1);
        QTest::newRow("empty") << "" << qint64(-1);
    }
    void parseIso() {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        const QByteArray utf8 = text.toUtf8();
        const auto got = parseIsoTime(std::string_view(utf8.constData(), utf8.size()));
        if (expected < 0)
            QVERIFY(!got.has_value());
        else
            QCOMPARE(got.value_or(-1), expected);
    }

    void userTimesDefaultToShanghai() {
        QCOMPARE(parseUserTime("2026-10-01").value_or(-1), 1790784000);
        QCOMPARE(parseUserTime("2026-10-01T08:00").value_or(-1), 1790784000 + 8 * 3600);
        QCOMPARE(parseUserTime("2026-10-01T00:00:00Z").value_or(-1), 1790784000 + 8 * 3600);
        QVERIFY(!parseUserTime("01/10/2026").has_value());
    }

    void formatting() {
        QCOMPARE(formatIsoLocal(1790784000), QStringLiteral("2026-10-01T00:00:00+08:00"));
        QCOMPARE(formatLocal(1790784000 + 3600 * 13 + 60 * 5), QStringLiteral("2026-10-01 13:05"));
        QCOMPARE(formatLocalDate(1790784000 - 1), QStringLiteral("2026-09-30"));
    }

    void localDayBoundary() {
        QCOMPARE(localDayStart(1790784000), 1790784000);
        QCOMPARE(localDayStart(1790784000 + 86399), 1790784000);
        QCOMPARE(localDayStart(1790784000 - 1), 1790784000 - 86400);
        QCOMPARE(localDayStart(0), -8 * 3600);
    }
};

QTEST_GUILESS_MAIN(TestTime)
#include "test_time.moc"
