// bench_render: the full demo scene (basemap, a satellite raster with overviews, enterprises and
// stations, every vehicle track of a day, lidar PPI sectors, the interpolated PM2.5 surface,
// labels) rendered at 3840x2160 and 1920x1080: cold render (no cached layer) median of N, a
// cached re-render after a change of the map time, a pan frame composed from the last render
// (MapComposition::panFrame, the canvas's code) and the memory the layer cache and image pool
// held at their peak. Wall and CPU time (getrusage, both cores) are printed side by side: on a
// shared host wall time mostly measures the neighbours.
//   bench_render [--db PATH (default /work/demo/demo.db)] [--runs N] [--raster PATH]
// --raster: a large GeoTIFF to draw as the satellite layer; by default one of 2048x2048 with
// overviews (DEFLATE, tiled, 16 MB of floats) is generated once in the temp folder.
#include "core/geo/WebMercator.h"
#include "core/render/CityMapLoader.h"
#include "core/render/MapComposition.h"
#include "core/render/MapLayerCache.h"
#include "core/render/MapRenderJob.h"
#include "core/render/RasterLayer.h"
#include "core/store/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMap>

#include <gdal.h>
#include <ogr_srs_api.h>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace eco;

namespace {

double median(std::vector<double> v) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

double p90(std::vector<double> v) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, (v.size() * 9 + 9) / 10 - 1)];
}

double minOf(const std::vector<double>& v) {
    return v.empty() ? 0 : *std::min_element(v.begin(), v.end());
}

// A big float raster over the city with a smooth plume pattern and overviews, so the render has
// to pick the overview matching the output resolution.
QString makeBigRaster(const geo::GeoRect& ll) {
    const QString path = QDir::temp().filePath(QStringLiteral("ecosentry_bench_raster_2048.tif"));
    if (QFileInfo::exists(path))
        return path;
    GDALAllRegister();
    const int n = 2048;
    const char* options[] = {"TILED=YES", "COMPRESS=DEFLATE", "BIGTIFF=IF_SAFER", nullptr};
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GTiff"), path.toUtf8().constData(), n, n, 1,
                                 GDT_Float32, const_cast<char**>(options));
    if (!ds)
        return {};
    double gt[6] = {ll.west, ll.width() / n, 0, ll.north, 0, -ll.height() / n};
    GDALSetGeoTransform(ds, gt);
    GDALSetProjection(ds, SRS_WKT_WGS84_LAT_LONG);
    GDALRasterBandH band = GDALGetRasterBand(ds, 1);
    GDALSetRasterNoDataValue(band, -9999);
    std::vector<float> row(static_cast<std::size_t>(n));
    for (int y = 0; y < n; ++y) {
        for (int x = 0; x < n; ++x) {
            const double u = x / double(n), v = y / double(n);
            row[static_cast<std::size_t>(x)] = static_cast<float>(
                0.4 + 0.3 * std::sin(u * 9) * std::cos(v * 7) +
                0.2 * std::exp(-((u - 0.5) * (u - 0.5) + (v - 0.45) * (v - 0.45)) * 30));
        }
        if (GDALRasterIO(band, GF_Write, 0, y, n, 1, row.data(), n, 1, GDT_Float32, 0, 0) !=
            CE_None)
            break;
    }
    int levels[] = {2, 4, 8, 16};
    if (GDALBuildOverviews(ds, "AVERAGE", 4, levels, 0, nullptr, nullptr, nullptr) != CE_None)
        std::fprintf(stderr, "bench_render: overviews not built: %s\n", CPLGetLastErrorMsg());
    GDALComputeRasterStatistics(band, TRUE, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr);
    GDALClose(ds);
    return path;
}

