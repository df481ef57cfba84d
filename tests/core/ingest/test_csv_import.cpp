// Tests of the CSV importers (ingest::CsvImport and every RowImporter): good files for every kind,
// broken files (truncated, open quote, wrong types, unknown ids, bad coordinates, Latin-1 bytes,
// empty, header only, missing columns) with the exact FILE:LINE: reason lines, idempotency, and
// that --strict leaves the store exactly as it was.
#include "core/geo/ChinaOffsets.h"
#include "core/ingest/CsvImport.h"
#include "core/store/Database.h"
#include "core/store/LidarScanRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace eco;
using ingest::CsvKind;

namespace {

const QString kData = QStringLiteral(ECOSENTRY_TEST_DATA "/ingest/");

// Kinds in dependency order: each may refer to the ones before it.
const QStringList kOrder = {"sites", "enterprises", "outlets", "limits", "readings",
                            "power", "tracks",      "lidar",   "alerts", "measures"};

QByteArray readFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
}

int lineCount(const QByteArray& bytes) {
    int n = static_cast<int>(bytes.count('\n'));
    if (!bytes.isEmpty() && !bytes.endsWith('\n'))
        ++n;
    return n;
}

QByteArray lastLine(const QByteArray& bytes) {
    QByteArray b = bytes;
    while (b.endsWith('\n') || b.endsWith('\r'))
        b.chop(1);
    return b.mid(b.lastIndexOf('\n') + 1);
}

// Every table's rows, sorted, hashed: equal checksums mean equal store contents.
QByteArray storeChecksum(const store::Database& db) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto tables = db.prepare("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name");
    while (tables.step()) {
        const QString table = tables.text(0);
        auto rows = db.prepare("SELECT * FROM \"" + table.toStdString() + "\"");
        QStringList all;
        while (rows.step()) {
            QString r;
            for (int c = 0; c < rows.columnCount(); ++c)
                r += (rows.isNull(c) ? QStringLiteral("NULL")
                                     : QString::fromLatin1(rows.blob(c).toHex())) +
                     u'\x1f';
            all << r;
        }
        all.sort();
        hash.addData(table.toUtf8());
        hash.addData(all.join(u'\n').toUtf8());
    }
    return hash.result().toHex();
}

struct Run {
    ingest::ImportSummary summary;
    QStringList issues; // as delivered to onIssue
};

Run import(store::Database& db, const QString& kind, const QString& path, bool strict = false,
           const QString& displayName = {}) {
    Run run;
    ingest::ImportOptions o;
    o.strict = strict;
    o.displayName = displayName;
    o.onIssue = [&run](const QString& line) { run.issues << line; };
    run.summary = ingest::CsvImport::run(db, *ingest::parseCsvKind(kind.toStdString()), path, o);
    return run;
}

// Imports the good files of every kind before `kind` so its references resolve.
void seedBefore(store::Database& db, const QString& kind) {
    for (const QString& k : kOrder) {
        if (k == kind)
            return;
        const auto r = import(db, k, kData + k + QStringLiteral(".csv"));
        if (!r.summary.ok())
            qFatal("seeding %s failed: %s %s", qPrintable(k), qPrintable(r.summary.fatal),
                   qPrintable(r.issues.join(u'\n')));
    }
}

std::int64_t count(const store::Database& db, const char* sql) {
    auto st = db.prepare(sql);
    st.step();
    return st.int64(0);
}

} // namespace

class TestCsvImport : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void goodFileAndIdempotent_data();
    void goodFileAndIdempotent();
    void brokenFiles_data();
    void brokenFiles();
    void badRows_data();
    void badRows();
    void strictLeavesStoreUnchanged_data();
    void strictLeavesStoreUnchanged();
    void emptyAndHeaderOnly();
    void missingColumn();
    void coordinateSystems();
    void storeConstraintRejectsRowOnly();
    void lidarMergesRays();
    void trackRowsBecomeReadings();
    void missingFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<store::Database> m_db;
    QString tmp(const QString& name) const { return m_dir->filePath(name); }
};

void TestCsvImport::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db.emplace(store::Database::open(tmp(QStringLiteral("store.db"))));
}

void TestCsvImport::cleanup() {
    m_db.reset();
    m_dir.reset();
}

