// Tracing maths: the Briggs sigma and plume reference numbers of CONTEXT.md section 5, plume
// rise, stability classes, the solar elevation, the IDW wind field across the 0/360 wrap, a
// back-trajectory in a uniform wind against the analytic answer, and the upwind cone geometry.
#include "core/trace/BackTrajectory.h"
#include "core/trace/Dispersion.h"
#include "core/trace/WindField.h"

#include <QtTest>

#include <cmath>

using namespace eco::trace;

class TestDispersion : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void briggsReferenceNumbers() {
        // CONTEXT.md: Q = 100 g/s, u = 5 m/s, H = 50 m, x = 1 km, class D.
        const Sigmas rural = briggsSigmas(Stability::D, 1000, false);
        QVERIFY(std::abs(rural.y - 76.28) < 0.01);
        QVERIFY(std::abs(rural.z - 37.95) < 0.01);
        const double cr = plumeConcentration(100, 5, 50, rural, 0, 0);
        QVERIFY2(std::abs(cr - 923.2) < 0.1, qPrintable(QString::number(cr)));
        const Sigmas urban = briggsSigmas(Stability::D, 1000, true);
        QVERIFY(std::abs(urban.y - 135.2) < 0.05);
        QVERIFY(std::abs(urban.z - 122.8) < 0.05);
        const double cu = plumeConcentration(100, 5, 50, urban, 0, 0);
        QVERIFY2(std::abs(cu - 352.9) < 0.1, qPrintable(QString::number(cu)));
    }

    void sigmasGrowWithInstability() {
        for (const bool urban : {false, true}) {
            double prevY = 1e18;
            for (int s = 0; s < kStabilityCount; ++s) {
                const Sigmas sg = briggsSigmas(static_cast<Stability>(s), 2000, urban);
                QVERIFY(sg.y > 0 && sg.z > 0);
                QVERIFY(sg.y <= prevY); // A widest, F narrowest
                prevY = sg.y;
            }
        }
    }

    void plumeShape() {
        const Sigmas s = briggsSigmas(Stability::C, 1500, false);
        const double centre = plumeConcentration(50, 4, 30, s, 0, 1.5);
        const double off = plumeConcentration(50, 4, 30, s, s.y, 1.5);
        QVERIFY(std::abs(off / centre - std::exp(-0.5)) < 1e-9);
        // Ground reflection: at z = 0 with H = 0 the two images add up to twice one.
        const double ground = plumeConcentration(1, 1, 0, s, 0, 0);
        QVERIFY(std::abs(ground - 2 * 1e6 / (2 * M_PI * s.y * s.z)) < 1e-6);
        QCOMPARE(plumeConcentration(1, 1, 0, Sigmas{0, 1}, 0, 0), 0.0);
    }

    void plumeRise() {
        // Hot stack: buoyancy flux and the Fb >= 55 branch.
        const double fb = buoyancyFlux(15, 3, 420, 290);
        QVERIFY(std::abs(fb - 9.80665 * 15 * 9 * 130 / (4 * 420)) < 1e-9);
        QVERIFY(fb > 55);
        QVERIFY(std::abs(plumeRiseM(15, 3, 420, 290, 5) - 38.71 * std::pow(fb, 0.6) / 5) < 1e-9);
        // Small warm stack: Fb < 55 branch.
        const double fbSmall = buoyancyFlux(8, 0.8, 330, 290);
        QVERIFY(fbSmall < 55);
        QVERIFY(std::abs(plumeRiseM(8, 0.8, 330, 290, 4) - 21.425 * std::pow(fbSmall, 0.75) / 4) <
                1e-9);
        // Cold jet: momentum rise 3 d vs / u.
        QCOMPARE(plumeRiseM(10, 1, 280, 290, 5), 3.0 * 1 * 10 / 5);
    }

    void stabilityTable() {
        QCOMPARE(stabilityClass(70, 1.5), Stability::A);
        QCOMPARE(stabilityClass(45, 4), Stability::C);
        QCOMPARE(stabilityClass(20, 7), Stability::D);
        QCOMPARE(stabilityClass(-10, 1), Stability::F);
        QCOMPARE(stabilityClass(-10, 4), Stability::E);
        QCOMPARE(stabilityClass(-10, 8), Stability::D);
        QCOMPARE(shiftStability(Stability::A, -1), Stability::A);
        QCOMPARE(shiftStability(Stability::E, 2), Stability::F);
    }

    void solarElevation() {
        // Chengdu, 2026-03-20 (equinox) ~ local solar noon (104.06 E: 12:00 - 8h + ...).
        // Solar noon UTC ~ 12:00 - 104.06/15 h = 05:04 UTC; elevation ~ 90 - 30.66 = 59.3.
        const std::int64_t noon = 1773964800 + 5 * 3600 + 4 * 60; // 2026-03-20 05:04 UTC
        const double el = solarElevationDeg(104.06, 30.66, noon);
        QVERIFY2(std::abs(el - 59.3) < 1.5, qPrintable(QString::number(el)));
        QVERIFY(solarElevationDeg(104.06, 30.66, noon + 12 * 3600) < -50);
    }

    void windFieldAveragesComponentsAcrossTheWrap() {
        WindField f;
        f.addHour(0, {{QPointF(-1000, 0), 4, 350}, {QPointF(1000, 0), 4, 10}});
        const WindVector w = f.at(QPointF(0, 0), 0);
        const double d = w.directionDeg();
        QVERIFY2(std::abs(bearingDifferenceDeg(0, d)) < 1e-6, qPrintable(QString::number(d)));
        QVERIFY(std::abs(w.speed() - 4 * std::cos(10 * M_PI / 180)) < 1e-9);
        // On a station: its own wind. Between hours: linear.
        QVERIFY(std::abs(f.at(QPointF(1000, 0), 0).directionDeg() - 10) < 1e-9);
        f.addHour(3600, {{QPointF(0, 0), 2, 90}});
        const WindVector mid = f.at(QPointF(0, 0), 1800);
        QVERIFY(std::abs(mid.u - 0.5 * (w.u + windFromMeteorological(2, 90).u)) < 1e-9);
        QVERIFY(f.directionSpreadDeg(0) > 5 && f.directionSpreadDeg(0) < 15);
    }

    void trajectoryInUniformWind() {
        WindField f;
        // Wind from the east (90 deg) at 5 m/s: the air came from the east.
        for (int h = -3; h <= 0; ++h)
            f.addHour(h * 3600, {{QPointF(0, 0), 5, 90}, {QPointF(50000, 0), 5, 90}});
        const auto traj = backTrajectory(f, QPointF(100, 200), 0, 2.0, 300);
        QCOMPARE(traj.size(), size_t(25));
        const auto& end = traj.back();
        QVERIFY(std::abs(end.positionM.x() - (100 + 5 * 7200)) < 1e-6);
        QVERIFY(std::abs(end.positionM.y() - 200) < 1e-6);
        QVERIFY(std::abs(end.travelM - 36000) < 1e-6);
        QCOMPARE(end.ts, std::int64_t(-7200));
    }

    void coneAcrossTheWrap() {
        QCOMPARE(bearingDifferenceDeg(355, 5), 10.0);
        QCOMPARE(bearingDifferenceDeg(5, 355), -10.0);
        QCOMPARE(bearingDifferenceDeg(0, 180), 180.0);
        QVERIFY(std::abs(coneWeight(355, 5, 10) - std::exp(-0.5 * (10 / 11.25) * (10 / 11.25))) <
                1e-12);
        QVERIFY(std::abs(coneWeight(350, 20, 30) - std::exp(-0.5)) < 1e-12);
        QCOMPARE(coneWeight(90, 90, 20), 1.0);
        QVERIFY(std::abs(bearingDeg(QPointF(0, 0), QPointF(-1, 0)) - 270) < 1e-9);
        QVERIFY(std::abs(bearingDeg(QPointF(0, 0), QPointF(0, -1)) - 180) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestDispersion)
#include "test_dispersion.moc"
