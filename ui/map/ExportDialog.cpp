#include "ui/map/ExportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <cmath>

namespace eco::ui {

ExportDialog::ExportDialog(QSize viewSize, const QString& defaultPath, QWidget* parent)
    : QDialog(parent), m_viewSize(viewSize) {
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Map"));
    auto* form = new QFormLayout;
    m_path = new QLineEdit(defaultPath, this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    auto* browseButton = new QPushButton(tr("Browse..."), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("PNG image"), static_cast<int>(ExportOptions::Format::Png));
    m_format->addItem(tr("PDF document"), static_cast<int>(ExportOptions::Format::Pdf));
    m_dpi = new QSpinBox(this);
    m_dpi->setObjectName(QStringLiteral("exportDpi"));
    m_dpi->setRange(MapExporter::kMinDpi, MapExporter::kMaxDpi);
    m_dpi->setValue(150);
    m_dpi->setSuffix(tr(" dpi"));
    m_width = new QSpinBox(this);
    m_width->setObjectName(QStringLiteral("exportWidth"));
    m_height = new QSpinBox(this);
    m_height->setObjectName(QStringLiteral("exportHeight"));
    for (QSpinBox* s : {m_width, m_height}) {
        s->setRange(16, MapExporter::kMaxSidePx);
        s->setSuffix(tr(" px"));
    }
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(m_height);
    m_title = new QLineEdit(tr("EcoSentry map"), this);
    m_title->setObjectName(QStringLiteral("exportTitle"));
    form->addRow(tr("File"), pathRow);
    form->addRow(tr("Format"), m_format);
    form->addRow(tr("Resolution"), m_dpi);
    form->addRow(tr("Size"), sizeRow);
    form->addRow(tr("Title (PDF)"), m_title);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* outer = new QVBoxLayout(this);
    outer->addLayout(form);
    outer->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_dpi, &QSpinBox::valueChanged, this, &ExportDialog::dpiChanged);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    dpiChanged(m_dpi->value());
    formatChanged();
}

void ExportDialog::dpiChanged(int dpi) {
    // Keep the printed size of the canvas: more DPI, more pixels.
    m_width->setValue(static_cast<int>(std::lround(m_viewSize.width() * dpi / 96.0)));
    m_height->setValue(static_cast<int>(std::lround(m_viewSize.height() * dpi / 96.0)));
}

void ExportDialog::formatChanged() {
    const bool pdf =
        m_format->currentData().toInt() == static_cast<int>(ExportOptions::Format::Pdf);
    QFileInfo info(m_path->text());
    const QString suffix = pdf ? QStringLiteral("pdf") : QStringLiteral("png");
    if (!m_path->text().isEmpty() && info.suffix().toLower() != suffix)
        m_path->setText((m_path->text().contains(u'/') ? info.path() + u'/' : QString()) +
                        info.completeBaseName() + u'.' + suffix);
    m_title->setEnabled(pdf);
}

void ExportDialog::browse() {
    const bool pdf =
        m_format->currentData().toInt() == static_cast<int>(ExportOptions::Format::Pdf);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Map"), m_path->text(),
                                     pdf ? tr("PDF documents (*.pdf)") : tr("PNG images (*.png)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

ExportOptions ExportDialog::options() const {
    ExportOptions o;
    o.path = m_path->text();
    o.format = static_cast<ExportOptions::Format>(m_format->currentData().toInt());
    o.dpi = m_dpi->value();
    o.widthPx = m_width->value();
    o.heightPx = m_height->value();
    o.title = m_title->text();
    return o;
}

} // namespace eco::ui