void TestCsvImport::goodFileAndIdempotent_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("rows");
    const int rows[] = {4, 3, 4, 5, 10, 5, 5, 5, 2, 4};
    for (int i = 0; i < kOrder.size(); ++i)
        QTest::newRow(qPrintable(kOrder[i])) << kOrder[i] << rows[i];
}

void TestCsvImport::goodFileAndIdempotent() {
    QFETCH(QString, kind);
    QFETCH(int, rows);
    seedBefore(*m_db, kind);
    const QString file = kData + kind + QStringLiteral(".csv");
    const auto first = import(*m_db, kind, file);
    QVERIFY2(first.summary.ok(), qPrintable(first.summary.fatal + first.issues.join(u'\n')));
    QCOMPARE(first.summary.rowsRead, rows);
    QCOMPARE(first.summary.changed, rows);
    QCOMPARE(first.summary.rejected, 0);
    QCOMPARE(first.summary.exitCode(), 0);
    const QByteArray after = storeChecksum(*m_db);

    const auto second = import(*m_db, kind, file);
    QVERIFY(second.summary.ok());
    QCOMPARE(second.summary.rowsRead, rows);
    QCOMPARE(second.summary.stored(), rows);
    QCOMPARE(second.summary.changed, 0);
    QCOMPARE(second.summary.unchanged, rows);
    QCOMPARE(storeChecksum(*m_db), after);
    QCOMPARE(second.summary.summaryLine(),
             QStringLiteral("%1: %2 rows read, %2 stored (0 new or changed, %2 unchanged), "
                            "0 rejected")
                 .arg(file)
                 .arg(rows));
}

// Mutations of each kind's good file: the bad row is reported at its line, the others stored.
void TestCsvImport::brokenFiles_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expectedIssue"); // "LINE: reason"
    QTest::addColumn<int>("goodRows");
    for (const QString& kind : kOrder) {
        const QByteArray good = readFile(kData + kind + QStringLiteral(".csv"));
        const int lines = lineCount(good);
        const int dataRows = lines - 1;
        const int width = static_cast<int>(lastLine(good.left(good.indexOf('\n'))).count(',')) + 1;

        // Last line cut in the middle of its first field (an id or level, ASCII in every file).
        QByteArray cut = good;
        while (cut.endsWith('\n') || cut.endsWith('\r'))
            cut.chop(1);
        const QByteArray truncated = cut.left(cut.lastIndexOf('\n') + 3);
        QTest::newRow(qPrintable(kind + QStringLiteral(" truncated")))
            << kind << truncated
            << QStringLiteral("%1: too few fields (1, the header has %2)").arg(lines).arg(width)
            << dataRows - 1;

        QTest::newRow(qPrintable(kind + QStringLiteral(" open quote")))
            << kind << good + "\"never closed," + lastLine(good).replace('"', "")
            << QStringLiteral("%1: unterminated quoted field").arg(lines + 1) << dataRows;

        QByteArray latin1 = lastLine(good);
        latin1.insert(1, "\xE9\xE8");
        QTest::newRow(qPrintable(kind + QStringLiteral(" latin-1")))
            << kind << good + latin1 + "\n"
            << QStringLiteral("%1: invalid UTF-8").arg(lines + 1) << dataRows;

        QTest::newRow(qPrintable(kind + QStringLiteral(" too few fields")))
            << kind << good + "x,y\n"
            << QStringLiteral("%1: too few fields (2, the header has %2)").arg(lines + 1).arg(width)
            << dataRows;
    }
}

void TestCsvImport::brokenFiles() {
    QFETCH(QString, kind);
    QFETCH(QByteArray, content);
    QFETCH(QString, expectedIssue);
    QFETCH(int, goodRows);
    seedBefore(*m_db, kind);
    const QString path = tmp(QStringLiteral("bad.csv"));
    writeFile(path, content);
    const auto r = import(*m_db, kind, path, false, QStringLiteral("bad.csv"));
    QVERIFY2(r.summary.fatal.isEmpty(), qPrintable(r.summary.fatal));
    QCOMPARE(r.issues, QStringList{QStringLiteral("bad.csv:") + expectedIssue});
    QCOMPARE(r.summary.issues, r.issues);
    QCOMPARE(r.summary.rejected, 1);
    QCOMPARE(r.summary.stored(), goodRows);
    QCOMPARE(r.summary.exitCode(), 1);
}

