// Raster sources and styles, all offline: an MBTiles file written by GDAL inside the test lands
// where its tiles say; an XYZ tile service served by a tiny HTTP server in the test (a QTcpServer
// on its own thread answering PNG tiles it paints) is drawn, fills the on-disk tile cache, and is
// drawn again from that cache once the server is gone; an unreachable service fails alone with an
// error naming its URL while the other layers draw; a two-band raster styled with band 2 and a
// chosen ramp gives the ramp's colours; an RGB raster is drawn in its own colours.
#include "core/geo/WebMercator.h"
#include "core/render/MapRenderJob.h"
#include "core/render/MapSettings.h"
#include "core/render/RasterLayer.h"
#include "core/render/RasterSource.h"
#include "core/render/RasterStyle.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QImage>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_srs_api.h>

#include <atomic>
#include <cmath>
#include <memory>

using namespace eco;

namespace {

struct DatasetCloser {
    void operator()(void* ds) const { GDALClose(ds); }
};
using DatasetPtr = std::unique_ptr<void, DatasetCloser>;

// Tile colours: the parity of the zoom-12 column the tile lies in, so whichever zoom GDAL asks
// for, the boundary between red and blue is a zoom-12 tile edge.
QColor tileColour(int z, int x) {
    const int col12 = z >= 12 ? (x >> (z - 12)) : (x << (12 - z));
    return (col12 % 2) == 0 ? QColor(220, 30, 30) : QColor(30, 30, 220);
}

// Answers GET /z/x/y.png with a 256x256 PNG of tileColour(z, x); anything else 404.
class TileServer : public QObject {
    Q_OBJECT
public:
    std::atomic_int requests{0};

public slots:
    quint16 start() {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, &TileServer::accept);
        return m_server->listen(QHostAddress::LocalHost, 0) ? m_server->serverPort() : 0;
    }
    void stop() {
        delete m_server;
        m_server = nullptr;
        for (QTcpSocket* s : findChildren<QTcpSocket*>())
            delete s;
    }

private slots:
    void accept() {
        while (QTcpSocket* s = m_server->nextPendingConnection()) {
            s->setParent(this);
            connect(s, &QTcpSocket::readyRead, this, [this, s] { answer(s); });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    }

private:
    void answer(QTcpSocket* s) {
        QByteArray& buf = m_pending[s];
        buf += s->readAll();
        if (!buf.contains("\r\n\r\n"))
            return;
        const QString line = QString::fromLatin1(buf.left(buf.indexOf("\r\n")));
        m_pending.remove(s);
        static const QRegularExpression re(QStringLiteral("^GET /(\\d+)/(\\d+)/(\\d+)\\.png"));
        const auto m = re.match(line);
        QByteArray reply;
        if (m.hasMatch()) {
            ++requests;
            QImage tile(256, 256, QImage::Format_ARGB32);
            tile.fill(tileColour(m.captured(1).toInt(), m.captured(2).toInt()));
            QByteArray png;
            QBuffer b(&png);
            b.open(QIODevice::WriteOnly);
            tile.save(&b, "PNG");
            reply = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: " +
                    QByteArray::number(png.size()) + "\r\nConnection: close\r\n\r\n" + png;
        } else {
            reply = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        }
        s->write(reply);
        s->disconnectFromHost();
    }

    QTcpServer* m_server = nullptr;
    QHash<QTcpSocket*, QByteArray> m_pending;
};

render::MapSettings mercatorView(const geo::GeoRect& merc, QSize size, const QStringList& layers) {
    render::MapSettings s;
    s.setOutputSize(size);
    s.setExtent(merc);
    s.setVisibleLayers(layers);
    return s;
}

// The tile server on its own thread (the render blocks the test's thread), stopped on scope exit
// whatever the test's outcome.
class ServerThread {
public:
    ServerThread() {
        m_server.moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(&m_server, "start", Qt::BlockingQueuedConnection,
                                  Q_RETURN_ARG(quint16, m_port));
    }
    ~ServerThread() { stop(); }
    ServerThread(const ServerThread&) = delete;
    ServerThread& operator=(const ServerThread&) = delete;
    void stop() {
        if (!m_thread.isRunning())
            return;
        QMetaObject::invokeMethod(&m_server, "stop", Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    quint16 port() const { return m_port; }
    int requests() const { return m_server.requests.load(); }

private:
    QThread m_thread;
    TileServer m_server;
    quint16 m_port = 0;
};

const render::LayerRenderResult* resultOf(const render::MapRenderOutput& out, const QString& id) {
    for (const auto& l : out.layers)
        if (l.layerId == id)
            return &l;
    return nullptr;
}

// The Web Mercator box of zoom-12 tiles [x, x + n) of row y.
geo::GeoRect tileBox(int x, int y, int n) {
    constexpr double kHalf = 20037508.342789244;
    const double size = 2 * kHalf / 4096;
    return {-kHalf + x * size, kHalf - (y + 1) * size, -kHalf + (x + n) * size, kHalf - y * size};
}

int filesUnder(const QString& dir) {
    int n = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

// A GeoTIFF in lon/lat over [lon0, lon0 + 0.1] x [lat0, lat0 + 0.1] with `bands` bands filled
// by fill(band, col, row).
template <typename Fill>
QString writeGeoTiff(const QString& path, int w, int h, int bands, GDALDataType type, Fill fill,
                     bool rgb = false) {
    GDALDriverH drv = GDALGetDriverByName("GTiff");
    DatasetPtr ds(GDALCreate(drv, path.toUtf8().constData(), w, h, bands, type, nullptr));
    double gt[6] = {104.0, 0.1 / w, 0, 30.7, 0, -0.1 / h};
    GDALSetGeoTransform(ds.get(), gt);
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, 4326);
    char* wkt = nullptr;
    OSRExportToWkt(srs, &wkt);
    GDALSetProjection(ds.get(), wkt);
    CPLFree(wkt);
    OSRDestroySpatialReference(srs);
    std::vector<float> row(static_cast<std::size_t>(w));
    for (int b = 1; b <= bands; ++b) {
        GDALRasterBandH band = GDALGetRasterBand(ds.get(), b);
        if (rgb)
            GDALSetRasterColorInterpretation(band,
                                             static_cast<GDALColorInterp>(GCI_RedBand + b - 1));
        for (int r = 0; r < h; ++r) {
            for (int c = 0; c < w; ++c)
                row[static_cast<std::size_t>(c)] = fill(b, c, r);
            if (GDALRasterIO(band, GF_Write, 0, r, w, 1, row.data(), w, 1, GDT_Float32, 0, 0) !=
                CE_None)
                return {};
        }
    }
    return path;
}

} // namespace

class TestRasterSources : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // The tile server is on the loopback: never through a proxy the environment may name.
        qputenv("no_proxy", "127.0.0.1,localhost");
        qputenv("NO_PROXY", "127.0.0.1,localhost");
        GDALAllRegister();
    }

