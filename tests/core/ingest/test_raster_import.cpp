// Tests of ingest::RasterImporter with small rasters made by GDAL inside the test: overviews are
// built when missing (internal for a GeoTIFF, external .ovr otherwise), WGS84 bounds are right,
// the path is stored relative to the store when the file is under it, and a corrupt, missing or
// unreferenced file is refused with nothing stored.
#include "core/ingest/RasterImporter.h"
#include "core/store/Database.h"

#include <gdal.h>
#include <ogr_srs_api.h>

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numbers>
#include <vector>

using namespace eco;

namespace {

// Writes a raster with a gradient so AVERAGE overviews have something to average.
void makeRaster(const QString& path, const char* driver, int w, int h, int epsg,
                const std::vector<double>& gt) {
    GDALAllRegister();
    GDALDriverH drv = GDALGetDriverByName(driver);
    QVERIFY(drv);
    GDALDatasetH ds =
        GDALCreate(drv, QFile::encodeName(path).constData(), w, h, 1, GDT_Float32, nullptr);
    QVERIFY(ds);
    std::vector<double> g = gt;
    GDALSetGeoTransform(ds, g.data());
    if (epsg > 0) {
        OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
        OSRImportFromEPSG(srs, epsg);
        GDALSetSpatialRef(ds, srs);
        OSRDestroySpatialReference(srs);
    }
    std::vector<float> row(static_cast<size_t>(w));
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x)
            row[static_cast<size_t>(x)] = static_cast<float>(x + y);
        QCOMPARE(GDALRasterIO(GDALGetRasterBand(ds, 1), GF_Write, 0, y, w, 1, row.data(), w, 1,
                              GDT_Float32, 0, 0),
                 CE_None);
    }
    GDALClose(ds);
}

int overviewsInFile(const QString& path) {
    GDALDatasetH ds = GDALOpen(QFile::encodeName(path).constData(), GA_ReadOnly);
    if (!ds)
        return -1;
    const int n = GDALGetOverviewCount(GDALGetRasterBand(ds, 1));
    GDALClose(ds);
    return n;
}

QString sha256(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}

std::int64_t rasterCount(const store::Database& db) {
    auto st = db.prepare("SELECT count(*) FROM rasters");
    st.step();
    return st.int64(0);
}

} // namespace

class TestRasterImport : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void geotiffGetsInternalOverviews();
    void projectedBounds();
    void externalOverviewsAndAbsolutePath();
    void smallRasterNeedsNoOverviews();
    void refused_data();
    void refused();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<store::Database> m_db;
};

void TestRasterImport::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db.emplace(store::Database::open(m_dir->filePath(QStringLiteral("store.db"))));
}

void TestRasterImport::cleanup() {
    m_db.reset();
    m_dir.reset();
}

