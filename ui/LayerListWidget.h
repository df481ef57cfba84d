// LayerListWidget: the layer panel: one row per map layer, top layer first, with a checkbox for
// visibility and a slider for opacity. It edits the shared layers' display state on the GUI
// thread and says so with layersChanged(); the canvas then renders again.
#pragma once

#include "core/render/MapLayer.h"

#include <QWidget>

#include <memory>
#include <vector>

class QCheckBox;
class QSlider;
class QVBoxLayout;

namespace eco::ui {

class LayerListWidget : public QWidget {
    Q_OBJECT
public:
    explicit LayerListWidget(QWidget* parent = nullptr);

    // Layers bottom first, as the canvas holds them.
    void setLayers(const std::vector<std::shared_ptr<render::MapLayer>>& layers);
    QCheckBox* visibilityBox(const QString& layerId) const;
    QSlider* opacitySlider(const QString& layerId) const;

signals:
    void layersChanged();

private:
    QVBoxLayout* m_rows = nullptr;
};

} // namespace eco::ui
