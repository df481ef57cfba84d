// MainWindow: the workstation window: the map canvas in the centre, the layer list and the
// details panel as docks, a menu and tool bar, and a status bar with the cursor's lon/lat and
// the last render's timing. It opens the store read-only, builds the city map from it
// (CityMapLoader, the same map `ecosentry render` draws) and says plainly when the store is
// missing or empty.
#pragma once

#include "core/render/CityMapLoader.h"
#include "core/render/MapLayer.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QLabel;

namespace eco::store {
class Database;
}

namespace eco::ui {

class DetailsPanel;
class LayerListWidget;
class MapCanvas;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const QString& dbPath, QWidget* parent = nullptr);
    ~MainWindow() override;

    MapCanvas* canvas() const { return m_canvas; }
    LayerListWidget* layerList() const { return m_layerList; }
    DetailsPanel* details() const { return m_details; }
    bool hasData() const { return m_map.hasData; }
    const render::CityMap& cityMap() const { return m_map; }

public slots:
    void showFeature(const eco::render::FeatureHit& hit);
    void exportImage();

private:
    void buildUi();
    void loadStore(const QString& dbPath);

    std::unique_ptr<store::Database> m_db;
    render::CityMap m_map;
    MapCanvas* m_canvas = nullptr;
    LayerListWidget* m_layerList = nullptr;
    DetailsPanel* m_details = nullptr;
    QLabel* m_coords = nullptr;
    QLabel* m_renderInfo = nullptr;
};

} // namespace eco::ui
