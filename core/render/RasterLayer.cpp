#include "core/render/RasterLayer.h"

#include "core/geo/CrsTransform.h"
#include "core/geo/GeoError.h"
#include "core/geo/WebMercator.h"
#include "core/model/Time.h"
#include "core/render/GdalDatasetCache.h"
#include "core/render/GdalQuietErrors.h"
#include "core/render/MapSettings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>
#include <ogr_srs_api.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace eco::render {

namespace {

// GDAL's last message, cut to what a user can act on: a tile download failure is reported by the
// WMS driver over several lines with advice for GDAL users; keep the HTTP status and cause.
QString lastGdalError() {
    const QString msg = GdalQuietErrors::lastMessage();
    if (msg.isEmpty())
        return QCoreApplication::translate("eco::render::RasterLayer", "unknown GDAL error");
    static const QRegularExpression http(
        QStringLiteral("HTTP status code: (\\d+), error: ([^\\n]*)"));
    if (const auto h = http.match(msg); h.hasMatch()) {
        QString cause = h.captured(2).trimmed();
        if (cause.endsWith(QLatin1Char('.')))
            cause.chop(1);
        if (h.captured(1) != QLatin1String("0"))
            cause = QStringLiteral("HTTP %1 %2").arg(h.captured(1), cause);
        return QCoreApplication::translate("eco::render::RasterLayer", "cannot download tiles: ") +
               cause;
    }
    return msg.section(QLatin1Char('\n'), 0, 0);
}

// Sets GDAL_DEFAULT_WMS_CACHE_PATH for this thread while a tile service is opened and read (the
// WMS/WMTS drivers read it when their description has an empty <Cache/>).
class TileCacheScope {
public:
    explicit TileCacheScope(const QString& dir) : m_set(!dir.isEmpty()) {
        if (m_set)
            CPLSetThreadLocalConfigOption("GDAL_DEFAULT_WMS_CACHE_PATH", dir.toUtf8().constData());
    }
    ~TileCacheScope() {
        if (m_set)
            CPLSetThreadLocalConfigOption("GDAL_DEFAULT_WMS_CACHE_PATH", nullptr);
    }
    TileCacheScope(const TileCacheScope&) = delete;
    TileCacheScope& operator=(const TileCacheScope&) = delete;

private:
    bool m_set;
};

class RasterRenderer : public MapLayerRenderer {
public:
    RasterRenderer(model::RasterRecord record, RasterStyle style, QString tileCacheDir)
        : m_record(std::move(record)), m_style(std::move(style)),
          m_tileCacheDir(std::move(tileCacheDir)) {}

    void render(QImage& image, const RenderContext& ctx) override {
        try {
            draw(image, ctx);
        } catch (const geo::GeoError& e) {
            setError(sourceName() + QStringLiteral(": ") + QString::fromUtf8(e.what()));
        }
    }

    std::optional<Legend> legend() const override {
        if (!m_drawn || !m_colours)
            return std::nullopt;
        QString title =
            m_record.product.isEmpty() ? QFileInfo(m_record.path).fileName() : m_record.product;
        if (m_record.ts)
            title += QStringLiteral("  ") + model::formatLocalDate(*m_record.ts);
        return m_colours->legend(title);
    }

private:
    // Output pixels between exact transforms of the coarse grid.
    static constexpr int kStep = 8;

