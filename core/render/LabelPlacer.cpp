#include "core/render/LabelPlacer.h"

#include <cmath>

namespace eco::render {

LabelPlacer::LabelPlacer(const QRectF& view, double bucket)
    : m_view(view), m_bucket(bucket > 1 ? bucket : 1) {}

std::vector<long long> LabelPlacer::bucketsOf(const QRectF& r) const {
    std::vector<long long> out;
    const auto x0 = static_cast<long long>(std::floor(r.left() / m_bucket));
    const auto x1 = static_cast<long long>(std::floor(r.right() / m_bucket));
    const auto y0 = static_cast<long long>(std::floor(r.top() / m_bucket));
    const auto y1 = static_cast<long long>(std::floor(r.bottom() / m_bucket));
    for (long long y = y0; y <= y1; ++y)
        for (long long x = x0; x <= x1; ++x)
            out.push_back((y << 24) ^ (x & 0xffffff));
    return out;
}

bool LabelPlacer::isFree(const QRectF& r) const {
    for (long long b : bucketsOf(r)) {
        const auto it = m_grid.constFind(b);
        if (it == m_grid.constEnd())
            continue;
        for (int i : *it)
            if (m_rects[static_cast<std::size_t>(i)].intersects(r))
                return false;
    }
    return true;
}

void LabelPlacer::insert(const QRectF& r) {
    const int index = static_cast<int>(m_rects.size());
    m_rects.push_back(r);
    for (long long b : bucketsOf(r))
        m_grid[b].push_back(index);
}

void LabelPlacer::addObstacle(const QRectF& rect) {
    insert(rect);
}

std::optional<QRectF> LabelPlacer::place(QPointF anchor, QSizeF size, double gap) {
    const double w = size.width(), h = size.height();
    const QRectF candidates[] = {
        {anchor.x() + gap, anchor.y() - h / 2, w, h},     // right
        {anchor.x() - gap - w, anchor.y() - h / 2, w, h}, // left
        {anchor.x() - w / 2, anchor.y() - gap - h, w, h}, // above
        {anchor.x() - w / 2, anchor.y() + gap, w, h},     // below
    };
    for (const QRectF& r : candidates) {
        if (!m_view.contains(r) || !isFree(r))
            continue;
        insert(r);
        m_labels.push_back(r);
        return r;
    }
    return std::nullopt;
}

} // namespace eco::render
