// Tests of `ecosentry import` as a process: exit codes (0 stored, 1 rows rejected or failure,
// 2 usage), the summary on stdout and FILE:LINE: reason lines on stderr.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kData = QStringLiteral(ECOSENTRY_TEST_DATA "/ingest/");

struct Result {
    int code = -1;
    QString out;
    QString err;
};

Result run(const QStringList& args, const QString& cwd) {
    QProcess p;
    p.setWorkingDirectory(cwd);
    p.start(QStringLiteral(ECOSENTRY_BINARY), QStringList{QStringLiteral("import")} + args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestImportCommand : public QObject {
    Q_OBJECT
private slots:
    void usageErrors_data();
    void usageErrors();
    void importsAndReports();
};

void TestImportCommand::usageErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no kind") << QStringList{} << "missing KIND";
    QTest::newRow("unknown kind") << QStringList{"stations", "x.csv", "--db", "s.db"}
                                  << "unknown KIND 'stations' (one of sites, enterprises, outlets, "
                                     "limits, readings, power, tracks, lidar, alerts, measures, "
                                     "raster)";
    QTest::newRow("no file") << QStringList{"sites", "--db", "s.db"} << "missing FILE after sites";
    QTest::newRow("two files") << QStringList{"sites", "a.csv", "b.csv", "--db", "s.db"}
                               << "unexpected argument 'b.csv'";
    QTest::newRow("unknown option")
        << QStringList{"sites", "a.csv", "--fast"} << "unknown option '--fast'";
    QTest::newRow("raster without kind")
        << QStringList{"raster", "a.tif", "--db", "s.db", "--time", "2024-06-01"}
        << "raster needs --kind";
    QTest::newRow("raster bad kind")
        << QStringList{"raster", "a.tif", "--db", "s.db", "--kind", "photo", "--time", "2024-06-01"}
        << "--kind 'photo' is not one of satellite, drone, model";
    QTest::newRow("raster bad time")
        << QStringList{"raster", "a.tif", "--db", "s.db", "--kind", "drone", "--time", "noon"}
        << "--time 'noon' is not";
    QTest::newRow("strict raster")
        << QStringList{"raster", "a.tif", "--strict", "--kind", "drone", "--time", "2024-06-01"}
        << "--strict applies to CSV kinds";
    QTest::newRow("csv with --kind") << QStringList{"sites", "a.csv", "--kind", "drone"}
                                     << "--kind applies to raster imports only";
}

void TestImportCommand::usageErrors() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const Result r = run(args, dir.path());
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("s.db")))); // nothing was opened
}

void TestImportCommand::importsAndReports() {
    QTemporaryDir dir;
    QVERIFY(QFile::copy(kData + QStringLiteral("sites.csv"), dir.filePath("sites.csv")));
    const QStringList db{QStringLiteral("--db"), QStringLiteral("s.db")};
    Result r = run(QStringList{"sites", "sites.csv"} + db, dir.path());
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QStringLiteral("sites.csv: 4 rows read, 4 stored (4 new or changed, "
                                   "0 unchanged), 0 rejected\n"));
    QCOMPARE(r.err, QString());

    QFile bad(dir.filePath("bad.csv"));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("id,name,kind,lon,lat\nX1,ok,micro,104,30\nX2,bad,micro,104,95\n");
    bad.close();
    r = run(QStringList{"sites", "bad.csv"} + db, dir.path());
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err, QStringLiteral("bad.csv:3: lat: 95 is out of range (-90..90)\n"));
    QCOMPARE(r.out, QStringLiteral("bad.csv: 2 rows read, 1 stored (1 new or changed, "
                                   "0 unchanged), 1 rejected\n"));

    r = run(QStringList{"sites", "bad.csv", "--strict"} + db, dir.path());
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("bad.csv:3: lat: 95")));
    QVERIFY(r.err.contains(QStringLiteral("nothing of this file was stored")));

    QFile empty(dir.filePath("empty.csv"));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    r = run(QStringList{"readings", "empty.csv"} + db, dir.path());
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("empty.csv: empty file (no header row)")));

    r = run(
        QStringList{"raster", "nothing.tif", "--kind", "satellite", "--time", "2024-06-01T08:00"} +
            db,
        dir.path());
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.startsWith(QStringLiteral("nothing.tif: cannot open raster (")),
             qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestImportCommand)
#include "test_import_command.moc"
