// AQI reports from the store. The Aotizhongxin station file (UCI, 2013-2017) is converted to
// readings here (CO ug/m3 -> mg/m3, Beijing local hours -> UTC), written to a temporary store,
// and the daily AQI of all 1,461 days is checked, for both editions, against an independent
// calculation written in this file: its own breakpoint tables, validity counts, rounding and
// primary-pollutant rule, none of it calling core/aq. Plus local-day boundaries, hourly moving
// means, and the `ecosentry aqi` command's CSV and JSON.
#include "core/aq/AqiReport.h"
#include "core/model/Time.h"
#include "core/store/CatalogRepository.h"
#include "core/store/Database.h"
#include "core/store/ReadingWriter.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <array>
#include <cmath>
#include <map>
#include <optional>
#include <vector>

// GCC 12 reports std::optional<double> passed by value as maybe-uninitialized (a known false
// positive at -O2); the reference code below is plain.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

namespace {

// ---- The independent reference -------------------------------------------------------------
namespace ref {

constexpr double kIaqi[8] = {0, 50, 100, 150, 200, 300, 400, 500};

// HJ 633 table 1, typed again for the test (2012; 2026 changes PM10 and PM2.5 second points).
std::vector<double> table(const char* item, bool y2026) {
    const std::string i = item;
    if (i == "so2")
        return {0, 50, 150, 475, 800, 1600, 2100, 2620};
    if (i == "no2")
        return {0, 40, 80, 180, 280, 565, 750, 940};
    if (i == "pm10")
        return y2026 ? std::vector<double>{0, 50, 120, 250, 350, 420, 500, 600}
                     : std::vector<double>{0, 50, 150, 250, 350, 420, 500, 600};
    if (i == "co")
        return {0, 2, 4, 14, 24, 36, 48, 60};
    if (i == "o3_1h")
        return {0, 160, 200, 300, 400, 800, 1000, 1200};
    if (i == "o3_8h")
        return {0, 100, 160, 215, 265, 800};
    return y2026 ? std::vector<double>{0, 35, 60, 115, 150, 250, 350, 500}
                 : std::vector<double>{0, 35, 75, 115, 150, 250, 350, 500};
}

std::optional<int> iaqi(const char* item, std::optional<double> c, bool y2026) {
    if (!c)
        return std::nullopt;
    const auto bp = table(item, y2026);
    double v = 500;
    if (*c > bp.back()) {
        if (std::string(item) == "o3_8h")
            return y2026 ? std::optional<int>(300) : std::nullopt; // 2012: caller uses 1h
        v = 500;
    } else {
        for (size_t k = 1; k < bp.size(); ++k)
            if (*c <= bp[k]) {
                v = kIaqi[k - 1] +
                    (kIaqi[k] - kIaqi[k - 1]) * (*c - bp[k - 1]) / (bp[k] - bp[k - 1]);
                break;
            }
    }
    const double r = std::round(v);
    return std::abs(v - r) < 1e-7 ? int(r) : int(std::ceil(v));
}

std::optional<double> mean(const double* h, int n, int minValid) {
    double s = 0;
    int k = 0;
    for (int i = 0; i < n; ++i)
        if (!std::isnan(h[i])) {
            s += h[i];
            ++k;
        }
    if (k < minValid || k == 0)
        return std::nullopt;
    return s / k;
}

struct Day {
    std::optional<int> aqi;
    std::array<std::optional<int>, 7> iaqi; // so2 no2 pm10 co o3_1h o3_8h pm25
    QStringList primary;
};

// hours[p][0..23]: one local day, NaN where missing; p: so2 no2 pm10 co o3 pm25.
Day day(const std::array<std::array<double, 24>, 6>& hours, bool y2026) {
    Day d;
    const std::optional<double> so2 = mean(hours[0].data(), 24, 20);
    const std::optional<double> no2 = mean(hours[1].data(), 24, 20);
    const std::optional<double> pm10 = mean(hours[2].data(), 24, 20);
    const std::optional<double> co = mean(hours[3].data(), 24, 20);
    const std::optional<double> pm25 = mean(hours[5].data(), 24, 20);
    double max1 = -1;
    int o3n = 0;
    for (double v : hours[4])
        if (!std::isnan(v)) {
            ++o3n;
            max1 = std::max(max1, v);
        }
    const std::optional<double> o3max1 = o3n >= 20 ? std::optional<double>(max1) : std::nullopt;
    double max8 = -1;
    int windows = 0;
    for (int s = 0; s <= 16; ++s)
        if (const auto m = mean(hours[4].data() + s, 8, 6)) {
            ++windows;
            max8 = std::max(max8, *m);
        }
    const std::optional<double> o3max8 = windows >= 14 ? std::optional<double>(max8) : std::nullopt;
    d.iaqi[0] = iaqi("so2", so2, y2026);
    d.iaqi[1] = iaqi("no2", no2, y2026);
    d.iaqi[2] = iaqi("pm10", pm10, y2026);
    d.iaqi[3] = iaqi("co", co, y2026);
    const auto o3_1h = iaqi("o3_1h", o3max1, y2026);
    d.iaqi[4] = y2026 ? std::nullopt : o3_1h;
    d.iaqi[5] = iaqi("o3_8h", o3max8, y2026);
    if (!y2026 && o3max8 && *o3max8 > 800)
        d.iaqi[5] = o3_1h;
    d.iaqi[6] = iaqi("pm25", pm25, y2026);
    bool missing = false;
    for (int i = 0; i < 7; ++i) {
        if (y2026 && i == 4)
            continue;
        if (!d.iaqi[size_t(i)])
            missing = true;
        else if (!d.aqi || *d.iaqi[size_t(i)] > *d.aqi)
            d.aqi = d.iaqi[size_t(i)];
    }
    if (y2026 && missing && d.aqi && *d.aqi <= 100)
        d.aqi.reset();
    static const char* kNames[] = {"so2", "no2", "pm10", "co", "o3_1h", "o3_8h", "pm25"};
    if (d.aqi && *d.aqi > 50)
        for (int i = 0; i < 7; ++i)
            if (d.iaqi[size_t(i)] == d.aqi)
                d.primary << QString::fromLatin1(kNames[i]);
    return d;
}

} // namespace ref

// ---- The converter: UCI CSV -> readings ------------------------------------------------------
struct Station {
    // local hour index since 2013-03-01 00:00 -> values so2 no2 pm10 co o3 pm25 (NaN missing)
    std::vector<std::array<double, 6>> hours;
    std::int64_t firstUtc = 0;
};

std::int64_t beijingToUtc(int y, int m, int d, int h) {
    const qint64 days = QDate(y, m, d).toJulianDay() - QDate(1970, 1, 1).toJulianDay();
    return days * 86400 + h * 3600 - 8 * 3600;
}

Station loadStation() {
    Station st;
    QFile f(QStringLiteral(ECOSENTRY_TEST_DATA "/aq/PRSA_Data_Aotizhongxin_20130301-20170228.csv"));
    if (!f.open(QIODevice::ReadOnly))
        return st;
    const QList<QByteArray> header = f.readLine().trimmed().split(',');
    auto col = [&](const char* name) {
        return int(header.indexOf(QByteArray("\"") + name + "\""));
    };
    const int cy = col("year"), cm = col("month"), cd = col("day"), ch = col("hour");
    const std::array<int, 6> cols{col("SO2"), col("NO2"), col("PM10"),
                                  col("CO"),  col("O3"),  col("PM2.5")};
    st.firstUtc = beijingToUtc(2013, 3, 1, 0);
    while (!f.atEnd()) {
        const QList<QByteArray> c = f.readLine().trimmed().split(',');
        if (c.size() < header.size())
            continue;
        const std::int64_t ts =
            beijingToUtc(c[cy].toInt(), c[cm].toInt(), c[cd].toInt(), c[ch].toInt());
        const auto idx = size_t((ts - st.firstUtc) / 3600);
        if (st.hours.size() <= idx)
            st.hours.resize(idx + 1, {NAN, NAN, NAN, NAN, NAN, NAN});
        for (size_t p = 0; p < 6; ++p) {
            bool ok = false;
            double v = c[cols[p]].toDouble(&ok);
            if (!ok)
                continue; // NA
            if (p == 3)
                v /= 1000.0; // CO: ug/m3 in the file, mg/m3 in the standards
            st.hours[idx][p] = v;
        }
    }
    return st;
}

const char* kCodes[6] = {"a21026", "a21004", "a34002", "a21005", "a05024", "a34004"};

void writeStation(eco::store::Database& db, const QString& site, const Station& st) {
    eco::store::Transaction tx(db);
    // The station itself (Aotizhongxin, 116.397 E 39.982 N): reports cover ambient sites only.
    eco::store::CatalogRepository(db).upsert(
        eco::model::Site{site, site, QStringLiteral("national"), 116.397, 39.982, {}, {}});
    eco::store::ReadingWriter w(db);
    for (size_t p = 0; p < 6; ++p) {
        const auto series =
            w.series(site, QString::fromLatin1(kCodes[p]), eco::model::Interval::Hour);
        for (size_t i = 0; i < st.hours.size(); ++i)
            if (!std::isnan(st.hours[i][p]))
                w.add(series, st.firstUtc + std::int64_t(i) * 3600, st.hours[i][p], 'N');
    }
    tx.commit();
}

} // namespace