    void draw(QImage& image, const RenderContext& ctx) {
        const MapSettings& s = ctx.settings;
        const GdalQuietErrors quiet;
        // A tile service keeps its tiles where the layer says (this thread only).
        const TileCacheScope cacheScope(m_tileCacheDir);
        // Compressed GeoTIFF blocks decode on both cores (drivers without the option ignore it).
        const char* openOptions[] = {"NUM_THREADS=ALL_CPUS", nullptr};
        // The thread's open dataset keeps GDAL's decoded blocks between renders.
        GDALDatasetH ds = GdalDatasetCache::open(
            m_record.path,
            m_record.path.endsWith(QLatin1String(".tif"), Qt::CaseInsensitive) ||
                    m_record.path.endsWith(QLatin1String(".tiff"), Qt::CaseInsensitive)
                ? openOptions
                : nullptr);
        if (!ds) {
            setError(sourceName() + QStringLiteral(": ") +
                     QCoreApplication::translate("eco::render::RasterLayer",
                                                 "cannot open the raster: ") +
                     lastGdalError());
            return;
        }
        QString styleError;
        m_colours = RasterColouriser::create(m_style, ds, &styleError);
        if (!m_colours) {
            setError(sourceName() + QStringLiteral(": ") + styleError);
            return;
        }
        const int rasterW = GDALGetRasterXSize(ds), rasterH = GDALGetRasterYSize(ds);
        double gt[6], inv[6];
        if (GDALGetGeoTransform(ds, gt) != CE_None || !GDALInvGeoTransform(gt, inv)) {
            setError(sourceName() + QStringLiteral(": ") +
                     QCoreApplication::translate("eco::render::RasterLayer",
                                                 "the raster has no usable georeferencing"));
            return;
        }
        const QString srcCrs = sourceCrs(ds);
        // Lon/lat to Web Mercator is closed-form; PROJ is for everything else.
        const bool closedForm = s.isWebMercator() && srcCrs.compare(QLatin1String("EPSG:4326"),
                                                                    Qt::CaseInsensitive) == 0;
        std::optional<geo::CrsTransform> toSource;
        if (!closedForm)
            toSource.emplace(s.destinationCrs(), srcCrs);

        // Exact source pixel positions on a coarse grid of output pixels.
        const QSize dev = image.size();
        const double dpr = s.devicePixelRatio();
        const int gw = dev.width() / kStep + 2, gh = dev.height() / kStep + 2;
        std::vector<double> gx(static_cast<std::size_t>(gw * gh)), gy(gx.size());
        for (int j = 0; j < gh; ++j)
            for (int i = 0; i < gw; ++i) {
                const QPointF w =
                    s.pixelToWorld(QPointF((i * kStep + 0.5) / dpr, (j * kStep + 0.5) / dpr));
                gx[static_cast<std::size_t>(j * gw + i)] = w.x();
                gy[static_cast<std::size_t>(j * gw + i)] = w.y();
            }
        if (toSource) {
            toSource->transformInPlace(gx, gy);
        } else {
            for (std::size_t k = 0; k < gx.size(); ++k) {
                const QPointF ll = geo::WebMercator::toLonLat(gx[k], gy[k]);
                gx[k] = ll.x();
                gy[k] = ll.y();
            }
        }
        double minC = INFINITY, maxC = -INFINITY, minR = INFINITY, maxR = -INFINITY;
        for (std::size_t k = 0; k < gx.size(); ++k) {
            if (std::isnan(gx[k]))
                continue;
            const double c = inv[0] + inv[1] * gx[k] + inv[2] * gy[k];
            const double r = inv[3] + inv[4] * gx[k] + inv[5] * gy[k];
            gx[k] = c;
            gy[k] = r;
            minC = std::min(minC, c), maxC = std::max(maxC, c);
            minR = std::min(minR, r), maxR = std::max(maxR, r);
        }
        const int x0 = std::max(0, static_cast<int>(std::floor(minC)));
        const int y0 = std::max(0, static_cast<int>(std::floor(minR)));
        const int x1 = std::min(rasterW, static_cast<int>(std::ceil(maxC)));
        const int y1 = std::min(rasterH, static_cast<int>(std::ceil(maxR)));
        if (x1 <= x0 || y1 <= y0)
            return; // not in view
        // Read the overview whose resolution is the coarsest still finer than the screen, at its
        // own resolution (no resampling inside GDAL: the loops below sample each output pixel
        // exactly). Without a fitting overview and with a window much larger than the screen,
        // GDAL resamples into a screen-sized buffer instead. Every band the style needs is read
        // from the same level and window, so one buffer index addresses them all.
        const ReadPlan plan = planRead(GDALGetRasterBand(ds, m_colours->bands().front()), rasterW,
                                       rasterH, x0, y0, x1, y1, dev);
        const int bufW = plan.bufW, bufH = plan.bufH;
        std::vector<std::vector<float>> bufs(m_colours->bands().size());
        for (std::size_t b = 0; b < bufs.size(); ++b) {
            bufs[b].resize(static_cast<std::size_t>(bufW) * static_cast<std::size_t>(bufH));
            GDALRasterIOExtraArg extra;
            INIT_RASTERIO_EXTRA_ARG(extra);
            extra.eResampleAlg = GRIORA_NearestNeighbour;
            GDALRasterBandH band = GDALGetRasterBand(ds, m_colours->bands()[b]);
            if (band && plan.overview >= 0)
                band = GDALGetOverview(band, plan.overview);
            if (!band ||
                GDALRasterIOEx(band, GF_Read, plan.x0, plan.y0, plan.winW, plan.winH,
                               bufs[b].data(), bufW, bufH, GDT_Float32, 0, 0, &extra) != CE_None) {
                setError(sourceName() + QStringLiteral(": ") +
                         QCoreApplication::translate("eco::render::RasterLayer",
                                                     "cannot read pixels: ") +
                         lastGdalError());
                return;
            }
            if (ctx.isCancelled())
                return;
        }
        if (!m_colours->prepare(bufs))
            return; // all nodata: nothing to draw, not an error
        const RasterColouriser& colours = *m_colours;

        // Grid positions in buffer pixels, so the loop needs no further scaling.
        for (std::size_t k = 0; k < gx.size(); ++k) {
            gx[k] = (gx[k] - x0) * plan.sx + plan.offsetX;
            gy[k] = (gy[k] - y0) * plan.sy + plan.offsetY;
        }
        const double bw = bufW, bh = bufH;
        if (separable(gx, gy, gw, gh)) {
            // North-up raster on a north-up map (the usual case): the source column depends only
            // on x and the row only on y, so one table of columns per grid phase replaces the
            // per-pixel stepping. The arithmetic is the general loop's, so the pixels are too.
            std::array<std::vector<int>, kStep> columns;
            for (int y = 0; y < dev.height(); ++y) {
                if ((y & 63) == 0 && ctx.isCancelled())
                    return;
                const int j = y / kStep;
                const double fy = static_cast<double>(y % kStep) / kStep;
                const auto k0 = static_cast<std::size_t>(j * gw);
                const double r = gy[k0] * (1 - fy) + gy[k0 + static_cast<std::size_t>(gw)] * fy;
                if (std::isnan(r) || !(r >= 0 && r < bh))
                    continue;
                std::vector<int>& col = columns[static_cast<std::size_t>(y % kStep)];
                if (col.empty())
                    col = columnTable(gx, gw, fy, dev.width(), bw);
                const std::size_t rowBase =
                    static_cast<std::size_t>(r) * static_cast<std::size_t>(bufW);
                auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
                for (int x = 0; x < dev.width(); ++x) {
                    const int c = col[static_cast<std::size_t>(x)];
                    if (c < 0)
                        continue;
                    if (const QRgb px = colours.pixel(rowBase + static_cast<std::size_t>(c)))
                        line[x] = px;
                }
            }
            m_drawn = true;
            return;
        }
        for (int y = 0; y < dev.height(); ++y) {
            if ((y & 63) == 0 && ctx.isCancelled())
                return;
            auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
            const int j = y / kStep;
            const double fy = static_cast<double>(y % kStep) / kStep;
            // Along a row the source position is linear within each grid cell: step it.
            for (int i = 0; i * kStep < dev.width(); ++i) {
                const auto k00 = static_cast<std::size_t>(j * gw + i);
                const auto k01 = k00 + static_cast<std::size_t>(gw);
                const double cl = gx[k00] * (1 - fy) + gx[k01] * fy;
                const double cr = gx[k00 + 1] * (1 - fy) + gx[k01 + 1] * fy;
                const double rl = gy[k00] * (1 - fy) + gy[k01] * fy;
                const double rr = gy[k00 + 1] * (1 - fy) + gy[k01 + 1] * fy;
                if (std::isnan(cl) || std::isnan(cr) || std::isnan(rl) || std::isnan(rr))
                    continue;
                const double dc = (cr - cl) / kStep, dr = (rr - rl) / kStep;
                double c = cl, r = rl;
                const int xEnd = std::min(dev.width(), (i + 1) * kStep);
                for (int x = i * kStep; x < xEnd; ++x, c += dc, r += dr) {
                    if (!(c >= 0 && c < bw && r >= 0 && r < bh))
                        continue; // outside the raster
                    if (const QRgb px = colours.pixel(static_cast<std::size_t>(r) *
                                                          static_cast<std::size_t>(bufW) +
                                                      static_cast<std::size_t>(c)))
                        line[x] = px;
                }
            }
        }
        m_drawn = true;
    }

