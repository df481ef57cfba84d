#include "TestCityStore.h"

#include "core/model/Reading.h"
#include "core/store/CatalogRepository.h"
#include "core/store/Database.h"
#include "core/store/ReadingWriter.h"
#include "core/store/TrackWriter.h"

#include <QDir>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_geometry.h>

#include <cmath>
#include <memory>
#include <numbers>
#include <stdexcept>
#include <vector>

namespace eco::testing {

namespace {

QByteArray wkb(const char* wkt) {
    OGRGeometry* g = nullptr;
    if (OGRGeometryFactory::createFromWkt(wkt, nullptr, &g) != OGRERR_NONE || !g)
        throw std::runtime_error(std::string("bad test WKT: ") + wkt);
    std::unique_ptr<OGRGeometry, void (*)(OGRGeometry*)> owned(
        g, [](OGRGeometry* p) { OGRGeometryFactory::destroyGeometry(p); });
    QByteArray out(static_cast<qsizetype>(g->WkbSize()), Qt::Uninitialized);
    g->exportToWkb(wkbNDR, reinterpret_cast<unsigned char*>(out.data()), wkbVariantIso);
    return out;
}

QString ringWkt(double cx, double cy, double rx, double ry, int n) {
    QString s = QStringLiteral("LINESTRING(");
    for (int i = 0; i <= n; ++i) {
        const double a = 2 * std::numbers::pi * i / n;
        s += QStringLiteral("%1 %2%3")
                 .arg(cx + rx * std::cos(a), 0, 'f', 6)
                 .arg(cy + ry * std::sin(a), 0, 'f', 6)
                 .arg(i < n ? QStringLiteral(",") : QStringLiteral(")"));
    }
    return s;
}

void writeRaster(const QString& path) {
    GDALAllRegister();
    GDALDriverH drv = GDALGetDriverByName("GTiff");
    const int w = 64, h = 48;
    std::unique_ptr<void, void (*)(void*)> ds(
        GDALCreate(drv, path.toUtf8().constData(), w, h, 1, GDT_Float32, nullptr),
        [](void* d) { GDALClose(d); });
    if (!ds)
        throw std::runtime_error("cannot create the test GeoTIFF");
    const double gt[6] = {TestCityStore::kRasterWest,
                          (TestCityStore::kRasterEast - TestCityStore::kRasterWest) / w,
                          0,
                          TestCityStore::kRasterNorth,
                          0,
                          -(TestCityStore::kRasterNorth - TestCityStore::kRasterSouth) / h};
    GDALSetGeoTransform(ds.get(), const_cast<double*>(gt));
    GDALSetProjection(ds.get(), SRS_WKT_WGS84_LAT_LONG);
    GDALRasterBandH band = GDALGetRasterBand(ds.get(), 1);
    GDALSetRasterNoDataValue(band, -9999);
    std::vector<float> v(static_cast<std::size_t>(w * h));
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            // A diagonal gradient from 0.1 to 1.2 (AOD-like), nodata in the top-left corner.
            v[static_cast<std::size_t>(y * w + x)] =
                (x < 12 && y < 10) ? -9999.f
                                   : 0.1f + 1.1f * static_cast<float>(x + y) / (w + h - 2);
    if (GDALRasterIO(band, GF_Write, 0, 0, w, h, v.data(), w, h, GDT_Float32, 0, 0) != CE_None)
        throw std::runtime_error("cannot write the test GeoTIFF");
}

} // namespace

QPointF TestCityStore::siteLonLat(int i) {
    static const QPointF sites[] = {{104.03, 30.68}, {104.10, 30.64}, {104.07, 30.70}};
    return sites[i];
}

QString TestCityStore::siteId(int i) {
    return QStringLiteral("S%1").arg(i + 1, 2, 10, QLatin1Char('0'));
}

QString TestCityStore::rasterPath(const QString& dir) {
    return QDir(dir).filePath(QStringLiteral("aod.tif"));
}

QString TestCityStore::create(const QString& dir) {
    const QString path = QDir(dir).filePath(QStringLiteral("city.db"));
    auto db = store::Database::open(path);
    store::Transaction tx(db);
    store::CatalogRepository cat(db);
    auto feature = [&](const char* id, const char* layer, const QString& name, int rank,
                       const QString& wkt) {
        cat.upsert(model::BasemapFeature{QString::fromLatin1(id), QString::fromLatin1(layer), name,
                                         rank, wkb(wkt.toUtf8().constData())});
    };
    feature("D01", "district", QStringLiteral("锦江区"), 0,
            QStringLiteral(
                "POLYGON((103.96 30.59,104.16 30.59,104.16 30.74,103.96 30.74,103.96 30.59))"));
    feature("D02", "district", QStringLiteral("青羊区"), 0,
            QStringLiteral(
                "POLYGON((103.90 30.59,103.96 30.59,103.96 30.74,103.90 30.74,103.90 30.59))"));
    feature("P01", "park", QStringLiteral("公园"), 0,
            QStringLiteral(
                "POLYGON((104.00 30.70,104.03 30.70,104.03 30.72,104.00 30.72,104.00 30.70))"));
    feature("R01", "river", QStringLiteral("锦江"), 0,
            QStringLiteral(
                "LINESTRING(103.92 30.62,103.99 30.65,104.06 30.655,104.12 30.63,104.16 30.61)"));
    feature("W01", "water", QStringLiteral("湖"), 0,
            QStringLiteral(
                "POLYGON((104.11 30.70,104.13 30.70,104.13 30.715,104.11 30.715,104.11 30.70))"));
    feature("RR1", "ring_road", QStringLiteral("二环"), 0, ringWkt(104.06, 30.66, 0.05, 0.043, 64));
    feature("RD1", "road", QStringLiteral("人民路"), 0,
            QStringLiteral("LINESTRING(104.06 30.59,104.06 30.74)"));

    const QString kinds[] = {QStringLiteral("national"), QStringLiteral("national"),
                             QStringLiteral("micro")};
    const QString names[] = {QStringLiteral("草堂站"), QStringLiteral("十里店站"),
                             QStringLiteral("微站一号")};
    for (int i = 0; i < 3; ++i) {
        const QPointF ll = siteLonLat(i);
        cat.upsert(model::Site{
            siteId(i), names[i], kinds[i], ll.x(), ll.y(), QStringLiteral("锦江区"), {}});
    }
    const QString industries[] = {QStringLiteral("cement"), QStringLiteral("chemical"),
                                  QStringLiteral("power")};
    for (int i = 0; i < 3; ++i)
        cat.upsert(model::Enterprise{QStringLiteral("E%1").arg(i + 1),
                                     QStringLiteral("企业%1").arg(i + 1),
                                     industries[i],
                                     QStringLiteral("锦江区"),
                                     104.00 + 0.04 * i,
                                     30.62 + 0.01 * i,
                                     {QStringLiteral("key"), QStringLiteral("vocs")},
                                     {}});
    cat.upsert(model::Outlet{QStringLiteral("E1-G1"),
                             QStringLiteral("E1"),
                             {},
                             QStringLiteral("gas"),
                             104.0,
                             30.62,
                             60.0,
                             2.0,
                             120.0,
                             12.0,
                             9.0});

    store::ReadingWriter readings(db);
    // Levels: 20 (good), 70 (moderate under 2026), no PM2.5 for the micro-station.
    const double pm25[] = {20, 70};
    for (int h = 0; h < 6; ++h) {
        const std::int64_t ts = kMapTime - h * 3600;
        for (int i = 0; i < 2; ++i) {
            readings.add(model::Reading{siteId(i), QStringLiteral("a34004"), model::Interval::Hour,
                                        ts, pm25[i] + h, 'N'});
            readings.add(model::Reading{siteId(i), QStringLiteral("a34002"), model::Interval::Hour,
                                        ts, pm25[i] * 1.6, 'N'});
            readings.add(model::Reading{siteId(i), QStringLiteral("a21004"), model::Interval::Hour,
                                        ts, 30.0 + i, 'N'});
            readings.add(model::Reading{siteId(i), QStringLiteral("a05024"), model::Interval::Hour,
                                        ts, 80.0 + i, 'N'});
        }
    }
    store::TrackWriter tracks(db);
    const auto v = tracks.vehicle(QStringLiteral("V01"), QStringLiteral("走航车1"));
    // A loop through the city at 1 Hz, PM2.5 rising towards the east.
    const std::int64_t start = kMapTime - 3600;
    const int n = 1200;
    for (int i = 0; i < n; ++i) {
        const double a = 2 * std::numbers::pi * i / n;
        const double lon = 104.06 + 0.035 * std::cos(a), lat = 30.66 + 0.028 * std::sin(2 * a);
        tracks.add(v, start + i, lon, lat);
        readings.add(model::Reading{QStringLiteral("V01"), QStringLiteral("a34004"),
                                    model::Interval::Realtime, start + i,
                                    40 + 140 * (lon - 104.025) / 0.07, 'N'});
    }
    writeRaster(rasterPath(dir));
    model::RasterRecord r;
    r.path = rasterPath(dir);
    r.kind = QStringLiteral("satellite");
    r.product = QStringLiteral("AOD");
    r.ts = kMapTime - 9 * 3600;
    r.crs = QStringLiteral("EPSG:4326");
    r.west = kRasterWest;
    r.south = kRasterSouth;
    r.east = kRasterEast;
    r.north = kRasterNorth;
    r.width = 64;
    r.height = 48;
    r.bands = 1;
    r.sha256 = QStringLiteral("test");
    cat.upsert(r);
    tx.commit();
    return path;
}

} // namespace eco::testing
