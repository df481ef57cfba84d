// Tests of the map canvas on the offscreen platform with hand-made layers: world <-> screen
// round trips, zooming about the cursor keeps the point under it, box zoom shows the box, the
// per-layer cache (a pan re-renders, an opacity or order change does not, a time change only
// re-renders time-dependent layers, counted), progressive display (each layer shows as it
// finishes), a new input cancels the render in flight and a cancelled render never shows, the
// public API (addLayer/removeLayer/layer/centerOn/ zoomToLonLatRect/setSelection), hover tooltips,
// click selection, the measurement tools drawn on the map, F12's frame-time overlay, and crisp
// rendering at a device pixel ratio of 2.
#include "core/geo/WebMercator.h"
#include "core/render/MapLayerRenderer.h"
#include "core/render/MapRenderJob.h"
#include "core/render/MapSettings.h"
#include "ui/MapCanvas.h"
#include "ui/map/Geodesic.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <chrono>
#include <cmath>
#include <thread>

using namespace eco;

namespace {

const QPointF kCentre{104.06, 30.66};

// A layer that fills its image with one colour and draws a marker at a lon/lat; it counts its
// renders and can be told to take its time, so the tests can see caching and progress.
class SolidLayer : public render::MapLayer {
public:
    SolidLayer(QString id, QColor colour, int delayMs = 0)
        : MapLayer(id, id), m_colour(colour), m_delayMs(delayMs) {}

    std::unique_ptr<render::MapLayerRenderer>
    createRenderer(const render::MapSettings&) const override {
        return std::make_unique<Renderer>(m_colour, m_delayMs, m_renders, m_marker);
    }
    std::optional<render::FeatureHit> hitTest(const render::MapSettings& s, QPointF pixel,
                                              double radius) const override {
        const QPointF world = geo::WebMercator::fromLonLat(*m_marker);
        const QPointF d = s.worldToPixel(world) - pixel;
        if (std::hypot(d.x(), d.y()) > radius + 6)
            return std::nullopt;
        render::FeatureHit h;
        h.layerId = id();
        h.kind = QStringLiteral("site");
        h.featureId = QStringLiteral("S1");
        h.name = QStringLiteral("Marker");
        h.world = world;
        return h;
    }
    int renders() const { return m_renders->load(); }
    void setMarker(QPointF ll) { *m_marker = ll; }
    bool dependsOnTime() const override { return m_timed; }
    void setTimed(bool timed) { m_timed = timed; }

private:
    class Renderer : public render::MapLayerRenderer {
    public:
        Renderer(QColor c, int delay, std::shared_ptr<std::atomic_int> n,
                 std::shared_ptr<QPointF> marker)
            : m_c(c), m_delay(delay), m_n(std::move(n)), m_marker(*marker) {}
        void render(QImage& image, const render::RenderContext& ctx) override {
            for (int waited = 0; waited < m_delay && !ctx.isCancelled(); waited += 5)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            ++*m_n;
            QPainter p(&image);
            p.fillRect(QRectF(QPointF(0, 0), ctx.settings.outputSize()), m_c);
            p.setBrush(Qt::black);
            p.drawEllipse(ctx.settings.worldToPixel(geo::WebMercator::fromLonLat(m_marker)), 5, 5);
        }

    private:
        QColor m_c;
        int m_delay;
        std::shared_ptr<std::atomic_int> m_n;
        QPointF m_marker;
    };
    QColor m_colour;
    int m_delayMs;
    bool m_timed = false;
    std::shared_ptr<std::atomic_int> m_renders = std::make_shared<std::atomic_int>(0);
    std::shared_ptr<QPointF> m_marker = std::make_shared<QPointF>(kCentre);
};

geo::GeoRect cityExtent() {
    return geo::WebMercator::fromLonLat(geo::GeoRect{103.96, 30.58, 104.16, 30.74});
}

struct Canvas {
    std::unique_ptr<ui::MapCanvas> canvas = std::make_unique<ui::MapCanvas>();
    std::shared_ptr<SolidLayer> bottom = std::make_shared<SolidLayer>("bottom", QColor(200, 0, 0));
    std::shared_ptr<SolidLayer> top;

