// Geometry and statistics behind the trace panel and overlay: the upwind cone across the 0/360
// wrap (as numbers and as drawn pixels), the polar-plot / CPF grids on a constructed series,
// the wind profile and the distance-dependent plume rise.
#include "core/geo/WebMercator.h"
#include "core/render/MapSettings.h"
#include "core/render/TraceLayer.h"
#include "core/trace/BackTrajectory.h"
#include "core/trace/Dispersion.h"
#include "core/trace/PolarStatistics.h"

#include <QImage>
#include <QtTest>

#include <cmath>
#include <numbers>

using namespace eco;
using namespace eco::trace;

namespace {

double polygonArea(const std::vector<QPointF>& p) {
    double a = 0;
    for (size_t i = 0; i + 1 < p.size(); ++i)
        a += p[i].x() * p[i + 1].y() - p[i + 1].x() * p[i].y();
    return std::abs(a) / 2;
}

// A report for a receptor at (104.06, 30.66) with the wind from `upwind`.
TraceReport syntheticReport(double upwind, double half) {
    TraceReport r;
    r.ok = true;
    r.lon = 104.06;
    r.lat = 30.66;
    r.pollutant = QStringLiteral("a34004");
    r.result.upwindBearingDeg = upwind;
    r.result.coneHalfAngleDeg = half;
    const double b = upwind * std::numbers::pi / 180;
    for (int i = 0; i <= 72; ++i) {
        const double d = i * 100.0;
        r.result.trajectory.push_back({i * 300LL, QPointF(d * std::sin(b), d * std::cos(b)), d});
    }
    r.rows.push_back(
        {1, QStringLiteral("E1"), QStringLiteral("E1-G1"), 10, 0.9, 1, 3000, upwind, 0.5, {}});
    return r;
}

} // namespace

class TestTraceGeometry : public QObject {
    Q_OBJECT
private slots:
    void coneAcrossNorth_data() {
        QTest::addColumn<double>("upwind");
        QTest::addColumn<double>("half");
        QTest::newRow("350+-30") << 350.0 << 30.0;
        QTest::newRow("10+-30") << 10.0 << 30.0;
        QTest::newRow("0+-11.25") << 0.0 << 11.25;
        QTest::newRow("200+-40") << 200.0 << 40.0;
    }
    void coneAcrossNorth() {
        QFETCH(double, upwind);
        QFETCH(double, half);
        const double r = 1000;
        const auto poly = render::TraceLayer::conePolygonM(upwind, half, r, 48);
        QCOMPARE(poly.front(), QPointF(0, 0));
        QCOMPARE(poly.back(), QPointF(0, 0));
        for (size_t i = 1; i + 1 < poly.size(); ++i) {
            const double b = bearingDeg(QPointF(0, 0), poly[i]);
            QVERIFY2(std::abs(bearingDifferenceDeg(upwind, b)) <= half + 1e-6,
                     qPrintable(QStringLiteral("arc point at %1 deg").arg(b)));
            QVERIFY(std::abs(std::hypot(poly[i].x(), poly[i].y()) - r) < 1e-6);
        }
        // The wedge, not its complement: the area of a 2*half sector (48-gon within 0.2 %).
        const double sector = std::numbers::pi * r * r * (2 * half) / 360;
        QVERIFY2(std::abs(polygonArea(poly) - sector) / sector < 0.002,
                 qPrintable(QString::number(polygonArea(poly))));
        const QPointF mid = poly[poly.size() / 2];
        QVERIFY(std::abs(bearingDifferenceDeg(upwind, bearingDeg(QPointF(0, 0), mid))) < 1);
    }

    void coneIsDrawnOnTheUpwindSide() {
        // Wind from 350 +- 30: the wedge covers north (and NNW), never south.
        const render::TraceLayer layer(syntheticReport(350, 30),
                                       {QPointF(104.06 - 0.005, 30.66 + 0.027)});
        render::MapSettings s;
        s.setOutputSize(QSize(400, 400));
        s.setExtent(geo::WebMercator::fromLonLat(geo::GeoRect(104.0, 30.60, 104.12, 30.72)));
        QVERIFY(s.hasValidExtent());
        QImage img(400, 400, QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::transparent);
        std::atomic_bool cancel{false};
        auto renderer = layer.createRenderer(s);
        renderer->render(img, render::RenderContext{s, cancel});
        QVERIFY(renderer->error().isEmpty());
        const QPointF rec = s.worldToPixel(geo::WebMercator::fromLonLat(104.06, 30.66));
        const auto alphaAt = [&](double dx, double dy) {
            return qAlpha(img.pixel(QPoint(int(rec.x() + dx), int(rec.y() + dy))));
        };
        QVERIFY(alphaAt(8, -60) > 0);   // north, slightly east of the axis (350 + 30 reaches 20)
        QVERIFY(alphaAt(-25, -60) > 0); // north-north-west
        QCOMPARE(alphaAt(0, 60), 0);    // south: nothing
        QCOMPARE(alphaAt(60, 0), 0);    // east: outside the wedge
        QVERIFY(layer.lonLatExtent().isValid());
        QCOMPARE(layer.overlay().candidates.size(), size_t(1));
        const auto hit = layer.hitTest(
            s, s.worldToPixel(layer.overlay().candidates.front().world) + QPointF(2, 1), 6);
        QVERIFY(hit);
        QCOMPARE(hit->featureId, QStringLiteral("E1"));
        QCOMPARE(hit->attributes.value(QStringLiteral("rank")).toInt(), 1);
        if (const QByteArray dir = qgetenv("ECO_SHOT_DIR"); !dir.isEmpty())
            img.save(QString::fromLocal8Bit(dir) + QStringLiteral("/trace_layer_wrap.png"));
    }