    // What to read: a band (the full resolution or an overview), a window of it in its own
    // pixels, the buffer size, and the scale from full-resolution pixels (relative to the
    // window's full-resolution origin) to buffer pixels.
    struct ReadPlan {
        GDALRasterBandH band = nullptr;
        int overview = -1; // index of the overview read, -1 for full resolution
        int x0 = 0, y0 = 0, winW = 0, winH = 0, bufW = 0, bufH = 0;
        double sx = 1, sy = 1;
        double offsetX = 0, offsetY = 0; // buffer position of the full-resolution window origin
    };

    static ReadPlan planRead(GDALRasterBandH full, int rasterW, int rasterH, int x0, int y0, int x1,
                             int y1, QSize dev) {
        const int winW = x1 - x0, winH = y1 - y0;
        // Source pixels per device pixel; an overview of factor <= this loses nothing visible.
        const double wanted = std::min(static_cast<double>(winW) / std::max(1, dev.width()),
                                       static_cast<double>(winH) / std::max(1, dev.height()));
        GDALRasterBandH band = full;
        int overview = -1;
        double factor = 1;
        for (int i = 0; i < GDALGetOverviewCount(full); ++i) {
            GDALRasterBandH ov = GDALGetOverview(full, i);
            if (!ov || GDALGetRasterBandXSize(ov) < 1)
                continue;
            const double f = static_cast<double>(rasterW) / GDALGetRasterBandXSize(ov);
            if (f <= wanted && f > factor) {
                band = ov;
                overview = i;
                factor = f;
            }
        }
        ReadPlan plan;
        plan.band = band;
        plan.overview = overview;
        const int bandW = GDALGetRasterBandXSize(band), bandH = GDALGetRasterBandYSize(band);
        const double kx = static_cast<double>(bandW) / rasterW;
        const double ky = static_cast<double>(bandH) / rasterH;
        const int bx0 = std::clamp(static_cast<int>(std::floor(x0 * kx)), 0, bandW - 1);
        const int by0 = std::clamp(static_cast<int>(std::floor(y0 * ky)), 0, bandH - 1);
        const int bx1 = std::clamp(static_cast<int>(std::ceil(x1 * kx)), bx0 + 1, bandW);
        const int by1 = std::clamp(static_cast<int>(std::ceil(y1 * ky)), by0 + 1, bandH);
        if (bx1 - bx0 <= 2 * dev.width() && by1 - by0 <= 2 * dev.height()) {
            plan.x0 = bx0;
            plan.y0 = by0;
            plan.winW = plan.bufW = bx1 - bx0;
            plan.winH = plan.bufH = by1 - by0;
            // Full-resolution column c lies at c * kx in the band, minus the window's origin.
            plan.sx = kx;
            plan.sy = ky;
            plan.offsetX = x0 * kx - bx0;
            plan.offsetY = y0 * ky - by0;
            return plan;
        }
        // No overview small enough: GDAL picks one (or decimates) into a screen-sized buffer.
        plan.band = full;
        plan.overview = -1;
        plan.x0 = x0;
        plan.y0 = y0;
        plan.winW = winW;
        plan.winH = winH;
        plan.bufW = std::max(1, std::min(winW, dev.width()));
        plan.bufH = std::max(1, std::min(winH, dev.height()));
        plan.sx = static_cast<double>(plan.bufW) / winW;
        plan.sy = static_cast<double>(plan.bufH) / winH;
        return plan;
    }

