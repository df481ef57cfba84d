// LabelPlacer: places text labels beside point markers without overlaps, greedily in the order
// asked (so the caller puts the important ones first). Each label tries four positions around its
// anchor (right, left, above, below) and takes the first that is inside the view and overlaps no
// label placed before nor any obstacle (the markers themselves); a label with no free position is
// dropped rather than drawn over another. A coarse grid of buckets keeps a query to the few
// rectangles nearby, so a few thousand labels cost milliseconds.
#pragma once

#include <QHash>
#include <QRectF>
#include <QSizeF>

#include <optional>
#include <vector>

namespace eco::render {

class LabelPlacer {
public:
    // view: the drawable area (DIP); bucket: grid cell size for the overlap search (DIP).
    explicit LabelPlacer(const QRectF& view, double bucket = 64);

    // Something labels must not cover (a marker's box).
    void addObstacle(const QRectF& rect);
    // The rectangle taken for a label of `size` beside `anchor` (gap DIP from it), or nullopt.
    std::optional<QRectF> place(QPointF anchor, QSizeF size, double gap);
    const std::vector<QRectF>& placed() const { return m_labels; }

private:
    bool isFree(const QRectF& r) const;
    void insert(const QRectF& r);
    std::vector<long long> bucketsOf(const QRectF& r) const;

    QRectF m_view;
    double m_bucket;
    std::vector<QRectF> m_rects;  // labels and obstacles
    std::vector<QRectF> m_labels; // labels only, in placing order
    QHash<long long, std::vector<int>> m_grid;
};

} // namespace eco::render
