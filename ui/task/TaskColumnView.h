// TaskColumnView: the list view of one board column. It starts drags itself (a card is never
// removed by the drag: the board reloads after core accepted the move), shows whether the
// dragged card may land here (greyed when the user's role or the workflow does not allow it) and
// hands every drop of a card to the board, which applies or explains the refusal.
#pragma once

#include "core/task/TaskTypes.h"

#include <QListView>

#include <optional>

namespace eco::ui {

class TaskColumnView : public QListView {
    Q_OBJECT
public:
    TaskColumnView(task::TaskState state, QWidget* parent = nullptr);

    task::TaskState state() const { return m_state; }
    // nullopt: no drag under way; true/false: the dragged card may/may not land here.
    void setDropAllowed(std::optional<bool> allowed);
    std::optional<bool> dropAllowed() const { return m_dropAllowed; }

signals:
    void dragStarted(const QString& taskId, eco::task::TaskState from);
    void dragEnded();
    void cardDropped(const QString& taskId, eco::task::TaskState target);
    void cardActivated(const QString& taskId);

protected:
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    task::TaskState m_state;
    std::optional<bool> m_dropAllowed;
};

} // namespace eco::ui
