// TaskLayer: the open enforcement tasks on the map, one disc per task at its outlet's position
// (else its enterprise's), filled with the colour of its state and circled in red when it is
// overdue. Closed and cancelled tasks are left out: the map shows the work still to do. The
// markers are built once from the board rows (already scoped to the user's district by
// TaskService) and the catalogue, and hit testing returns kind "task" with the task id.
#pragma once

#include "core/render/MapLayer.h"
#include "core/render/SpatialGrid.h"
#include "core/task/TaskService.h"
#include "core/task/TaskTypes.h"

#include <QColor>

#include <memory>
#include <span>
#include <vector>

namespace eco::store {
class Database;
}

namespace eco::render {

struct TaskMarker {
    QString taskId;
    QString title;
    task::TaskState state = task::TaskState::Created;
    task::Severity severity = task::Severity::Medium;
    bool overdue = false;
    QPointF world; // Web Mercator metres
};

struct TaskLayerData {
    std::vector<TaskMarker> markers;
    SpatialGrid grid;
    geo::GeoRect lonLatExtent;
};

class TaskLayer : public MapLayer {
public:
    explicit TaskLayer(std::vector<TaskMarker> markers);

    // Markers for the open tasks among `rows`, placed at their outlet or enterprise; tasks
    // whose subject has no position are skipped.
    static std::vector<TaskMarker> markersFor(std::span<const task::BoardRow> rows,
                                              store::Database& db);

    std::unique_ptr<MapLayerRenderer> createRenderer(const MapSettings& settings) const override;
    std::optional<FeatureHit> hitTest(const MapSettings& settings, QPointF pixel,
                                      double radiusPx) const override;
    geo::GeoRect lonLatExtent() const override { return m_data->lonLatExtent; }
    const TaskLayerData& data() const { return *m_data; }

    // The board, the map and the case file use the same colour for a state.
    static QColor stateColour(task::TaskState state);
    static QColor overdueColour() { return QColor(0xd7, 0x19, 0x1c); }
    static constexpr double kSize = 14; // DIP

private:
    std::shared_ptr<const TaskLayerData> m_data;
};

} // namespace eco::render
