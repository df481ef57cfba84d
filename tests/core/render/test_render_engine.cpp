// The render engine below the layers: the layer cache (a time change redraws only time-dependent
// layers, the byte budget evicts least recently used images), progressive layerFinished signals,
// pan frames composed from a cached image, GCJ-02 / BD-09 layers corrected when drawn, and
// rasters in several CRSs and formats (GeoTIFF in EPSG:4326, 3857, 32648, 4490, a rotated
// geotransform, nodata, netCDF, GeoPackage) made here with GDAL, whose drawn footprint must match
// gdalwarp's output for the same box and size within one pixel.
#include "core/geo/ChinaOffsets.h"
#include "core/geo/WebMercator.h"
#include "core/render/LayerProjector.h"
#include "core/render/MapComposition.h"
#include "core/render/MapLayer.h"
#include "core/render/MapLayerCache.h"
#include "core/render/MapRenderJob.h"
#include "core/render/RasterLayer.h"

#include <QPainter>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_srs_api.h>

#include <atomic>
#include <cmath>

using namespace eco;

namespace {

// A layer that fills a rectangle in its colour and counts how often it was drawn.
class CountingLayer : public render::MapLayer {
public:
    CountingLayer(const QString& id, QColor colour, bool timed)
        : MapLayer(id, id), m_colour(colour), m_timed(timed) {}
    bool dependsOnTime() const override { return m_timed; }
    int renders() const { return *m_count; }

    std::unique_ptr<render::MapLayerRenderer>
    createRenderer(const render::MapSettings&) const override {
        class R : public render::MapLayerRenderer {
        public:
            R(QColor c, std::shared_ptr<std::atomic_int> n) : m_c(c), m_n(std::move(n)) {}
            void render(QImage& image, const render::RenderContext&) override {
                ++*m_n;
                QPainter p(&image);
                p.fillRect(QRectF(10, 10, 40, 30), m_c);
            }
            QColor m_c;
            std::shared_ptr<std::atomic_int> m_n;
        };
        return std::make_unique<R>(m_colour, m_count);
    }

private:
    QColor m_colour;
    bool m_timed;
    std::shared_ptr<std::atomic_int> m_count = std::make_shared<std::atomic_int>(0);
};

render::MapSettings view(QSize size, const geo::GeoRect& lonLat, const QStringList& layers,
                         std::int64_t time = 1790816400) {
    render::MapSettings s;
    s.setOutputSize(size);
    s.setExtent(geo::WebMercator::fromLonLat(lonLat));
    s.setTime(time);
    s.setVisibleLayers(layers);
    return s;
}

const geo::GeoRect kBox{104.00, 30.60, 104.12, 30.70};

struct DatasetCloser {
    void operator()(void* ds) const { GDALClose(ds); }
};
using DatasetPtr = std::unique_ptr<void, DatasetCloser>;

// A 60x50 float raster with a gradient, in `crs` (EPSG code), covering kBox (its corners taken to
// that CRS), optionally rotated by `rotation` degrees about its top-left corner and with a
// nodata block in the top-left quarter.
bool writeRaster(const QString& driver, const QString& path, int epsg, double rotationDeg,
                 bool withNoData, QString* openPath) {
    GDALAllRegister();
    const int w = 60, h = 50;
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, epsg);
    OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReferenceH wgs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(wgs, 4326);
    OSRSetAxisMappingStrategy(wgs, OAMS_TRADITIONAL_GIS_ORDER);
    OGRCoordinateTransformationH ct = OCTNewCoordinateTransformation(wgs, srs);
    double xs[2] = {kBox.west, kBox.east}, ys[2] = {kBox.north, kBox.south};
    const bool ok = ct && OCTTransform(ct, 2, xs, ys, nullptr);
    char* wkt = nullptr;
    OSRExportToWkt(srs, &wkt);
    const QString projection = QString::fromUtf8(wkt);
    CPLFree(wkt);
    if (ct)
        OCTDestroyCoordinateTransformation(ct);
    OSRDestroySpatialReference(srs);
    OSRDestroySpatialReference(wgs);
    if (!ok)
        return false;
    const double px = (xs[1] - xs[0]) / w, py = (ys[1] - ys[0]) / h; // py < 0
    const double a = rotationDeg * M_PI / 180;
    // Rotation of the pixel axes: x goes (cos, sin) * px, y goes (-sin, cos) * py.
    const double gt[6] = {xs[0], px * std::cos(a), -py * std::sin(a),
                          ys[0], px * std::sin(a), py * std::cos(a)};
    DatasetPtr mem(GDALCreate(GDALGetDriverByName("MEM"), "", w, h, 1, GDT_Float32, nullptr));
    GDALSetGeoTransform(mem.get(), const_cast<double*>(gt));
    GDALSetProjection(mem.get(), projection.toUtf8().constData());
    GDALRasterBandH band = GDALGetRasterBand(mem.get(), 1);
    std::vector<float> data(static_cast<std::size_t>(w * h));
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            data[static_cast<std::size_t>(y * w + x)] =
                (withNoData && x < w / 2 && y < h / 2) ? -9999.0f : float(1 + x + y);
    if (withNoData)
        GDALSetRasterNoDataValue(band, -9999);
    if (GDALRasterIO(band, GF_Write, 0, 0, w, h, data.data(), w, h, GDT_Float32, 0, 0) != CE_None)
        return false;
    DatasetPtr out(GDALCreateCopy(GDALGetDriverByName(driver.toUtf8().constData()),
                                  path.toUtf8().constData(), mem.get(), FALSE, nullptr, nullptr,
                                  nullptr));
    if (!out)
        return false;
    *openPath =
        driver == QLatin1String("netCDF") ? QStringLiteral("NETCDF:\"%1\":Band1").arg(path) : path;
    return true;
}

