#include "core/aq/AqiReport.h"

#include "core/model/Time.h"
#include "core/store/Database.h"
#include "core/store/SeriesRepository.h"

#include <QJsonArray>

#include <array>
#include <cmath>
#include <limits>
#include <span>

namespace eco::aq {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

enum Code { So2, No2, Pm10, Co, O3, Pm25, kCodes };
constexpr std::array<const char*, kCodes> kCodeNames{"a21026", "a21004", "a34002",
                                                     "a21005", "a05024", "a34004"};
constexpr std::int64_t kHour = 3600;
constexpr std::int64_t kDay = 86400;
// Hours before the report's first hour that moving means look back on.
constexpr std::int64_t kLookback = 24;

// Hourly values of every AQI pollutant on one grid of hours, NaN where missing or not N.
struct HourGrid {
    std::int64_t start = 0; // UTC seconds of index 0
    std::array<std::vector<double>, kCodes> v;

    std::span<const double> range(int code, std::int64_t i, std::int64_t n) const {
        return std::span<const double>(v[static_cast<size_t>(code)])
            .subspan(static_cast<size_t>(i), static_cast<size_t>(n));
    }
    std::optional<double> at(int code, std::int64_t i) const {
        const double x = v[static_cast<size_t>(code)][static_cast<size_t>(i)];
        return std::isfinite(x) ? std::optional<double>(x) : std::nullopt;
    }
};

HourGrid loadGrid(const store::Database& db, const QString& site, std::int64_t from,
                  std::int64_t to) {
    HourGrid g;
    g.start = from;
    const std::int64_t n = std::max<std::int64_t>(0, (to - from) / kHour);
    const store::SeriesRepository repo(db);
    for (int c = 0; c < kCodes; ++c) {
        auto& col = g.v[static_cast<size_t>(c)];
        col.assign(static_cast<size_t>(n), kNaN);
        for (const auto& p :
             repo.load(site, QString::fromLatin1(kCodeNames[static_cast<size_t>(c)]),
                       model::Interval::Hour, from, to)) {
            const std::int64_t i = (p.ts - from) / kHour;
            if (i < 0 || i >= n || (p.ts - from) % kHour != 0 || p.flag != 'N' ||
                !std::isfinite(p.value))
                continue;
            col[static_cast<size_t>(i)] = p.value;
        }
    }
    return g;
}

QString optInt(std::optional<int> v) {
    return v ? QString::number(*v) : QString();
}

} // namespace

QStringList AqiReport::sites() const {
    QStringList out;
    // Ambient stations only: outlets also report hourly SO2, but AQI is an ambient index.
    auto st = m_db.prepare("SELECT DISTINCT source_id FROM series WHERE interval='hour' AND "
                           "pollutant IN ('a21026','a21004','a34002','a21005','a05024','a34004') "
                           "AND source_id IN (SELECT id FROM sites) ORDER BY source_id");
    while (st.step())
        out << st.text(0);
    return out;
}

std::optional<std::pair<std::int64_t, std::int64_t>> AqiReport::span(const QString& site) const {
    auto st =
        m_db.prepare("SELECT min((SELECT min(ts) FROM readings WHERE series_id=s.id)), "
                     "max((SELECT max(ts) FROM readings WHERE series_id=s.id)) FROM series s WHERE "
                     "s.source_id=?1 AND s.interval='hour' AND s.pollutant IN "
                     "('a21026','a21004','a34002','a21005','a05024','a34004')");
    st.bind(1, site);
    if (!st.step() || st.isNull(0))
        return std::nullopt;
    return std::make_pair(st.int64(0), st.int64(1));
}

std::vector<AqiRow> AqiReport::daily(const QString& site, std::int64_t from, std::int64_t to,
                                     const AqiReportOptions& options) const {
    std::vector<AqiRow> rows;
    const std::int64_t first =
        model::localDayStart(from) + (model::localDayStart(from) < from ? kDay : 0);
    if (to <= first)
        return rows;
    const std::int64_t days = (to - first + kDay - 1) / kDay;
    const HourGrid g = loadGrid(m_db, site, first, first + days * kDay);
    for (std::int64_t d = 0; d < days; ++d) {
        const std::int64_t i0 = d * 24;
        const auto& r = options.rules;
        DailyInputs in;
        in.so2 = dailyMean(g.range(So2, i0, 24), r);
        in.no2 = dailyMean(g.range(No2, i0, 24), r);
        in.pm10 = dailyMean(g.range(Pm10, i0, 24), r);
        in.co = dailyMean(g.range(Co, i0, 24), r);
        in.pm25 = dailyMean(g.range(Pm25, i0, 24), r);
        in.o3_1hMax = dailyMax1h(g.range(O3, i0, 24), r);
        in.o3_8hMax = dailyMax8h(g.range(O3, i0, 24), r);
        const std::int64_t ts = first + d * kDay;
        const AqiEdition e = options.forcedEdition.value_or(editionFor(ts));
        rows.push_back({site, ts, dailyAqi(e, in)});
    }
    return rows;
}

