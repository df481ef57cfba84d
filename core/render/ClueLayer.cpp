#include "core/render/ClueLayer.h"

#include "core/geo/WebMercator.h"
#include "core/render/MapSettings.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>

namespace eco::render {

namespace {

// A diamond with a dark outline, drawn once per state at the render's pixel ratio.
QImage diamond(const QColor& fill, double size, double dpr) {
    const int px = static_cast<int>(std::ceil((size + 2) * dpr));
    QImage img(px, px, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    img.setDevicePixelRatio(dpr);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    const double c = (size + 2) / 2, r = size / 2;
    QPainterPath path;
    path.moveTo(c, c - r);
    path.lineTo(c + r, c);
    path.lineTo(c, c + r);
    path.lineTo(c - r, c);
    path.closeSubpath();
    p.setPen(QPen(QColor(0x20, 0x20, 0x20), 1.2));
    p.setBrush(fill);
    p.drawPath(path);
    return img;
}

class ClueRenderer : public MapLayerRenderer {
public:
    explicit ClueRenderer(std::shared_ptr<const ClueLayerData> data) : m_data(std::move(data)) {}

    void render(QImage& image, const RenderContext& ctx) override {
        const MapSettings& s = ctx.settings;
        if (!s.isWebMercator()) {
            setError(QCoreApplication::translate("eco::render::ClueLayer",
                                                 "clues draw in EPSG:3857 only"));
            return;
        }
        const double dpr = s.devicePixelRatio();
        std::array<QImage, 4> open, decided; // index: severity 1..3
        for (int sev = 1; sev <= 3; ++sev) {
            open[static_cast<std::size_t>(sev)] =
                diamond(ClueLayer::severityColour(sev, true), ClueLayer::kSize, dpr);
            decided[static_cast<std::size_t>(sev)] =
                diamond(ClueLayer::severityColour(sev, false), ClueLayer::kSize * 0.75, dpr);
        }
        QPainter p(&image);
        QFont f = p.font();
        f.setPixelSize(10);
        f.setBold(true);
        p.setFont(f);
        const geo::GeoRect view = s.visibleExtent().buffered(s.mapUnitsPerPixel() * 20);
        std::vector<int> visible = m_data->grid.query(view);
        std::sort(visible.begin(), visible.end());
        for (int i : visible) {
            if (ctx.isCancelled())
                return;
            const ClueMarker& m = m_data->markers[static_cast<std::size_t>(i)];
            const auto k = static_cast<std::size_t>(std::clamp(m.severity, 1, 3));
            const QPointF at = s.worldToPixel(m.world);
            const QImage& sprite = m.open() ? open[k] : decided[k];
            const QSizeF sz = QSizeF(sprite.size()) / dpr;
            p.drawImage(QPointF(at.x() - sz.width() / 2, at.y() - sz.height() / 2), sprite);
            if (m.openCount > 1) {
                const QString n = QString::number(m.openCount);
                const QRectF box(at.x() + ClueLayer::kSize / 2 - 2,
                                 at.y() - ClueLayer::kSize / 2 - 4, 6 + 6 * n.size(), 12);
                p.setPen(Qt::NoPen);
                p.setBrush(QColor(0x20, 0x20, 0x20, 220));
                p.drawRoundedRect(box, 5, 5);
                p.setPen(Qt::white);
                p.drawText(box, Qt::AlignCenter, n);
            }
        }
    }

    std::optional<Legend> legend() const override {
        Legend l;
        l.title = QCoreApplication::translate("eco::render::ClueLayer", "Clues: highest severity");
        l.entries.push_back({QCoreApplication::translate("eco::render::ClueLayer", "high (3)"),
                             ClueLayer::severityColour(3, true)});
        l.entries.push_back({QCoreApplication::translate("eco::render::ClueLayer", "medium (2)"),
                             ClueLayer::severityColour(2, true)});
        l.entries.push_back({QCoreApplication::translate("eco::render::ClueLayer", "low (1)"),
                             ClueLayer::severityColour(1, true)});
        l.entries.push_back({QCoreApplication::translate("eco::render::ClueLayer", "all decided"),
                             ClueLayer::severityColour(1, false)});
        return l;
    }

private:
    std::shared_ptr<const ClueLayerData> m_data;
};

} // namespace

bool ClueLayer::isOpenStatus(const QString& status) {
    return status == QLatin1String(clue::status::kNew) ||
           status == QLatin1String(clue::status::kTasked) ||
           status == QLatin1String(clue::status::kReported);
}

QColor ClueLayer::severityColour(int severity, bool open) {
    if (!open)
        return QColor(0x9e, 0x9e, 0x9e);
    switch (severity) {
    case 3:
        return QColor(0xd7, 0x19, 0x1c);
    case 2:
        return QColor(0xfd, 0x8d, 0x3c);
    default:
        return QColor(0xfe, 0xd9, 0x76);
    }
}

ClueLayer::ClueLayer(const std::vector<clue::ClueRow>& clues)
    : MapLayer(QStringLiteral("clues"),
               QCoreApplication::translate("eco::render::ClueLayer", "Clues")) {
    auto data = std::make_shared<ClueLayerData>();
    QHash<QString, std::size_t> bySubject;
    // Most severe, then newest first, so the first clue seen per subject is its top clue.
    std::vector<const clue::ClueRow*> order;
    for (const clue::ClueRow& c : clues)
        if (c.lon && c.lat && c.status != QLatin1String(clue::status::kMerged))
            order.push_back(&c);
    std::stable_sort(order.begin(), order.end(), [](const auto* a, const auto* b) {
        const bool ao = isOpenStatus(a->status), bo = isOpenStatus(b->status);
        if (ao != bo)
            return ao;
        if (a->severity != b->severity)
            return a->severity > b->severity;
        return a->startTs > b->startTs;
    });
    for (const clue::ClueRow* c : order) {
        const QString key = c->subjectKind + u'/' + c->subjectId;
        auto it = bySubject.find(key);
        if (it == bySubject.end()) {
            ClueMarker m;
            m.subjectKind = c->subjectKind;
            m.subjectId = c->subjectId;
            m.subjectName = c->subjectName;
            m.world = geo::WebMercator::fromLonLat(*c->lon, *c->lat);
            m.severity = c->severity;
            m.topClueId = c->id;
            m.topSummary = c->summary;
            m.topRule = c->rule;
            data->lonLatExtent = data->lonLatExtent.including({*c->lon, *c->lat});
            it = bySubject.insert(key, data->markers.size());
            data->markers.push_back(std::move(m));
        }
        ClueMarker& m = data->markers[*it];
        m.clueIds << c->id;
        if (isOpenStatus(c->status))
            ++m.openCount;
    }
    std::stable_sort(data->markers.begin(), data->markers.end(),
                     [](const ClueMarker& a, const ClueMarker& b) {
                         if (a.open() != b.open())
                             return !a.open();
                         return a.severity < b.severity;
                     });
    std::vector<QPointF> points;
    points.reserve(data->markers.size());
    for (const auto& m : data->markers)
        points.push_back(m.world);
    data->grid = SpatialGrid(points, 500);
    m_data = std::move(data);
}

std::unique_ptr<MapLayerRenderer> ClueLayer::createRenderer(const MapSettings&) const {
    return std::make_unique<ClueRenderer>(m_data);
}

std::optional<FeatureHit> ClueLayer::hitTest(const MapSettings& s, QPointF pixel,
                                             double radiusPx) const {
    if (!s.isWebMercator() || !s.hasValidExtent())
        return std::nullopt;
    const double reach = radiusPx + kSize / 2;
    const double r = reach * s.mapUnitsPerPixel();
    const QPointF world = s.pixelToWorld(pixel);
    std::optional<FeatureHit> best;
    int bestIndex = -1;
    for (int i : m_data->grid.query({world.x() - r, world.y() - r, world.x() + r, world.y() + r})) {
        const ClueMarker& m = m_data->markers[static_cast<std::size_t>(i)];
        const QPointF d = s.worldToPixel(m.world) - pixel;
        const double dist = std::hypot(d.x(), d.y());
        if (dist > reach)
            continue;
        // Overlapping markers: the one drawn on top (later in the data) wins a tie.
        if (best && (dist > best->distancePx + 0.5 ||
                     (std::abs(dist - best->distancePx) <= 0.5 && i < bestIndex)))
            continue;
        FeatureHit h;
        h.layerId = id();
        h.kind = QStringLiteral("clue");
        h.featureId = m.topClueId;
        h.name = m.subjectName.isEmpty() ? m.subjectId : m.subjectName;
        h.world = m.world;
        h.distancePx = dist;
        h.attributes = {{QStringLiteral("subject_kind"), m.subjectKind},
                        {QStringLiteral("subject_id"), m.subjectId},
                        {QStringLiteral("rule"), m.topRule},
                        {QStringLiteral("summary"), m.topSummary},
                        {QStringLiteral("severity"), m.severity},
                        {QStringLiteral("open_clues"), m.openCount},
                        {QStringLiteral("clue_ids"), m.clueIds}};
        best = h;
        bestIndex = i;
    }
    return best;
}

} // namespace eco::render