// Fraction of the footprint (non-transparent pixels) of a that has no footprint pixel of b within
// one pixel, and the other way round: the worse of the two.
double footprintMismatch(const QImage& a, const QImage& b) {
    auto inside = [](const QImage& img, int x, int y) {
        return x >= 0 && y >= 0 && x < img.width() && y < img.height() &&
               qAlpha(img.pixel(x, y)) > 0;
    };
    auto oneWay = [&](const QImage& p, const QImage& q) {
        qint64 n = 0, bad = 0;
        for (int y = 0; y < p.height(); ++y)
            for (int x = 0; x < p.width(); ++x) {
                if (!inside(p, x, y))
                    continue;
                ++n;
                bool near = false;
                for (int dy = -1; dy <= 1 && !near; ++dy)
                    for (int dx = -1; dx <= 1 && !near; ++dx)
                        near = inside(q, x + dx, y + dy);
                bad += near ? 0 : 1;
            }
        return n ? static_cast<double>(bad) / n : 1.0;
    };
    return std::max(oneWay(a, b), oneWay(b, a));
}

} // namespace

class TestRenderEngine : public QObject {
    Q_OBJECT

private slots:
    void timeChangeRedrawsOnlyTimeDependentLayers() {
        auto staticLayer = std::make_shared<CountingLayer>("static", Qt::blue, false);
        auto timedLayer = std::make_shared<CountingLayer>("timed", Qt::red, true);
        const render::LayerStack stack{staticLayer, timedLayer};
        render::MapLayerCache cache;
        const auto s = view({200, 150}, kBox, {"static", "timed"});
        auto out = render::MapRenderJob::renderSync(s, stack, false, Qt::white, &cache);
        QCOMPARE(staticLayer->renders(), 1);
        QCOMPARE(timedLayer->renders(), 1);
        // Same view and time: nothing drawn again, same picture.
        auto again = render::MapRenderJob::renderSync(s, stack, false, Qt::white, &cache);
        QCOMPARE(staticLayer->renders(), 1);
        QCOMPARE(timedLayer->renders(), 1);
        QCOMPARE(again.image, out.image);
        QVERIFY(again.layers[0].fromCache && again.layers[1].fromCache);
        // Only the time changes: only the timed layer is drawn.
        render::MapSettings later = s;
        later.setTime(s.time() + 3600);
        auto t2 = render::MapRenderJob::renderSync(later, stack, false, Qt::white, &cache);
        QCOMPARE(staticLayer->renders(), 1);
        QCOMPARE(timedLayer->renders(), 2);
        QVERIFY(t2.layers[0].fromCache);
        QVERIFY(!t2.layers[1].fromCache);
        // A style change (revision) or a pan redraws the static layer too.
        staticLayer->bumpRevision();
        render::MapRenderJob::renderSync(later, stack, false, Qt::white, &cache);
        QCOMPARE(staticLayer->renders(), 2);
        render::MapRenderJob::renderSync(later.pannedByPixels({5, 0}), stack, false, Qt::white,
                                         &cache);
        QCOMPARE(staticLayer->renders(), 3);
        QCOMPARE(timedLayer->renders(), 3);
        QVERIFY(cache.stats().hits >= 3);
    }

