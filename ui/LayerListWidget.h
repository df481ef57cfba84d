// LayerListWidget: the layer panel: one row per map layer, top layer first, with a checkbox for
// visibility, up/down buttons for the drawing order, a slider for opacity and, where a layer
// offers one, a style choice (setStyleOptions: the small ui-side hook until core layers describe
// their own styles). It edits the shared layers' display state on the GUI thread and says so with
// layersChanged(); order and style go out as orderChanged() and styleChosen() for the owner to
// apply. A layer with a style dialog (setStyleEditable: rasters) gets a "Style..." button that
// emits styleEditRequested(). Rows find their layer by id, so a layer replaced by a new snapshot
// (replaceLayer) keeps its row.
#pragma once

#include "core/render/MapLayer.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QSlider;
class QToolButton;
class QVBoxLayout;

namespace eco::ui {

class LayerListWidget : public QWidget {
    Q_OBJECT
public:
    explicit LayerListWidget(QWidget* parent = nullptr);

    // Layers bottom first, as the canvas holds them.
    void setLayers(const std::vector<std::shared_ptr<render::MapLayer>>& layers);
    // Swaps in a new snapshot of a listed layer (same id) without rebuilding the rows.
    void replaceLayer(const std::shared_ptr<render::MapLayer>& layer);
    // Current order, bottom first.
    QStringList layerOrder() const;
    // Moves a layer up (towards the top of the map, delta > 0) or down.
    bool moveLayer(const QString& layerId, int delta);
    // A style choice for a layer: labels shown in a combo box, the current index.
    void setStyleOptions(const QString& layerId, const QStringList& labels, int current);
    // A "Style..." button on the layer's row that asks for a style dialog (styleEditRequested).
    void setStyleEditable(const QString& layerId, bool editable = true);

    QCheckBox* visibilityBox(const QString& layerId) const;
    QSlider* opacitySlider(const QString& layerId) const;
    QComboBox* styleBox(const QString& layerId) const;
    QToolButton* upButton(const QString& layerId) const;
    QToolButton* downButton(const QString& layerId) const;
    QToolButton* styleButton(const QString& layerId) const;

signals:
    void layersChanged();
    void orderChanged(const QStringList& bottomFirstIds);
    void styleChosen(const QString& layerId, int index);
    void styleEditRequested(const QString& layerId);

private:
    struct StyleOptions {
        QStringList labels;
        int current = 0;
    };
    void rebuild();
    std::shared_ptr<render::MapLayer> find(const QString& id) const;

    std::vector<std::shared_ptr<render::MapLayer>> m_layers; // bottom first
    QHash<QString, StyleOptions> m_styles;
    QSet<QString> m_styleEditable;
    QVBoxLayout* m_rows = nullptr;
};

} // namespace eco::ui