    explicit Canvas(int topDelayMs = 0, QColor topColour = QColor(0, 0, 200, 0)) {
        top = std::make_shared<SolidLayer>("top", topColour, topDelayMs);
        canvas->resize(600, 400);
        canvas->setExtent(cityExtent());
        canvas->setFullExtent(cityExtent());
        canvas->setLayers({bottom, top}, Qt::white);
        canvas->show();
    }
    bool waitRender(int before) const {
        return QTest::qWaitFor([&] { return canvas->finishedRenders() > before; }, 10000);
    }
};

QColor pixelAt(QWidget* w, QPoint p) {
    const QImage img = w->grab().toImage();
    return QColor(img.pixel((QPointF(p) * img.devicePixelRatio()).toPoint()));
}

} // namespace

class TestMapCanvas : public QObject {
    Q_OBJECT
private slots:
    void worldScreenRoundTrip_data() {
        QTest::addColumn<QPointF>("pixel");
        QTest::newRow("origin") << QPointF(0, 0);
        QTest::newRow("centre") << QPointF(300, 200);
        QTest::newRow("corner") << QPointF(599.5, 399.5);
        QTest::newRow("outside") << QPointF(-120.25, 850.75);
    }
    void worldScreenRoundTrip() {
        QFETCH(QPointF, pixel);
        Canvas c;
        const QPointF ll = c.canvas->pixelToLonLat(pixel);
        const QPointF back = c.canvas->lonLatToPixel(ll);
        QVERIFY2(std::abs(back.x() - pixel.x()) < 1e-6 && std::abs(back.y() - pixel.y()) < 1e-6,
                 qPrintable(QStringLiteral("%1,%2").arg(back.x()).arg(back.y())));
        // And the lon/lat is the Web Mercator inverse of the settings' world point.
        const QPointF world = c.canvas->settings().pixelToWorld(pixel);
        const QPointF ll2 = geo::WebMercator::toLonLat(world);
        QCOMPARE(ll.x(), ll2.x());
        QCOMPARE(ll.y(), ll2.y());
    }

