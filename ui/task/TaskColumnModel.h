// TaskColumnModel: the cards of one board column (one task state) as a flat list model over the
// board query's rows. Rows are replaced wholesale on reload (a board of 10,000 tasks is rebuilt
// in a few milliseconds, cheaper and simpler than diffing). A card drags as the task id and its
// state under kMimeType; the drop itself is handled by the board, which asks core first.
#pragma once

#include "core/task/TaskService.h"
#include "core/task/TaskTypes.h"

#include <QAbstractListModel>

#include <vector>

namespace eco::ui {

class TaskColumnModel : public QAbstractListModel {
    Q_OBJECT
public:
    static constexpr const char* kMimeType = "application/x-ecosentry-task";
    enum Role { TaskIdRole = Qt::UserRole + 1, OverdueRole, SeverityRole };

    explicit TaskColumnModel(task::TaskState state, QObject* parent = nullptr);

    task::TaskState state() const { return m_state; }
    void setRows(std::vector<task::BoardRow> rows);
    const task::BoardRow& row(int i) const { return m_rows[static_cast<std::size_t>(i)]; }
    int indexOf(const QString& taskId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }

    // The task id and state a drag carries, or an empty id for foreign data.
    static std::pair<QString, task::TaskState> decode(const QMimeData* mime);

private:
    task::TaskState m_state;
    std::vector<task::BoardRow> m_rows;
};

} // namespace eco::ui
