// CEMS arithmetic: O2 correction (the CONTEXT.md example 30 mg/m3 at 9 % O2, 6 % reference ->
// 37.5), standard-state and dry-basis conversions, and minute/hour/day aggregation with the
// validity counts and the gas (75 % N) and wastewater (one abnormal input) flag rules.
#include "core/aq/Cems.h"
#include "core/aq/CemsAggregate.h"

#include <QtTest>

#include <cmath>
#include <vector>

using namespace eco::aq;

class TestCems : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void o2Correction_data() {
        QTest::addColumn<double>("c");
        QTest::addColumn<double>("o2");
        QTest::addColumn<double>("ref");
        QTest::addColumn<double>("expected"); // NaN: no value
        QTest::newRow("CONTEXT example") << 30.0 << 9.0 << 6.0 << 37.5;
        QTest::newRow("at reference") << 30.0 << 6.0 << 6.0 << 30.0;
        QTest::newRow("below reference") << 30.0 << 3.0 << 6.0 << 25.0;
        QTest::newRow("gas turbine 15 %") << 10.0 << 18.0 << 15.0 << 20.0;
        QTest::newRow("O2 21 %: diverges") << 30.0 << 21.0 << 6.0 << qQNaN();
        QTest::newRow("O2 negative") << 30.0 << -1.0 << 6.0 << qQNaN();
        QTest::newRow("NaN input") << qQNaN() << 9.0 << 6.0 << qQNaN();
    }
    void o2Correction() {
        QFETCH(double, c);
        QFETCH(double, o2);
        QFETCH(double, ref);
        QFETCH(double, expected);
        const auto v = o2Corrected(c, o2, ref);
        if (std::isnan(expected)) {
            QVERIFY(!v);
        } else {
            QVERIFY(v);
            QVERIFY2(std::abs(*v - expected) < 1e-12, qPrintable(QString::number(*v)));
        }
    }

    void conversions() {
        // At standard conditions nothing changes.
        QCOMPARE(*toStandardState(50, 0, 101.325), 50.0);
        // 100 mg/m3 at 136.575 C (1.5 x 273.15 K) and standard pressure -> 150 mg/m3.
        QVERIFY(std::abs(*toStandardState(100, 136.575, 101.325) - 150.0) < 1e-9);
        // Half the pressure: the gas is thinner, the standard-state concentration doubles.
        QVERIFY(std::abs(*toStandardState(100, 0, 50.6625) - 200.0) < 1e-9);
        QVERIFY(!toStandardState(100, -300, 101.325));
        QVERIFY(!toStandardState(100, 20, 0));
        // 10 % moisture: dry concentration = wet / 0.9.
        QVERIFY(std::abs(*toDryBasis(90, 10) - 100.0) < 1e-9);
        QVERIFY(!toDryBasis(90, 100));
        QVERIFY(!toDryBasis(90, -1));
        // Flow: 1000 m3/h at 273.15 C (2 x 273.15 K), 101.325 kPa, 10 % moisture -> 450.
        QVERIFY(std::abs(*standardDryFlow(1000, 273.15, 101.325, 10) - 450.0) < 1e-9);
        QCOMPARE(referenceO2Pct(PlantType::CoalPowerBoiler), 6.0);
        QCOMPARE(referenceO2Pct(PlantType::IndustrialCoalBoiler), 9.0);
        QCOMPARE(referenceO2Pct(PlantType::GasTurbine), 15.0);
    }

    void aggregation_data() {
        QTest::addColumn<int>("validN");
        QTest::addColumn<int>("otherFlagged");
        QTest::addColumn<int>("medium"); // 0 gas, 1 water
        QTest::addColumn<int>("rule");   // 0 minute, 1 hour, 2 day
        QTest::addColumn<bool>("hasMean");
        QTest::addColumn<QChar>("flag");
        QTest::newRow("hour 60 N") << 60 << 0 << 0 << 1 << true << QChar('N');
        QTest::newRow("hour 45 N + 15 missing") << 45 << 0 << 0 << 1 << true << QChar('N');
        QTest::newRow("hour 44 N") << 44 << 0 << 0 << 1 << false << QChar('D');
        QTest::newRow("hour 45 N + 15 C") << 45 << 15 << 0 << 1 << true << QChar('N');
        QTest::newRow("hour 44 N + 16 C") << 44 << 16 << 0 << 1 << false << QChar('D');
        QTest::newRow("day 20 N (83 %)") << 20 << 0 << 0 << 2 << true << QChar('N');
        QTest::newRow("day 19 N") << 19 << 5 << 0 << 2 << false << QChar('D');
        QTest::newRow("minute 12 samples") << 12 << 0 << 0 << 0 << true << QChar('N');
        QTest::newRow("minute 11 samples") << 11 << 0 << 0 << 0 << false << QChar('D');
        QTest::newRow("water 60 N") << 60 << 0 << 1 << 1 << true << QChar('N');
        QTest::newRow("water one abnormal") << 59 << 1 << 1 << 1 << true << QChar('C');
    }
    void aggregation() {
        QFETCH(int, validN);
        QFETCH(int, otherFlagged);
        QFETCH(int, medium);
        QFETCH(int, rule);
        QFETCH(bool, hasMean);
        QFETCH(QChar, flag);
        std::vector<CemsSample> in;
        for (int i = 0; i < validN; ++i)
            in.push_back({double(i % 10), 'N'});
        for (int i = 0; i < otherFlagged; ++i)
            in.push_back({1000.0, 'C'}); // calibration values must not enter the mean
        const AggregationRule rules[] = {kMinuteFromSamples, kHourFromMinutes, kDayFromHours};
        const auto a = aggregate(in, medium == 0 ? Medium::Gas : Medium::Water, rules[rule]);
        QCOMPARE(a.valid, validN);
        QCOMPARE(a.mean.has_value(), hasMean);
        if (hasMean) {
            double s = 0;
            for (int i = 0; i < validN; ++i)
                s += i % 10;
            QVERIFY(std::abs(*a.mean - s / validN) < 1e-12);
            QVERIFY(*a.max <= 9.0);
        }
        QCOMPARE(QChar(a.flag), flag);
    }
};

QTEST_GUILESS_MAIN(TestCems)
#include "test_cems.moc"