    void wheelZoomKeepsThePointUnderTheCursor_data() {
        QTest::addColumn<QPoint>("cursor");
        QTest::addColumn<int>("delta");
        QTest::newRow("in near corner") << QPoint(40, 30) << 120;
        QTest::newRow("out off centre") << QPoint(450, 320) << -240;
        QTest::newRow("in at centre") << QPoint(300, 200) << 360;
    }
    void wheelZoomKeepsThePointUnderTheCursor() {
        QFETCH(QPoint, cursor);
        QFETCH(int, delta);
        Canvas c;
        const QPointF before = c.canvas->pixelToLonLat(cursor);
        const double mupp = c.canvas->settings().mapUnitsPerPixel();
        QWheelEvent wheel(QPointF(cursor), c.canvas->mapToGlobal(QPointF(cursor)), {}, {0, delta},
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(c.canvas.get(), &wheel);
        const QPointF after = c.canvas->pixelToLonLat(cursor);
        QVERIFY(std::abs(after.x() - before.x()) < 1e-9);
        QVERIFY(std::abs(after.y() - before.y()) < 1e-9);
        const double expected = mupp / std::pow(1.25, delta / 120.0);
        QVERIFY(std::abs(c.canvas->settings().mapUnitsPerPixel() - expected) < expected * 1e-9);
    }

    void dragAndKeysPan() {
        Canvas c;
        const QPointF ll = c.canvas->pixelToLonLat({300, 200});
        QTest::mousePress(c.canvas.get(), Qt::LeftButton, {}, QPoint(300, 200));
        QTest::mouseMove(c.canvas.get(), QPoint(340, 220));
        QTest::mouseMove(c.canvas.get(), QPoint(400, 250));
        QTest::mouseRelease(c.canvas.get(), Qt::LeftButton, {}, QPoint(400, 250));
        const QPointF moved = c.canvas->lonLatToPixel(ll);
        QVERIFY(std::abs(moved.x() - 400) < 1e-6 && std::abs(moved.y() - 250) < 1e-6);
        QTest::keyClick(c.canvas.get(), Qt::Key_Left);
        QVERIFY(std::abs(c.canvas->lonLatToPixel(ll).x() - 500) < 1e-6); // a quarter of 400
    }

    void boxZoomShowsTheBox() {
        for (bool tool : {false, true}) {
            Canvas c;
            const QPoint a(100, 80), b(260, 180);
            const QPointF llA = c.canvas->pixelToLonLat(a), llB = c.canvas->pixelToLonLat(b);
            if (tool)
                c.canvas->setTool(ui::MapTool::BoxZoom);
            const Qt::KeyboardModifiers mods = tool ? Qt::NoModifier : Qt::ShiftModifier;
            QTest::mousePress(c.canvas.get(), Qt::LeftButton, mods, a);
            QTest::mouseMove(c.canvas.get(), QPoint(180, 130));
            QTest::mouseMove(c.canvas.get(), b);
            QTest::mouseRelease(c.canvas.get(), Qt::LeftButton, mods, b);
            // The box (160x100 px, aspect 1.6) fills the 600x400 canvas (aspect 1.5) in width.
            const geo::GeoRect view = c.canvas->lonLatExtent();
            QVERIFY(view.west <= llA.x() + 1e-9 && view.east >= llB.x() - 1e-9);
            QVERIFY(view.north >= llA.y() - 1e-9 && view.south <= llB.y() + 1e-9);
            QVERIFY(std::abs(c.canvas->lonLatToPixel(llA).x()) < 1e-6);
            QVERIFY(std::abs(c.canvas->lonLatToPixel(llB).x() - 600) < 1e-6);
        }
        // A tiny box is a click, not a zoom.
        Canvas c;
        const double mupp = c.canvas->settings().mapUnitsPerPixel();
        QTest::mousePress(c.canvas.get(), Qt::LeftButton, Qt::ShiftModifier, QPoint(10, 10));
        QTest::mouseRelease(c.canvas.get(), Qt::LeftButton, Qt::ShiftModifier, QPoint(12, 12));
        QCOMPARE(c.canvas->settings().mapUnitsPerPixel(), mupp);
    }

    void cacheKeepsLayersThatDidNotChange() {
        Canvas c;
        QVERIFY(c.waitRender(0));
        QCOMPARE(c.bottom->renders(), 1);
        QCOMPARE(c.top->renders(), 1);
        QCOMPARE(pixelAt(c.canvas.get(), {5, 300}).red(), 200);
        // Opacity and order are applied when painting: no render.
        c.top->setOpacity(0.5);
        c.canvas->refresh();
        c.canvas->setLayerOrder({"top", "bottom"});
        QVERIFY(c.waitRender(1));
        QCOMPARE(c.bottom->renders(), 1);
        QCOMPARE(c.top->renders(), 1);
        QCOMPARE(c.canvas->layers().back()->id(), QStringLiteral("bottom"));
        // Time alone: only layers that depend on it.
        c.top->setTimed(true);
        c.canvas->setTime(1790816400);
        QVERIFY(c.waitRender(2));
        QCOMPARE(c.bottom->renders(), 1);
        QCOMPARE(c.top->renders(), 2);
        // A pan re-renders everything; until then the old images are shown moved at once.
        const int before = c.canvas->finishedRenders();
        QTest::keyClick(c.canvas.get(), Qt::Key_Right);
        QVERIFY(c.canvas->isRendering());
        QCOMPARE(pixelAt(c.canvas.get(), {590, 300}), QColor(Qt::white)); // uncovered strip
        QCOMPARE(pixelAt(c.canvas.get(), {300, 300}).red(), 200);         // moved image
        QVERIFY(c.waitRender(before));
        QCOMPARE(c.bottom->renders(), 2);
        QCOMPARE(pixelAt(c.canvas.get(), {590, 300}).red(), 200);
    }

    void layersShowAsTheyFinish() {
        Canvas c(600, QColor(0, 0, 200));
        QStringList arrived;
        connect(c.canvas.get(), &ui::MapCanvas::layerRendered, this,
                [&](const QString& id) { arrived << id; });
        QVERIFY(QTest::qWaitFor([&] { return arrived.contains("bottom"); }, 10000));
        // The slow layer is still on its way, and the fast one is already on screen.
        QVERIFY(!arrived.contains("top"));
        QCOMPARE(c.canvas->finishedRenders(), 0);
        QCOMPARE(pixelAt(c.canvas.get(), {5, 300}).red(), 200);
        QVERIFY(c.waitRender(0));
        QCOMPARE(pixelAt(c.canvas.get(), {5, 300}).blue(), 200);
    }

    void newInputCancelsTheRenderInFlight() {
        Canvas c(2000, QColor(0, 0, 200));
        QVERIFY(QTest::qWaitFor([&] { return c.bottom->renders() == 1; }, 10000));
        QTest::qWait(60);
        QElapsedTimer t;
        t.start();
        QTest::keyClick(c.canvas.get(), Qt::Key_Up);
        QVERIFY(c.waitRender(0));
        // The slow layer's first render was cancelled, not waited for (2 s each).
        QVERIFY2(t.elapsed() < 3500, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(c.canvas->finishedRenders(), 1);
    }

    void playbackIsNotStarvedByTimeSteps() {
        // Time steps every 16 ms (60 h/s playback) against a layer that takes 100 ms to render:
        // renders must still land while the steps go on, not only once they stop.
        Canvas c(100, QColor(0, 0, 200));
        c.top->setTimed(true);
        QVERIFY(c.waitRender(0));
        const int before = c.top->renders();
        QElapsedTimer t;
        t.start();
        std::int64_t ts = 1790816400;
        while (t.elapsed() < 1200) {
            c.canvas->setTime(ts += 3600);
            QTest::qWait(16);
        }
        QVERIFY2(c.top->renders() - before >= 4,
                 qPrintable(QString::number(c.top->renders() - before)));
        QCOMPARE(c.bottom->renders(), 1); // not time-dependent: cached throughout
    }

    void publicApi() {
        Canvas c;
        QVERIFY(c.waitRender(0));
        QCOMPARE(c.canvas->layer("top"), std::static_pointer_cast<render::MapLayer>(c.top));
        QVERIFY(!c.canvas->layer("nope"));
        auto extra = std::make_shared<SolidLayer>("extra", QColor(0, 150, 0));
        c.canvas->addLayer(extra);
        QCOMPARE(c.canvas->layers().back()->id(), QStringLiteral("extra"));
        QVERIFY(c.waitRender(1));
        QCOMPARE(pixelAt(c.canvas.get(), {5, 300}).green(), 150);
        QVERIFY(c.canvas->removeLayer("extra"));
        QVERIFY(!c.canvas->removeLayer("extra"));
        QCOMPARE(c.canvas->layers().size(), std::size_t(2));
        QVERIFY(c.waitRender(2));
        QCOMPARE(pixelAt(c.canvas.get(), {5, 300}).red(), 200);

        c.canvas->centerOn(104.10, 30.70, 50000);
        const QPointF centre = c.canvas->lonLatToPixel({104.10, 30.70});
        QVERIFY(std::abs(centre.x() - 300) < 1e-6 && std::abs(centre.y() - 200) < 1e-6);
        QVERIFY(std::abs(c.canvas->scaleDenominator() - 50000) < 50);
        c.canvas->centerOn(104.0, 30.6); // keeps the scale
        QVERIFY(std::abs(c.canvas->scaleDenominator() - 50000) < 100);

        const geo::GeoRect want{104.00, 30.60, 104.04, 30.64};
        c.canvas->zoomToLonLatRect(want);
        const geo::GeoRect got = c.canvas->lonLatExtent();
        QVERIFY(got.west <= want.west + 1e-9 && got.east >= want.east - 1e-9);
        QVERIFY(got.south <= want.south + 1e-9 && got.north >= want.north - 1e-9);
        QVERIFY(got.height() < want.height() * 1.001); // the tall side fits exactly

        render::FeatureHit hit;
        hit.layerId = "top";
        hit.world = geo::WebMercator::fromLonLat(QPointF(104.02, 30.62));
        c.canvas->setSelection(hit);
        QVERIFY(c.canvas->selection());
        c.canvas->setSelection(std::nullopt);
        QVERIFY(!c.canvas->selection());
    }

    void clickSelectsAndHoverShowsATooltip() {
        Canvas c;
        QVERIFY(c.waitRender(0));
        const QPoint marker = c.canvas->lonLatToPixel(kCentre).toPoint();
        QSignalSpy clicked(c.canvas.get(), &ui::MapCanvas::featureClicked);
        QTest::mouseClick(c.canvas.get(), Qt::LeftButton, {}, marker);
        QCOMPARE(clicked.count(), 1);
        QVERIFY(c.canvas->selection());
        QCOMPARE(c.canvas->selection()->featureId, QStringLiteral("S1"));
        QTest::mouseClick(c.canvas.get(), Qt::LeftButton, {}, QPoint(5, 5));
        QVERIFY(!c.canvas->selection());

        QSignalSpy hovered(c.canvas.get(), &ui::MapCanvas::featureHovered);
        QTest::mouseMove(c.canvas.get(), marker + QPoint(1, 0));
        QCOMPARE(hovered.count(), 0); // debounced
        QVERIFY(hovered.wait(2000));
        QVERIFY(c.canvas->hoverText().contains("Marker"));
        QVERIFY(c.canvas->hoverText().contains("S1"));
    }

    void measuresDistanceAndArea() {
        Canvas c;
        c.canvas->setTool(ui::MapTool::MeasureDistance);
        const QPoint a = c.canvas->lonLatToPixel({104.00, 30.62}).toPoint();
        const QPoint b = c.canvas->lonLatToPixel({104.10, 30.62}).toPoint();
        QTest::mouseClick(c.canvas.get(), Qt::LeftButton, {}, a);
        QTest::mouseClick(c.canvas.get(), Qt::LeftButton, {}, b);
        QCOMPARE(c.canvas->measurePoints().size(), std::size_t(2));
        // 0.1 degree of longitude at 30.62 N is about 9.58 km on the ellipsoid.
        const double d = ui::geodesic::pathLengthM(c.canvas->measurePoints());
        QVERIFY2(std::abs(d - 9583) < 60, qPrintable(QString::number(d)));
        QVERIFY(c.canvas->measurementText().contains("km"));
        QTest::mouseClick(c.canvas.get(), Qt::RightButton, {}, b);
        // Drawn on the map: the line's colour between the two points.
        const QImage img = c.canvas->grab().toImage();
        const QPoint mid((a.x() + b.x()) / 2, a.y());
        bool inked = false;
        for (int dy = -2; dy <= 2 && !inked; ++dy) {
            const QColor px(
                img.pixel((QPointF(mid.x(), mid.y() + dy) * img.devicePixelRatio()).toPoint()));
            inked = px.red() > 180 && px.green() < 120 && px.blue() < 60 && px != QColor(200, 0, 0);
        }
        QVERIFY(inked);

        c.canvas->setTool(ui::MapTool::MeasureArea);
        QVERIFY(c.canvas->measurePoints().empty());
        for (QPointF ll : {QPointF(104.00, 30.60), QPointF(104.02, 30.60), QPointF(104.02, 30.62),
                           QPointF(104.00, 30.62)})
            QTest::mouseClick(c.canvas.get(), Qt::LeftButton, {},
                              c.canvas->lonLatToPixel(ll).toPoint());
        QVERIFY(c.canvas->measurementText().contains("km²"));
        const double area = ui::geodesic::polygonAreaM2(c.canvas->measurePoints());
        QVERIFY2(std::abs(area - 4.24e6) < 0.05e6, qPrintable(QString::number(area)));
        QTest::keyClick(c.canvas.get(), Qt::Key_Escape);
        QVERIFY(c.canvas->measurePoints().empty());
    }

    void f12TogglesTheFrameOverlay() {
        Canvas c;
        QVERIFY(c.waitRender(0));
        QVERIFY(!c.canvas->isFpsOverlayVisible());
        const QImage before = c.canvas->grab().toImage();
        QTest::keyClick(c.canvas.get(), Qt::Key_F12);
        QVERIFY(c.canvas->isFpsOverlayVisible());
        const QImage with = c.canvas->grab().toImage();
        // The overlay's dark box in the top-left corner.
        QVERIFY(QColor(with.pixel(QPoint(14, 14) * with.devicePixelRatio())).value() <
                QColor(before.pixel(QPoint(14, 14) * before.devicePixelRatio())).value() - 60);
        QTest::keyClick(c.canvas.get(), Qt::Key_F12);
        QVERIFY(!c.canvas->isFpsOverlayVisible());
    }

    void timeChangeRerendersOnlyTheTimeLayers() {
        Canvas c;
        auto timed = std::make_shared<SolidLayer>("timed", QColor(0, 150, 0, 60));
        timed->setTimed(true);
        c.canvas->addLayer(timed);
        QVERIFY(QTest::qWaitFor([&] { return timed->renders() == 1 && !c.canvas->isRendering(); },
                                10000));
        QCOMPARE(c.bottom->renders(), 1);
        QCOMPARE(c.top->renders(), 1);
        const int images = c.canvas->layerRenders();
        const std::int64_t t0 = 1790816400;
        // Wait for the image to reach the canvas too, not only for the worker to finish: on a
        // loaded machine the next time change could otherwise overtake its delivery.
        c.canvas->setTime(t0);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return timed->renders() == 2 && c.canvas->layerRenders() - images >= 1 &&
                       !c.canvas->isRendering();
            },
            10000));
        c.canvas->setTime(t0 + 3600);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return timed->renders() == 3 && c.canvas->layerRenders() - images >= 2 &&
                       !c.canvas->isRendering();
            },
            10000));
        QCOMPARE(c.bottom->renders(), 1);
        QCOMPARE(c.top->renders(), 1);
        QCOMPARE(c.canvas->layerRenders() - images, 2);
        // Back to a time already drawn: every image comes from the cache.
        const int finished = c.canvas->finishedRenders();
        c.canvas->setTime(t0);
        QVERIFY(c.waitRender(finished));
        QCOMPARE(timed->renders(), 3);
        QCOMPARE(c.canvas->layerRenders() - images, 2);
        QVERIFY(c.canvas->layerCache().stats().entries >= 4);
    }

    void aCancelledRenderNeverShows() {
        // The slow layer paints green over everything when it notices it was cancelled, as a
        // half-drawn image might look; the canvas must never show it.
        class Spoiler : public render::MapLayer {
        public:
            Spoiler() : MapLayer("spoiler", "spoiler") {}
            std::unique_ptr<render::MapLayerRenderer>
            createRenderer(const render::MapSettings&) const override {
                return std::make_unique<R>(m_renders);
            }
            std::shared_ptr<std::atomic_int> m_renders = std::make_shared<std::atomic_int>(0);

        private:
            class R : public render::MapLayerRenderer {
            public:
                explicit R(std::shared_ptr<std::atomic_int> n) : m_n(std::move(n)) {}
                void render(QImage& image, const render::RenderContext& ctx) override {
                    const int which = ++*m_n;
                    for (int waited = 0; waited < 400 && !ctx.isCancelled(); waited += 5)
                        std::this_thread::sleep_for(std::chrono::milliseconds(5));
                    // The first render is always cancelled (the test pans during it).
                    image.fill(which == 1 || ctx.isCancelled() ? QColor(0, 255, 0)
                                                               : QColor(0, 0, 0, 0));
                }

            private:
                std::shared_ptr<std::atomic_int> m_n;
            };
        };
        Canvas c;
        QVERIFY(c.waitRender(0));
        auto spoiler = std::make_shared<Spoiler>();
        QStringList arrived;
        connect(c.canvas.get(), &ui::MapCanvas::layerRendered, this,
                [&](const QString& id) { arrived << id; });
        c.canvas->addLayer(spoiler);
        QVERIFY(QTest::qWaitFor([&] { return spoiler->m_renders->load() == 1; }, 10000));
        QTest::keyClick(c.canvas.get(), Qt::Key_Up); // cancels the render in flight
        bool sawGreen = false;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 5000 && (c.canvas->isRendering() || spoiler->m_renders->load() < 2)) {
            sawGreen = sawGreen || pixelAt(c.canvas.get(), {300, 300}).green() == 255;
            QTest::qWait(20);
        }
        QVERIFY(!c.canvas->isRendering());
        QCOMPARE(spoiler->m_renders->load(), 2);
        QVERIFY(!sawGreen);
        QVERIFY(pixelAt(c.canvas.get(), {300, 300}).green() != 255);
        QVERIFY(arrived.count("spoiler") <= 1); // the second render's only
        QVERIFY(QColor(c.canvas->lastOutput().image.pixel(300, 300)).green() != 255);
    }

    void rendersAtTheDevicePixelRatio() {
        // The render job is what the canvas uses: at dpr 2 each layer image has twice the pixels
        // and its dpr set, so a QPainter on the widget draws it crisp.
        render::MapSettings s;
        s.setOutputSize({300, 200});
        s.setDevicePixelRatio(2.0);
        s.setExtent(cityExtent());
        s.setVisibleLayers({"bottom"});
        auto layer = std::make_shared<SolidLayer>("bottom", QColor(200, 0, 0));
        render::MapRenderJob job(s, {layer});
        job.setComposeImage(false);
        QSignalSpy done(&job, &render::MapRenderJob::layerFinished);
        job.start();
        QVERIFY(done.wait(10000));
        const QImage image = job.layerImage(0).image;
        QCOMPARE(image.size(), QSize(600, 400));
        QCOMPARE(image.devicePixelRatio(), 2.0);
        // The marker is 10 DIP wide: 20 device pixels of black across its centre row.
        const QPoint c = (s.worldToPixel(geo::WebMercator::fromLonLat(kCentre)) * 2).toPoint();
        int black = 0;
        for (int x = c.x() - 15; x <= c.x() + 15; ++x)
            black += QColor(image.pixel(x, c.y())) == QColor(Qt::black);
        QVERIFY2(black >= 17 && black <= 22, qPrintable(QString::number(black)));
    }
};

QTEST_MAIN(TestMapCanvas)
#include "test_map_canvas.moc"
