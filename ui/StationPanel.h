// StationPanel: the air quality of one monitoring station at the map time: the current
// (real-time) AQI as a badge in the official level colour with the level name, the IAQI of each
// pollutant, the last 72 hours of one chosen pollutant against its GB 3095 grade II limit, and
// the daily AQI history as bars coloured by level. It reads the store through AqiReport and
// SeriesRepository, so it shows exactly what `ecosentry aqi` prints.
#pragma once

#include "core/aq/Aqi.h"

#include <QColor>
#include <QString>
#include <QWidget>

#include <cstdint>
#include <optional>

class QComboBox;
class QCustomPlot;
class QLabel;
class QTableWidget;

namespace eco::store {
class Database;
}

namespace eco::ui {

class StationPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr std::int64_t kHourlyWindowS = 72 * 3600;
    static constexpr int kHistoryDays = 30;

    explicit StationPanel(QWidget* parent = nullptr);

    // Shows `siteId` as of `now` (UTC seconds); the store must outlive the panel's use of it.
    void showStation(const store::Database& db, const QString& siteId, std::int64_t now);
    void clear();

    // HJ 212 code of the pollutant the hourly chart shows (a34004 PM2.5 by default).
    QString chartPollutant() const;
    void setChartPollutant(const QString& code);

    // What is shown, for tests and copy.
    QString badgeText() const;
    QColor badgeColour() const;
    QString badgeDetail() const; // the hour, edition and primary pollutants
    std::optional<int> currentAqi() const { return m_current.aqi; }
    QTableWidget* iaqiTable() const { return m_iaqi; }
    QCustomPlot* hourlyPlot() const { return m_hourly; }
    QCustomPlot* dailyPlot() const { return m_daily; }
    // The grade II limit drawn on the hourly chart (nullopt when the pollutant has none).
    std::optional<double> limitLine() const { return m_limit; }

private:
    void fillBadge();
    void fillIaqi();
    void fillHourly();
    void fillDaily();

    const store::Database* m_db = nullptr;
    QString m_site;
    std::int64_t m_now = 0;
    aq::AqiResult m_current;
    std::int64_t m_currentTs = 0;
    std::optional<double> m_limit;

    QLabel* m_title = nullptr;
    QWidget* m_content = nullptr;
    QLabel* m_badge = nullptr;
    QLabel* m_badgeTime = nullptr;
    QTableWidget* m_iaqi = nullptr;
    QComboBox* m_pollutant = nullptr;
    QCustomPlot* m_hourly = nullptr;
    QCustomPlot* m_daily = nullptr;
};

} // namespace eco::ui
