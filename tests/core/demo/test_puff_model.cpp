// Unit tests of the Lagrangian puff model: mass conservation, advection at the wind speed,
// ground reflection, sigma growth by stability, determinism per seed.
#include "core/demo/PuffModel.h"
#include "core/demo/WeatherModel.h"

#include <QTest>

#include <cmath>

using namespace eco::demo;

namespace {

// A uniform, steady atmosphere: the physics of the puffs alone.
class UniformWind : public WeatherField {
public:
    UniformWind(double u, double v, Stability s, double zi) : m_u(u), m_v(v), m_s(s), m_zi(zi) {}
    QPointF windAt(double, double, double, double) const override { return {m_u, m_v}; }
    Stability stabilityAt(double) const override { return m_s; }
    double mixingHeightAt(double) const override { return m_zi; }
    double temperatureKAt(double) const override { return 288.15; }

private:
    double m_u, m_v;
    Stability m_s;
    double m_zi;
};

constexpr std::int64_t kStart = 1790784000;

PuffSource singleSource(double rateGps, double heightM) {
    PuffSource s;
    s.stackHeightM = heightM;
    s.exitVelocityMs = 10;
    s.exitTempC = 150;
    s.diameterM = 1.5;
    s.startTs = kStart;
    s.rateGps = {static_cast<float>(rateGps)};
    return s;
}

// One puff only: the release interval spans the source's whole hour.
PuffSettings onePuff() {
    PuffSettings s;
    s.releaseIntervalS = 3600;
    s.randomWalk = false;
    s.plumeRise = false;
    return s;
}

} // namespace

class TestPuffModel : public QObject {
    Q_OBJECT
private slots:
    void massIsConserved_data();
    void massIsConserved();
    void centreMovesWithTheWind_data();
    void centreMovesWithTheWind();
    void groundReflectionDoublesGroundLevel();
    void sigmasGrowFasterWhenUnstable();
    void plumeRiseIsPositiveForHotStacks();
    void deterministicPerSeed();
};

void TestPuffModel::massIsConserved_data() {
    QTest::addColumn<double>("wind");
    QTest::addColumn<int>("stability");
    QTest::addColumn<double>("ageS");
    QTest::newRow("D 3 m/s 10 min") << 3.0 << static_cast<int>(Stability::D) << 600.0;
    QTest::newRow("B 2 m/s 5 min") << 2.0 << static_cast<int>(Stability::B) << 300.0;
    QTest::newRow("F 1.5 m/s 20 min") << 1.5 << static_cast<int>(Stability::F) << 1200.0;
}

void TestPuffModel::massIsConserved() {
    QFETCH(double, wind);
    QFETCH(int, stability);
    QFETCH(double, ageS);
    const UniformWind w(wind, 0, static_cast<Stability>(stability), 1000);
    const PuffSource src = singleSource(10.0, 30);
    const PuffField field = PuffModel(w, onePuff()).run({&src, 1}, kStart, kStart + 3600);
    const double t = kStart + ageS;
    const auto puffs = field.puffsAt(t);
    QCOMPARE(puffs.size(), size_t(1));
    const Puff p = puffs.front();
    // Integrate C over a box of +-5 sigma (ground to the lid) with the midpoint rule.
    const double hx = 5 * p.sy, step = p.sy / 8.0, dz = std::min<double>(p.sz / 6.0, 10.0);
    double sum = 0;
    for (double x = p.x - hx + step / 2; x < p.x + hx; x += step)
        for (double y = p.y - hx + step / 2; y < p.y + hx; y += step)
            for (double z = dz / 2; z < 1000; z += dz)
                sum += field.concentration(x, y, z, t) * step * step * dz;
    const double expected = 10.0 * 3600.0 * 1e6; // Q dt, in ug
    QVERIFY2(std::abs(sum / expected - 1.0) < 0.03,
             qPrintable(QStringLiteral("integral %1 vs %2").arg(sum).arg(expected)));
}

void TestPuffModel::centreMovesWithTheWind_data() {
    QTest::addColumn<double>("u");
    QTest::addColumn<double>("v");
    QTest::newRow("east 3") << 3.0 << 0.0;
    QTest::newRow("north 5") << 0.0 << 5.0;
    QTest::newRow("south-west 2") << -1.4 << -1.4;
}

void TestPuffModel::centreMovesWithTheWind() {
    QFETCH(double, u);
    QFETCH(double, v);
    const UniformWind w(u, v, Stability::D, 1000);
    const PuffSource src = singleSource(5.0, 20);
    const PuffField field = PuffModel(w, onePuff()).run({&src, 1}, kStart, kStart + 3600);
    for (const double age : {0.0, 600.0, 1800.0}) {
        const auto puffs = field.puffsAt(kStart + age);
        QCOMPARE(puffs.size(), size_t(1));
        QVERIFY(std::abs(puffs.front().x - u * age) < 0.5);
        QVERIFY(std::abs(puffs.front().y - v * age) < 0.5);
    }
    // With the turbulent random walk on, the centre still travels at the wind speed on average.
    PuffSettings walk = onePuff();
    walk.randomWalk = true;
    walk.releaseIntervalS = 60;
    const PuffField many = PuffModel(w, walk).run({&src, 1}, kStart, kStart + 7200);
    double drift = 0;
    int n = 0;
    const double t = kStart + 5400;
    for (const Puff& p : many.puffsAt(t)) {
        drift += (p.x * u + p.y * v) / std::hypot(u, v);
        ++n;
    }
    QVERIFY(n > 30);
    // Puffs released each minute of the first hour are 1860..5400 s old: 3630 s on average.
    const double expected = std::hypot(u, v) * 3630.0;
    QVERIFY2(std::abs(drift / n - expected) < 0.05 * expected,
             qPrintable(QStringLiteral("%1 vs %2").arg(drift / n).arg(expected)));
}

