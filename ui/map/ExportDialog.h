// ExportDialog: asks where and how to export the map view: PNG or PDF, the DPI, the size in
// pixels (kept at the canvas's printed size when the DPI changes unless the user typed a size),
// and a title for the PDF. It only collects ExportOptions; MapExporter does the work.
#pragma once

#include "ui/map/MapExporter.h"

#include <QDialog>
#include <QSize>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace eco::ui {

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    // viewSize: the canvas size in device-independent pixels (the size at 96 DPI).
    ExportDialog(QSize viewSize, const QString& defaultPath, QWidget* parent = nullptr);

    ExportOptions options() const;

private:
    void dpiChanged(int dpi);
    void browse();
    void formatChanged();

    QSize m_viewSize;
    QLineEdit* m_path = nullptr;
    QComboBox* m_format = nullptr;
    QSpinBox* m_dpi = nullptr;
    QSpinBox* m_width = nullptr;
    QSpinBox* m_height = nullptr;
    QLineEdit* m_title = nullptr;
};

} // namespace eco::ui