    void cacheBudgetEvictsLeastRecentlyUsed() {
        auto layer = std::make_shared<CountingLayer>("a", Qt::green, true);
        const qint64 one = qint64(100) * 100 * 4;
        render::MapLayerCache cache(one * 3);
        for (int i = 0; i < 5; ++i)
            render::MapRenderJob::renderSync(view({100, 100}, kBox, {"a"}, 1000 + i), {layer},
                                             false, Qt::white, &cache);
        const auto st = cache.stats();
        QCOMPARE(st.entries, 3);
        QVERIFY(st.bytes <= st.budgetBytes);
        QCOMPARE(st.peakBytes, one * 3);
        QCOMPARE(st.evictions, std::int64_t(2));
        // The newest three are kept: time 1004 is cached, 1000 is not.
        const int before = layer->renders();
        render::MapRenderJob::renderSync(view({100, 100}, kBox, {"a"}, 1004), {layer}, false,
                                         Qt::white, &cache);
        QCOMPARE(layer->renders(), before);
        render::MapRenderJob::renderSync(view({100, 100}, kBox, {"a"}, 1000), {layer}, false,
                                         Qt::white, &cache);
        QCOMPARE(layer->renders(), before + 1);
    }

    void asyncJobReportsEachLayerAndUsesTheCache() {
        auto a = std::make_shared<CountingLayer>("a", Qt::blue, false);
        auto b = std::make_shared<CountingLayer>("b", Qt::red, true);
        auto cache = std::make_shared<render::MapLayerCache>();
        const auto s = view({160, 120}, kBox, {"a", "b"});
        for (int round = 0; round < 2; ++round) {
            render::MapRenderJob job(s, {a, b});
            job.setCache(cache);
            QSignalSpy layers(&job, &render::MapRenderJob::layerFinished);
            QSignalSpy done(&job, &render::MapRenderJob::finished);
            job.start();
            QVERIFY(done.wait(5000));
            QCoreApplication::processEvents();
            QCOMPARE(layers.count(), 2);
            QVERIFY(!job.layerImage(0).image.isNull());
            QVERIFY(!job.layerImage(1).image.isNull());
        }
        QCOMPARE(a->renders(), 1); // the second job took both from the cache
        QCOMPARE(b->renders(), 1);
    }

    void panFrameShiftsTheComposedImage() {
        auto a = std::make_shared<CountingLayer>("a", Qt::blue, false);
        const auto s = view({300, 200}, kBox, {"a"});
        const auto out = render::MapRenderJob::renderSync(s, {a}, false, Qt::white);
        const auto moved = s.pannedByPixels({17, -9});
        QImage frame;
        render::MapComposition::panFrame(out.image, s, moved, Qt::yellow, frame);
        QCOMPARE(frame.size(), out.image.size());
        for (const QPoint p : {QPoint(20, 20), QPoint(49, 39), QPoint(100, 100), QPoint(5, 15)})
            QCOMPARE(frame.pixel(p + QPoint(17, -9)), out.image.pixel(p));
        QCOMPARE(QColor(frame.pixel(5, 195)), QColor(Qt::yellow)); // uncovered strip
        // A zoom goes through the scaled path and still lands the blue box where it belongs.
        const auto zoomed = s.zoomedAbout({30, 25}, 2.0);
        render::MapComposition::panFrame(out.image, s, zoomed, Qt::yellow, frame);
        QCOMPARE(QColor(frame.pixel(30, 25)), QColor(Qt::blue));
    }

