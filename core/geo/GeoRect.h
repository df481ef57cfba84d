// GeoRect: an axis-aligned extent in some CRS's units (degrees or metres) with y pointing north.
// Kept apart from QRectF because QRectF's top/bottom assume a y-down screen and mixing the two
// conventions is how maps end up upside down.
#pragma once

#include <QPointF>
#include <QString>

#include <algorithm>
#include <limits>

namespace eco::geo {

struct GeoRect {
    double west = std::numeric_limits<double>::quiet_NaN();
    double south = std::numeric_limits<double>::quiet_NaN();
    double east = std::numeric_limits<double>::quiet_NaN();
    double north = std::numeric_limits<double>::quiet_NaN();

    constexpr GeoRect() = default;
    constexpr GeoRect(double w, double s, double e, double n)
        : west(w), south(s), east(e), north(n) {}

    // False for the default (NaN) rect and for empty or inverted ones.
    bool isValid() const { return west < east && south < north; }
    double width() const { return east - west; }
    double height() const { return north - south; }
    QPointF centre() const { return {(west + east) / 2, (south + north) / 2}; }

    bool contains(QPointF p) const {
        return p.x() >= west && p.x() <= east && p.y() >= south && p.y() <= north;
    }
    bool intersects(const GeoRect& o) const {
        return isValid() && o.isValid() && west < o.east && o.west < east && south < o.north &&
               o.south < north;
    }
    // The smallest rect holding both; an invalid side is ignored.
    GeoRect united(const GeoRect& o) const {
        if (!isValid())
            return o;
        if (!o.isValid())
            return *this;
        return {std::min(west, o.west), std::min(south, o.south), std::max(east, o.east),
                std::max(north, o.north)};
    }
    // Grows the rect to hold p (a point makes a zero-size rect, which isValid() rejects).
    GeoRect including(QPointF p) const {
        if (!(west <= east))
            return {p.x(), p.y(), p.x(), p.y()};
        return {std::min(west, p.x()), std::min(south, p.y()), std::max(east, p.x()),
                std::max(north, p.y())};
    }
    GeoRect buffered(double d) const { return {west - d, south - d, east + d, north + d}; }
    GeoRect scaled(double factor) const {
        const QPointF c = centre();
        const double hw = width() * factor / 2, hh = height() * factor / 2;
        return {c.x() - hw, c.y() - hh, c.x() + hw, c.y() + hh};
    }

    QString toString() const {
        return QStringLiteral("%1,%2,%3,%4")
            .arg(west, 0, 'f', 6)
            .arg(south, 0, 'f', 6)
            .arg(east, 0, 'f', 6)
            .arg(north, 0, 'f', 6);
    }

    friend bool operator==(const GeoRect&, const GeoRect&) = default;
};

} // namespace eco::geo
