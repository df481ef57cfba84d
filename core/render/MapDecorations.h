// MapDecorations: what is painted over the composed map rather than with it: a scale bar, a north
// arrow and the legends of the layers drawn. Kept out of the layer images so a canvas can move a
// cached map while the decorations stay where they are.
#pragma once

#include "core/render/Legend.h"

#include <QList>

class QPainter;

namespace eco::render {

class MapSettings;

class MapDecorations {
public:
    // Paints on p in the settings' device-independent pixels (the whole output area).
    static void paint(QPainter& p, const MapSettings& settings, const QList<Legend>& legends);
    static void paintScaleBar(QPainter& p, const MapSettings& settings);
    static void paintNorthArrow(QPainter& p, const MapSettings& settings);
    static void paintLegends(QPainter& p, const MapSettings& settings,
                             const QList<Legend>& legends);

    // The ground length the scale bar shows for the given metres per pixel: 1, 2 or 5 x 10^n
    // metres, the largest not longer than maxPixels.
    static double niceLength(double metresPerPixel, double maxPixels);
};

} // namespace eco::render
