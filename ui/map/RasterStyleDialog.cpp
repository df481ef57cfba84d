#include "ui/map/RasterStyleDialog.h"

#include "core/render/ColourRamp.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLinearGradient>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace eco::ui {

namespace {

QIcon rampIcon(const QString& name) {
    const render::ColourRamp ramp = render::ColourRamp::byName(name);
    QPixmap pm(64, 12);
    QPainter p(&pm);
    QLinearGradient g(0, 0, 64, 0);
    const auto& stops = ramp.stops();
    for (qsizetype i = 0; i < stops.size(); ++i)
        g.setColorAt(static_cast<double>(i) / static_cast<double>(stops.size() - 1), stops[i]);
    p.fillRect(pm.rect(), g);
    return QIcon(pm);
}

QDoubleSpinBox* valueBox(QWidget* parent) {
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(-1e12, 1e12);
    box->setDecimals(4);
    return box;
}

} // namespace

RasterStyleDialog::RasterStyleDialog(const render::RasterStyle& style, const QStringList& bandNames,
                                     const QString& gdalName, QWidget* parent)
    : QDialog(parent), m_gdalName(gdalName) {
    setWindowTitle(tr("Raster Style"));
    auto* outer = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("rasterStyleMode"));
    m_mode->addItem(tr("Automatic (RGB, palette or band 1)"));
    m_mode->addItem(tr("One band with a colour ramp"));
    m_mode->addItem(tr("Red, green, blue from three bands"));
    form->addRow(tr("Render as"), m_mode);
    outer->addLayout(form);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(new QWidget(m_pages)); // automatic: nothing to set

    auto* single = new QWidget(m_pages);
    auto* singleForm = new QFormLayout(single);
    singleForm->setContentsMargins(0, 0, 0, 0);
    m_band = new QComboBox(single);
    m_band->setObjectName(QStringLiteral("rasterStyleBand"));
    m_band->addItems(bandNames);
    singleForm->addRow(tr("Band"), m_band);
    m_ramp = new QComboBox(single);
    m_ramp->setObjectName(QStringLiteral("rasterStyleRamp"));
    m_ramp->setIconSize(QSize(64, 12));
    for (const QString& name : render::ColourRamp::names())
        m_ramp->addItem(rampIcon(name), render::ColourRamp::displayName(name), name);
    singleForm->addRow(tr("Colour ramp"), m_ramp);
    m_pages->addWidget(single);

    auto* rgb = new QWidget(m_pages);
    auto* rgbForm = new QFormLayout(rgb);
    rgbForm->setContentsMargins(0, 0, 0, 0);
    const QString channel[] = {tr("Red"), tr("Green"), tr("Blue")};
    for (int i = 0; i < 3; ++i) {
        m_rgb[i] = new QComboBox(rgb);
        m_rgb[i]->addItems(bandNames);
        rgbForm->addRow(channel[i], m_rgb[i]);
    }
    m_pages->addWidget(rgb);
    outer->addWidget(m_pages);

    auto* rangeForm = new QFormLayout;
    m_setRange = new QCheckBox(tr("Set the value range (else the band's statistics)"), this);
    m_setRange->setObjectName(QStringLiteral("rasterStyleSetRange"));
    rangeForm->addRow(m_setRange);
    m_min = valueBox(this);
    m_min->setObjectName(QStringLiteral("rasterStyleMin"));
    m_max = valueBox(this);
    m_max->setObjectName(QStringLiteral("rasterStyleMax"));
    rangeForm->addRow(tr("Minimum"), m_min);
    rangeForm->addRow(tr("Maximum"), m_max);
    auto* statsLine = new QHBoxLayout;
    m_stats = new QPushButton(tr("From statistics"), this);
    m_stats->setObjectName(QStringLiteral("rasterStyleStatistics"));
    m_stats->setToolTip(tr("Reads the band's minimum and maximum (approximate, from overviews)"));
    m_stats->setVisible(!gdalName.isEmpty());
    m_statsInfo = new QLabel(this);
    m_statsInfo->setWordWrap(true);
    statsLine->addWidget(m_stats);
    statsLine->addWidget(m_statsInfo, 1);
    rangeForm->addRow(statsLine);
    outer->addLayout(rangeForm);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    outer->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The current style.
    m_mode->setCurrentIndex(static_cast<int>(style.mode));
    m_band->setCurrentIndex(std::clamp(style.band - 1, 0, std::max(0, m_band->count() - 1)));
    m_ramp->setCurrentIndex(std::max(0, m_ramp->findData(style.ramp)));
    for (int i = 0; i < 3; ++i)
        m_rgb[i]->setCurrentIndex(std::clamp(style.rgb[static_cast<std::size_t>(i)] - 1, 0,
                                             std::max(0, m_rgb[i]->count() - 1)));
    m_setRange->setChecked(style.min && style.max);
    m_min->setValue(style.min.value_or(0));
    m_max->setValue(style.max.value_or(1));
    m_pages->setCurrentIndex(m_mode->currentIndex());

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_pages->setCurrentIndex(i);
        updateEnabled();
    });
    connect(m_setRange, &QCheckBox::toggled, this, &RasterStyleDialog::updateEnabled);
    connect(m_stats, &QPushButton::clicked, this, &RasterStyleDialog::fillFromStatistics);
    updateEnabled();
}

void RasterStyleDialog::updateEnabled() {
    const bool automatic = m_mode->currentIndex() == 0;
    m_setRange->setEnabled(!automatic);
    m_min->setEnabled(!automatic && m_setRange->isChecked());
    m_max->setEnabled(!automatic && m_setRange->isChecked());
    m_stats->setEnabled(!automatic && m_mode->currentIndex() == 1);
}

void RasterStyleDialog::fillFromStatistics() {
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto range = render::rasterBandRange(m_gdalName, m_band->currentIndex() + 1, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!range) {
        m_statsInfo->setText(error);
        return;
    }
    m_setRange->setChecked(true);
    m_min->setValue(range->first);
    m_max->setValue(range->second);
    m_statsInfo->setText(tr("Band %1: %2 to %3")
                             .arg(m_band->currentIndex() + 1)
                             .arg(range->first, 0, 'g', 4)
                             .arg(range->second, 0, 'g', 4));
}

render::RasterStyle RasterStyleDialog::style() const {
    render::RasterStyle s;
    s.mode = static_cast<render::RasterStyle::Mode>(m_mode->currentIndex());
    s.band = m_band->currentIndex() + 1;
    for (int i = 0; i < 3; ++i)
        s.rgb[static_cast<std::size_t>(i)] = m_rgb[i]->currentIndex() + 1;
    s.ramp = m_ramp->currentData().toString();
    if (s.mode != render::RasterStyle::Mode::Auto && m_setRange->isChecked() &&
        m_max->value() > m_min->value()) {
        s.min = m_min->value();
        s.max = m_max->value();
    }
    return s;
}

} // namespace eco::ui
