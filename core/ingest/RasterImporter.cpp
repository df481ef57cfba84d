#include "core/ingest/RasterImporter.h"

#include "core/ingest/GdalSession.h"
#include "core/store/CatalogRepository.h"
#include "core/store/Database.h"
#include "core/store/StoreError.h"

#include <cpl_conv.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace eco::ingest {

namespace {

constexpr int kOverviewMinSide = 256;

struct Bounds {
    double west = std::numeric_limits<double>::infinity();
    double south = std::numeric_limits<double>::infinity();
    double east = -std::numeric_limits<double>::infinity();
    double north = -std::numeric_limits<double>::infinity();
    bool valid() const { return west <= east && south <= north; }
};

// Transforms points along the four edges (not only the corners: a projected grid's edges bow in
// lon/lat, so the extreme may lie between corners) and returns their lon/lat envelope.
std::optional<Bounds> wgs84Bounds(OGRSpatialReferenceH source, const double gt[6], int width,
                                  int height) {
    OgrSrs src(OSRClone(source));
    OgrSrs dst(OSRNewSpatialReference(nullptr));
    if (!src || !dst || OSRImportFromEPSG(dst.get(), 4326) != OGRERR_NONE)
        return std::nullopt;
    OSRSetAxisMappingStrategy(src.get(), OAMS_TRADITIONAL_GIS_ORDER);
    OSRSetAxisMappingStrategy(dst.get(), OAMS_TRADITIONAL_GIS_ORDER);
    OgrTransform ct(OCTNewCoordinateTransformation(src.get(), dst.get()));
    if (!ct)
        return std::nullopt;
    constexpr int kSteps = 16;
    std::vector<double> xs;
    std::vector<double> ys;
    const auto add = [&](double px, double py) {
        xs.push_back(gt[0] + px * gt[1] + py * gt[2]);
        ys.push_back(gt[3] + px * gt[4] + py * gt[5]);
    };
    for (int i = 0; i <= kSteps; ++i) {
        const double fx = width * static_cast<double>(i) / kSteps;
        const double fy = height * static_cast<double>(i) / kSteps;
        add(fx, 0);
        add(fx, height);
        add(0, fy);
        add(width, fy);
    }
    std::vector<int> ok(xs.size(), 0);
    OCTTransformEx(ct.get(), static_cast<int>(xs.size()), xs.data(), ys.data(), nullptr, ok.data());
    Bounds b;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        if (!ok[i] || !std::isfinite(xs[i]) || !std::isfinite(ys[i]))
            continue;
        b.west = std::min(b.west, xs[i]);
        b.east = std::max(b.east, xs[i]);
        b.south = std::min(b.south, ys[i]);
        b.north = std::max(b.north, ys[i]);
    }
    if (!b.valid())
        return std::nullopt;
    return b;
}

QString crsName(OGRSpatialReferenceH srs) {
    const char* auth = OSRGetAuthorityName(srs, nullptr);
    const char* code = OSRGetAuthorityCode(srs, nullptr);
    if (auth && code)
        return QStringLiteral("%1:%2").arg(QString::fromUtf8(auth), QString::fromUtf8(code));
    char* wkt = nullptr;
    QString out;
    if (OSRExportToWkt(srs, &wkt) == OGRERR_NONE && wkt)
        out = QString::fromUtf8(wkt);
    CPLFree(wkt);
    return out;
}

std::optional<QString> sha256Of(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return std::nullopt;
    return QString::fromLatin1(hash.result().toHex());
}

int overviewCount(GDALDatasetH ds) {
    GDALRasterBandH band = GDALGetRasterBand(ds, 1);
    return band ? GDALGetOverviewCount(band) : 0;
}

GdalDataset openDataset(const QByteArray& path, bool update) {
    return GdalDataset(GDALOpenEx(path.constData(),
                                  GDAL_OF_RASTER | GDAL_OF_VERBOSE_ERROR |
                                      (update ? GDAL_OF_UPDATE : GDAL_OF_READONLY),
                                  nullptr, nullptr, nullptr));
}

} // namespace

RasterImporter::RasterImporter(store::Database& db) : m_db(db) {}

