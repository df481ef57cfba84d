// MainWindow: the workstation window: the map canvas in the centre, the layer list and the
// details panel as docks, the station AQI / outlet CEMS panel for the clicked marker and the
// ingest status view (View menu) as docks, a menu and tool bar, and a status bar with the cursor's
// lon/lat and the last render's timing. It opens the store read-only, builds the city map from it
// (CityMapLoader, the same map `ecosentry render` draws) and says plainly when the store is
// missing or empty.
#pragma once

#include "core/render/CityMapLoader.h"
#include "core/render/MapLayer.h"
#include "core/render/RasterStyle.h"
#include "ui/map/MapExporter.h"

#include <QHash>
#include <QMainWindow>
#include <QPointF>
#include <QTimer>

#include <memory>
#include <optional>

class QDockWidget;
class QActionGroup;
class QLabel;
class QMenu;
class QSettings;
class QStackedWidget;

namespace eco::store {
class Database;
}

namespace eco::ui {

class ClueDeskWidget;
class DetailsPanel;
class IngestStatusView;
class OutletPanel;
class StationPanel;
class LayerListWidget;
class MapCanvas;
class TracePanel;
class NotificationCenter;
class TaskBoardWidget;
class TaskDetailView;
class TaskWorkspace;
class SyncStatusWidget;
class BookmarkStore;
class CoordinateReadout;
class TimeLayerLoader;
class TimeSlider;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const QString& dbPath, QWidget* parent = nullptr);
    ~MainWindow() override;

    MapCanvas* canvas() const { return m_canvas; }
    LayerListWidget* layerList() const { return m_layerList; }
    DetailsPanel* details() const { return m_details; }
    StationPanel* stationPanel() const { return m_station; }
    OutletPanel* outletPanel() const { return m_outlet; }
    IngestStatusView* ingestStatus() const { return m_ingest; }
    TracePanel* tracePanel() const { return m_trace; }
    // Shows the source-trace dock (hidden until a trace is opened).
    void showTraceDock();
    ClueDeskWidget* clueDesk() const { return m_clueDesk; }
    SyncStatusWidget* syncStatus() const { return m_sync; }
    bool hasData() const { return m_map.hasData; }
    const render::CityMap& cityMap() const { return m_map; }

    // Tasks (ui/task/MainWindowTasks.cpp): the board, detail and notifications for the
    // signed-in user; an empty username opens them read-only with a banner.
    void installTasks(const QString& dbPath, const QString& username);
    TaskWorkspace* taskWorkspace() const { return m_tasks; }
    TaskBoardWidget* taskBoard() const { return m_taskBoard; }
    TaskDetailView* taskDetail() const { return m_taskDetail; }
    NotificationCenter* notifications() const { return m_notifications; }
    TimeSlider* timeSlider() const { return m_timeSlider; }
    CoordinateReadout* coordinateReadout() const { return m_coords; }
    QMenu* bookmarksMenu() const { return m_bookmarksMenu; }

    // Bookmarks of this store; the settings default to the application's QSettings.
    BookmarkStore bookmarks() const;
    void setBookmarkSettings(QSettings* settings) { m_bookmarkSettings = settings; }
    // Writes the current view (no dialog); false with the reason on failure.
    bool exportMap(const ExportOptions& options, QString* error) const;

    // Layers (ui/map/MainWindowLayers.cpp): a raster file or tile service added as a layer above
    // the rasters; its id ("source1", ...), or empty with *error set.
    QString addRasterSource(const QString& spec, QString* error);
    // Stations coloured by "aqi" or a pollutant code (SiteLayer::measures()).
    void setStationMeasure(const QString& measure);
    QString stationMeasure() const { return m_stationMeasure; }
    // Enterprises by status (0) or by industry (1).
    void setEnterpriseColouring(int index);
    // Applies a raster style to a raster layer (what the style dialog does on OK).
    bool setRasterStyle(const QString& layerId, const render::RasterStyle& style);

public slots:
    void showFeature(const eco::render::FeatureHit& hit);
    void exportImage();
    void openTask(const QString& taskId);
    void exportCaseFile(const QString& taskId);
    // Saves the current view under a name (asks for one when empty).
    void addBookmark(const QString& name = {});
    bool goToBookmark(const QString& name);

private:
    void buildUi();
    void loadStore(const QString& dbPath);
    void buildTraceDock(const QString& dbPath);
    void buildClueDesk(const QString& dbPath);
    void buildSyncUi(const QString& dbPath);
    // Joins the panels to the map: their overlays (clues, tasks, trace) as layers, their "show on
    // the map" requests, and clicks on their markers back to the panel that owns them.
    void connectPanels();
    void chooseHotspotToTrace();
    void chooseLidarPlumeToTrace();
    void reloadClueLayer();
    void reloadTaskLayer();
    // The map's own controls, kept apart from the panels other features add.
    void buildMapTools(QMenu* viewMenu);
    void buildTimeSlider(QMenu* viewMenu);
    void buildBookmarksMenu();
    void buildMapStatusBar();
    void rebuildBookmarksMenu();
    void setUpTimeLayers();
    void reloadTimeLayers();
    void replaceLayer(const std::shared_ptr<render::MapLayer>& layer);
    // Layers menu and the styles the layer panel offers (ui/map/MainWindowLayers.cpp).
    void buildLayersMenu();
    void setUpLayerStyles();
    void addRasterFromFile();
    void addTileService();
    void editLayerStyle(const QString& layerId);
    void zoomToCluster(const render::FeatureHit& hit);
    // A new snapshot of a layer (the time slider's) with the style the user chose.
    std::shared_ptr<render::MapLayer>
    withChosenStyle(const std::shared_ptr<render::MapLayer>& layer) const;

    std::unique_ptr<store::Database> m_db;
    render::CityMap m_map;
    MapCanvas* m_canvas = nullptr;
    LayerListWidget* m_layerList = nullptr;
    DetailsPanel* m_details = nullptr;
    StationPanel* m_station = nullptr;
    OutletPanel* m_outlet = nullptr;
    IngestStatusView* m_ingest = nullptr;
    QStackedWidget* m_monitoring = nullptr;
    CoordinateReadout* m_coords = nullptr;
    QLabel* m_renderInfo = nullptr;
    TracePanel* m_trace = nullptr;
    QDockWidget* m_traceDock = nullptr;
    QString m_traceSiteId; // the station last clicked: what "Trace station" traces
    QString m_traceClueId; // the clue selected on the desk
    QPointF m_lastCursorLonLat;
    ClueDeskWidget* m_clueDesk = nullptr;
    TaskWorkspace* m_tasks = nullptr;
    TaskBoardWidget* m_taskBoard = nullptr;
    TaskDetailView* m_taskDetail = nullptr;
    NotificationCenter* m_notifications = nullptr;
    QDockWidget* m_taskDetailDock = nullptr;
    SyncStatusWidget* m_sync = nullptr;
    QLabel* m_measureInfo = nullptr;
    QLabel* m_scaleInfo = nullptr;
    TimeSlider* m_timeSlider = nullptr;
    QActionGroup* m_toolGroup = nullptr;
    QMenu* m_bookmarksMenu = nullptr;
    QString m_dbPath;
    QSettings* m_bookmarkSettings = nullptr; // not owned; null: m_ownSettings
    std::unique_ptr<QSettings> m_ownSettings;
    std::unique_ptr<TimeLayerLoader> m_timeLayers;
    QTimer m_timeReload;
    QString m_stationMeasure = QStringLiteral("a34004");
    QHash<QString, render::RasterStyle> m_rasterStyles;
    bool m_layerStylesConnected = false;
};

} // namespace eco::ui
