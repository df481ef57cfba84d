#include "ui/LayerListWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

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
    m_layers = layers;
    rebuild();
}

void LayerListWidget::replaceLayer(const std::shared_ptr<render::MapLayer>& layer) {
    for (auto& l : m_layers)
        if (l->id() == layer->id())
            l = layer;
}

std::shared_ptr<render::MapLayer> LayerListWidget::find(const QString& id) const {
    for (const auto& l : m_layers)
        if (l->id() == id)
            return l;
    return nullptr;
}

QStringList LayerListWidget::layerOrder() const {
    QStringList ids;
    for (const auto& l : m_layers)
        ids << l->id();
    return ids;
}

bool LayerListWidget::moveLayer(const QString& id, int delta) {
    const auto it = std::find_if(m_layers.begin(), m_layers.end(),
                                 [&](const auto& l) { return l->id() == id; });
    if (it == m_layers.end() || delta == 0)
        return false;
    const auto from = static_cast<long>(it - m_layers.begin());
    const long to = std::clamp(from + delta, 0L, static_cast<long>(m_layers.size()) - 1);
    if (to == from)
        return false;
    auto layer = *it;
    m_layers.erase(it);
    m_layers.insert(m_layers.begin() + to, layer);
    rebuild();
    emit orderChanged(layerOrder());
    return true;
}

void LayerListWidget::setStyleOptions(const QString& layerId, const QStringList& labels,
                                      int current) {
    m_styles.insert(layerId, {labels, current});
    rebuild();
}

void LayerListWidget::setStyleEditable(const QString& layerId, bool editable) {
    if (editable)
        m_styleEditable.insert(layerId);
    else
        m_styleEditable.remove(layerId);
    rebuild();
}

void LayerListWidget::rebuild() {
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            // Rows die later (a button of theirs may be mid-signal); until then their names must
            // not shadow the new rows' names.
            for (QObject* c : w->findChildren<QObject*>())
                c->setObjectName({});
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    for (auto it = m_layers.rbegin(); it != m_layers.rend(); ++it) {
        const std::shared_ptr<render::MapLayer> layer = *it;
        const QString id = layer->id();
        auto* row = new QFrame(this);
        row->setObjectName(QStringLiteral("layerRow"));
        auto* grid = new QVBoxLayout(row);
        grid->setContentsMargins(4, 2, 4, 2);
        grid->setSpacing(0);
        auto* top = new QHBoxLayout;
        auto* box = new QCheckBox(layer->name(), row);
        box->setObjectName(QStringLiteral("visible-") + id);
        box->setChecked(layer->isVisible());
        if (!layer->loadError().isEmpty())
            box->setToolTip(layer->loadError());
        auto* up = new QToolButton(row);
        up->setObjectName(QStringLiteral("up-") + id);
        up->setArrowType(Qt::UpArrow);
        up->setAutoRaise(true);
        up->setToolTip(tr("Draw %1 above the layer over it").arg(layer->name()));
        up->setEnabled(it != m_layers.rbegin());
        auto* down = new QToolButton(row);
        down->setObjectName(QStringLiteral("down-") + id);
        down->setArrowType(Qt::DownArrow);
        down->setAutoRaise(true);
        down->setToolTip(tr("Draw %1 below the layer under it").arg(layer->name()));
        down->setEnabled(std::next(it) != m_layers.rend());
        top->addWidget(box, 1);
        if (m_styleEditable.contains(id)) {
            auto* styleButton = new QToolButton(row);
            styleButton->setObjectName(QStringLiteral("styleEdit-") + id);
            styleButton->setText(tr("Style..."));
            styleButton->setAutoRaise(true);
            styleButton->setToolTip(
                tr("Bands, colour ramp and value range of %1").arg(layer->name()));
            top->addWidget(styleButton);
            connect(
                styleButton, &QToolButton::clicked, this,
                [this, id] { emit styleEditRequested(id); }, Qt::QueuedConnection);
        }
        top->addWidget(up);
        top->addWidget(down);
        grid->addLayout(top);
        if (m_styles.contains(id) && !m_styles.value(id).labels.isEmpty()) {
            const StyleOptions opts = m_styles.value(id);
            auto* styleLine = new QHBoxLayout;
            auto* label = new QLabel(tr("Style"), row);
            auto* combo = new QComboBox(row);
            combo->setObjectName(QStringLiteral("style-") + id);
            combo->addItems(opts.labels);
            combo->setCurrentIndex(opts.current);
            styleLine->addSpacing(22);
            styleLine->addWidget(label);
            styleLine->addWidget(combo, 1);
            grid->addLayout(styleLine);
            connect(combo, &QComboBox::currentIndexChanged, this, [this, id](int i) {
                m_styles[id].current = i;
                emit styleChosen(id, i);
            });
        }
        auto* line = new QHBoxLayout;
        auto* label = new QLabel(tr("Opacity"), row);
        label->setObjectName(QStringLiteral("opacityLabel"));
        auto* slider = new QSlider(Qt::Horizontal, row);
        slider->setObjectName(QStringLiteral("opacity-") + id);
        slider->setRange(0, 100);
        slider->setValue(qRound(layer->opacity() * 100));
        slider->setToolTip(tr("Opacity of %1").arg(layer->name()));
        line->addSpacing(22);
        line->addWidget(label);
        line->addWidget(slider, 1);
        grid->addLayout(line);
        m_rows->addWidget(row);
        connect(box, &QCheckBox::toggled, this, [this, id](bool on) {
            if (auto l = find(id)) {
                l->setVisible(on);
                emit layersChanged();
            }
        });
        // Opacity is applied when the canvas paints, so every step of a drag is cheap.
        connect(slider, &QSlider::valueChanged, this, [this, id](int v) {
            if (auto l = find(id)) {
                l->setOpacity(v / 100.0);
                emit layersChanged();
            }
        });
        // Queued: the click handler must not run on while its own row is being rebuilt.
        connect(
            up, &QToolButton::clicked, this, [this, id] { moveLayer(id, +1); },
            Qt::QueuedConnection);
        connect(
            down, &QToolButton::clicked, this, [this, id] { moveLayer(id, -1); },
            Qt::QueuedConnection);
    }
}

QCheckBox* LayerListWidget::visibilityBox(const QString& layerId) const {
    return findChild<QCheckBox*>(QStringLiteral("visible-") + layerId);
}

QSlider* LayerListWidget::opacitySlider(const QString& layerId) const {
    return findChild<QSlider*>(QStringLiteral("opacity-") + layerId);
}

QComboBox* LayerListWidget::styleBox(const QString& layerId) const {
    return findChild<QComboBox*>(QStringLiteral("style-") + layerId);
}

QToolButton* LayerListWidget::upButton(const QString& layerId) const {
    return findChild<QToolButton*>(QStringLiteral("up-") + layerId);
}

QToolButton* LayerListWidget::styleButton(const QString& layerId) const {
    return findChild<QToolButton*>(QStringLiteral("styleEdit-") + layerId);
}

QToolButton* LayerListWidget::downButton(const QString& layerId) const {
    return findChild<QToolButton*>(QStringLiteral("down-") + layerId);
}

} // namespace eco::ui