// One bad row appended to a kind's good file: the exact reason.
void TestCsvImport::badRows_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("file"); // good file the row is appended to
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("reason");
    const auto add = [](const char* name, const QString& kind, const QByteArray& row,
                        const QString& reason, const QString& file = {}) {
        QTest::newRow(name) << kind << (file.isEmpty() ? kind : file) << row << reason;
    };
    add("site lon not a number", "sites", "S9,x,national,abc,30.6,,", "lon: 'abc' is not a number");
    add("site lat out of range", "sites", "S9,x,national,104,95,,",
        "lat: 95 is out of range (-90..90)");
    add("site kind", "sites", "S9,x,village,104,30,,",
        "kind: 'village' is not one of national, super, photochemical, transport, micro");
    add("site name missing", "sites", "S9,,national,104,30,,", "name: missing value");
    add("site unknown crs", "sites", "X1,x,micro,104,30,UTM",
        "crs: 'UTM' is not a known CRS (EPSG:4326, EPSG:4490, CGCS2000, GCJ-02, BD-09)",
        "sites_gcj");
    add("enterprise lat", "enterprises", "E9,x,ind,dist,104,-91,,",
        "lat: -91 is out of range (-90..90)");
    add("enterprise lon", "enterprises", "E9,x,ind,dist,181,30,,",
        "lon: 181 is out of range (-180..180)");
    add("outlet unknown enterprise", "outlets", "E999,X-G1,gas,104,30,,,,,,,",
        "enterprise_id: unknown enterprise 'E999'");
    add("outlet medium", "outlets", "E001,X-G1,air,104,30,,,,,,,",
        "medium: 'air' is not one of gas, water");
    add("outlet height", "outlets", "E001,X-G1,gas,104,30,high,,,,,,",
        "height_m: 'high' is not a number");
    add("limit unknown outlet", "limits", "Z-G1,a21026,hour,100,mg/m3",
        "outlet_id: unknown outlet 'Z-G1'");
    add("limit interval", "limits", "E001-G1,a21026,week,100,mg/m3",
        "interval: 'week' is not one of hour, day");
    add("limit negative", "limits", "E001-G1,a21026,hour,-5,mg/m3",
        "limit: -5 is out of range (0..1000000000)");
    add("reading unknown source", "readings", "S999,a34004,hour,2024-06-01T08:00:00+08:00,1,N",
        "source_id: unknown source 'S999' (not a site, outlet or vehicle)");
    add("reading time without offset", "readings", "S001,a34004,hour,2024-06-01T08:00:00,1,N",
        "time: '2024-06-01T08:00:00' is not an ISO 8601 time with offset "
        "(2024-06-01T08:00:00+08:00)");
    add("reading value", "readings", "S001,a34004,hour,2024-06-01T10:00:00+08:00,x1,N",
        "value: 'x1' is not a number");
    add("reading flag", "readings", "S001,a34004,hour,2024-06-01T10:00:00+08:00,1,Q",
        "flag: 'Q' is not one of N F M S D C T B");
    add("reading interval", "readings", "S001,a34004,week,2024-06-01T10:00:00+08:00,1,N",
        "interval: 'week' is not one of rtd, min, hour, day");
    add("reading pollutant", "readings", "S001,PM 2.5,hour,2024-06-01T10:00:00+08:00,1,N",
        "pollutant: 'PM 2.5' is not an HJ 212 pollutant code");
    add("reading missing value", "readings", "S001,a34004,hour,2024-06-01T10:00:00+08:00,,N",
        "value: missing value (only a flagged reading may have none)");
    add("power unknown enterprise", "power", "P9,E999,production,2024-06-01T08:00:00+08:00,1,",
        "enterprise_id: unknown enterprise 'E999'");
    add("power circuit", "power", "P9,E001,lighting,2024-06-01T08:00:00+08:00,1,",
        "circuit: 'lighting' is not one of production, treatment, total");
    add("power kw", "power", "P9,E001,total,2024-06-01T08:00:00+08:00,lots,",
        "kw: 'lots' is not a number");
    add("track lon", "tracks", "V01,2024-06-01T10:00:02+08:00,200,30,a34004,1",
        "lon: 200 is out of range (-180..180)");
    add("track value missing", "tracks", "V01,2024-06-01T10:00:02+08:00,104,30,a34004,",
        "value: missing value");
    add("track bad time", "tracks", "V01,yesterday,104,30,a34004,1",
        "time: 'yesterday' is not an ISO 8601 time with offset (2024-06-01T08:00:00+08:00)");
    add("lidar values", "lidar", "L03,2024-06-01T10:00:00+08:00,104,30,ppi,0,2,0,30,1;x;3",
        "values: item 2 'x' is not a number");
    add("lidar mode", "lidar", "L03,2024-06-01T10:00:00+08:00,104,30,sweep,0,2,0,30,1",
        "mode: 'sweep' is not one of ppi, rhi, profile");
    add("lidar ray mismatch", "lidar",
        "L01,2024-06-01T10:00:00+08:00,104.05,30.70,ppi,60,2,100,30,1;2;3",
        "values: ray of 3 bins of 30 m from 100 m does not match its scan (line 2: 5 bins of "
        "30 m from 100 m)");
    add("lidar duplicate azimuth", "lidar",
        "L01,2024-06-01T10:00:00+08:00,104.05,30.70,ppi,120,2,100,30,1;2;3;4;5",
        "azimuth_deg: 120 is already given for this scan on line 3");
    add("lidar azimuth range", "lidar",
        "L01,2024-06-01T10:00:00+08:00,104.05,30.70,ppi,400,2,100,30,1;2;3;4;5",
        "azimuth_deg: 400 is out of range (0..360)");
    add("alert level", "alerts", "purple,2024-12-01T00:00:00+08:00,2024-12-02T00:00:00+08:00,X",
        "level: 'purple' is not one of yellow, orange, red");
    add("alert end before start", "alerts",
        "red,2024-12-02T00:00:00+08:00,2024-12-01T00:00:00+08:00,X",
        "end: '2024-12-01T00:00:00+08:00' is before start '2024-12-02T00:00:00+08:00'");
    add("measure unknown enterprise", "measures", "E999,red,100",
        "enterprise_id: unknown enterprise 'E999'");
    add("measure reduction", "measures", "E001,red,150",
        "reduction_pct: 150 is out of range (0..100)");
}

