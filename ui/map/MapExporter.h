// MapExporter: writes the current view to a PNG or a PDF at a chosen DPI by rendering it again
// through a MapRenderJob at that resolution (never a screen grab): the device pixel ratio is
// DPI/96, so sprites, lines and text keep their printed size and gain detail. The view's centre
// and ground extent are kept and fitted to the requested pixel size. The PNG carries the DPI in
// its header; the PDF page holds a title, the map (with its scale bar, north arrow and legends),
// and the map time.
#pragma once

#include "core/render/MapRenderJob.h"
#include "core/render/MapSettings.h"

#include <QColor>
#include <QImage>
#include <QString>

namespace eco::ui {

struct ExportOptions {
    enum class Format { Png, Pdf };
    QString path;
    Format format = Format::Png;
    int widthPx = 1920;
    int heightPx = 1080;
    int dpi = 96;
    QString title;
};

class MapExporter {
public:
    static constexpr int kMinDpi = 48;
    static constexpr int kMaxDpi = 1200;
    static constexpr int kMaxSidePx = 20000;

    // The map image alone at the requested size and DPI (decorations included).
    static QImage renderImage(const ExportOptions& options, const render::MapSettings& view,
                              const render::LayerStack& layers, const QColor& background);
    // Renders and writes; on failure returns false with a message naming the file or the value.
    static bool exportMap(const ExportOptions& options, const render::MapSettings& view,
                          const render::LayerStack& layers, const QColor& background,
                          QString* error);
};

} // namespace eco::ui