    void parsesSpecs() {
        QString error;
        const auto xyz = render::RasterSource::parse(
            QStringLiteral("https://tiles.example.org/{z}/{x}/{y}.png?key=a&b=c"),
            QStringLiteral("/tmp/c"), &error);
        QVERIFY2(xyz, qPrintable(error));
        QCOMPARE(xyz->kind, render::RasterSource::Kind::Xyz);
        QVERIFY(xyz->gdalName.contains(QLatin1String("${z}/${x}/${y}.png?key=a&amp;b=c")));
        QVERIFY(xyz->gdalName.contains(QLatin1String("<Cache><Path>/tmp/c</Path></Cache>")));
        QVERIFY(xyz->gdalName.contains(QLatin1String("<YOrigin>top</YOrigin>")));
        const auto tms = render::RasterSource::parse(QStringLiteral("http://h/{z}/{x}/{-y}.png"),
                                                     QStringLiteral("/tmp/c"), &error);
        QVERIFY(tms && tms->gdalName.contains(QLatin1String("<YOrigin>bottom</YOrigin>")));
        const auto wmts = render::RasterSource::parse(
            QStringLiteral("https://h.example.org/wmts/1.0.0/WMTSCapabilities.xml"), {}, &error);
        QVERIFY(wmts && wmts->kind == render::RasterSource::Kind::Wmts);
        QCOMPARE(wmts->gdalName,
                 QStringLiteral("WMTS:https://h.example.org/wmts/1.0.0/WMTSCapabilities.xml"));
        QVERIFY(!render::RasterSource::parse(QStringLiteral("/no/such/file.mbtiles"), {}, &error));
        QVERIFY2(error.contains(QLatin1String("/no/such/file.mbtiles")), qPrintable(error));
        QVERIFY(!render::RasterSource::parse(QStringLiteral("https://h/{z}/{x}.png"), {}, &error));
        QVERIFY2(error.contains(QLatin1String("{y}")), qPrintable(error));
        QVERIFY(render::RasterSource::looksLikeSource(QStringLiteral("https://a/{z}/{x}/{y}.png")));
        QVERIFY(!render::RasterSource::looksLikeSource(QStringLiteral("sites")));
        QCOMPARE(render::RasterSource::defaultCacheDir(QStringLiteral("/data/city.db")),
                 QStringLiteral("/data/city.db.tiles"));
    }

