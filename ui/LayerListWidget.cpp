#include "ui/LayerListWidget.h"

#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QVBoxLayout>

namespace eco::ui {

LayerListWidget::LayerListWidget(QWidget* parent) : QWidget(parent) {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 6, 6, 6);
    m_rows = new QVBoxLayout;
    m_rows->setSpacing(4);
    outer->addLayout(m_rows);
    outer->addStretch(1);
}

void LayerListWidget::setLayers(const std::vector<std::shared_ptr<render::MapLayer>>& layers) {
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        if (QWidget* w = item->widget())
            w->deleteLater();
        delete item;
    }
    for (auto it = layers.rbegin(); it != layers.rend(); ++it) {
        const std::shared_ptr<render::MapLayer> layer = *it;
        auto* row = new QFrame(this);
        row->setObjectName(QStringLiteral("layerRow"));
        auto* grid = new QVBoxLayout(row);
        grid->setContentsMargins(4, 2, 4, 2);
        grid->setSpacing(0);
        auto* box = new QCheckBox(layer->name(), row);
        box->setObjectName(QStringLiteral("visible-") + layer->id());
        box->setChecked(layer->isVisible());
        if (!layer->loadError().isEmpty())
            box->setToolTip(layer->loadError());
        auto* line = new QHBoxLayout;
        auto* label = new QLabel(tr("Opacity"), row);
        label->setObjectName(QStringLiteral("opacityLabel"));
        auto* slider = new QSlider(Qt::Horizontal, row);
        slider->setObjectName(QStringLiteral("opacity-") + layer->id());
        slider->setRange(0, 100);
        slider->setValue(qRound(layer->opacity() * 100));
        slider->setToolTip(tr("Opacity of %1").arg(layer->name()));
        line->addSpacing(22);
        line->addWidget(label);
        line->addWidget(slider, 1);
        grid->addWidget(box);
        grid->addLayout(line);
        m_rows->addWidget(row);
        connect(box, &QCheckBox::toggled, this, [this, layer](bool on) {
            layer->setVisible(on);
            emit layersChanged();
        });
        // The canvas coalesces bursts of changes, so every step of a drag may ask for a render.
        connect(slider, &QSlider::valueChanged, this, [this, layer](int v) {
            layer->setOpacity(v / 100.0);
            emit layersChanged();
        });
    }
}

QCheckBox* LayerListWidget::visibilityBox(const QString& layerId) const {
    return findChild<QCheckBox*>(QStringLiteral("visible-") + layerId);
}

QSlider* LayerListWidget::opacitySlider(const QString& layerId) const {
    return findChild<QSlider*>(QStringLiteral("opacity-") + layerId);
}

} // namespace eco::ui
