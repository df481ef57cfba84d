#include "core/render/RasterSource.h"

#include "core/geo/CrsTransform.h"
#include "core/geo/GeoError.h"
#include "core/render/GdalQuietErrors.h"
#include "core/render/RasterLayer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>
#include <ogr_srs_api.h>

#include <cmath>
#include <vector>

namespace eco::render {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("eco::render::RasterSource", text);
}

bool isUrl(const QString& s) {
    return s.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
           s.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

// GDAL's TMS flavour of the WMS driver: the whole Web Mercator square, 256-pixel tiles down to
// zoom 19, RGBA. Missing tiles (404/204) are transparent rather than an error, as tile servers
// answer 404 outside their coverage.
QString xyzServiceXml(const QString& urlTemplate, const QString& cacheDir) {
    QString url = urlTemplate;
    const bool tmsRows = url.contains(QLatin1String("{-y}"));
    url.replace(QLatin1String("{z}"), QLatin1String("${z}"))
        .replace(QLatin1String("{x}"), QLatin1String("${x}"))
        .replace(QLatin1String("{-y}"), QLatin1String("${y}"))
        .replace(QLatin1String("{y}"), QLatin1String("${y}"));
    url.replace(QLatin1String("$${"), QLatin1String("${")); // already ${z}
    QString xml =
        QStringLiteral("<GDAL_WMS><Service name=\"TMS\"><ServerUrl>%1</ServerUrl></Service>"
                       "<DataWindow><UpperLeftX>-20037508.342789244</UpperLeftX>"
                       "<UpperLeftY>20037508.342789244</UpperLeftY>"
                       "<LowerRightX>20037508.342789244</LowerRightX>"
                       "<LowerRightY>-20037508.342789244</LowerRightY>"
                       "<TileLevel>19</TileLevel><TileCountX>1</TileCountX>"
                       "<TileCountY>1</TileCountY><YOrigin>%2</YOrigin></DataWindow>"
                       "<Projection>EPSG:3857</Projection><BlockSizeX>256</BlockSizeX>"
                       "<BlockSizeY>256</BlockSizeY><BandsCount>4</BandsCount>"
                       "<MaxConnections>4</MaxConnections><Timeout>15</Timeout>"
                       "<ZeroBlockHttpCodes>204,404</ZeroBlockHttpCodes>"
                       "<UserAgent>EcoSentry</UserAgent>")
            .arg(url.toHtmlEscaped(), tmsRows ? QStringLiteral("bottom") : QStringLiteral("top"));
    if (!cacheDir.isEmpty())
        xml += QStringLiteral("<Cache><Path>%1</Path></Cache>").arg(cacheDir.toHtmlEscaped());
    xml += QStringLiteral("</GDAL_WMS>");
    return xml;
}

struct DatasetCloser {
    void operator()(void* ds) const { GDALClose(ds); }
};

QString lastGdalError() {
    const QString m = GdalQuietErrors::lastMessage();
    return m.isEmpty() ? tr("unknown GDAL error") : m;
}

QString crsOf(GDALDatasetH ds) {
    const char* wkt = GDALGetProjectionRef(ds);
    if (!wkt || !*wkt)
        return QStringLiteral("EPSG:4326");
    QString out = QString::fromUtf8(wkt);
    if (OGRSpatialReferenceH srs = OSRNewSpatialReference(wkt)) {
        OSRAutoIdentifyEPSG(srs);
        const char* name = OSRGetAuthorityName(srs, nullptr);
        const char* code = OSRGetAuthorityCode(srs, nullptr);
        if (name && code && QLatin1String(name) == QLatin1String("EPSG"))
            out = QStringLiteral("EPSG:") + QLatin1String(code);
        OSRDestroySpatialReference(srs);
    }
    return out;
}

} // namespace

bool RasterSource::looksLikeSource(const QString& spec) {
    const QString s = spec.trimmed();
    return isUrl(s) || s.startsWith(QLatin1String("WMTS:"), Qt::CaseInsensitive) ||
           s.startsWith(QLatin1String("<GDAL_WMS")) || s.contains(QLatin1String(":\"")) ||
           QFileInfo(s).isFile();
}

std::optional<RasterSource> RasterSource::parse(const QString& spec, const QString& cacheDir,
                                                QString* error) {
    RasterSource src;
    src.spec = spec.trimmed();
    if (src.spec.isEmpty()) {
        *error = tr("no raster file or tile service given");
        return std::nullopt;
    }
    if (isUrl(src.spec) &&
        (src.spec.contains(QLatin1String("{z}")) || src.spec.contains(QLatin1String("${z}")))) {
        const QUrl url(src.spec);
        if (!url.isValid() || url.host().isEmpty()) {
            *error = tr("%1: not a valid tile URL").arg(src.spec);
            return std::nullopt;
        }
        if (!(src.spec.contains(QLatin1String("{x}")) &&
              (src.spec.contains(QLatin1String("{y}")) ||
               src.spec.contains(QLatin1String("{-y}"))))) {
            *error = tr("%1: a tile URL needs {z}, {x} and {y}").arg(src.spec);
            return std::nullopt;
        }
        src.kind = Kind::Xyz;
        src.cacheDir = cacheDir;
        src.gdalName = xyzServiceXml(src.spec, cacheDir);
        src.label = tr("Tiles: %1").arg(url.host());
        return src;
    }
    if (isUrl(src.spec) || src.spec.startsWith(QLatin1String("WMTS:"), Qt::CaseInsensitive)) {
        const QString url = src.spec.startsWith(QLatin1String("WMTS:"), Qt::CaseInsensitive)
                                ? src.spec.mid(5)
                                : src.spec;
        src.kind = Kind::Wmts;
        src.cacheDir = cacheDir;
        src.gdalName = QStringLiteral("WMTS:") + url;
        src.label = tr("WMTS: %1").arg(QUrl(url).host());
        return src;
    }
    src.kind = Kind::File;
    src.gdalName = src.spec;
    const bool gdalSyntax =
        src.spec.contains(QLatin1String(":\"")) || src.spec.startsWith(QLatin1String("<GDAL_WMS"));
    if (!gdalSyntax && !QFileInfo(src.spec).isFile()) {
        *error = tr("%1: no such file").arg(src.spec);
        return std::nullopt;
    }
    src.label = gdalSyntax ? src.spec.left(60) : QFileInfo(src.spec).fileName();
    return src;
}