    void mbtilesLandsWhereItsTilesSay() {
        // Source: zoom-12 tiles x = 3228..3229 of row 1718 (around Chengdu), left red, right blue.
        const geo::GeoRect box = tileBox(3228, 1718, 2);
        DatasetPtr mem(GDALCreate(GDALGetDriverByName("MEM"), "", 512, 256, 4, GDT_Byte, nullptr));
        double gt[6] = {box.west, box.width() / 512, 0, box.north, 0, -box.height() / 256};
        GDALSetGeoTransform(mem.get(), gt);
        GDALSetProjection(
            mem.get(), "PROJCS[\"WGS 84 / Pseudo-Mercator\",GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\","
                       "SPHEROID[\"WGS 84\",6378137,298.257223563]],PRIMEM[\"Greenwich\",0],"
                       "UNIT[\"degree\",0.0174532925199433]],PROJECTION[\"Mercator_1SP\"],"
                       "PARAMETER[\"central_meridian\",0],PARAMETER[\"scale_factor\",1],"
                       "PARAMETER[\"false_easting\",0],PARAMETER[\"false_northing\",0],"
                       "UNIT[\"metre\",1],EXTENSION[\"PROJ4\",\"+proj=merc +a=6378137 "
                       "+b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null "
                       "+wktext +no_defs\"],AUTHORITY[\"EPSG\",\"3857\"]]");
        std::vector<unsigned char> row(512);
        const unsigned char values[4][2] = {{220, 30}, {30, 30}, {30, 220}, {255, 255}};
        for (int b = 0; b < 4; ++b) {
            for (int c = 0; c < 512; ++c)
                row[static_cast<std::size_t>(c)] = values[b][c < 256 ? 0 : 1];
            GDALRasterBandH band = GDALGetRasterBand(mem.get(), b + 1);
            if (b == 3)
                GDALSetRasterColorInterpretation(band, GCI_AlphaBand);
            for (int r = 0; r < 256; ++r)
                QCOMPARE(
                    GDALRasterIO(band, GF_Write, 0, r, 512, 1, row.data(), 512, 1, GDT_Byte, 0, 0),
                    CE_None);
        }
        const QString path = m_dir.filePath(QStringLiteral("city.mbtiles"));
        const char* options[] = {"TILE_FORMAT=PNG", nullptr};
        DatasetPtr out(GDALCreateCopy(GDALGetDriverByName("MBTiles"), path.toUtf8().constData(),
                                      mem.get(), FALSE, const_cast<char**>(options), nullptr,
                                      nullptr));
        QVERIFY(out);
        out.reset();

        QString error;
        const auto src = render::RasterSource::parse(path, {}, &error);
        QVERIFY2(src, qPrintable(error));
        const auto layer = render::makeRasterLayer(*src, QStringLiteral("mbtiles"), &error);
        QVERIFY2(layer, qPrintable(error));
        QVERIFY(layer->lonLatExtent().contains(geo::WebMercator::toLonLat(box.centre())));
        // View one tile more on each side: 1024x256 pixels, one per source pixel.
        const geo::GeoRect view = tileBox(3227, 1718, 4);
        const auto s = mercatorView(view, {1024, 256}, {QStringLiteral("mbtiles")});
        const auto outImg = render::MapRenderJob::renderSync(s, render::LayerStack{layer}, false);
        const auto* r = resultOf(outImg, QStringLiteral("mbtiles"));
        QVERIFY(r);
        QVERIFY2(r->error.isEmpty(), qPrintable(r->error));
        const QImage& img = r->image;
        QCOMPARE(img.pixelColor(384, 128).rgb(), QColor(220, 30, 30).rgb());
        QCOMPARE(img.pixelColor(640, 128).rgb(), QColor(30, 30, 220).rgb());
        // The edges fall on the tile edges within a pixel; outside them nothing.
        QCOMPARE(img.pixelColor(257, 128).rgb(), QColor(220, 30, 30).rgb());
        QCOMPARE(qAlpha(img.pixel(254, 128)), 0);
        QCOMPARE(img.pixelColor(510, 128).rgb(), QColor(220, 30, 30).rgb());
        QCOMPARE(img.pixelColor(514, 128).rgb(), QColor(30, 30, 220).rgb());
        QCOMPARE(qAlpha(img.pixel(770, 128)), 0);
    }