    void polarGridOnAConstructedSeries() {
        // 20 hours from the east at 2.5 m/s carrying 100 ug/m3, 70 from the west with 10 (so the
        // overall P75 is 10), 5 calm hours (ignored), one hour from the north (too few: NaN).
        std::vector<WindSample> s;
        for (int i = 0; i < 20; ++i)
            s.push_back({2.5, 90.0 + (i % 5) - 2, 100});
        for (int i = 0; i < 70; ++i)
            s.push_back({2.5, 270.0 + (i % 5) - 2, 10});
        for (int i = 0; i < 5; ++i)
            s.push_back({0.2, 45, 500});
        s.push_back({2.5, 0, 50});
        PolarOptions o;
        o.maxSpeedMs = 4;
        o.gridCells = 41;
        const PolarGrid g = polarStatistics(s, o);
        QCOMPARE(g.sectors, 16);
        QCOMPARE(g.rings, 4);
        int sector = -1, ring = -1;
        QVERIFY(g.binOf(2.5, 90, sector, ring));
        QCOMPARE(sector, 4);
        QCOMPARE(ring, 2);
        QCOMPARE(g.meanAt(4, 2), 100.0);
        QCOMPARE(g.threshold, 10.0);
        QCOMPARE(g.cpfAt(4, 2), 1.0); // all above the overall P75
        QVERIFY(g.binOf(2.5, 270, sector, ring));
        QCOMPARE(g.meanAt(sector, ring), 10.0);
        QCOMPARE(g.cpfAt(sector, ring), 0.0);
        QVERIFY(std::isnan(g.meanAt(0, 2)));      // one sample from the north
        QVERIFY(!g.binOf(0.2, 45, sector, ring)); // calm
        QVERIFY(g.binOf(2.5, 355, sector, ring)); // wraps into the north sector
        QCOMPARE(sector, 0);
        // The square grid: east of the centre (x = +2.5 m/s) is the east sector's mean.
        const auto cell = [&](double x, double y) {
            const double step = 2 * g.maxSpeedMs / g.cells;
            const int col = int((x + g.maxSpeedMs) / step), row = int((y + g.maxSpeedMs) / step);
            return size_t(row * g.cells + col);
        };
        QCOMPARE(g.meanGrid[cell(2.5, 0.05)], 100.0);
        QCOMPARE(g.meanGrid[cell(-2.5, 0.05)], 10.0);
        QCOMPARE(g.cpfGrid[cell(2.5, 0.05)], 1.0);
        QVERIFY(std::isnan(g.meanGrid[cell(3.9, 3.9)]));  // outside the outer ring
        QVERIFY(std::isnan(g.meanGrid[cell(0.05, 2.5)])); // north: too few samples
    }

    void windProfileAndPlumeRise() {
        QCOMPARE(windSpeedAtHeight(2, 10, Stability::D, true), 2.0);
        QVERIFY(std::abs(windSpeedAtHeight(2, 160, Stability::D, true) - 2 * std::pow(16, 0.25)) <
                1e-12);
        QCOMPARE(windSpeedAtHeight(2, 5000, Stability::F, true),
                 windSpeedAtHeight(2, 300, Stability::F, true)); // clamped
        QVERIFY(windProfileExponent(Stability::F, false) > windProfileExponent(Stability::F, true));
        // A hot power-plant stack: F ~ 420 m4/s3.
        const double vs = 14.2, d = 3.4, ts = 390, ta = 288, u = 3;
        const double fb = buoyancyFlux(vs, d, ts, ta);
        const double finalNeutral = 38.71 * std::pow(fb, 0.6) / u;
        QVERIFY(std::abs(plumeRiseM(vs, d, ts, ta, u, Stability::D, 0) - finalNeutral) < 1e-9);
        // 2/3 law near the stack.
        const double near = 1.6 * std::cbrt(fb) * std::pow(100.0, 2.0 / 3.0) / u;
        QVERIFY(std::abs(plumeRiseM(vs, d, ts, ta, u, Stability::D, 100) - near) < 1e-9);
        QVERIFY(near < finalNeutral);
        // Stable: 2.6 (F / (u s))^(1/3), s = g/T * 0.035 for F; far below the neutral rise.
        const double sParam = 9.80665 / ta * 0.035;
        const double stable = 2.6 * std::cbrt(fb / (u * sParam));
        QVERIFY(std::abs(plumeRiseM(vs, d, ts, ta, u, Stability::F, 0) - stable) < 1e-9);
        QVERIFY(stable < finalNeutral);
        // Cold stack: momentum rise only.
        QCOMPARE(plumeRiseM(10, 1, 280, 290, 5, Stability::D, 50), 3.0 * 1 * 10 / 5);
    }
};

QTEST_MAIN(TestTraceGeometry)
#include "test_trace_geometry.moc"
