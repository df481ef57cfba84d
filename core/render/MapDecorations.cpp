#include "core/render/MapDecorations.h"

#include "core/geo/WebMercator.h"
#include "core/render/MapFonts.h"
#include "core/render/MapSettings.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <numbers>
#include <vector>

namespace eco::render {

namespace {

// Ground metres per device-independent pixel at the view centre.
double groundMetresPerPixel(const MapSettings& s) {
    const QPointF c = s.visibleExtent().centre();
    if (s.isWebMercator())
        return s.mapUnitsPerPixel() *
               geo::WebMercator::groundScale(geo::WebMercator::toLonLat(c).y());
    const QString crs = s.destinationCrs().toUpper();
    if (crs == QLatin1String("EPSG:4326") || crs == QLatin1String("EPSG:4490"))
        return s.mapUnitsPerPixel() * 111320.0 * std::cos(c.y() * std::numbers::pi / 180);
    return s.mapUnitsPerPixel(); // projected CRSs in metres
}

void panel(QPainter& p, const QRectF& r) {
    p.setPen(QPen(QColor(0, 0, 0, 60), 1));
    p.setBrush(QColor(255, 255, 255, 215));
    p.drawRoundedRect(r, 4, 4);
}

} // namespace

double MapDecorations::niceLength(double mpp, double maxPixels) {
    if (!(mpp > 0) || !(maxPixels > 0))
        return 0;
    const double maxM = mpp * maxPixels;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxM)));
    for (double step : {5.0, 2.0, 1.0})
        if (step * magnitude <= maxM)
            return step * magnitude;
    return magnitude;
}

void MapDecorations::paint(QPainter& p, const MapSettings& s, const QList<Legend>& legends) {
    if (!s.hasValidExtent())
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    paintScaleBar(p, s);
    paintNorthArrow(p, s);
    paintLegends(p, s, legends);
    p.restore();
}

void MapDecorations::paintScaleBar(QPainter& p, const MapSettings& s) {
    const double mpp = groundMetresPerPixel(s);
    const double metres = niceLength(mpp, 160);
    if (metres <= 0)
        return;
    const double px = metres / mpp;
    const QString label =
        metres >= 1000
            ? QCoreApplication::translate("eco::render::MapDecorations", "%1 km").arg(metres / 1000)
            : QCoreApplication::translate("eco::render::MapDecorations", "%1 m").arg(metres);
    const QFont font = MapFonts::font(12);
    p.setFont(font);
    const QFontMetricsF fm(font);
    const double h = s.outputSize().height();
    const QRectF box(12, h - 50, px + 24 + fm.horizontalAdvance(label) + 8, 38);
    panel(p, box);
    const double x0 = box.left() + 10, y = box.bottom() - 12;
    // Alternating black and white halves: readable on any background.
    p.setPen(QPen(Qt::black, 1));
    p.setBrush(Qt::black);
    p.drawRect(QRectF(x0, y - 6, px / 2, 6));
    p.setBrush(Qt::white);
    p.drawRect(QRectF(x0 + px / 2, y - 6, px / 2, 6));
    p.setPen(QColor(0x33, 0x33, 0x33));
    p.drawText(QPointF(x0, y - 10), QStringLiteral("0"));
    p.drawText(QPointF(x0 + px + 8, y), label);
}

void MapDecorations::paintNorthArrow(QPainter& p, const MapSettings& s) {
    const double w = s.outputSize().width();
    const QPointF c(w - 34, 44);
    panel(p, QRectF(c.x() - 22, c.y() - 32, 44, 58));
    QPainterPath left, right;
    left.moveTo(c + QPointF(0, -22));
    left.lineTo(c + QPointF(-10, 10));
    left.lineTo(c + QPointF(0, 4));
    left.closeSubpath();
    right.moveTo(c + QPointF(0, -22));
    right.lineTo(c + QPointF(10, 10));
    right.lineTo(c + QPointF(0, 4));
    right.closeSubpath();
    p.setPen(QPen(QColor(0x22, 0x22, 0x22), 1));
    p.setBrush(QColor(0x22, 0x22, 0x22));
    p.drawPath(left);
    p.setBrush(Qt::white);
    p.drawPath(right);
    p.setFont(MapFonts::font(12, true));
    p.setPen(QColor(0x22, 0x22, 0x22));
    p.drawText(QRectF(c.x() - 20, c.y() + 8, 40, 18), Qt::AlignCenter,
               QCoreApplication::translate("eco::render::MapDecorations", "N"));
}