    void xyzServiceDrawsCachesAndWorksOffline() {
        ServerThread server;
        const quint16 port = server.port();
        QVERIFY(port != 0);
        const QString cache = m_dir.filePath(QStringLiteral("tiles"));
        QString error;
        const auto src = render::RasterSource::parse(
            QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(port), cache, &error);
        QVERIFY2(src, qPrintable(error));
        const auto layer = render::makeRasterLayer(*src, QStringLiteral("xyz"), &error);
        QVERIFY2(layer, qPrintable(error));
        const auto s = mercatorView(tileBox(3228, 1718, 2), {512, 256}, {QStringLiteral("xyz")});
        const auto first = render::MapRenderJob::renderSync(s, render::LayerStack{layer}, false);
        const auto* r = resultOf(first, QStringLiteral("xyz"));
        QVERIFY2(r && r->error.isEmpty(), r ? qPrintable(r->error) : "no result");
        // Column 3228 is even: red; 3229 blue.
        QCOMPARE(r->image.pixelColor(128, 128).rgb(), QColor(220, 30, 30).rgb());
        QCOMPARE(r->image.pixelColor(384, 128).rgb(), QColor(30, 30, 220).rgb());
        QVERIFY(server.requests() >= 2);
        QVERIFY2(filesUnder(cache) >= 2, qPrintable(cache));

        // The server goes away; the same view comes from the cache.
        server.stop();
        const int served = server.requests();
        const auto again = render::MapRenderJob::renderSync(s, render::LayerStack{layer}, false);
        const auto* r2 = resultOf(again, QStringLiteral("xyz"));
        QVERIFY2(r2 && r2->error.isEmpty(), r2 ? qPrintable(r2->error) : "no result");
        QCOMPARE(r2->image, r->image);
        QCOMPARE(server.requests(), served);
    }

    void unreachableServiceFailsAloneWithAClearError() {
        // Nothing listens on port 9 of the loopback: connection refused at once.
        QString error;
        const QString url = QStringLiteral("http://127.0.0.1:9/{z}/{x}/{y}.png");
        const auto src =
            render::RasterSource::parse(url, m_dir.filePath(QStringLiteral("empty")), &error);
        QVERIFY2(src, qPrintable(error));
        const auto broken = render::makeRasterLayer(*src, QStringLiteral("broken"), &error);
        QVERIFY2(broken, qPrintable(error)); // opening needs no network
        const QString tif = writeGeoTiff(m_dir.filePath(QStringLiteral("ok.tif")), 20, 20, 1,
                                         GDT_Float32, [](int, int c, int) { return float(c); });
        const auto okSrc = render::RasterSource::parse(tif, {}, &error);
        const auto ok = render::makeRasterLayer(*okSrc, QStringLiteral("ok"), &error);
        QVERIFY2(ok, qPrintable(error));
        const auto s = mercatorView(geo::WebMercator::fromLonLat({104.0, 30.6, 104.1, 30.7}),
                                    {200, 200}, {QStringLiteral("ok"), QStringLiteral("broken")});
        const auto out = render::MapRenderJob::renderSync(s, render::LayerStack{ok, broken}, true);
        const auto* b = resultOf(out, QStringLiteral("broken"));
        QVERIFY(b);
        QVERIFY2(b->error.contains(QLatin1String("http://127.0.0.1:9/")), qPrintable(b->error));
        QVERIFY2(!b->error.contains(QLatin1String("<GDAL_WMS")), qPrintable(b->error));
        const auto* o = resultOf(out, QStringLiteral("ok"));
        QVERIFY(o && o->error.isEmpty());
        QCOMPARE(qAlpha(o->image.pixel(100, 100)), 255);
    }