void TestCsvImport::badRows() {
    QFETCH(QString, kind);
    QFETCH(QString, file);
    QFETCH(QByteArray, row);
    QFETCH(QString, reason);
    seedBefore(*m_db, kind);
    const QByteArray good = readFile(kData + file + QStringLiteral(".csv"));
    const QString path = tmp(QStringLiteral("rows.csv"));
    writeFile(path, good + row + "\n");
    const auto r = import(*m_db, kind, path, false, QStringLiteral("rows.csv"));
    QCOMPARE(r.issues,
             QStringList{QStringLiteral("rows.csv:%1: %2").arg(lineCount(good) + 1).arg(reason)});
    QCOMPARE(r.summary.rejected, 1);
    QCOMPARE(r.summary.stored(), lineCount(good) - 1);
}

void TestCsvImport::strictLeavesStoreUnchanged_data() {
    QTest::addColumn<QString>("kind");
    for (const QString& k : kOrder)
        QTest::newRow(qPrintable(k)) << k;
}

void TestCsvImport::strictLeavesStoreUnchanged() {
    QFETCH(QString, kind);
    seedBefore(*m_db, kind);
    const QByteArray before = storeChecksum(*m_db);
    const QByteArray good = readFile(kData + kind + QStringLiteral(".csv"));
    QByteArray bad = lastLine(good);
    bad.insert(0, "\xFF");
    const QString path = tmp(QStringLiteral("strict.csv"));
    writeFile(path, good + bad + "\n");
    const auto r = import(*m_db, kind, path, true, QStringLiteral("strict.csv"));
    QVERIFY(r.summary.aborted);
    QCOMPARE(r.summary.exitCode(), 1);
    QCOMPARE(r.summary.stored(), 0);
    QCOMPARE(r.summary.rejected, 1);
    QCOMPARE(r.issues,
             QStringList{QStringLiteral("strict.csv:%1: invalid UTF-8").arg(lineCount(good) + 1)});
    QCOMPARE(storeChecksum(*m_db), before);
    // The same file without the bad row imports fully afterwards.
    writeFile(path, good);
    QVERIFY(import(*m_db, kind, path, true).summary.ok());
    QVERIFY(storeChecksum(*m_db) != before);
}