RasterImportResult RasterImporter::import(const QString& file, const QString& kind,
                                          std::optional<std::int64_t> ts, const QString& product) {
    RasterImportResult result;
    const auto fail = [&](const QString& reason) {
        result.ok = false;
        result.error = file + QStringLiteral(": ") + reason;
        return result;
    };
    if (kind != QLatin1String("satellite") && kind != QLatin1String("drone") &&
        kind != QLatin1String("model"))
        return fail(QStringLiteral("kind '%1' is not one of satellite, drone, model").arg(kind));

    ensureGdalRegistered();
    GdalErrorCapture errors;
    const QFileInfo info(file);
    const QString absolute = QDir::cleanPath(info.absoluteFilePath());
    const QByteArray nativePath = QFile::encodeName(absolute);
    GdalDataset ds = openDataset(nativePath, false);
    if (!ds) {
        const QString why = errors.message();
        return fail(QStringLiteral("cannot open raster (%1)")
                        .arg(why.isEmpty() ? QStringLiteral("not a raster GDAL can read") : why));
    }
    const int width = GDALGetRasterXSize(ds.get());
    const int height = GDALGetRasterYSize(ds.get());
    const int bands = GDALGetRasterCount(ds.get());
    if (bands < 1 || width < 1 || height < 1)
        return fail(QStringLiteral("cannot open raster (it has no raster bands)"));
    double gt[6];
    if (GDALGetGeoTransform(ds.get(), gt) != CE_None)
        return fail(QStringLiteral("raster has no georeferencing (no geotransform)"));
    OGRSpatialReferenceH srs = GDALGetSpatialRef(ds.get());
    if (!srs)
        return fail(QStringLiteral("raster has no coordinate reference system"));
    const auto bounds = wgs84Bounds(srs, gt, width, height);
    if (!bounds)
        return fail(QStringLiteral("cannot transform the raster's corners to WGS84 (%1)")
                        .arg(errors.message()));
    const QString crs = crsName(srs);

    int overviews = overviewCount(ds.get());
    if (overviews == 0 && std::min(width, height) >= kOverviewMinSide) {
        std::vector<int> factors;
        for (int f = 2;; f *= 2) {
            factors.push_back(f);
            if (std::min(width, height) / f < kOverviewMinSide)
                break;
        }
        const bool geotiff =
            QString::fromLatin1(GDALGetDriverShortName(GDALGetDatasetDriver(ds.get()))) ==
            QLatin1String("GTiff");
        if (geotiff && info.isWritable()) {
            ds.reset();
            ds = openDataset(nativePath, true);
            if (!ds) // not writable after all: fall back to an external .ovr
                ds = openDataset(nativePath, false);
            if (!ds)
                return fail(QStringLiteral("cannot open raster (%1)").arg(errors.message()));
        }
        errors.clear();
        if (GDALBuildOverviews(ds.get(), "AVERAGE", static_cast<int>(factors.size()),
                               factors.data(), 0, nullptr, nullptr, nullptr) != CE_None)
            return fail(QStringLiteral("cannot build overviews (%1)").arg(errors.message()));
        // Closing flushes the overviews to disk; reopen to see what was written.
        ds.reset();
        ds = openDataset(nativePath, false);
        if (!ds)
            return fail(QStringLiteral("cannot reopen raster after building overviews (%1)")
                            .arg(errors.message()));
        overviews = overviewCount(ds.get());
        result.builtOverviews = true;
    }
    ds.reset();

    // After the overviews: the checksum must describe the file as it now is on disk.
    const auto sha = sha256Of(absolute);
    if (!sha)
        return fail(QStringLiteral("cannot read the file to checksum it"));

    model::RasterRecord& r = result.record;
    const QDir storeDir = QFileInfo(m_db.path()).absoluteDir();
    const QString storePrefix = QDir::cleanPath(storeDir.absolutePath()) + u'/';
    r.path = absolute.startsWith(storePrefix) ? storeDir.relativeFilePath(absolute) : absolute;
    r.kind = kind;
    r.product = product;
    r.ts = ts;
    r.crs = crs;
    r.west = bounds->west;
    r.south = bounds->south;
    r.east = bounds->east;
    r.north = bounds->north;
    r.width = width;
    r.height = height;
    r.bands = bands;
    r.sha256 = *sha;
    r.overviews = overviews;
    try {
        r.id = store::CatalogRepository(m_db).upsert(r);
    } catch (const store::StoreError& e) {
        return fail(QStringLiteral("cannot record the raster in the store (%1)")
                        .arg(QString::fromUtf8(e.what())));
    }
    result.ok = true;
    return result;
}

} // namespace eco::ingest