double processCpuMs() {
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3 +
           (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3;
}

long peakRssMb() {
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QString dbPath = QStringLiteral("/work/demo/demo.db"), rasterPath;
    int runs = 7;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--db"))
            dbPath = args[i + 1];
        else if (args[i] == QLatin1String("--runs"))
            runs = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--raster"))
            rasterPath = args[i + 1];
    }
    auto db = store::Database::open(dbPath, store::Database::Mode::ReadOnly);
    QElapsedTimer load;
    load.start();
    render::CityMap map = render::CityMapLoader::load(db);
    std::printf("scene loaded from %s in %.0f ms: %zu layers\n", qPrintable(dbPath),
                load.nsecsElapsed() / 1e6, map.layers.size());
    for (const QString& p : map.problems)
        std::printf("  problem: %s\n", qPrintable(p));
    // The satellite layer: a big raster with overviews in place of the demo's small one.
    if (rasterPath.isEmpty())
        rasterPath = makeBigRaster(map.lonLatExtent);
    if (!rasterPath.isEmpty()) {
        model::RasterRecord rec;
        rec.path = rasterPath;
        rec.kind = QStringLiteral("satellite");
        rec.product = QStringLiteral("AOD 2048x2048");
        rec.crs = QStringLiteral("EPSG:4326");
        for (auto& l : map.layers)
            if (l->id() == QLatin1String("raster")) {
                auto big = std::make_shared<render::RasterLayer>(rec);
                big->setOpacity(l->opacity());
                l = big;
            }
        std::printf("satellite raster: %s\n", qPrintable(rasterPath));
    }
    QStringList visible; // every layer, including those hidden by default (the surface)
    for (const auto& l : map.layers)
        visible << l->id();
    std::printf("layers: %s\n\n", qPrintable(visible.join(u',')));
    const auto stack = map.stack();

    for (const QSize size : {QSize(3840, 2160), QSize(1920, 1080)}) {
        render::MapSettings s;
        s.setOutputSize(size);
        s.setExtent(geo::WebMercator::fromLonLat(map.lonLatExtent));
        s.setTime(map.time);
        s.setVisibleLayers(visible);
        auto cache = std::make_shared<render::MapLayerCache>();
        // First render in the process: fonts, GDAL drivers and fresh image memory.
        QElapsedTimer t;
        t.start();
        render::MapRenderJob::renderSync(s, stack, false, map.background, cache.get());
        const double first = t.nsecsElapsed() / 1e6;

        std::vector<double> cold, coldCpu, compose, composeCpu;
        const std::int64_t fresh0 = cache->bufferPool()->freshAllocations();
        const std::int64_t acq0 = cache->bufferPool()->acquisitions();
        QMap<QString, std::vector<double>> perLayer, perLayerCpu;
        render::MapRenderOutput out;
        for (int r = 0; r < runs; ++r) {
            cache->clear(); // no cached layer: every layer is drawn
            t.restart();
            const double cpu0 = processCpuMs();
            out = render::MapRenderJob::renderSync(s, stack, false, map.background, cache.get());
            cold.push_back(t.nsecsElapsed() / 1e6);
            coldCpu.push_back(processCpuMs() - cpu0);
            compose.push_back(out.composeMilliseconds);
            composeCpu.push_back(out.composeCpuMilliseconds);
            for (const auto& l : out.layers) {
                perLayer[l.layerId].push_back(l.milliseconds);
                perLayerCpu[l.layerId].push_back(l.cpuMilliseconds);
            }
        }
        std::printf("%dx%d cold render: wall median %.1f / p90 %.1f / min %.1f ms; CPU median "
                    "%.1f / p90 %.1f ms over both cores (first in process %.1f ms)\n",
                    size.width(), size.height(), median(cold), p90(cold), minOf(cold),
                    median(coldCpu), p90(coldCpu), first);
        for (const auto& l : out.layers)
            std::printf("    %-12s median %7.1f ms wall %7.1f ms CPU%s\n", qPrintable(l.layerId),
                        median(perLayer[l.layerId]), median(perLayerCpu[l.layerId]),
                        l.error.isEmpty() ? "" : qPrintable(QStringLiteral("  ERROR ") + l.error));
        std::printf("    %-12s median %7.1f ms wall %7.1f ms CPU\n", "(compose)", median(compose),
                    median(composeCpu));
        std::printf("    image buffers: %lld of %lld needed fresh memory\n",
                    static_cast<long long>(cache->bufferPool()->freshAllocations() - fresh0),
                    static_cast<long long>(cache->bufferPool()->acquisitions() - acq0));

        // Time change: the static layers come from the cache.
        std::vector<double> timed;
        int redrawn = 0;
        for (int r = 0; r < runs; ++r) {
            render::MapSettings later = s;
            later.setTime(map.time - 3600 * (r + 1));
            t.restart();
            const auto o =
                render::MapRenderJob::renderSync(later, stack, false, map.background, cache.get());
            timed.push_back(t.nsecsElapsed() / 1e6);
            redrawn = 0;
            for (const auto& l : o.layers)
                redrawn += l.fromCache ? 0 : 1;
        }
        std::printf("%dx%d re-render after a time change: median %.1f ms (%d of %zu layers "
                    "drawn, the rest cached)\n",
                    size.width(), size.height(), median(timed), redrawn, out.layers.size());

        // Pan frames from the composed image, as the canvas does while dragging.
        std::vector<double> pans;
        QImage frame;
        for (int r = 0; r < std::max(runs, 20); ++r) {
            const render::MapSettings moved = s.pannedByPixels(QPointF(13 + r, -7 - r));
            t.restart();
            render::MapComposition::panFrame(out.image, s, moved, map.background, frame);
            pans.push_back(t.nsecsElapsed() / 1e6);
        }
        std::printf("%dx%d pan frame from the cache: median %.2f ms, min %.2f ms\n", size.width(),
                    size.height(), median(pans), minOf(pans));
        const auto st = cache->stats();
        std::printf("%dx%d layer cache: %d images, %.0f MiB now, peak %.0f MiB (budget %.0f MiB), "
                    "%lld hits / %lld misses, %lld evicted; image pool peak %.0f MiB\n\n",
                    size.width(), size.height(), st.entries, st.bytes / 1048576.0,
                    st.peakBytes / 1048576.0, st.budgetBytes / 1048576.0,
                    static_cast<long long>(st.hits), static_cast<long long>(st.misses),
                    static_cast<long long>(st.evictions),
                    cache->bufferPool()->peakBytes() / 1048576.0);
    }
    std::printf("process peak RSS %ld MiB\n", peakRssMb());
    return 0;
}