using namespace eco::aq;

class TestAqiReport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    Station m_station;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_station = loadStation();
        QCOMPARE(int(m_station.hours.size()), 35064);
        m_db = m_dir.filePath(QStringLiteral("aq.db"));
        auto db = eco::store::Database::open(m_db);
        writeStation(db, QStringLiteral("aotizhongxin"), m_station);
    }

    void allDaysBothEditions_data() {
        QTest::addColumn<bool>("y2026");
        QTest::newRow("HJ 633-2012") << false;
        QTest::newRow("HJ 633-2026") << true;
    }

    void allDaysBothEditions() {
        QFETCH(bool, y2026);
        const auto db = eco::store::Database::open(m_db, eco::store::Database::Mode::ReadOnly);
        const AqiReport report(db);
        QCOMPARE(report.sites(), QStringList{QStringLiteral("aotizhongxin")});
        AqiReportOptions o;
        o.forcedEdition = y2026 ? AqiEdition::Hj633_2026 : AqiEdition::Hj633_2012;
        const std::int64_t from = m_station.firstUtc;
        const std::int64_t to = from + 1461 * 86400;
        const auto rows = report.daily(QStringLiteral("aotizhongxin"), from, to, o);
        QCOMPARE(int(rows.size()), 1461);
        int withAqi = 0, checkedPrimary = 0;
        for (size_t d = 0; d < rows.size(); ++d) {
            std::array<std::array<double, 24>, 6> h;
            for (int p = 0; p < 6; ++p)
                for (int k = 0; k < 24; ++k)
                    h[size_t(p)][size_t(k)] = m_station.hours[d * 24 + size_t(k)][size_t(p)];
            const ref::Day want = ref::day(h, y2026);
            const auto& got = rows[d].result;
            QCOMPARE(rows[d].ts, from + std::int64_t(d) * 86400);
            const QByteArray where = eco::model::formatLocalDate(rows[d].ts).toLatin1();
            QVERIFY2(got.aqi == want.aqi, where.constData());
            for (size_t i = 0; i < 7; ++i)
                QVERIFY2(got.iaqi[i] == want.iaqi[i],
                         (where + " item " + QByteArray::number(int(i))).constData());
            QVERIFY2(got.primary == want.primary, where.constData());
            withAqi += want.aqi ? 1 : 0;
            checkedPrimary += want.primary.size() > 1 ? 1 : 0;
        }
        // The data set is real: most days have an AQI, and the check was not vacuous.
        QVERIFY(withAqi > 1300);
        qInfo("%d of 1461 days with an AQI, %d with tied primaries", withAqi, checkedPrimary);
    }

    void localDayBoundaries() {
        QTemporaryDir dir;
        auto db = eco::store::Database::open(dir.filePath(QStringLiteral("b.db")));
        {
            eco::store::Transaction tx(db);
            eco::store::ReadingWriter w(db);
            const auto s =
                w.series(QStringLiteral("S"), QStringLiteral("a34004"), eco::model::Interval::Hour);
            // 2024-06-01 00:00 .. 23:00 Beijing = 2024-05-31 16:00 .. 2024-06-01 15:00 UTC.
            const std::int64_t start = *eco::model::parseIsoTime("2024-06-01T00:00:00+08:00");
            for (int k = 0; k < 24; ++k)
                w.add(s, start + k * 3600, 80.0, 'N');
            w.add(s, start + 24 * 3600, 500.0, 'N'); // the next local day
            w.add(s, start - 3600, 500.0, 'N');      // the previous local day
            tx.commit();
        }
        const AqiReport report(db);
        const std::int64_t day = *eco::model::parseIsoTime("2024-06-01T00:00:00+08:00");
        const auto rows = report.daily(QStringLiteral("S"), day, day + 86400);
        QCOMPARE(int(rows.size()), 1);
        QCOMPARE(eco::model::formatLocalDate(rows[0].ts), QStringLiteral("2024-06-01"));
        QCOMPARE(rows[0].result.iaqi[size_t(ReportPollutant::Pm25)], std::optional<int>(107));
        QVERIFY(rows[0].result.edition == AqiEdition::Hj633_2012); // by date
        QCOMPARE(AqiReport::csvRow(rows[0], true),
                 QStringLiteral("S,2024-06-01,107,3,pm25,,,,,,,107,2012"));
    }

    void hourlyMovingMeans() {
        QTemporaryDir dir;
        auto db = eco::store::Database::open(dir.filePath(QStringLiteral("h.db")));
        const std::int64_t start = *eco::model::parseIsoTime("2025-01-01T00:00:00+08:00");
        {
            eco::store::Transaction tx(db);
            eco::store::ReadingWriter w(db);
            const auto pm10 =
                w.series(QStringLiteral("S"), QStringLiteral("a34002"), eco::model::Interval::Hour);
            const auto o3 =
                w.series(QStringLiteral("S"), QStringLiteral("a05024"), eco::model::Interval::Hour);
            for (int k = 0; k < 24; ++k)
                w.add(pm10, start + k * 3600, 88.0, 'N');
            for (int k = 16; k < 24; ++k)
                w.add(o3, start + k * 3600, k == 23 ? 200.0 : 100.0, 'N');
            w.add(o3, start + 20 * 3600, 999.0, 'D'); // not N: must not count
            tx.commit();
        }
        const AqiReport report(db);
        const auto rows = report.hourly(QStringLiteral("S"), start, start + 24 * 3600);
        QCOMPARE(int(rows.size()), 24);
        const auto& last = rows.back();
        QCOMPARE(eco::model::formatIsoLocal(last.ts), QStringLiteral("2025-01-01T23:00:00+08:00"));
        // PM10 1h 88 with its 24h mean 88 (2012 rates the mean): IAQI 69, as CONTEXT.md says.
        QCOMPARE(last.result.iaqi[size_t(ReportPollutant::Pm10)], std::optional<int>(69));
        // O3 1h 200 -> 100; O3 8h over 16:00-23:00 with 20:00 invalid: (6*100+200)/7 = 114.3 -> 62
        QCOMPARE(last.result.iaqi[size_t(ReportPollutant::O3_1h)], std::optional<int>(100));
        QCOMPARE(last.result.iaqi[size_t(ReportPollutant::O3_8h)].value_or(-1), 62);
        QCOMPARE(last.result.aqi, std::optional<int>(100));
        QCOMPARE(last.result.primary, QStringList{QStringLiteral("o3_1h")});
        // At 05:00 only six PM10 hours exist: no 24h mean yet (needs 20), so no 2012 PM10 item.
        QCOMPARE(rows[5].result.iaqi[size_t(ReportPollutant::Pm10)], std::optional<int>());
        AqiReportOptions o;
        o.forcedEdition = AqiEdition::Hj633_2026;
        const auto rows26 = report.hourly(QStringLiteral("S"), start, start + 24 * 3600, o);
        // 2026 rates the hour's PM10 on the 24h table: 50 + 50/70*38 = 77.1 -> 78.
        QCOMPARE(rows26[5].result.iaqi[size_t(ReportPollutant::Pm10)], std::optional<int>(78));
    }

    void command() {
        QProcess p;
        p.start(QStringLiteral(ECOSENTRY_BINARY),
                {QStringLiteral("aqi"), QStringLiteral("daily"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--from"), QStringLiteral("2013-03-01"), QStringLiteral("--to"),
                 QStringLiteral("2013-03-03")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0], QByteArray("site,date,aqi,level,primary,iaqi_so2,iaqi_no2,iaqi_pm10,"
                                      "iaqi_co,iaqi_o3_1h,iaqi_o3_8h,iaqi_pm25,standard"));
        QVERIFY(lines[1].startsWith("aotizhongxin,2013-03-01,"));
        QVERIFY(lines[3].startsWith("aotizhongxin,2013-03-03,"));
        QVERIFY(lines[1].endsWith(",2012"));
        QCOMPARE(lines[1].count(','), 12);

        QProcess j;
        j.start(QStringLiteral(ECOSENTRY_BINARY),
                {QStringLiteral("aqi"), QStringLiteral("hourly"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--site"), QStringLiteral("aotizhongxin"), QStringLiteral("--from"),
                 QStringLiteral("2014-01-01T00:00"), QStringLiteral("--to"),
                 QStringLiteral("2014-01-01T05:00"), QStringLiteral("--standard"),
                 QStringLiteral("2026"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(j.waitForFinished(60000));
        QCOMPARE(j.exitCode(), 0);
        const QJsonArray arr = QJsonDocument::fromJson(j.readAllStandardOutput()).array();
        QCOMPARE(arr.size(), 6);
        QCOMPARE(arr[0].toObject().value(QStringLiteral("time")).toString(),
                 QStringLiteral("2014-01-01T00:00:00+08:00"));
        QCOMPARE(arr[0].toObject().value(QStringLiteral("standard")).toString(),
                 QStringLiteral("2026"));

        QProcess bad;
        bad.start(QStringLiteral(ECOSENTRY_BINARY),
                  {QStringLiteral("aqi"), QStringLiteral("daily"), QStringLiteral("--db"), m_db,
                   QStringLiteral("--standard"), QStringLiteral("2019")});
        QVERIFY(bad.waitForFinished(60000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardError().contains("--standard"));
    }
};

QTEST_GUILESS_MAIN(TestAqiReport)
#include "test_aqi_report.moc"
