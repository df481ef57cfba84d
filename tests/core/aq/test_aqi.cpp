// AQI by HJ 633-2012 and HJ 633-2026: the worked examples of CONTEXT.md section 4, exact
// breakpoints, the rules above 800 ug/m3, caps, rounding guard, missing pollutants, ties, levels
// and colours, and the GB 3095 / HJ 663 validity of daily statistics.
#include "core/aq/AirQualityStatistics.h"
#include "core/aq/Aqi.h"
#include "core/aq/Pollutant.h"

#include <QtTest>

#include <cmath>
#include <limits>
#include <vector>

using namespace eco::aq;

Q_DECLARE_METATYPE(AqiEdition)
Q_DECLARE_METATYPE(AqiItem)

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr auto E12 = AqiEdition::Hj633_2012;
constexpr auto E26 = AqiEdition::Hj633_2026;
} // namespace

class TestAqi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void iaqiValues_data() {
        QTest::addColumn<AqiEdition>("edition");
        QTest::addColumn<AqiItem>("item");
        QTest::addColumn<double>("conc");
        QTest::addColumn<int>("expected"); // -1: no value
        QTest::newRow("PM10 88 (2012)") << E12 << AqiItem::Pm10_24h << 88.0 << 69;
        QTest::newRow("PM10 88 (2026)") << E26 << AqiItem::Pm10_24h << 88.0 << 78; // 50/70*38+50
        QTest::newRow("PM10 130 (2012)") << E12 << AqiItem::Pm10_24h << 130.0 << 90;
        QTest::newRow("PM10 130 (2026)") << E26 << AqiItem::Pm10_24h << 130.0 << 104;
        QTest::newRow("PM10 120 (2026) exact bp") << E26 << AqiItem::Pm10_24h << 120.0 << 100;
        QTest::newRow("PM2.5 80 (2012)") << E12 << AqiItem::Pm25_24h << 80.0 << 107;
        QTest::newRow("PM2.5 80 (2026)") << E26 << AqiItem::Pm25_24h << 80.0 << 119;
        QTest::newRow("PM2.5 75 (2012) exact bp") << E12 << AqiItem::Pm25_24h << 75.0 << 100;
        QTest::newRow("PM2.5 60 (2026) exact bp") << E26 << AqiItem::Pm25_24h << 60.0 << 100;
        QTest::newRow("PM2.5 75.01 (2012) just above") << E12 << AqiItem::Pm25_24h << 75.01 << 101;
        QTest::newRow("PM2.5 0") << E12 << AqiItem::Pm25_24h << 0.0 << 0;
        QTest::newRow("PM2.5 500 top") << E12 << AqiItem::Pm25_24h << 500.0 << 500;
        QTest::newRow("PM2.5 650 capped") << E26 << AqiItem::Pm25_24h << 650.0 << 500;
        QTest::newRow("SO2 24h 20") << E12 << AqiItem::So2_24h << 20.0 << 20;
        QTest::newRow("NO2 24h 45") << E12 << AqiItem::No2_24h << 45.0 << 57;
        QTest::newRow("CO 24h 1.2") << E12 << AqiItem::Co_24h << 1.2 << 30;
        QTest::newRow("CO 24h 2.4 float guard") << E12 << AqiItem::Co_24h << 2.4 << 60;
        QTest::newRow("O3 8h 180") << E12 << AqiItem::O3_8h << 180.0 << 119;
        QTest::newRow("O3 8h 800 top (2012)") << E12 << AqiItem::O3_8h << 800.0 << 300;
        QTest::newRow("O3 8h 801 (2012): none") << E12 << AqiItem::O3_8h << 801.0 << -1;
        QTest::newRow("O3 8h 801 (2026): 300") << E26 << AqiItem::O3_8h << 801.0 << 300;
        QTest::newRow("SO2 1h 800 top") << E12 << AqiItem::So2_1h << 800.0 << 200;
        QTest::newRow("SO2 1h 801 (2012): none") << E12 << AqiItem::So2_1h << 801.0 << -1;
        QTest::newRow("SO2 1h 801 (2026): 200") << E26 << AqiItem::So2_1h << 801.0 << 200;
        QTest::newRow("SO2 1h 150 bp") << E12 << AqiItem::So2_1h << 150.0 << 50;
        QTest::newRow("O3 1h 1200 top") << E12 << AqiItem::O3_1h << 1200.0 << 500;
        QTest::newRow("NO2 1h 2340") << E12 << AqiItem::No2_1h << 2340.0 << 300;
        QTest::newRow("CO 1h 35") << E12 << AqiItem::Co_1h << 35.0 << 150;
        QTest::newRow("negative") << E12 << AqiItem::Co_1h << -1.0 << -1;
        QTest::newRow("NaN") << E12 << AqiItem::Co_1h << kNaN << -1;
    }
    void iaqiValues() {
        QFETCH(AqiEdition, edition);
        QFETCH(AqiItem, item);
        QFETCH(double, conc);
        QFETCH(int, expected);
        const auto got = iaqi(edition, item, conc);
        if (expected < 0)
            QVERIFY2(!got.has_value(), qPrintable(QString::number(got.value_or(-99))));
        else
            QCOMPARE(got.value_or(-1), expected);
    }

    void dailyWorkedExample2012() {
        const DailyInputs in{20, 45, 130, 1.2, std::nullopt, 180, 80};
        const auto r = dailyAqi(E12, in);
        QCOMPARE(r.aqi.value_or(-1), 119);
        QCOMPARE(r.iaqi[0].value_or(-1), 20);
        QCOMPARE(r.iaqi[1].value_or(-1), 57);
        QCOMPARE(r.iaqi[2].value_or(-1), 90);
        QCOMPARE(r.iaqi[3].value_or(-1), 30);
        QVERIFY(!r.iaqi[4].has_value());
        QCOMPARE(r.iaqi[5].value_or(-1), 119);
        QCOMPARE(r.iaqi[6].value_or(-1), 107);
        QCOMPARE(r.primary, QStringList{"o3_8h"});
        QCOMPARE(r.level.level, 3);
        QCOMPARE(r.level.nameZh, QStringLiteral("轻度污染"));
        QCOMPARE(r.level.colour, QColor(0xFF7E00));
    }

    void dailyWorkedExample2026() {
        const DailyInputs in{20, 45, 130, 1.2, 150, 180, 80};
        const auto r = dailyAqi(E26, in);
        QCOMPARE(r.aqi.value_or(-1), 119);
        QCOMPARE(r.iaqi[2].value_or(-1), 104);
        QCOMPARE(r.iaqi[6].value_or(-1), 119);
        QVERIFY2(!r.iaqi[4].has_value(), "the O3 1h item is dropped in 2026");
        QCOMPARE(r.primary, (QStringList{"o3_8h", "pm25"}));
    }

    void o3Above800In2012UsesThe1hIndex() {
        const DailyInputs in{20, 45, 100, 1.0, 1100, 850, 50};
        const auto r = dailyAqi(E12, in);
        // O3 1h 1100 -> (500-400)/(1200-1000)*(100)+400 = 450
        QCOMPARE(r.iaqi[5].value_or(-1), 450);
        QCOMPARE(r.aqi.value_or(-1), 450);
        QCOMPARE(r.primary, (QStringList{"o3_1h", "o3_8h"}));
        QCOMPARE(r.level.level, 6);
    }

    void missingPollutantRule2026() {
        // Remaining pollutants give <= 100: not published.
        DailyInputs low{10, 20, 60, 0.5, std::nullopt, 90, std::nullopt};
        QVERIFY(!dailyAqi(E26, low).aqi.has_value());
        QCOMPARE(dailyAqi(E26, low).level.level, 0);
        // 2012 publishes from what is there.
        QCOMPARE(dailyAqi(E12, low).aqi.value_or(-1), 55); // PM10 60 -> 55
        // Remaining pollutants already > 100: published.
        DailyInputs high{10, 20, 200, 0.5, std::nullopt, 90, std::nullopt};
        QCOMPARE(dailyAqi(E26, high).aqi.value_or(-1), 131); // PM10 200 on the 2026 table
    }

    void noPrimaryAtOrBelow50() {
        const DailyInputs in{50, 40, 50, 2, 100, 100, 35};
        const auto r = dailyAqi(E26, in);
        QCOMPARE(r.aqi.value_or(-1), 50);
        QVERIFY(r.primary.isEmpty());
        QCOMPARE(r.level.level, 1);
        QCOMPARE(r.level.colour, QColor(0x00E400));
    }

    void hourlyReports() {
        HourlyInputs in;
        in.so2_1h = 900;
        in.so2_24h = 100;
        in.no2_1h = 50;
        in.pm10_1h = 88;
        in.pm10_24h = 60;
        in.co_1h = 1;
        in.o3_1h = 100;
        in.o3_8h = 90;
        in.pm25_1h = 30;
        in.pm25_24h = 40;
        const auto r12 = hourlyAqi(E12, in);
        QCOMPARE(r12.iaqi[0].value_or(-1), 75); // SO2 > 800: the 24h moving index
        QCOMPARE(r12.iaqi[2].value_or(-1), 55); // PM10 24h moving mean 60
        QCOMPARE(r12.iaqi[6].value_or(-1), 57); // PM2.5 24h moving mean 40: 56.25 up
        const auto r26 = hourlyAqi(E26, in);
        QCOMPARE(r26.iaqi[0].value_or(-1), 200); // SO2 > 800: 200
        QCOMPARE(r26.iaqi[2].value_or(-1), 78);  // the hour's PM10 on the 2026 24h table
        QCOMPARE(r26.aqi.value_or(-1), 200);
        QCOMPARE(r26.primary, QStringList{"so2"});
    }

    void editionByDate() {
        QCOMPARE(editionFor(1772294400 - 1), E12); // 2026-02-28 23:59:59 +08:00
        QCOMPARE(editionFor(1772294400), E26);     // 2026-03-01 00:00:00 +08:00
        QCOMPARE(parseEdition("2012").value(), E12);
        QVERIFY(!parseEdition("2020").has_value());
    }

    void levels() {
        QCOMPARE(aqiLevel(51).level, 2);
        QCOMPARE(aqiLevel(100).level, 2);
        QCOMPARE(aqiLevel(101).colour, QColor(0xFF7E00));
        QCOMPARE(aqiLevel(200).colour, QColor(0xFF0000));
        QCOMPARE(aqiLevel(201).colour, QColor(0x99004C));
        QCOMPARE(aqiLevel(301).colour, QColor(0x7E0023));
        QCOMPARE(aqiLevel(301).nameZh, QStringLiteral("严重污染"));
    }

    void dailyValidity() {
        std::vector<double> day(24, 10.0);
        QCOMPARE(dailyMean(day).value_or(-1), 10.0);
        for (int i = 0; i < 4; ++i)
            day[static_cast<size_t>(i)] = kNaN; // 20 valid hours: still valid
        QVERIFY(dailyMean(day).has_value());
        day[4] = kNaN; // 19: invalid
        QVERIFY(!dailyMean(day).has_value());
    }

    void o3Max8h() {
        std::vector<double> day(24);
        for (size_t h = 0; h < 24; ++h)
            day[h] = (h >= 12 && h < 20) ? 200.0 : 50.0;
        QCOMPARE(dailyMax8h(day).value_or(-1), 200.0);
        // A window needs >= 6 valid hours; the day needs >= 14 valid windows of 17.
        std::vector<double> sparse(24, 80.0);
        for (size_t h = 0; h < 24; h += 3)
            sparse[h] = kNaN; // every window has 5 or 6 valid hours
        int valid = 0;
        for (size_t s = 0; s + 8 <= 24; ++s)
            valid += meanOfValid(std::span<const double>(sparse).subspan(s, 8), 6).has_value();
        QCOMPARE(dailyMax8h(sparse).has_value(), valid >= 14);
        std::vector<double> gap(24, 80.0);
        for (size_t h = 6; h < 16; ++h)
            gap[h] = kNaN;
        QVERIFY(!dailyMax8h(gap).has_value());
        QCOMPARE(trailingMean(std::vector<double>{1, 2, 3, 4}, 2, 2).value_or(-1), 3.5);
        QVERIFY(!trailingMean(std::vector<double>{1, kNaN, kNaN}, 3, 2).has_value());
    }

    void pollutantCatalogue() {
        QCOMPARE(QString::fromLatin1(modernCode("02").value().data()), QStringLiteral("a21026"));
        QCOMPARE(QString::fromLatin1(modernCode("B02").value().data()), QStringLiteral("a00000"));
        QVERIFY(modernCode("a34004").has_value());
        QVERIFY(!modernCode("zz999").has_value());
        QCOMPARE(pollutantLabel("a05024", true), QStringLiteral("臭氧"));
        QCOMPARE(pollutantLabel("a05024", false), QStringLiteral("O3"));
    }
};

QTEST_GUILESS_MAIN(TestAqi)
#include "test_aqi.moc"
