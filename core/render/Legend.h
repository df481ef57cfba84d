// Legend: what a layer's colours mean, as data, so the same legend can be painted on the map by
// the decorations step and listed by a widget. A ramp legend has its stops ordered low to high
// and labels only at the ends.
#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace eco::render {

struct LegendEntry {
    QString label;
    QColor colour;
};

struct Legend {
    QString title;
    QList<LegendEntry> entries;
    bool ramp = false; // continuous colour ramp: entries are stops, low to high
    QString lowLabel;  // ramp ends
    QString highLabel;
};

} // namespace eco::render
