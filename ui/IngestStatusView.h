// IngestStatusView: the live state of HJ 212 ingest, read from the store's ingest_log (packets
// accepted and quarantined per logger and minute) and quarantine tables: the loggers heard from
// in the last few minutes, packets per minute over the last hour (accepted vs quarantined), and
// the quarantine count by reason. A QTimer re-reads the store while the view is visible, so the
// listener (another process) and the view share nothing but the database file.
#pragma once

#include <QString>
#include <QWidget>

#include <cstdint>
#include <functional>

class QCustomPlot;
class QLabel;
class QTableWidget;
class QTimer;

namespace eco::store {
class Database;
}

namespace eco::ui {

struct IngestFigures {
    int connectedLoggers = 0;      // origins with packets in the last kConnectedWindowS
    std::int64_t acceptedHour = 0; // last hour
    std::int64_t quarantinedHour = 0;
    std::int64_t quarantineTotal = 0; // rows in the quarantine table
};

class IngestStatusView : public QWidget {
    Q_OBJECT
public:
    static constexpr std::int64_t kConnectedWindowS = 5 * 60;
    static constexpr int kRefreshMs = 5000;

    explicit IngestStatusView(QWidget* parent = nullptr);

    // nullptr detaches. The store must outlive the view's use of it.
    void setDatabase(const store::Database* db);
    // The clock the view reads "now" from (UTC seconds); the wall clock by default.
    void setClock(std::function<std::int64_t()> clock);

    const IngestFigures& figures() const { return m_figures; }
    QCustomPlot* plot() const { return m_plot; }
    QTableWidget* reasonTable() const { return m_reasons; }
    QTimer* timer() const { return m_timer; }

public slots:
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    const store::Database* m_db = nullptr;
    std::function<std::int64_t()> m_clock;
    IngestFigures m_figures;

    QLabel* m_summary = nullptr;
    QCustomPlot* m_plot = nullptr;
    QTableWidget* m_reasons = nullptr;
    QTimer* m_timer = nullptr;
};

} // namespace eco::ui