std::vector<AqiRow> AqiReport::hourly(const QString& site, std::int64_t from, std::int64_t to,
                                      const AqiReportOptions& options) const {
    std::vector<AqiRow> rows;
    const std::int64_t first = from - ((from % kHour) + kHour) % kHour + (from % kHour ? kHour : 0);
    if (to <= first)
        return rows;
    const std::int64_t hours = (to - first + kHour - 1) / kHour;
    const std::int64_t gridStart = first - kLookback * kHour;
    const HourGrid g = loadGrid(m_db, site, gridStart, first + hours * kHour);
    const auto& r = options.rules;
    for (std::int64_t k = 0; k < hours; ++k) {
        const std::int64_t i = k + kLookback;
        auto trailing = [&](int code, int window, int minValid) {
            return trailingMean(g.range(code, i + 1 - window, window), window, minValid);
        };
        HourlyInputs in;
        in.so2_1h = g.at(So2, i);
        in.so2_24h = trailing(So2, 24, r.minHoursFor24hMoving);
        in.no2_1h = g.at(No2, i);
        in.pm10_1h = g.at(Pm10, i);
        in.pm10_24h = trailing(Pm10, 24, r.minHoursFor24hMoving);
        in.co_1h = g.at(Co, i);
        in.o3_1h = g.at(O3, i);
        in.o3_8h = trailing(O3, 8, r.minHoursFor8hMean);
        in.pm25_1h = g.at(Pm25, i);
        in.pm25_24h = trailing(Pm25, 24, r.minHoursFor24hMoving);
        const std::int64_t ts = first + k * kHour;
        const AqiEdition e = options.forcedEdition.value_or(editionFor(ts));
        rows.push_back({site, ts, hourlyAqi(e, in)});
    }
    return rows;
}

QString AqiReport::csvHeader(bool daily) {
    return QStringLiteral("site,%1,aqi,level,primary,iaqi_so2,iaqi_no2,iaqi_pm10,iaqi_co,"
                          "iaqi_o3_1h,iaqi_o3_8h,iaqi_pm25,standard")
        .arg(daily ? QStringLiteral("date") : QStringLiteral("time"));
}

QString AqiReport::csvRow(const AqiRow& row, bool daily) {
    const AqiResult& a = row.result;
    QStringList f;
    f.reserve(13);
    QString site = row.site;
    if (site.contains(u',') || site.contains(u'"'))
        site = u'"' + site.replace(u'"', QStringLiteral("\"\"")) + u'"';
    f << site << (daily ? model::formatLocalDate(row.ts) : model::formatIsoLocal(row.ts));
    f << optInt(a.aqi) << (a.aqi ? QString::number(a.level.level) : QString());
    f << a.primary.join(u';');
    for (const auto& v : a.iaqi)
        f << optInt(v);
    const auto ed = editionName(a.edition);
    f << QString::fromLatin1(ed.data(), static_cast<qsizetype>(ed.size()));
    return f.join(u',');
}

QJsonObject AqiReport::json(const AqiRow& row, bool daily) {
    const AqiResult& a = row.result;
    QJsonObject o;
    o.insert(QStringLiteral("site"), row.site);
    o.insert(daily ? QStringLiteral("date") : QStringLiteral("time"),
             daily ? model::formatLocalDate(row.ts) : model::formatIsoLocal(row.ts));
    o.insert(QStringLiteral("aqi"), a.aqi ? QJsonValue(*a.aqi) : QJsonValue());
    o.insert(QStringLiteral("level"), a.aqi ? QJsonValue(a.level.level) : QJsonValue());
    o.insert(QStringLiteral("level_zh"), a.level.nameZh);
    o.insert(QStringLiteral("level_en"), a.level.nameEn);
    o.insert(QStringLiteral("colour"), a.level.colour.name(QColor::HexRgb).toUpper());
    o.insert(QStringLiteral("primary"), QJsonArray::fromStringList(a.primary));
    QJsonObject iaqi;
    for (int i = 0; i < kReportPollutantCount; ++i) {
        const auto n = reportPollutantName(static_cast<ReportPollutant>(i));
        const auto v = a.iaqi[static_cast<size_t>(i)];
        iaqi.insert(QString::fromLatin1(n.data(), static_cast<qsizetype>(n.size())),
                    v ? QJsonValue(*v) : QJsonValue());
    }
    o.insert(QStringLiteral("iaqi"), iaqi);
    const auto ed = editionName(a.edition);
    o.insert(QStringLiteral("standard"),
             QString::fromLatin1(ed.data(), static_cast<qsizetype>(ed.size())));
    return o;
}

} // namespace eco::aq
