// RasterStyleDialog: edits a raster layer's RasterStyle from the layer panel: automatic, one band
// through a colour ramp (viridis, the PM2.5/AOD ramp, grey, magma) between a min and a max (typed,
// or "From statistics" of the band, computed by GDAL), or red/green/blue from three bands. The
// ramps are shown as small gradients so the choice is visual.
#pragma once

#include "core/render/RasterStyle.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace eco::ui {

class RasterStyleDialog : public QDialog {
    Q_OBJECT
public:
    // bandNames: one per band ("Band 1 (Red)"); gdalName: the source, for statistics (empty: no
    // "From statistics", e.g. for a tile service where it would download the world).
    RasterStyleDialog(const render::RasterStyle& style, const QStringList& bandNames,
                      const QString& gdalName, QWidget* parent = nullptr);

    render::RasterStyle style() const;

    QComboBox* modeBox() const { return m_mode; }
    QComboBox* bandBox() const { return m_band; }
    QComboBox* rampBox() const { return m_ramp; }
    QCheckBox* rangeBox() const { return m_setRange; }
    QDoubleSpinBox* minBox() const { return m_min; }
    QDoubleSpinBox* maxBox() const { return m_max; }
    QPushButton* statisticsButton() const { return m_stats; }

private:
    void fillFromStatistics();
    void updateEnabled();

    QString m_gdalName;
    QComboBox* m_mode = nullptr;
    QStackedWidget* m_pages = nullptr;
    QComboBox* m_band = nullptr;
    QComboBox* m_ramp = nullptr;
    QComboBox* m_rgb[3] = {nullptr, nullptr, nullptr};
    QCheckBox* m_setRange = nullptr;
    QDoubleSpinBox* m_min = nullptr;
    QDoubleSpinBox* m_max = nullptr;
    QPushButton* m_stats = nullptr;
    QLabel* m_statsInfo = nullptr;
};

} // namespace eco::ui