    void chinaOffsetsRoundTripAndLayerCorrection() {
        // Round trip accuracy of the inverses, over the city and beyond.
        double worst = 0;
        for (double lon = 103.5; lon <= 104.6; lon += 0.1)
            for (double lat = 30.2; lat <= 31.2; lat += 0.1) {
                const geo::LonLat p{lon, lat};
                const geo::LonLat g = geo::gcj02ToWgs84(geo::wgs84ToGcj02(p));
                const geo::LonLat b = geo::bd09ToWgs84(geo::wgs84ToBd09(p));
                worst = std::max({worst, std::abs(g.lon - lon), std::abs(g.lat - lat),
                                  std::abs(b.lon - lon), std::abs(b.lat - lat)});
            }
        QVERIFY2(worst < 1e-6, qPrintable(QString::number(worst))); // about 0.1 m
        // A GCJ-02 layer's point lands on the pixel of the true WGS84 position.
        const geo::LonLat truth{104.06, 30.66};
        const geo::LonLat gcj = geo::wgs84ToGcj02(truth);
        const auto s = view({800, 600}, kBox, {});
        const render::LayerProjector proj(s, render::MapLayer::LonLatDatum::Gcj02);
        const QPointF drawn = proj.toPixel(geo::WebMercator::fromLonLat(gcj.lon, gcj.lat));
        const QPointF expected = s.worldToPixel(geo::WebMercator::fromLonLat(truth.lon, truth.lat));
        QVERIFY(QLineF(drawn, expected).length() < 0.05);
        // Uncorrected, the offset is hundreds of metres: tens of pixels here.
        const render::LayerProjector raw(s, render::MapLayer::LonLatDatum::Wgs84);
        QVERIFY(
            QLineF(raw.toPixel(geo::WebMercator::fromLonLat(gcj.lon, gcj.lat)), expected).length() >
            5);
        const geo::LonLat bd = geo::wgs84ToBd09(truth);
        const render::LayerProjector bdProj(s, render::MapLayer::LonLatDatum::Bd09);
        QVERIFY(QLineF(bdProj.toPixel(geo::WebMercator::fromLonLat(bd.lon, bd.lat)), expected)
                    .length() < 0.05);
        // Another display CRS goes through PROJ.
        render::MapSettings utm = s;
        utm.setDestinationCrs(QStringLiteral("EPSG:32648"));
        const render::LayerProjector bad(
            [&] {
                render::MapSettings x = s;
                x.setDestinationCrs(QStringLiteral("EPSG:99999"));
                return x;
            }(),
            render::MapLayer::LonLatDatum::Wgs84);
        QVERIFY(!bad.error().isEmpty());
    }

    void rastersLineUpWithGdalwarp_data() {
        QTest::addColumn<QString>("driver");
        QTest::addColumn<int>("epsg");
        QTest::addColumn<double>("rotation");
        QTest::addColumn<bool>("nodata");
        QTest::newRow("GeoTIFF EPSG:4326") << "GTiff" << 4326 << 0.0 << false;
        QTest::newRow("GeoTIFF EPSG:3857") << "GTiff" << 3857 << 0.0 << false;
        QTest::newRow("GeoTIFF EPSG:32648") << "GTiff" << 32648 << 0.0 << false;
        QTest::newRow("GeoTIFF EPSG:4490") << "GTiff" << 4490 << 0.0 << false;
        QTest::newRow("GeoTIFF rotated 20 deg") << "GTiff" << 32648 << 20.0 << false;
        QTest::newRow("GeoTIFF with nodata") << "GTiff" << 4326 << 0.0 << true;
        QTest::newRow("netCDF variable") << "netCDF" << 4326 << 0.0 << false;
        QTest::newRow("GeoPackage raster") << "GPKG" << 4326 << 0.0 << false;
    }