void TestPuffModel::groundReflectionDoublesGroundLevel() {
    const UniformWind w(3, 0, Stability::D, 1000);
    const PuffSource src = singleSource(10.0, 50);
    PuffSettings with = onePuff();
    with.mixingLid = false;
    PuffSettings without = with;
    without.groundReflection = false;
    const PuffField a = PuffModel(w, with).run({&src, 1}, kStart, kStart + 3600);
    const PuffField b = PuffModel(w, without).run({&src, 1}, kStart, kStart + 3600);
    const double t = kStart + 900;
    const Puff p = a.puffsAt(t).front();
    for (const double dy : {0.0, 50.0, 150.0}) {
        const double ca = a.concentration(p.x, p.y + dy, 0.0, t);
        const double cb = b.concentration(p.x, p.y + dy, 0.0, t);
        QVERIFY(cb > 0);
        QVERIFY2(std::abs(ca / cb - 2.0) < 1e-9, qPrintable(QString::number(ca / cb)));
    }
    // Aloft, at the puff's height, the image adds less than it does at the ground.
    const double up = a.concentration(p.x, p.y, p.h, t) / b.concentration(p.x, p.y, p.h, t);
    QVERIFY2(up > 1.0 && up < 1.9, qPrintable(QString::number(up)));
}

void TestPuffModel::sigmasGrowFasterWhenUnstable() {
    for (const double t : {300.0, 1800.0, 7200.0}) {
        double prevY = 1e30, prevZ = 1e30;
        for (int s = 0; s <= static_cast<int>(Stability::F); ++s) {
            const double sy = PuffModel::sigmaY(t, 3.0, static_cast<Stability>(s));
            const double sz = PuffModel::sigmaZ(t, 3.0, static_cast<Stability>(s));
            QVERIFY(sy > 0 && sz > 0);
            QVERIFY(sy < prevY);
            QVERIFY(sz < prevZ);
            prevY = sy;
            prevZ = sz;
        }
        QVERIFY(PuffModel::sigmaY(t * 2, 3.0, Stability::D) >
                PuffModel::sigmaY(t, 3.0, Stability::D));
    }
}

void TestPuffModel::plumeRiseIsPositiveForHotStacks() {
    PuffSource hot = singleSource(1, 60);
    hot.exitTempC = 140;
    hot.exitVelocityMs = 15;
    hot.diameterM = 3;
    const double neutral = PuffModel::plumeRise(hot, 4.0, 288.15, Stability::D);
    const double calm = PuffModel::plumeRise(hot, 1.5, 288.15, Stability::D);
    const double stable = PuffModel::plumeRise(hot, 4.0, 288.15, Stability::F);
    QVERIFY(neutral > 20 && neutral <= 300);
    QVERIFY(calm > neutral);   // rise falls with wind speed
    QVERIFY(stable < neutral); // a stable layer caps it
    PuffSource cold = hot;
    cold.exitTempC = 10;
    cold.exitVelocityMs = 0;
    QCOMPARE(PuffModel::plumeRise(cold, 4.0, 288.15, Stability::D), 0.0);
}

void TestPuffModel::deterministicPerSeed() {
    const WeatherModel weather(kStart, 24, 11);
    PuffSource src = singleSource(20, 45);
    src.rateGps.assign(6, 20.f);
    const auto runWith = [&](std::uint64_t seed) {
        PuffSettings s;
        s.seed = seed;
        return PuffModel(weather, s).run({&src, 1}, kStart, kStart + 12 * 3600);
    };
    const PuffField a = runWith(3), b = runWith(3), c = runWith(4);
    QVERIFY(a.puffCount() > 100);
    QCOMPARE(a.puffCount(), b.puffCount());
    const double t = kStart + 5 * 3600 + 1234;
    const auto pa = a.puffsAt(t), pb = b.puffsAt(t), pc = c.puffsAt(t);
    QVERIFY(!pa.empty());
    QCOMPARE(pa.size(), pb.size());
    bool differs = pa.size() != pc.size();
    for (size_t i = 0; i < pa.size(); ++i) {
        QCOMPARE(pa[i].x, pb[i].x);
        QCOMPARE(pa[i].y, pb[i].y);
        QCOMPARE(pa[i].sy, pb[i].sy);
        if (i < pc.size() && pa[i].x != pc[i].x)
            differs = true;
    }
    QVERIFY(differs);
    const Puff p = pa[pa.size() / 2];
    QCOMPARE(a.concentration(p.x, p.y, 2.0, t), b.concentration(p.x, p.y, 2.0, t));
}

QTEST_GUILESS_MAIN(TestPuffModel)
#include "test_puff_model.moc"
