// MapComposition: puts layer images together into the picture the user sees. The same code serves
// the render job (all layers drawn for the same view), the canvas while panning and zooming (the
// images of the last render moved and scaled to the new view until the new render arrives) and
// progressive display (the layers finished so far). A layer image is placed by mapping the view
// it was drawn for into the target view, so moving it needs no knowledge of the layer.
#pragma once

#include "core/render/MapSettings.h"

#include <QColor>
#include <QImage>
#include <QRectF>

#include <span>

class QPainter;

namespace eco::render {

struct LayerImage {
    QImage image;         // device pixels, devicePixelRatio set
    MapSettings drawnFor; // the view the image shows
    double opacity = 1.0;
};

class MapComposition {
public:
    // Where an image drawn for `from` lands in `to`, in to's device-independent pixels. Both
    // must share the CRS; the result is empty otherwise or when a view is invalid.
    static QRectF targetRect(const MapSettings& from, const MapSettings& to);

    // Paints the layers (bottom first) on p, which paints in to's device-independent pixels.
    // Images drawn for the target view are blitted; the others are translated and scaled.
    static void paintLayers(QPainter& p, const MapSettings& to, std::span<const LayerImage> layers);

    // A full frame for view `to`: background, then the layers.
    static QImage compose(const MapSettings& to, std::span<const LayerImage> layers,
                          const QColor& background);

    // The cheapest frame while panning: a composed image of an earlier view shifted to the new
    // one (background where it does not reach). Whole device pixels are copied row by row, no
    // blending; a zoom or a sub-pixel shift falls back to a smooth scaled draw. Writes into frame
    // (reallocated only when its size changes), so a canvas reuses one buffer for every frame.
    static void panFrame(const QImage& composed, const MapSettings& drawnFor, const MapSettings& to,
                         const QColor& background, QImage& frame);
};

} // namespace eco::render
