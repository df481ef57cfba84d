// bench_map_canvas: how the map widget feels. Opens the demo city's layers (CityMapLoader) in a
// MapCanvas at 1920x1080 and 3840x2160 on the offscreen platform and prints: the time from
// showing the canvas until every layer is in (cold, progressive: also when the first layer shows),
// the paint time of a pan frame drawn from the per-layer cache (the images moved, no render),
// of a zoom frame (images scaled), of a frame at rest, a time step (only the time-dependent
// layers drawn again, counted) and the layer cache's memory and the process's peak RSS. Usage:
//   QT_QPA_PLATFORM=offscreen bench_map_canvas [--db PATH] [--frames N]
#include "core/geo/WebMercator.h"
#include "core/render/CityMapLoader.h"
#include "core/store/Database.h"
#include "ui/MapCanvas.h"
#include "ui/map/TimeLayerLoader.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QTest>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace eco;

namespace {

struct Stats {
    double median = 0, p95 = 0, max = 0;
};

Stats stats(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    if (v.empty())
        return {};
    return {v[v.size() / 2], v[std::min(v.size() - 1, v.size() * 95 / 100)], v.back()};
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QString dbPath = QStringLiteral("/work/demo/demo.db");
    int frames = 60;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--db"))
            dbPath = args[i + 1];
        else if (args[i] == QLatin1String("--frames"))
            frames = args[i + 1].toInt();
    }
    auto db = store::Database::open(dbPath, store::Database::Mode::ReadOnly);
    QElapsedTimer load;
    load.start();
    const render::CityMap map = render::CityMapLoader::load(db);
    std::printf("store %s: %zu layers loaded in %.0f ms\n", qPrintable(dbPath), map.layers.size(),
                load.nsecsElapsed() / 1e6);

    {
        // A time-slider step: new snapshots of the time-dependent layers for the next hour.
        ui::TimeLayerLoader loader(db);
        loader.markLoaded(map.time);
        std::vector<double> steps;
        for (int h = 1; h <= 24; ++h) {
            QElapsedTimer t;
            t.start();
            const auto layers = loader.load(map.time - h * 3600, nullptr);
            steps.push_back(t.nsecsElapsed() / 1e6);
        }
        const Stats st = stats(steps);
        std::printf("time step (reload stations, raster and track when they change): median %.1f "
                    "/ max %.1f ms\n",
                    st.median, st.max);
    }
    for (const QSize size : {QSize(1920, 1080), QSize(3840, 2160)}) {
        ui::MapCanvas canvas;
        canvas.resize(size);
        canvas.setExtent(geo::WebMercator::fromLonLat(map.lonLatExtent));
        canvas.setTime(map.time);
        QElapsedTimer cold;
        double firstLayerMs = -1;
        QObject::connect(&canvas, &ui::MapCanvas::layerRendered, &canvas, [&] {
            if (firstLayerMs < 0)
                firstLayerMs = cold.nsecsElapsed() / 1e6;
        });
        cold.start();
        canvas.setLayers(map.layers, map.background);
        canvas.show();
        if (!QTest::qWaitFor([&] { return canvas.finishedRenders() > 0; }, 60000)) {
            std::fprintf(stderr, "render did not finish\n");
            return 1;
        }
        const double coldMs = cold.nsecsElapsed() / 1e6;
        auto timedRepaint = [&] {
            QElapsedTimer t;
            t.start();
            canvas.repaint();
            return t.nsecsElapsed() / 1e6;
        };
        std::vector<double> rest, pan, zoom;
        for (int i = 0; i < frames; ++i)
            rest.push_back(timedRepaint());
        // Pan frames: a drag in progress (the render timer keeps being pushed back).
        const QPoint c = canvas.rect().center();
        QTest::mousePress(&canvas, Qt::LeftButton, {}, c);
        for (int i = 1; i <= frames; ++i) {
            QMouseEvent move(QEvent::MouseMove, QPointF(c + QPoint(i * 3, i)),
                             canvas.mapToGlobal(QPointF(c + QPoint(i * 3, i))), Qt::NoButton,
                             Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&canvas, &move);
            pan.push_back(timedRepaint());
        }
        QTest::mouseRelease(&canvas, Qt::LeftButton, {}, c + QPoint(frames * 3, frames));
        // Zoom frames: wheel notches (the cached images scaled).
        for (int i = 0; i < frames; ++i) {
            QWheelEvent wheel(QPointF(c), canvas.mapToGlobal(QPointF(c)), {}, {0, i % 2 ? -30 : 30},
                              Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(&canvas, &wheel);
            zoom.push_back(timedRepaint());
        }
        // A time step once the view is settled: only the time-dependent layers are drawn again
        // (lidar, surface), the others come from the layer cache.
        if (!QTest::qWaitFor([&] { return !canvas.isRendering(); }, 60000))
            std::fprintf(stderr, "the zoom's render did not finish\n");
        const int drawnBefore = canvas.layerRenders(), finishedBefore = canvas.finishedRenders();
        QStringList redrawn;
        QObject::connect(&canvas, &ui::MapCanvas::layerRendered, &canvas,
                         [&](const QString& id) { redrawn << id; });
        QElapsedTimer step;
        step.start();
        canvas.setTime(map.time - 3600);
        if (!QTest::qWaitFor(
                [&] { return canvas.finishedRenders() > finishedBefore && !canvas.isRendering(); },
                60000))
            std::fprintf(stderr, "the time step's render did not finish\n");
        const double stepMs = step.nsecsElapsed() / 1e6;
        const auto cache = canvas.layerCache().stats();
        const Stats r = stats(rest), p = stats(pan), z = stats(zoom);
        std::printf("%dx%d: cold %.0f ms (first layer on screen %.0f ms); frame at rest median "
                    "%.1f ms; pan frame from cache median %.1f / p95 %.1f / max %.1f ms; zoom "
                    "frame median %.1f / p95 %.1f ms\n",
                    size.width(), size.height(), coldMs, firstLayerMs, r.median, p.median, p.p95,
                    p.max, z.median, z.p95);
        std::printf(
            "%dx%d: time step %.0f ms (including the %d ms render delay), %d layer "
            "images drawn (%s); layer cache %d images, %.0f MiB (peak %.0f MiB, budget %.0f "
            "MiB)\n",
            size.width(), size.height(), stepMs, 40, canvas.layerRenders() - drawnBefore,
            qPrintable(redrawn.join(u',')), cache.entries, cache.bytes / 1048576.0,
            cache.peakBytes / 1048576.0, cache.budgetBytes / 1048576.0);
    }
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    std::printf("process peak RSS %ld MiB\n", ru.ru_maxrss / 1024);
    return 0;
}
