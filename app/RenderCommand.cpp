// `ecosentry render --db PATH --out FILE.png [--size WxH] [--bbox W,S,E,N] [--time T]
// [--layers a,b] [--dpr N] [--crs EPSG:n]`: draws the city map with no window (the same layers as
// the GUI, through MapRenderJob::renderSync) and prints how long each layer took. --layers also
// takes raster files (GeoTIFF, MBTiles, ...) and tile services (XYZ URL templates, WMTS
// capabilities URLs) as items: see RasterSource.
#include "app/CliOptions.h"
#include "app/Commands.h"

#include "core/geo/CrsTransform.h"
#include "core/geo/GeoError.h"
#include "core/geo/WebMercator.h"
#include "core/model/Time.h"
#include "core/render/CityMapLoader.h"
#include "core/render/MapRenderJob.h"
#include "core/render/RasterLayer.h"
#include "core/render/RasterSource.h"
#include "core/store/Database.h"
#include "core/store/StoreError.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace eco::app {

namespace {

std::optional<QSize> parseSize(const QString& s) {
    static const QRegularExpression re(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$"));
    const auto m = re.match(s.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QSize size(m.captured(1).toInt(), m.captured(2).toInt());
    if (size.width() < 16 || size.height() < 16 || size.width() > 16384 || size.height() > 16384)
        return std::nullopt;
    return size;
}

std::optional<geo::GeoRect> parseBbox(const QString& s) {
    const QStringList parts = s.split(u',');
    if (parts.size() != 4)
        return std::nullopt;
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    }
    const geo::GeoRect r(v[0], v[1], v[2], v[3]);
    if (!r.isValid() || r.west < -180 || r.east > 180 || r.south < -85.06 || r.north > 85.06)
        return std::nullopt;
    return r;
}

// The lon/lat box in the display CRS: the box around its edges sampled and transformed (a
// straight edge in degrees is curved in most projections).
geo::GeoRect extentInCrs(const geo::GeoRect& ll, const QString& crs) {
    if (crs.compare(QLatin1String(render::MapSettings::kDefaultCrs), Qt::CaseInsensitive) == 0)
        return geo::WebMercator::fromLonLat(ll);
    const geo::CrsTransform t(QStringLiteral("EPSG:4326"), crs);
    std::vector<double> xs, ys;
    constexpr int kSteps = 16;
    for (int i = 0; i <= kSteps; ++i) {
        const double f = static_cast<double>(i) / kSteps;
        const double lon = ll.west + f * ll.width(), lat = ll.south + f * ll.height();
        xs.insert(xs.end(), {lon, lon, ll.west, ll.east});
        ys.insert(ys.end(), {ll.south, ll.north, lat, lat});
    }
    t.transformInPlace(xs, ys);
    geo::GeoRect out;
    for (std::size_t i = 0; i < xs.size(); ++i)
        if (std::isfinite(xs[i]) && std::isfinite(ys[i]))
            out = out.including({xs[i], ys[i]});
    if (!out.isValid())
        throw geo::GeoError("the map extent cannot be shown in " + crs.toStdString());
    return out;
}

// Adds the raster source `spec` to the stack above the layer last in `idsSoFar`; its id is
// `source1`, `source2`, ... Nullopt (with the reason on stderr) when it cannot be opened.
std::optional<QString> addSourceLayer(const QString& spec, const QString& storePath,
                                      const QStringList& idsSoFar, render::LayerStack& stack) {
    QString error;
    const auto source =
        render::RasterSource::parse(spec, render::RasterSource::defaultCacheDir(storePath), &error);
    std::shared_ptr<render::RasterLayer> layer;
    int n = 1;
    auto taken = [&](const QString& id) {
        return std::any_of(stack.begin(), stack.end(),
                           [&](const auto& l) { return l->id() == id; });
    };
    while (taken(QStringLiteral("source%1").arg(n)))
        ++n;
    const QString id = QStringLiteral("source%1").arg(n);
    if (source)
        layer = render::makeRasterLayer(*source, id, &error);
    if (!layer) {
        std::fprintf(stderr, "ecosentry render: error: --layers: %s\n", qPrintable(error));
        return std::nullopt;
    }
    auto at = stack.begin();
    if (!idsSoFar.isEmpty())
        for (auto it = stack.begin(); it != stack.end(); ++it)
            if ((*it)->id() == idsSoFar.back())
                at = std::next(it);
    stack.insert(at, layer);
    return id;
}

} // namespace

int runRenderCommand(const QStringList& args) {
    CliOptions opts({QStringLiteral("db"), QStringLiteral("out"), QStringLiteral("size"),
                     QStringLiteral("bbox"), QStringLiteral("time"), QStringLiteral("layers"),
                     QStringLiteral("dpr"), QStringLiteral("crs")},
                    {});
    if (!opts.parse(args))
        return usageError("render", opts.error());
    if (!opts.positional().isEmpty())
        return usageError(
            "render", QStringLiteral("unexpected argument '%1'").arg(opts.positional().front()));
    if (!opts.has(QStringLiteral("out")))
        return usageError("render", QStringLiteral("--out FILE.png is required"));
    const QString out = opts.value(QStringLiteral("out"));
    QSize size(1920, 1080);
    if (opts.has(QStringLiteral("size"))) {
        const auto s = parseSize(opts.value(QStringLiteral("size")));
        if (!s)
            return usageError("render",
                              QStringLiteral("--size: expected WxH between 16 and 16384, got '%1'")
                                  .arg(opts.value(QStringLiteral("size"))));
        size = *s;
    }
    std::optional<geo::GeoRect> bbox;
    if (opts.has(QStringLiteral("bbox"))) {
        bbox = parseBbox(opts.value(QStringLiteral("bbox")));
        if (!bbox)
            return usageError("render",
                              QStringLiteral("--bbox: expected W,S,E,N in degrees with W<E, S<N, "
                                             "got '%1'")
                                  .arg(opts.value(QStringLiteral("bbox"))));
    }
    std::optional<std::int64_t> time;
    if (opts.has(QStringLiteral("time"))) {
        time = model::parseUserTime(opts.value(QStringLiteral("time")));
        if (!time)
            return usageError("render", QStringLiteral("--time: not a date or time: '%1'")
                                            .arg(opts.value(QStringLiteral("time"))));
    }
    double dpr = 1.0;
    if (opts.has(QStringLiteral("dpr"))) {
        bool ok = false;
        dpr = opts.value(QStringLiteral("dpr")).toDouble(&ok);
        if (!ok || dpr < 0.5 || dpr > 4)
            return usageError("render",
                              QStringLiteral("--dpr: expected a number between 0.5 and 4"));
    }
    const QString crs = opts.has(QStringLiteral("crs"))
                            ? opts.value(QStringLiteral("crs")).trimmed()
                            : QString::fromLatin1(render::MapSettings::kDefaultCrs);
    try {
        const geo::CrsTransform check(QStringLiteral("EPSG:4326"), crs);
    } catch (const geo::GeoError& e) {
        return usageError("render", QStringLiteral("--crs: %1").arg(QString::fromUtf8(e.what())));
    }
    const QString path = opts.dbPath();
    if (!QFileInfo::exists(path))
        return failure("render",
                       path + QStringLiteral(": store does not exist (run `ecosentry demo` "
                                             "or `ecosentry import` first)"));
    try {
        auto db = store::Database::open(path, store::Database::Mode::ReadOnly);
        const render::CityMap map = render::CityMapLoader::load(db, time);
        for (const QString& p : map.problems)
            std::fprintf(stderr, "ecosentry render: warning: %s\n", qPrintable(p));
        if (!map.hasData)
            std::fprintf(stderr, "ecosentry render: warning: %s holds nothing to draw\n",
                         qPrintable(path));
        QStringList visible = map.visibleLayerIds();
        render::LayerStack stack = map.stack();
        if (opts.has(QStringLiteral("layers"))) {
            const QStringList wanted =
                opts.value(QStringLiteral("layers")).split(u',', Qt::SkipEmptyParts);
            QStringList ids;
            for (const QString& item : wanted) {
                const QString id = item.trimmed();
                if (map.layer(id)) {
                    ids << id;
                    continue;
                }
                if (!render::RasterSource::looksLikeSource(id))
                    return usageError("render",
                                      QStringLiteral("--layers: no layer '%1' and no such raster "
                                                     "file or tile URL (layers: %2)")
                                          .arg(id, visible.join(u',')));
                // A raster file or tile service of the user's, drawn above the layer named
                // before it (at the bottom when it comes first).
                const auto added = addSourceLayer(id, path, ids, stack);
                if (!added)
                    continue; // reported; the other layers still draw
                ids << *added;
            }
            visible = ids;
        }
        render::MapSettings settings;
        settings.setOutputSize(size);
        settings.setDevicePixelRatio(dpr);
        settings.setDestinationCrs(crs);
        settings.setExtent(extentInCrs(bbox.value_or(map.lonLatExtent), crs));
        settings.setTime(map.time);
        settings.setVisibleLayers(visible);
        const auto result = render::MapRenderJob::renderSync(settings, stack, true, map.background);
        int errors = 0;
        for (const auto& l : result.layers) {
            std::printf(
                "%-14s %8.1f ms  %s\n", qPrintable(l.layerId), l.milliseconds,
                qPrintable(l.error.isEmpty() ? l.name : QStringLiteral("ERROR: ") + l.error));
            errors += l.error.isEmpty() ? 0 : 1;
        }
        std::printf("%-14s %8.1f ms  %dx%d @%gx, %s, map time %s\n", "total",
                    result.totalMilliseconds, size.width(), size.height(), dpr, qPrintable(crs),
                    qPrintable(model::formatIsoLocal(map.time)));
        if (!result.image.save(out, "PNG"))
            return failure("render", out + QStringLiteral(": cannot write the PNG"));
        std::printf("wrote %s\n", qPrintable(out));
        // A layer that failed is reported, but the map of the others is still useful: exit 0.
        if (errors)
            std::fprintf(stderr, "ecosentry render: %d layer(s) failed, see above\n", errors);
        return 0;
    } catch (const store::StoreError& e) {
        return failure("render", QString::fromUtf8(e.what()));
    } catch (const geo::GeoError& e) {
        return failure("render", QString::fromUtf8(e.what()));
    }
}

} // namespace eco::app
