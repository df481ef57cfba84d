#include "ui/map/MapExporter.h"

#include "core/model/Time.h"
#include "core/render/MapFonts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

namespace eco::ui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("eco::ui::MapExporter", text);
}

} // namespace

QImage MapExporter::renderImage(const ExportOptions& o, const render::MapSettings& view,
                                const render::LayerStack& layers, const QColor& background) {
    const double dpr = o.dpi / 96.0;
    render::MapSettings s = view;
    const QSize dip(std::max(1, static_cast<int>(std::lround(o.widthPx / dpr))),
                    std::max(1, static_cast<int>(std::lround(o.heightPx / dpr))));
    s.setOutputSize(dip);
    s.setDevicePixelRatio(dpr);
    s.setExtent(view.visibleExtent());
    render::MapRenderOutput out = render::MapRenderJob::renderSync(s, layers, true, background);
    // Rounding DIP sizes can leave the render a pixel off: place it on the exact size asked for.
    QImage image(o.widthPx, o.heightPx, QImage::Format_ARGB32_Premultiplied);
    image.fill(background);
    {
        QPainter p(&image);
        out.image.setDevicePixelRatio(1.0);
        p.drawImage(QPointF(0, 0), out.image);
    }
    const int dpm = static_cast<int>(std::lround(o.dpi / 0.0254));
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
    return image;
}

bool MapExporter::exportMap(const ExportOptions& o, const render::MapSettings& view,
                            const render::LayerStack& layers, const QColor& background,
                            QString* error) {
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (o.path.isEmpty())
        return fail(tr("No output file given."));
    if (o.dpi < kMinDpi || o.dpi > kMaxDpi)
        return fail(tr("DPI %1 is outside %2-%3.").arg(o.dpi).arg(kMinDpi).arg(kMaxDpi));
    if (o.widthPx < 16 || o.heightPx < 16 || o.widthPx > kMaxSidePx || o.heightPx > kMaxSidePx)
        return fail(tr("Size %1x%2 px is outside 16-%3 px.")
                        .arg(o.widthPx)
                        .arg(o.heightPx)
                        .arg(kMaxSidePx));
    if (!view.hasValidExtent())
        return fail(tr("The map has no extent to export."));
    const QImage map = renderImage(o, view, layers, background);
    if (o.format == ExportOptions::Format::Png) {
        if (!map.save(o.path, "PNG"))
            return fail(tr("Cannot write %1.").arg(o.path));
        return true;
    }
    // PDF: a title band above the map, the map time and source below, at the chosen DPI.
    const int band = static_cast<int>(std::lround(o.dpi * 0.55));
    const int foot = static_cast<int>(std::lround(o.dpi * 0.35));
    const QSizeF pageInch(double(o.widthPx) / o.dpi, double(o.heightPx + band + foot) / o.dpi);
    {
        QFileInfo info(o.path);
        if (info.exists() && !info.isWritable())
            return fail(tr("Cannot write %1.").arg(o.path));
    }
    QPdfWriter pdf(o.path);
    pdf.setResolution(o.dpi);
    pdf.setPageSize(
        QPageSize(pageInch, QPageSize::Inch, QStringLiteral("map"), QPageSize::ExactMatch));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setTitle(o.title);
    pdf.setCreator(QStringLiteral("EcoSentry"));
    QPainter p;
    if (!p.begin(&pdf))
        return fail(tr("Cannot write %1.").arg(o.path));
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    QFont titleFont = render::MapFonts::font(10, true);
    titleFont.setPixelSize(std::max(8, static_cast<int>(o.dpi * 0.22)));
    p.setFont(titleFont);
    p.setPen(QColor(0x20, 0x20, 0x20));
    const QString title = o.title.isEmpty() ? tr("EcoSentry map") : o.title;
    p.drawText(QRectF(o.dpi * 0.15, 0, o.widthPx - o.dpi * 0.3, band),
               Qt::AlignLeft | Qt::AlignVCenter, title);
    p.drawImage(QRectF(0, band, o.widthPx, o.heightPx), map);
    p.setPen(QPen(QColor(0x60, 0x60, 0x60), std::max(1.0, o.dpi / 96.0)));
    p.drawRect(QRectF(0, band, o.widthPx, o.heightPx));
    QFont small = render::MapFonts::font(8);
    small.setPixelSize(std::max(6, static_cast<int>(o.dpi * 0.12)));
    p.setFont(small);
    const QString time =
        view.time() > 0 ? tr("Map time %1 (Asia/Shanghai)").arg(model::formatLocal(view.time()))
                        : QString();
    const QString made =
        tr("EcoSentry, exported %1").arg(model::formatLocal(QDateTime::currentSecsSinceEpoch()));
    const QRectF footer(o.dpi * 0.15, band + o.heightPx, o.widthPx - o.dpi * 0.3, foot);
    p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, time);
    p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, made);
    if (!p.end())
        return fail(tr("Cannot write %1.").arg(o.path));
    if (!QFileInfo(o.path).exists() || QFileInfo(o.path).size() == 0)
        return fail(tr("Cannot write %1.").arg(o.path));
    return true;
}

} // namespace eco::ui
