// Tests of CrsTransform and WebMercator: known EPSG:4326 -> 3857 values (published for the
// antimeridian and the Mercator limit), CGCS2000 (EPSG:4490) in lon/lat order, round trips,
// arrays with points outside the domain, and clear errors for unknown CRSs.
#include "core/geo/CrsTransform.h"
#include "core/geo/GeoError.h"
#include "core/geo/WebMercator.h"

#include <QTest>

#include <cmath>
#include <vector>

using eco::geo::CrsTransform;
using eco::geo::GeoError;
namespace WebMercator = eco::geo::WebMercator;

class TestCrsTransform : public QObject {
    Q_OBJECT
private slots:
    void wgs84ToWebMercator_data() {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        QTest::newRow("origin") << 0.0 << 0.0 << 0.0 << 0.0;
        QTest::newRow("antimeridian") << 180.0 << 0.0 << 20037508.342789244 << 0.0;
        QTest::newRow("mercator limit") << 0.0 << 85.0511287798066 << 0.0 << 20037508.342789244;
        QTest::newRow("chengdu") << 104.06 << 30.66 << 11583906.211948 << 3588671.946524;
        QTest::newRow("new york") << -73.985 << 40.758 << -8235972.526340 << 4976711.982334;
    }
    void wgs84ToWebMercator() {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(double, x);
        QFETCH(double, y);
        const CrsTransform t(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:3857"));
        const QPointF p = t.transform({lon, lat});
        QVERIFY2(std::abs(p.x() - x) < 1e-3, qPrintable(QString::number(p.x(), 'f', 6)));
        QVERIFY2(std::abs(p.y() - y) < 1e-3, qPrintable(QString::number(p.y(), 'f', 6)));
        // The closed form used by the markers agrees with PROJ.
        const QPointF m = WebMercator::fromLonLat(lon, lat);
        QVERIFY(std::abs(m.x() - x) < 1e-3 && std::abs(m.y() - y) < 1e-3);
        // And back.
        const QPointF back = t.transform(p, CrsTransform::Direction::Inverse);
        QVERIFY(std::abs(back.x() - lon) < 1e-9 && std::abs(back.y() - lat) < 1e-9);
        const QPointF mback = WebMercator::toLonLat(m);
        QVERIFY(std::abs(mback.x() - lon) < 1e-9 && std::abs(mback.y() - lat) < 1e-9);
    }

    void cgcs2000IsLonLatOrder() {
        // EPSG:4490's official axis order is lat, lon; normalised it must take lon first.
        const CrsTransform t(QStringLiteral("EPSG:4490"), QStringLiteral("EPSG:3857"));
        const QPointF p = t.transform({104.06, 30.66});
        QVERIFY2(std::abs(p.x() - 11583906.21) < 1.0, qPrintable(QString::number(p.x(), 'f', 3)));
        QVERIFY2(std::abs(p.y() - 3588671.95) < 1.0, qPrintable(QString::number(p.y(), 'f', 3)));
        const CrsTransform g(QStringLiteral("EPSG:4490"), QStringLiteral("EPSG:4326"));
        const QPointF q = g.transform({104.06, 30.66});
        // CGCS2000 and WGS84 agree to well under a metre (1e-5 degree is ~1 m).
        QVERIFY(std::abs(q.x() - 104.06) < 1e-5 && std::abs(q.y() - 30.66) < 1e-5);
    }

    void utmRoundTrip() {
        const CrsTransform t(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:32648"));
        const QPointF p = t.transform({104.06, 30.66});
        // Zone 48N, central meridian 105 E: a bit west of 500 km easting.
        QVERIFY(p.x() > 400000 && p.x() < 500000);
        QVERIFY(p.y() > 3390000 && p.y() < 3400000);
        const QPointF back = t.transform(p, CrsTransform::Direction::Inverse);
        QVERIFY(std::abs(back.x() - 104.06) < 1e-8 && std::abs(back.y() - 30.66) < 1e-8);
    }

    void arrayInPlace() {
        const CrsTransform t(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:3857"));
        std::vector<double> xs{0.0, 104.06, 10.0}, ys{0.0, 30.66, 95.0};
        const std::size_t failed = t.transformInPlace(xs, ys);
        QCOMPARE(failed, std::size_t(1));
        QVERIFY(std::abs(xs[1] - 11583906.211948) < 1e-3);
        QVERIFY(std::isnan(xs[2]) && std::isnan(ys[2]));
        std::vector<double> one{1.0};
        std::vector<double> two{1.0, 2.0};
        QVERIFY_THROWS_EXCEPTION(GeoError, t.transformInPlace(one, two));
    }

    void pointOutsideDomainThrows() {
        const CrsTransform t(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:3857"));
        QVERIFY_THROWS_EXCEPTION(GeoError, t.transform({10.0, 95.0}));
    }

    void unknownCrs_data() {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("destination");
        QTest::addColumn<QString>("named");
        QTest::newRow("unknown code") << "EPSG:99999"
                                      << "EPSG:3857"
                                      << "EPSG:99999";
        QTest::newRow("unknown destination") << "EPSG:4326"
                                             << "EPSG:123456789"
                                             << "EPSG:123456789";
        QTest::newRow("garbage") << "not a crs"
                                 << "EPSG:3857"
                                 << "not a crs";
        QTest::newRow("empty") << ""
                               << "EPSG:3857"
                               << "empty";
    }
    void unknownCrs() {
        QFETCH(QString, source);
        QFETCH(QString, destination);
        QFETCH(QString, named);
        try {
            const CrsTransform t(source, destination);
            QFAIL("expected a GeoError");
        } catch (const GeoError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(named), e.what());
        }
    }

    void webMercatorZoom() {
        // Zoom 0: the whole world on one 256-px tile.
        QVERIFY(std::abs(WebMercator::metresPerPixel(0) - 156543.03392804097) < 1e-6);
        QVERIFY(std::abs(WebMercator::zoomForMetresPerPixel(WebMercator::metresPerPixel(13.5)) -
                         13.5) < 1e-9);
        QVERIFY(std::abs(WebMercator::groundScale(60) - 0.5) < 1e-12);
    }
};

QTEST_GUILESS_MAIN(TestCrsTransform)
#include "test_crs_transform.moc"