void TestRasterImport::geotiffGetsInternalOverviews() {
    const QString path = m_dir->filePath(QStringLiteral("aod.tif"));
    makeRaster(path, "GTiff", 1200, 600, 4326, {104.0, 0.0005, 0, 30.9, 0, -0.0005});
    QCOMPARE(overviewsInFile(path), 0);
    ingest::RasterImporter importer(*m_db);
    const auto r =
        importer.import(path, QStringLiteral("satellite"), 1717200000, QStringLiteral("AOD"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.builtOverviews);
    // 600 px: factor 2 -> 300, factor 4 -> 150 < 256: two levels, inside the GeoTIFF.
    QCOMPARE(r.record.overviews, 2);
    QCOMPARE(overviewsInFile(path), 2);
    QVERIFY(!QFile::exists(path + QStringLiteral(".ovr")));
    QCOMPARE(r.record.path, QStringLiteral("aod.tif")); // under the store's directory
    QCOMPARE(r.record.crs, QStringLiteral("EPSG:4326"));
    QCOMPARE(r.record.width, 1200);
    QCOMPARE(r.record.height, 600);
    QCOMPARE(r.record.bands, 1);
    QVERIFY(std::abs(r.record.west - 104.0) < 1e-9);
    QVERIFY(std::abs(r.record.east - 104.6) < 1e-9);
    QVERIFY(std::abs(r.record.north - 30.9) < 1e-9);
    QVERIFY(std::abs(r.record.south - 30.6) < 1e-9);
    QCOMPARE(r.record.sha256, sha256(path)); // of the file as it is now, overviews included
    QCOMPARE(r.record.ts, std::optional<std::int64_t>(1717200000));
    QVERIFY(r.record.id > 0);
    QCOMPARE(rasterCount(*m_db), 1);

    // Again: nothing to build, same record.
    const auto again =
        importer.import(path, QStringLiteral("satellite"), 1717200000, QStringLiteral("AOD"));
    QVERIFY(again.ok);
    QVERIFY(!again.builtOverviews);
    QCOMPARE(again.record.id, r.record.id);
    QCOMPARE(again.record.sha256, r.record.sha256);
    QCOMPARE(rasterCount(*m_db), 1);
}

void TestRasterImport::projectedBounds() {
    // Web Mercator has a closed-form inverse to check the corners against.
    const double r = 6378137.0;
    const auto x = [&](double lon) { return lon * std::numbers::pi / 180 * r; };
    const auto y = [&](double lat) {
        return r * std::log(std::tan(std::numbers::pi / 4 + lat * std::numbers::pi / 360));
    };
    const double x0 = x(103.9), y0 = y(30.8), x1 = x(104.3), y1 = y(30.5);
    const QString path = m_dir->filePath(QStringLiteral("merc.tif"));
    makeRaster(path, "GTiff", 300, 200, 3857, {x0, (x1 - x0) / 300, 0, y0, 0, (y1 - y0) / 200});
    const auto res =
        ingest::RasterImporter(*m_db).import(path, QStringLiteral("model"), std::nullopt);
    QVERIFY2(res.ok, qPrintable(res.error));
    QCOMPARE(res.record.crs, QStringLiteral("EPSG:3857"));
    QVERIFY(std::abs(res.record.west - 103.9) < 1e-7);
    QVERIFY(std::abs(res.record.east - 104.3) < 1e-7);
    QVERIFY(std::abs(res.record.north - 30.8) < 1e-7);
    QVERIFY(std::abs(res.record.south - 30.5) < 1e-7);
    QVERIFY(!res.record.ts);
}

void TestRasterImport::externalOverviewsAndAbsolutePath() {
    QTemporaryDir elsewhere;
    QVERIFY(elsewhere.isValid());
    // ENVI is not a GeoTIFF: its overviews go to an external .ovr.
    const QString path = elsewhere.filePath(QStringLiteral("drone.img"));
    makeRaster(path, "ENVI", 520, 520, 32648, {400000, 0.1, 0, 3400000, 0, -0.1});
    const auto r = ingest::RasterImporter(*m_db).import(path, QStringLiteral("drone"), 1717200000);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.builtOverviews);
    QCOMPARE(r.record.overviews, 2); // 520 -> 260 -> 130
    QVERIFY(QFile::exists(path + QStringLiteral(".ovr")));
    QCOMPARE(r.record.path, path); // not under the store: absolute
    QCOMPARE(r.record.crs, QStringLiteral("EPSG:32648"));
    // UTM 48N, 400 km easting, 3400 km northing: about 104.0 E, 30.7 N.
    QVERIFY(r.record.west > 103.9 && r.record.east < 104.1);
    QVERIFY(r.record.south > 30.6 && r.record.north < 30.8);
    QVERIFY(r.record.east > r.record.west && r.record.north > r.record.south);
}

void TestRasterImport::smallRasterNeedsNoOverviews() {
    const QString path = m_dir->filePath(QStringLiteral("small.tif"));
    makeRaster(path, "GTiff", 200, 100, 4326, {104.0, 0.01, 0, 31.0, 0, -0.01});
    const auto r = ingest::RasterImporter(*m_db).import(path, QStringLiteral("model"), 0);
    QVERIFY(r.ok);
    QVERIFY(!r.builtOverviews);
    QCOMPARE(r.record.overviews, 0);
}

void TestRasterImport::refused_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content"); // empty: do not create the file
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("errorStart");
    QTest::newRow("corrupt") << "bad.tif" << QByteArray("II*\0garbage, not a tiff at all", 30)
                             << "satellite"
                             << "bad.tif: cannot open raster (";
    QTest::newRow("text file") << "notes.tif" << QByteArray("hello\n") << "satellite"
                               << "notes.tif: cannot open raster (";
    QTest::newRow("missing") << "missing.tif" << QByteArray() << "satellite"
                             << "missing.tif: cannot open raster (";
    QTest::newRow("bad kind") << "k.tif" << QByteArray("x") << "photo"
                              << "k.tif: kind 'photo' is not one of satellite, drone, model";
}

void TestRasterImport::refused() {
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, kind);
    QFETCH(QString, errorStart);
    const QString path = m_dir->filePath(name);
    if (!content.isEmpty()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const auto r = ingest::RasterImporter(*m_db).import(path, kind, 0);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.startsWith(m_dir->filePath(errorStart)) || r.error.startsWith(errorStart) ||
                 r.error.startsWith(m_dir->path() + u'/' + errorStart),
             qPrintable(r.error));
    QCOMPARE(rasterCount(*m_db), 0);
}

QTEST_GUILESS_MAIN(TestRasterImport)
#include "test_raster_import.moc"