    // True when every grid row has the same columns and every grid column the same rows.
    static bool separable(std::span<const double> gx, std::span<const double> gy, int gw, int gh) {
        for (int j = 0; j < gh; ++j)
            for (int i = 0; i < gw; ++i) {
                const auto k = static_cast<std::size_t>(j * gw + i);
                if (std::isnan(gx[k]) || std::isnan(gy[k]) ||
                    gx[k] != gx[static_cast<std::size_t>(i)] ||
                    gy[k] != gy[static_cast<std::size_t>(j * gw)])
                    return false;
            }
        return true;
    }

    // The buffer column of every output x for one grid phase fy (-1 outside the raster), stepped
    // exactly as the general loop steps it.
    static std::vector<int> columnTable(std::span<const double> gx, int gw, double fy, int width,
                                        double bw) {
        std::vector<int> out(static_cast<std::size_t>(width), -1);
        for (int i = 0; i * kStep < width; ++i) {
            const auto k00 = static_cast<std::size_t>(i);
            const auto k01 = k00 + static_cast<std::size_t>(gw);
            const double cl = gx[k00] * (1 - fy) + gx[k01] * fy;
            const double cr = gx[k00 + 1] * (1 - fy) + gx[k01 + 1] * fy;
            const double dc = (cr - cl) / kStep;
            double c = cl;
            const int xEnd = std::min(width, (i + 1) * kStep);
            for (int x = i * kStep; x < xEnd; ++x, c += dc)
                if (c >= 0 && c < bw)
                    out[static_cast<std::size_t>(x)] = static_cast<int>(c);
        }
        return out;
    }

