// Tests of geo::ChinaOffsets: published reference points for the forward transforms, round trips
// through the iterative inverses to < 1e-7 degrees, and no offset outside China.
#include "core/geo/ChinaOffsets.h"

#include <QTest>

#include <cmath>

using namespace eco::geo;

class TestChinaOffsets : public QObject {
    Q_OBJECT
private slots:
    void knownPoints();
    void roundTrip_data();
    void roundTrip();
    void outsideChinaUnchanged();
};

void TestChinaOffsets::knownPoints() {
    // Reference values widely published with the GCJ-02/BD-09 formulas (Beijing, 116.404 39.915).
    const LonLat gcj = wgs84ToGcj02({116.404, 39.915});
    QVERIFY(std::abs(gcj.lon - 116.41024449916938) < 1e-9);
    QVERIFY(std::abs(gcj.lat - 39.91640428150164) < 1e-9);
    const LonLat bd = gcj02ToBd09({116.404, 39.915});
    QVERIFY(std::abs(bd.lon - 116.41036949371029) < 1e-9);
    QVERIFY(std::abs(bd.lat - 39.92133699351021) < 1e-9);
    // The offset is hundreds of metres, not zero and not kilometres.
    const LonLat chengdu = wgs84ToGcj02({104.06, 30.66});
    const double d = std::hypot(chengdu.lon - 104.06, chengdu.lat - 30.66);
    QVERIFY(d > 0.001 && d < 0.01);
}

void TestChinaOffsets::roundTrip_data() {
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::newRow("chengdu") << 104.06 << 30.66;
    QTest::newRow("beijing") << 116.404 << 39.915;
    QTest::newRow("urumqi") << 87.6168 << 43.8256;
    QTest::newRow("harbin") << 126.535 << 45.8038;
    QTest::newRow("sanya") << 109.512 << 18.2528;
    QTest::newRow("lhasa") << 91.1409 << 29.6456;
}

void TestChinaOffsets::roundTrip() {
    QFETCH(double, lon);
    QFETCH(double, lat);
    const LonLat wgs{lon, lat};
    const LonLat viaGcj = gcj02ToWgs84(wgs84ToGcj02(wgs));
    QVERIFY2(std::abs(viaGcj.lon - lon) < 1e-7 && std::abs(viaGcj.lat - lat) < 1e-7,
             qPrintable(QStringLiteral("gcj round trip off by %1, %2")
                            .arg(viaGcj.lon - lon)
                            .arg(viaGcj.lat - lat)));
    const LonLat viaBd = bd09ToWgs84(wgs84ToBd09(wgs));
    QVERIFY(std::abs(viaBd.lon - lon) < 1e-7 && std::abs(viaBd.lat - lat) < 1e-7);
    const LonLat bdGcj = bd09ToGcj02(gcj02ToBd09(wgs));
    QVERIFY(std::abs(bdGcj.lon - lon) < 1e-7 && std::abs(bdGcj.lat - lat) < 1e-7);
    // And the inverse really inverts: forward(inverse(p)) == p.
    const LonLat fwd = wgs84ToGcj02(gcj02ToWgs84(wgs));
    QVERIFY(std::abs(fwd.lon - lon) < 1e-7 && std::abs(fwd.lat - lat) < 1e-7);
}

void TestChinaOffsets::outsideChinaUnchanged() {
    const LonLat paris{2.35, 48.85};
    QVERIFY(!insideChinaOffsetArea(paris));
    QCOMPARE(wgs84ToGcj02(paris).lon, paris.lon);
    QCOMPARE(gcj02ToWgs84(paris).lat, paris.lat);
}

QTEST_GUILESS_MAIN(TestChinaOffsets)
#include "test_china_offsets.moc"