void TestCsvImport::emptyAndHeaderOnly() {
    const QString empty = tmp(QStringLiteral("empty.csv"));
    writeFile(empty, {});
    const auto e =
        import(*m_db, QStringLiteral("readings"), empty, false, QStringLiteral("empty.csv"));
    QCOMPARE(e.summary.fatal, QStringLiteral("empty.csv: empty file (no header row)"));
    QCOMPARE(e.summary.exitCode(), 1);

    const QString header = tmp(QStringLiteral("header.csv"));
    writeFile(header, "source_id,pollutant,interval,time,value,flag\r\n");
    const auto h =
        import(*m_db, QStringLiteral("readings"), header, false, QStringLiteral("header.csv"));
    QVERIFY(h.summary.ok());
    QCOMPARE(h.summary.rowsRead, 0);
    QCOMPARE(h.summary.summaryLine(),
             QStringLiteral("header.csv: 0 rows read, 0 stored (0 new or changed, 0 unchanged), "
                            "0 rejected"));
}

void TestCsvImport::missingColumn() {
    const QString path = tmp(QStringLiteral("cols.csv"));
    writeFile(path, "id,name,lon,lat\nS1,x,104,30\n");
    const auto r = import(*m_db, QStringLiteral("sites"), path, false, QStringLiteral("cols.csv"));
    QCOMPARE(r.summary.fatal,
             QStringLiteral("cols.csv:1: header: missing column(s) kind (columns: id, name, kind, "
                            "lon, lat, district, mn, crs)"));
    QCOMPARE(r.summary.rowsRead, 0);
    QCOMPARE(count(*m_db, "SELECT count(*) FROM sites"), 0);

    writeFile(path, "id,name,kind,lon,lat,LAT\nS1,x,micro,104,30,30\n");
    const auto d = import(*m_db, QStringLiteral("sites"), path, false, QStringLiteral("cols.csv"));
    QCOMPARE(d.summary.fatal,
             QStringLiteral("cols.csv:1: header: column 'lat' appears twice in the header"));
}

void TestCsvImport::coordinateSystems() {
    const auto r = import(*m_db, QStringLiteral("sites"), kData + QStringLiteral("sites_gcj.csv"));
    QVERIFY(r.summary.ok());
    auto st = m_db->prepare("SELECT lon,lat FROM sites WHERE id=?1");
    const auto position = [&](const char* id) {
        st.bind(1, id);
        st.step();
        const geo::LonLat p{st.real(0), st.real(1)};
        st.reset();
        return p;
    };
    const geo::LonLat gcj = position("G001");
    const geo::LonLat expectGcj = geo::gcj02ToWgs84({104.06, 30.66});
    QVERIFY(std::abs(gcj.lon - expectGcj.lon) < 1e-9 && std::abs(gcj.lat - expectGcj.lat) < 1e-9);
    // Converting back gives the file's coordinates.
    const geo::LonLat back = geo::wgs84ToGcj02(gcj);
    QVERIFY(std::abs(back.lon - 104.06) < 1e-7 && std::abs(back.lat - 30.66) < 1e-7);
    const geo::LonLat bd = position("B001");
    const geo::LonLat bdBack = geo::wgs84ToBd09(bd);
    QVERIFY(std::abs(bdBack.lon - 104.06) < 1e-7 && std::abs(bdBack.lat - 30.66) < 1e-7);
    const geo::LonLat cgcs = position("C001");
    QCOMPARE(cgcs.lon, 104.06);
    QCOMPARE(cgcs.lat, 30.66);
}

void TestCsvImport::storeConstraintRejectsRowOnly() {
    const QString path = tmp(QStringLiteral("mn.csv"));
    writeFile(path, "id,name,kind,lon,lat,mn\nS1,a,micro,104,30,MN1\nS2,b,micro,104,30,MN1\n"
                    "S3,c,micro,104,30,MN3\n");
    const auto r = import(*m_db, QStringLiteral("sites"), path, false, QStringLiteral("mn.csv"));
    QCOMPARE(r.issues.size(), 1);
    QVERIFY2(r.issues.first().startsWith(QStringLiteral("mn.csv:3: the store refused the row: ")),
             qPrintable(r.issues.first()));
    QVERIFY(r.issues.first().contains(QStringLiteral("UNIQUE constraint failed: sites.mn")));
    QCOMPARE(r.summary.stored(), 2);
    QCOMPARE(count(*m_db, "SELECT count(*) FROM sites"), 2);
}

