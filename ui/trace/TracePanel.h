// TracePanel: one source trace, from a clue, a station and hour, a vehicle hotspot, a lidar plume
// or a map click.
// The trace runs on a worker thread with its own read-only store connection, so the window stays
// responsive; the panel then shows the ranked candidates (score, P(top-1), P(top-3), distance,
// bearing, explained share, flags), the station's polar plot and CPF as colour maps, and for the
// selected candidate its CEMS mass rate and production power around the event, the event time
// marked. "Make a task" hands the candidate's enterprise and outlet to the task engine as the
// acting user, and says plainly when that user's role may not. The map overlay (back-trajectory,
// upwind cone, rank badges) is exposed as a render::MapLayer; overlayChanged() tells the owner to
// put the new one on the canvas.
#pragma once

#include "core/render/MapLayer.h"
#include "core/trace/EventFinder.h"
#include "core/trace/PolarStatistics.h"
#include "core/trace/TraceService.h"

#include <QFutureWatcher>
#include <QPointF>
#include <QWidget>

#include <cstdint>
#include <memory>
#include <vector>

class QCustomPlot;
class QLabel;
class QPushButton;
class QTableWidget;

namespace eco::ui {

// What the worker hands back: the report and what the panel needs to draw it.
struct TraceOutcome {
    trace::TraceReport report;
    std::vector<QPointF> candidateLonLat; // per report row
    QStringList candidateNames;           // enterprise names per row
    trace::PolarGrid polar;
    QString polarSiteId; // the station whose wind statistics are shown
    QString polarSiteName;
    QString error; // store failure; report.error for a refused trace
};

class TracePanel : public QWidget {
    Q_OBJECT
public:
    enum Column {
        ColRank,
        ColEnterprise,
        ColOutlet,
        ColScore,
        ColTop1,
        ColTop3,
        ColDistance,
        ColBearing,
        ColShare,
        ColFlags,
        ColumnCount
    };

    explicit TracePanel(QWidget* parent = nullptr);
    ~TracePanel() override;

    void setDatabasePath(const QString& path);
    // The user tasks are created as (their role decides whether they may).
    void setActor(const QString& username);
    QString actor() const { return m_actor; }

    void traceClue(const QString& clueId);
    void traceStation(const QString& siteId, std::int64_t ts);
    void tracePoint(double lon, double lat, std::int64_t ts);
    void traceHotspot(const trace::HotspotEvent& hotspot);
    void traceLidarPlume(const trace::LidarPlumeEvent& plume);
    void trace(const trace::TraceRequest& request);

    bool isRunning() const;
    // Blocks until the running trace (if any) has been shown; for tests and screenshots.
    void waitForFinished();

    const TraceOutcome& outcome() const { return m_outcome; }
    std::shared_ptr<render::MapLayer> overlay() const { return m_overlay; }

    QTableWidget* candidateTable() const { return m_table; }
    QCustomPlot* polarPlot() const { return m_polar; }
    QCustomPlot* cpfPlot() const { return m_cpf; }
    QCustomPlot* seriesPlot() const { return m_series; }
    QString headline() const;
    QString statusText() const;
    int selectedRow() const;
    void selectCandidate(int row);

public slots:
    // Creates a task for the selected candidate; true on success (the status line says which).
    bool makeTask();

signals:
    void overlayChanged();
    void traceFinished(bool ok);
    void taskCreated(const QString& taskId);

private:
    // origin: what started the trace, shown in the headline ("lidar L03 plume ..."); plumeAxis:
    // the plume's head and centroid for the map, when a plume started it.
    void start(const trace::TraceRequest& request, const QString& origin,
               std::vector<QPointF> plumeAxis = {});
    void onFinished();
    void fillTable();
    void fillPolar(QCustomPlot* plot, const std::vector<double>& grid, const QString& title,
                   bool probability);
    void fillSeries(int row);
    void setStatus(const QString& text, bool error);

    QString m_dbPath;
    QString m_actor;
    QString m_origin;
    std::vector<QPointF> m_plumeAxis;
    TraceOutcome m_outcome;
    std::shared_ptr<render::MapLayer> m_overlay;
    QFutureWatcher<TraceOutcome> m_watcher;

    QLabel* m_headline = nullptr;
    QLabel* m_status = nullptr;
    QTableWidget* m_table = nullptr;
    QCustomPlot* m_polar = nullptr;
    QCustomPlot* m_cpf = nullptr;
    QCustomPlot* m_series = nullptr;
    QPushButton* m_makeTask = nullptr;
};

} // namespace eco::ui
