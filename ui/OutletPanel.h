// OutletPanel: the CEMS record of one enterprise outlet over the last 7 days: the hourly series
// of one pollutant as measured (raw) and corrected to the outlet's reference O2 (core/aq/Cems.h,
// recomputed from the stored O2 rather than trusting the logger's converted values), the
// permit's hourly limit as a line, and every hour flagged other than N shaded, so stopped,
// maintenance or calibration periods stand out next to the numbers.
#pragma once

#include "core/model/Outlet.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <cstdint>
#include <optional>

class QComboBox;
class QCustomPlot;
class QLabel;

namespace eco::store {
class Database;
}

namespace eco::ui {

class OutletPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr std::int64_t kWindowS = 7 * 86400;

    explicit OutletPanel(QWidget* parent = nullptr);

    // The outlets of one enterprise; the first is shown. The store must outlive the panel's use.
    void showOutlets(store::Database& db, const QList<model::Outlet>& outlets, std::int64_t now);
    void clear();

    void setOutlet(const QString& outletId);
    void setPollutant(const QString& code);
    QString outletId() const;
    QString pollutant() const;

    // What is shown, for tests.
    QCustomPlot* plot() const { return m_plot; }
    int shadedCount() const { return m_shaded; }
    std::optional<double> hourlyLimit() const { return m_limit; }
    QString note() const;

private:
    void fillPollutants();
    void fillPlot();

    store::Database* m_db = nullptr;
    QList<model::Outlet> m_outlets;
    std::int64_t m_now = 0;
    std::optional<double> m_limit;
    int m_shaded = 0;

    QLabel* m_title = nullptr;
    QComboBox* m_outletBox = nullptr;
    QComboBox* m_pollutantBox = nullptr;
    QCustomPlot* m_plot = nullptr;
    QLabel* m_note = nullptr;
};

} // namespace eco::ui
