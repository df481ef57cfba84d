#include "core/render/TaskLayer.h"

#include "core/geo/WebMercator.h"
#include "core/render/MapSettings.h"
#include "core/store/CatalogRepository.h"
#include "core/task/TransitionTable.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace eco::render {

namespace {

using task::TaskState;

QString tr(const char* text) {
    return QCoreApplication::translate("eco::render::TaskLayer", text);
}

// The legend is read by officers, so it names states in their words, not the stored keys.
QString stateLabel(TaskState st) {
    switch (st) {
    case TaskState::Created:
        return tr("Created");
    case TaskState::Dispatched:
        return tr("Dispatched");
    case TaskState::Accepted:
        return tr("Accepted");
    case TaskState::OnSite:
        return tr("On site");
    case TaskState::Verified:
        return tr("Verified");
    case TaskState::Reported:
        return tr("Reported");
    case TaskState::Closed:
        return tr("Closed");
    case TaskState::Reopened:
        return tr("Reopened");
    case TaskState::Cancelled:
        return tr("Cancelled");
    }
    return task::toString(st);
}

class TaskRenderer : public MapLayerRenderer {
public:
    explicit TaskRenderer(std::shared_ptr<const TaskLayerData> data) : m_data(std::move(data)) {}

    void render(QImage& image, const RenderContext& ctx) override {
        const MapSettings& s = ctx.settings;
        if (!s.isWebMercator()) {
            setError(tr("tasks draw in EPSG:3857 only"));
            return;
        }
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        const double r = TaskLayer::kSize / 2;
        for (int i : m_data->grid.query(s.visibleExtent().buffered(s.mapUnitsPerPixel() * 16))) {
            if (ctx.isCancelled())
                return;
            const TaskMarker& m = m_data->markers[static_cast<std::size_t>(i)];
            const QPointF c = s.worldToPixel(m.world);
            if (m.overdue) {
                p.setPen(QPen(TaskLayer::overdueColour(), 2.5));
                p.setBrush(Qt::NoBrush);
                p.drawEllipse(c, r + 3.5, r + 3.5);
            }
            p.setPen(QPen(Qt::white, 1.5));
            p.setBrush(TaskLayer::stateColour(m.state));
            p.drawEllipse(c, r, r);
        }
    }

    std::optional<Legend> legend() const override {
        if (m_data->markers.empty())
            return std::nullopt;
        Legend l;
        l.title = tr("Open tasks by state");
        for (TaskState st : task::kAllStates) {
            if (task::TransitionTable::isFinal(st))
                continue;
            const bool present = std::any_of(m_data->markers.begin(), m_data->markers.end(),
                                             [st](const TaskMarker& m) { return m.state == st; });
            if (present)
                l.entries.push_back({stateLabel(st), TaskLayer::stateColour(st)});
        }
        l.entries.push_back({tr("overdue (red ring)"), TaskLayer::overdueColour()});
        return l;
    }

private:
    std::shared_ptr<const TaskLayerData> m_data;
};

} // namespace

QColor TaskLayer::stateColour(TaskState state) {
    switch (state) {
    case TaskState::Created:
        return QColor(0x73, 0x73, 0x73);
    case TaskState::Dispatched:
        return QColor(0x1f, 0x78, 0xb4);
    case TaskState::Accepted:
        return QColor(0x6a, 0x3d, 0x9a);
    case TaskState::OnSite:
        return QColor(0xff, 0x7f, 0x00);
    case TaskState::Verified:
        return QColor(0xb1, 0x59, 0x28);
    case TaskState::Reported:
        return QColor(0x33, 0xa0, 0x2c);
    case TaskState::Closed:
        return QColor(0x1b, 0x5e, 0x20);
    case TaskState::Reopened:
        return QColor(0xe3, 0x1a, 0x8c);
    case TaskState::Cancelled:
        return QColor(0xa0, 0xa0, 0xa0);
    }
    return Qt::gray;
}

TaskLayer::TaskLayer(std::vector<TaskMarker> markers)
    : MapLayer(QStringLiteral("tasks"), tr("Open tasks")) {
    auto data = std::make_shared<TaskLayerData>();
    std::vector<QPointF> points;
    for (TaskMarker& m : markers) {
        if (task::TransitionTable::isFinal(m.state))
            continue;
        points.push_back(m.world);
        data->lonLatExtent = data->lonLatExtent.including(geo::WebMercator::toLonLat(m.world));
        data->markers.push_back(std::move(m));
    }
    data->grid = SpatialGrid(points, 500);
    m_data = std::move(data);
}

std::vector<TaskMarker> TaskLayer::markersFor(std::span<const task::BoardRow> rows,
                                              store::Database& db) {
    const store::CatalogRepository catalog(db);
    QHash<QString, QPointF> enterprises;
    for (const auto& e : catalog.enterprises())
        enterprises.insert(e.id, geo::WebMercator::fromLonLat(e.lon, e.lat));
    QHash<QString, QPointF> outlets;
    for (const auto& o : catalog.outlets())
        if (std::isfinite(o.lon) && std::isfinite(o.lat) && (o.lon != 0 || o.lat != 0))
            outlets.insert(o.id, geo::WebMercator::fromLonLat(o.lon, o.lat));
    std::vector<TaskMarker> out;
    for (const task::BoardRow& r : rows) {
        if (task::TransitionTable::isFinal(r.task.state))
            continue;
        std::optional<QPointF> at;
        if (const auto it = outlets.constFind(r.task.outletId); it != outlets.constEnd())
            at = *it;
        else if (const auto e = enterprises.constFind(r.task.enterpriseId);
                 e != enterprises.constEnd())
            at = *e;
        if (!at)
            continue;
        out.push_back({r.task.id, r.task.title, r.task.state, r.task.severity, r.overdue, *at});
    }
    return out;
}

std::unique_ptr<MapLayerRenderer> TaskLayer::createRenderer(const MapSettings&) const {
    return std::make_unique<TaskRenderer>(m_data);
}

std::optional<FeatureHit> TaskLayer::hitTest(const MapSettings& s, QPointF pixel,
                                             double radiusPx) const {
    if (!s.isWebMercator() || !s.hasValidExtent())
        return std::nullopt;
    const double reach = radiusPx + kSize / 2;
    const auto i = m_data->grid.nearest(s.pixelToWorld(pixel), reach * s.mapUnitsPerPixel());
    if (!i)
        return std::nullopt;
    const TaskMarker& m = m_data->markers[static_cast<std::size_t>(*i)];
    const QPointF d = s.worldToPixel(m.world) - pixel;
    FeatureHit h;
    h.layerId = id();
    h.kind = QStringLiteral("task");
    h.featureId = m.taskId;
    h.name = m.title;
    h.world = m.world;
    h.distancePx = std::hypot(d.x(), d.y());
    h.attributes = {{QStringLiteral("state"), task::toString(m.state)},
                    {QStringLiteral("severity"), task::toString(m.severity)},
                    {QStringLiteral("overdue"), m.overdue}};
    return h;
}

} // namespace eco::render