void TestCsvImport::lidarMergesRays() {
    QVERIFY(
        import(*m_db, QStringLiteral("lidar"), kData + QStringLiteral("lidar.csv")).summary.ok());
    const QString path = tmp(QStringLiteral("more.csv"));
    writeFile(path,
              "device_id,time,lon,lat,mode,azimuth_deg,elevation_deg,range_start_m,bin_m,values\n"
              "L01,2024-06-01T10:00:00+08:00,104.06,30.71,ppi,60,2,100,30,40;41;42;43;44\n"
              "L01,2024-06-01T10:00:00+08:00,104.06,30.71,ppi,120,2,100,30,20;21;22;23;24\n"
              "L01,2024-06-01T10:00:00+08:00,104.06,30.71,ppi,240,2,100,30,99;31;32;33;34\n");
    const auto r = import(*m_db, QStringLiteral("lidar"), path);
    QVERIFY(r.summary.ok());
    QCOMPARE(r.summary.changed, 2);   // azimuth 60 is new, 240 changed
    QCOMPARE(r.summary.unchanged, 1); // 120 as stored
    store::LidarScanRepository repo(*m_db);
    const auto scan = repo.read(QStringLiteral("L01"), 1717207200, QStringLiteral("ppi"), 2);
    QVERIFY(scan);
    QCOMPARE(scan->nrays(), 4);
    QCOMPARE(scan->azimuths, (std::vector<float>{0, 60, 120, 240}));
    QCOMPARE(scan->at(0, 0), 10.5f); // stored at 0.1 resolution
    QCOMPARE(scan->at(1, 0), 40.0f);
    QCOMPARE(scan->at(3, 0), 99.0f);
    // The device moved with its latest scan in the file.
    auto st = m_db->prepare("SELECT lon,lat FROM lidars WHERE id='L01'");
    QVERIFY(st.step());
    QCOMPARE(st.real(0), 104.06);
    // A scan stored with other range bins cannot take these rays.
    writeFile(path,
              "device_id,time,lon,lat,mode,azimuth_deg,elevation_deg,range_start_m,bin_m,values\n"
              "L02,2024-06-01T10:00:00+08:00,104.15,30.60,ppi,180,3,50,30,1;2;3\n");
    const auto m = import(*m_db, QStringLiteral("lidar"), path, false, QStringLiteral("m.csv"));
    QCOMPARE(m.issues,
             QStringList{QStringLiteral("m.csv:2: the scan at 2024-06-01T10:00:00+08:00 is already "
                                        "stored with 3 bins of 15 m from 50 m; rays cannot be "
                                        "merged")});
}

void TestCsvImport::trackRowsBecomeReadings() {
    QVERIFY(
        import(*m_db, QStringLiteral("tracks"), kData + QStringLiteral("tracks.csv")).summary.ok());
    QCOMPARE(count(*m_db, "SELECT count(*) FROM track_points"), 3);
    QCOMPARE(count(*m_db, "SELECT count(*) FROM vehicles"), 2);
    QCOMPARE(count(*m_db, "SELECT count(*) FROM readings r JOIN series s ON s.id=r.series_id "
                          "WHERE s.source_id='V01' AND s.interval='rtd'"),
             4);
    // Vehicles are now known sources for readings.
    const QString path = tmp(QStringLiteral("v.csv"));
    writeFile(path, "source_id,pollutant,interval,time,value\n"
                    "V02,a34004,min,2024-06-01T10:00:00+08:00,55\n");
    QVERIFY(import(*m_db, QStringLiteral("readings"), path).summary.ok());
}

void TestCsvImport::missingFile() {
    const auto r = import(*m_db, QStringLiteral("sites"), tmp(QStringLiteral("nope.csv")), false,
                          QStringLiteral("nope.csv"));
    QVERIFY(r.summary.fatal.startsWith(QStringLiteral("nope.csv: cannot read (")));
    QCOMPARE(r.summary.exitCode(), 1);
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "test_csv_import.moc"