    void bandTwoThroughAChosenRamp() {
        // Band 1 is constant 500 (it would saturate any ramp); band 2 runs 0..99 west to east.
        const QString tif =
            writeGeoTiff(m_dir.filePath(QStringLiteral("two.tif")), 100, 10, 2, GDT_Float32,
                         [](int b, int c, int) { return b == 1 ? 500.f : float(c); });
        QVERIFY(!tif.isEmpty());
        QString error;
        const auto src = render::RasterSource::parse(tif, {}, &error);
        auto layer = render::makeRasterLayer(*src, QStringLiteral("two"), &error);
        QVERIFY2(layer, qPrintable(error));
        render::RasterStyle style;
        style.mode = render::RasterStyle::Mode::SingleBand;
        style.band = 2;
        style.min = 0;
        style.max = 99;
        style.ramp = QStringLiteral("grey");
        const auto rev = layer->revision();
        layer->setStyle(style);
        QVERIFY(layer->revision() != rev); // a cached image of the old style is never shown
        // One output pixel per source pixel: 100x10 over the raster's bounds.
        render::MapSettings s;
        s.setDestinationCrs(QStringLiteral("EPSG:4326"));
        s.setExtent({104.0, 30.6, 104.1, 30.7});
        s.setOutputSize({100, 100});
        s.setVisibleLayers({QStringLiteral("two")});
        const auto out = render::MapRenderJob::renderSync(s, render::LayerStack{layer}, true);
        const auto* r = resultOf(out, QStringLiteral("two"));
        QVERIFY2(r && r->error.isEmpty(), r ? qPrintable(r->error) : "none");
        for (int c : {0, 25, 50, 99}) {
            const QColor px = r->image.pixelColor(c, 50);
            const int expected = static_cast<int>(c * 255.0 / 99);
            QVERIFY2(std::abs(px.red() - expected) <= 3 && px.red() == px.green() &&
                         px.green() == px.blue(),
                     qPrintable(QStringLiteral("column %1: %2, expected grey %3")
                                    .arg(c)
                                    .arg(px.name())
                                    .arg(expected)));
        }
        QCOMPARE(out.legends.size(), qsizetype(1));
        QCOMPARE(out.legends.front().lowLabel, QStringLiteral("0"));
        QCOMPARE(out.legends.front().highLabel, QStringLiteral("99"));
        QCOMPARE(out.legends.front().entries.front().colour, QColor(0, 0, 0));

        // The pollution ramp: its last stop at the top of the range.
        style.ramp = QStringLiteral("pollution");
        layer->setStyle(style);
        const auto out2 = render::MapRenderJob::renderSync(s, render::LayerStack{layer}, false);
        QCOMPARE(resultOf(out2, QStringLiteral("two"))->image.pixelColor(99, 50).rgb(),
                 render::ColourRamp::byName(QStringLiteral("pollution")).stops().back().rgb());

        // A band the file does not have is a clear error.
        style.band = 3;
        layer->setStyle(style);
        const auto out3 = render::MapRenderJob::renderSync(s, render::LayerStack{layer}, false);
        QVERIFY2(resultOf(out3, QStringLiteral("two"))->error.contains(QLatin1String("band 3")),
                 qPrintable(resultOf(out3, QStringLiteral("two"))->error));
    }

    void rgbRasterInItsOwnColours() {
        const QString tif = writeGeoTiff(
            m_dir.filePath(QStringLiteral("ortho.tif")), 10, 10, 3, GDT_Byte,
            [](int b, int, int) { return b == 1 ? 200.f : (b == 2 ? 120.f : 40.f); }, true);
        QString error;
        const auto src = render::RasterSource::parse(tif, {}, &error);
        auto layer = render::makeRasterLayer(*src, QStringLiteral("ortho"), &error);
        QVERIFY2(layer, qPrintable(error));
        render::MapSettings s;
        s.setDestinationCrs(QStringLiteral("EPSG:4326"));
        s.setOutputSize({50, 50});
        s.setExtent({104.0, 30.6, 104.1, 30.7});
        s.setVisibleLayers({QStringLiteral("ortho")});
        const auto out = render::MapRenderJob::renderSync(s, render::LayerStack{layer}, true);
        const auto* r = resultOf(out, QStringLiteral("ortho"));
        QVERIFY2(r && r->error.isEmpty(), r ? qPrintable(r->error) : "none");
        QCOMPARE(r->image.pixelColor(25, 25).rgb(), QColor(200, 120, 40).rgb());
        QVERIFY(out.legends.isEmpty()); // RGB has no ramp to explain
    }
};

QTEST_MAIN(TestRasterSources)
#include "test_raster_sources.moc"