    void rastersLineUpWithGdalwarp() {
        QFETCH(QString, driver);
        QFETCH(int, epsg);
        QFETCH(double, rotation);
        QFETCH(bool, nodata);
        QTemporaryDir dir;
        const QString ext = driver == QLatin1String("netCDF") ? QStringLiteral(".nc")
                            : driver == QLatin1String("GPKG") ? QStringLiteral(".gpkg")
                                                              : QStringLiteral(".tif");
        const QString file = dir.filePath(QStringLiteral("r") + ext);
        QString openPath;
        QVERIFY(writeRaster(driver, file, epsg, rotation, nodata, &openPath));
        model::RasterRecord rec;
        rec.path = openPath;
        rec.kind = QStringLiteral("satellite");
        auto layer = std::make_shared<render::RasterLayer>(rec);
        const geo::GeoRect wide = kBox.scaled(1.4);
        const QSize size(280, 200);
        const auto s = view(size, wide, {"raster"});
        const auto out = render::MapRenderJob::renderSync(s, {layer}, false, Qt::white);
        QCOMPARE(out.layers.size(), std::size_t(1));
        QVERIFY2(out.layers[0].error.isEmpty(), qPrintable(out.layers[0].error));
        const QImage ours = out.layers[0].image;
        // gdalwarp of the same file to the same box and size, nearest neighbour.
        const geo::GeoRect v = s.visibleExtent();
        const QString warped = dir.filePath(QStringLiteral("warped.tif"));
        QProcess gdalwarp;
        gdalwarp.start(
            QStringLiteral("gdalwarp"),
            {QStringLiteral("-q"), QStringLiteral("-overwrite"), QStringLiteral("-t_srs"),
             QStringLiteral("EPSG:3857"), QStringLiteral("-te"), QString::number(v.west, 'f', 6),
             QString::number(v.south, 'f', 6), QString::number(v.east, 'f', 6),
             QString::number(v.north, 'f', 6), QStringLiteral("-ts"), QString::number(size.width()),
             QString::number(size.height()), QStringLiteral("-r"), QStringLiteral("near"),
             QStringLiteral("-dstalpha"), openPath, warped});
        QVERIFY(gdalwarp.waitForFinished(30000));
        QVERIFY2(gdalwarp.exitCode() == 0, gdalwarp.readAllStandardError().constData());
        DatasetPtr ds(GDALOpen(warped.toUtf8().constData(), GA_ReadOnly));
        QVERIFY(ds);
        QCOMPARE(GDALGetRasterCount(ds.get()), 2);
        std::vector<float> alpha(static_cast<std::size_t>(size.width() * size.height()));
        QCOMPARE(GDALRasterIO(GDALGetRasterBand(ds.get(), 2), GF_Read, 0, 0, size.width(),
                              size.height(), alpha.data(), size.width(), size.height(), GDT_Float32,
                              0, 0),
                 CE_None);
        QImage reference(size, QImage::Format_ARGB32);
        qint64 covered = 0;
        for (int y = 0; y < size.height(); ++y)
            for (int x = 0; x < size.width(); ++x) {
                const bool in = alpha[static_cast<std::size_t>(y * size.width() + x)] > 0;
                covered += in ? 1 : 0;
                reference.setPixel(x, y, in ? qRgba(0, 0, 0, 255) : qRgba(0, 0, 0, 0));
            }
        QVERIFY(covered > 1000); // the raster is well inside the view
        const double mismatch = footprintMismatch(ours, reference);
        QVERIFY2(mismatch == 0.0, qPrintable(QStringLiteral("%1 of the footprint is more than "
                                                            "one pixel off gdalwarp's")
                                                 .arg(mismatch)));
        if (nodata) // the nodata quarter is transparent: the north-west of the box
            QCOMPARE(qAlpha(ours.pixel(
                         s.worldToPixel(geo::WebMercator::fromLonLat(104.01, 30.69)).toPoint())),
                     0);
    }

    void brokenRasterFailsAloneWithAClearError() {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("broken.tif"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("II*\0this is not a tiff", 22);
        f.close();
        model::RasterRecord rec;
        rec.path = bad;
        auto raster = std::make_shared<render::RasterLayer>(rec);
        auto other = std::make_shared<CountingLayer>("other", Qt::blue, false);
        const auto out = render::MapRenderJob::renderSync(
            view({120, 90}, kBox, {"raster", "other"}), {raster, other}, false, Qt::white);
        QCOMPARE(out.layers.size(), std::size_t(2));
        QVERIFY(out.layers[0].error.contains(bad));
        QVERIFY(out.layers[1].error.isEmpty());
        QCOMPARE(QColor(out.image.pixel(20, 20)), QColor(Qt::blue));
    }
};

QTEST_MAIN(TestRenderEngine)
#include "test_render_engine.moc"