    // What an error names: the file, or a tile service's URL rather than its XML description.
    QString sourceName() const {
        if (!m_record.path.startsWith(QLatin1Char('<')))
            return m_record.path;
        static const QRegularExpression url(QStringLiteral("<ServerUrl>([^<]*)</ServerUrl>"));
        const auto m = url.match(m_record.path);
        if (!m.hasMatch())
            return m_record.product;
        return m.captured(1)
            .replace(QLatin1String("&amp;"), QLatin1String("&"))
            .replace(QLatin1String("${"), QLatin1String("{"));
    }

    // "EPSG:n" when GDAL can identify the file's CRS (PROJ builds transforms between codes much
    // faster than between WKT strings), else its WKT, else the store's record, else lon/lat.
    QString sourceCrs(GDALDatasetH ds) const {
        const char* wkt = GDALGetProjectionRef(ds);
        if (wkt && *wkt) {
            OGRSpatialReferenceH srs = OSRNewSpatialReference(wkt);
            QString out = QString::fromUtf8(wkt);
            if (srs) {
                OSRAutoIdentifyEPSG(srs);
                const char* name = OSRGetAuthorityName(srs, nullptr);
                const char* code = OSRGetAuthorityCode(srs, nullptr);
                if (name && code && QLatin1String(name) == QLatin1String("EPSG"))
                    out = QStringLiteral("EPSG:") + QLatin1String(code);
                OSRDestroySpatialReference(srs);
            }
            return out;
        }
        return m_record.crs.trimmed().isEmpty() ? QStringLiteral("EPSG:4326") : m_record.crs;
    }

    model::RasterRecord m_record;
    RasterStyle m_style;
    QString m_tileCacheDir;
    std::optional<RasterColouriser> m_colours;
    bool m_drawn = false;
};

} // namespace

RasterLayer::RasterLayer(model::RasterRecord record)
    : MapLayer(QStringLiteral("raster"),
               QCoreApplication::translate("eco::render::RasterLayer", "Satellite raster")),
      m_record(std::move(record)) {
    // Registration is idempotent; do it here, on the owning thread, before any worker opens.
    GDALAllRegister();
    if (!m_record.product.isEmpty())
        setName(name() + QStringLiteral(" (") + m_record.product + QLatin1Char(')'));
}

std::optional<model::RasterRecord> RasterLayer::pick(const QList<model::RasterRecord>& records,
                                                     std::int64_t ts, const QString& kind,
                                                     const QString& productHint) {
    QList<model::RasterRecord> candidates;
    for (const auto& r : records)
        if (r.kind == kind && r.product.contains(productHint, Qt::CaseInsensitive))
            candidates << r;
    if (candidates.isEmpty())
        for (const auto& r : records)
            if (r.kind == kind)
                candidates << r;
    if (candidates.isEmpty())
        return std::nullopt;
    std::optional<model::RasterRecord> before, after;
    for (const auto& r : candidates) {
        const std::int64_t t = r.ts.value_or(0);
        if (t <= ts) {
            if (!before || t > before->ts.value_or(0))
                before = r;
        } else if (!after || t < after->ts.value_or(0)) {
            after = r;
        }
    }
    return before ? before : after;
}

RasterLayer::RasterLayer(QString id, QString name, model::RasterRecord record)
    : MapLayer(std::move(id), std::move(name)), m_record(std::move(record)) {
    GDALAllRegister();
}

void RasterLayer::setStyle(const RasterStyle& style) {
    if (style == m_style)
        return;
    m_style = style;
    bumpRevision();
}

std::unique_ptr<MapLayerRenderer> RasterLayer::createRenderer(const MapSettings&) const {
    return std::make_unique<RasterRenderer>(m_record, m_style, m_tileCacheDir);
}

geo::GeoRect RasterLayer::lonLatExtent() const {
    return {m_record.west, m_record.south, m_record.east, m_record.north};
}

} // namespace eco::render
