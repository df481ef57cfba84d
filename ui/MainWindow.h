// MainWindow: the workstation window: the map canvas in the centre, the layer list and the
// details panel as docks, the station AQI / outlet CEMS panel for the clicked marker and the
// ingest status view (View menu) as docks, a menu and tool bar, and a status bar with the cursor's
// lon/lat and the last render's timing. It opens the store read-only, builds the city map from it
// (CityMapLoader, the same map `ecosentry render` draws) and says plainly when the store is
// missing or empty.
#pragma once

#include "core/render/CityMapLoader.h"
#include "core/render/MapLayer.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QLabel;
class QStackedWidget;

namespace eco::store {
class Database;
}

namespace eco::ui {

class DetailsPanel;
class IngestStatusView;
class OutletPanel;
class StationPanel;
class LayerListWidget;
class MapCanvas;
class SyncStatusWidget;

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
    SyncStatusWidget* syncStatus() const { return m_sync; }
    bool hasData() const { return m_map.hasData; }
    const render::CityMap& cityMap() const { return m_map; }

public slots:
    void showFeature(const eco::render::FeatureHit& hit);
    void exportImage();

private:
    void buildUi();
    void loadStore(const QString& dbPath);
    void buildSyncUi(const QString& dbPath);

    std::unique_ptr<store::Database> m_db;
    render::CityMap m_map;
    MapCanvas* m_canvas = nullptr;
    LayerListWidget* m_layerList = nullptr;
    DetailsPanel* m_details = nullptr;
    StationPanel* m_station = nullptr;
    OutletPanel* m_outlet = nullptr;
    IngestStatusView* m_ingest = nullptr;
    QStackedWidget* m_monitoring = nullptr;
    QLabel* m_coords = nullptr;
    QLabel* m_renderInfo = nullptr;
    SyncStatusWidget* m_sync = nullptr;
};

} // namespace eco::ui
