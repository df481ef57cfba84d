// AqiReport: daily and hourly (real-time) AQI per station, straight from the store's hourly
// readings (a21026 SO2, a21004 NO2, a34002 PM10, a21005 CO in mg/m3, a05024 O3, a34004 PM2.5).
// Hours are interval starts; a day is the local (Asia/Shanghai) calendar day, hours 00:00-23:00.
// Daily: 24h means, O3 daily max 1h and max 8h with GB 3095 / HJ 663 validity (Aqi.h,
// AirQualityStatistics.h). Hourly: the hour's values plus the moving means a report needs (O3 8h
// ending with the hour; for 2012, 24h means of PM10/PM2.5 and SO2). Only readings flagged N count.
// The edition follows each day's or hour's date unless forced. Also the CSV/JSON row formats the
// `ecosentry aqi` command prints.
#pragma once

#include "core/aq/AirQualityStatistics.h"
#include "core/aq/Aqi.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace eco::store {
class Database;
}

namespace eco::aq {

struct AqiReportOptions {
    std::optional<AqiEdition> forcedEdition; // nullopt: by date
    ValidityRules rules;
};

struct AqiRow {
    QString site;
    std::int64_t ts = 0; // UTC seconds: local day start (daily) or hour start (hourly)
    AqiResult result;
};

class AqiReport {
public:
    explicit AqiReport(const store::Database& db) : m_db(db) {}

    // Stations with hourly readings of at least one AQI pollutant.
    QStringList sites() const;
    // The first and last hour with AQI data for a site (nullopt when none).
    std::optional<std::pair<std::int64_t, std::int64_t>> span(const QString& site) const;

    // Local days whose start lies in [from, to); hours whose start lies in [from, to). Every
    // day or hour gets a row, an NA one (no AQI) where the data do not suffice.
    std::vector<AqiRow> daily(const QString& site, std::int64_t from, std::int64_t to,
                              const AqiReportOptions& options = {}) const;
    std::vector<AqiRow> hourly(const QString& site, std::int64_t from, std::int64_t to,
                               const AqiReportOptions& options = {}) const;

    // `site,date,aqi,level,primary,iaqi_so2,...,iaqi_pm25,standard` (daily, date YYYY-MM-DD) and
    // `site,time,...` (hourly, time ISO 8601 +08:00, the hour's start). NA is an empty field,
    // level is 1-6, primaries are joined by ';'.
    static QString csvHeader(bool daily);
    static QString csvRow(const AqiRow& row, bool daily);
    static QJsonObject json(const AqiRow& row, bool daily);

private:
    const store::Database& m_db;
};

} // namespace eco::aq