QString RasterSource::defaultCacheDir(const QString& storePath) {
    if (!storePath.isEmpty())
        return QFileInfo(storePath).absoluteFilePath() + QStringLiteral(".tiles");
    const QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return QDir(base.isEmpty() ? QDir::tempPath() : base).filePath(QStringLiteral("tiles"));
}

std::optional<RasterSourceInfo> probeRasterSource(const RasterSource& source, QString* error) {
    GDALAllRegister();
    const GdalQuietErrors quiet;
    if (!source.cacheDir.isEmpty()) {
        QDir().mkpath(source.cacheDir);
        CPLSetThreadLocalConfigOption("GDAL_DEFAULT_WMS_CACHE_PATH",
                                      source.cacheDir.toUtf8().constData());
    }
    std::unique_ptr<void, DatasetCloser> ds(GDALOpenEx(source.gdalName.toUtf8().constData(),
                                                       GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr,
                                                       nullptr, nullptr));
    CPLSetThreadLocalConfigOption("GDAL_DEFAULT_WMS_CACHE_PATH", nullptr);
    if (!ds) {
        *error = tr("%1: cannot open: %2").arg(source.spec, lastGdalError());
        return std::nullopt;
    }
    RasterSourceInfo info;
    info.bandCount = GDALGetRasterCount(ds.get());
    if (info.bandCount < 1) {
        *error = tr("%1: the source has no raster band").arg(source.spec);
        return std::nullopt;
    }
    for (int b = 1; b <= info.bandCount; ++b) {
        GDALRasterBandH band = GDALGetRasterBand(ds.get(), b);
        const QString desc = QString::fromUtf8(GDALGetDescription(band));
        const QString interp = QString::fromUtf8(
            GDALGetColorInterpretationName(GDALGetRasterColorInterpretation(band)));
        QString name = tr("Band %1").arg(b);
        if (!desc.isEmpty())
            name += QStringLiteral(" ") + desc;
        if (!interp.isEmpty() && interp != QLatin1String("Undefined"))
            name += QStringLiteral(" (%1)").arg(interp);
        info.bandNames << name;
    }
    double gt[6];
    if (GDALGetGeoTransform(ds.get(), gt) != CE_None) {
        *error = tr("%1: the raster has no usable georeferencing").arg(source.spec);
        return std::nullopt;
    }
    info.crs = crsOf(ds.get());
    const double w = GDALGetRasterXSize(ds.get()), h = GDALGetRasterYSize(ds.get());
    std::vector<double> xs, ys;
    constexpr int kSteps = 8;
    for (int i = 0; i <= kSteps; ++i) {
        const double f = static_cast<double>(i) / kSteps;
        for (const auto& [c, r] : {std::pair{f * w, 0.0}, std::pair{f * w, h},
                                   std::pair{0.0, f * h}, std::pair{w, f * h}}) {
            xs.push_back(gt[0] + c * gt[1] + r * gt[2]);
            ys.push_back(gt[3] + c * gt[4] + r * gt[5]);
        }
    }
    try {
        if (!geo::CrsTransform::sameCrs(info.crs, QStringLiteral("EPSG:4326"))) {
            const geo::CrsTransform toLonLat(info.crs, QStringLiteral("EPSG:4326"));
            toLonLat.transformInPlace(xs, ys);
        }
        for (std::size_t i = 0; i < xs.size(); ++i)
            if (std::isfinite(xs[i]) && std::isfinite(ys[i]))
                info.lonLatExtent = info.lonLatExtent.including({xs[i], ys[i]});
    } catch (const geo::GeoError&) {
        // Drawn all the same; only "zoom to layer" needs the extent.
    }
    return info;
}

std::shared_ptr<RasterLayer> makeRasterLayer(const RasterSource& source, const QString& id,
                                             QString* error) {
    const auto info = probeRasterSource(source, error);
    if (!info)
        return nullptr;
    model::RasterRecord record;
    record.path = source.gdalName;
    record.kind =
        source.kind == RasterSource::Kind::File ? QStringLiteral("file") : QStringLiteral("tiles");
    record.product = source.label;
    record.crs = info->crs;
    record.bands = info->bandCount;
    if (info->lonLatExtent.isValid()) {
        record.west = info->lonLatExtent.west;
        record.south = info->lonLatExtent.south;
        record.east = info->lonLatExtent.east;
        record.north = info->lonLatExtent.north;
    }
    auto layer = std::make_shared<RasterLayer>(id, source.label, record);
    layer->setTileCacheDir(source.cacheDir);
    return layer;
}

} // namespace eco::render