void MapDecorations::paintLegends(QPainter& p, const MapSettings& s, const QList<Legend>& legends) {
    if (legends.isEmpty())
        return;
    const QFont titleFont = MapFonts::font(12, true), itemFont = MapFonts::font(11);
    const QFontMetricsF tfm(titleFont), ifm(itemFont);
    const double rowH = 16, pad = 8, swatch = 14, margin = 12;
    const QSizeF out = s.outputSize();
    // Below the north arrow, and never more than half the map's width: a legend that does not
    // fit is left out rather than covering the map (the layers come first in the given order).
    const double maxH = out.height() - 90 - margin, maxW = out.width() * 0.5;
    struct Block {
        const Legend* legend;
        QSizeF size;
    };
    std::vector<std::vector<Block>> columns(1);
    std::vector<double> colW(1, 0), colH(1, pad);
    double usedW = 0;
    for (const Legend& l : legends) {
        double w = std::max(110.0, tfm.horizontalAdvance(l.title) + 2 * pad);
        double h = rowH + 2 + pad;
        if (l.ramp) {
            h += rowH + 14;
            w = std::max(w, ifm.horizontalAdvance(l.lowLabel + l.highLabel) + 60);
        } else {
            for (const LegendEntry& e : l.entries)
                w = std::max(w, ifm.horizontalAdvance(e.label) + swatch + 3 * pad);
            h += rowH * static_cast<double>(l.entries.size());
        }
        if (h + pad > maxH)
            continue;
        if (colH.back() + h > maxH) {
            usedW += colW.back() + 6;
            columns.emplace_back();
            colW.push_back(0);
            colH.push_back(pad);
        }
        if (usedW + std::max(colW.back(), w) > maxW)
            break;
        columns.back().push_back({&l, {w, h}});
        colW.back() = std::max(colW.back(), w);
        colH.back() += h;
    }
    double right = out.width() - margin;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        if (columns[c].empty())
            continue;
        const double width = colW[c];
        const QRectF box(right - width, out.height() - margin - colH[c], width, colH[c]);
        right -= width + 6;
        panel(p, box);
        double y = box.top() + pad;
        for (const Block& b : columns[c]) {
            const Legend& l = *b.legend;
            p.setFont(titleFont);
            p.setPen(QColor(0x22, 0x22, 0x22));
            p.drawText(QRectF(box.left() + pad, y, width - 2 * pad, rowH),
                       Qt::AlignLeft | Qt::AlignVCenter, l.title);
            y += rowH + 2;
            p.setFont(itemFont);
            if (l.ramp) {
                const QRectF bar(box.left() + pad, y, width - 2 * pad, 10);
                QLinearGradient g(bar.topLeft(), bar.topRight());
                const auto n = l.entries.size();
                for (qsizetype i = 0; i < n; ++i)
                    g.setColorAt(n > 1 ? static_cast<double>(i) / static_cast<double>(n - 1) : 0,
                                 l.entries[i].colour);
                p.setPen(QPen(QColor(0, 0, 0, 80), 0.5));
                p.setBrush(g);
                p.drawRect(bar);
                p.setPen(QColor(0x33, 0x33, 0x33));
                const QRectF labels(bar.left(), bar.bottom() + 2, bar.width(), rowH);
                p.drawText(labels, Qt::AlignLeft | Qt::AlignTop, l.lowLabel);
                p.drawText(labels, Qt::AlignRight | Qt::AlignTop, l.highLabel);
                y += rowH + 14;
            } else {
                for (const LegendEntry& e : l.entries) {
                    p.setPen(QPen(QColor(0, 0, 0, 90), 0.5));
                    p.setBrush(e.colour);
                    p.drawRect(QRectF(box.left() + pad, y + 3, swatch, swatch - 4));
                    p.setPen(QColor(0x33, 0x33, 0x33));
                    p.drawText(QRectF(box.left() + 2 * pad + swatch, y, width, rowH),
                               Qt::AlignLeft | Qt::AlignVCenter, e.label);
                    y += rowH;
                }
            }
            y += pad;
        }
    }
}

} // namespace eco::render
