// TaskBoardWidget: the task board: a column per state with the cards of the board query
// (TaskService::board, scoped to the user's district), filters (overdue only, my tasks,
// district), and drag and drop to advance a task. A drop is mapped to the one workflow action
// between the two states (TransitionTable); the board greys the columns the user's role may not
// drop on while a card is dragged, asks for the action's input (dispatch, site verification,
// report, reason) through the input provider and runs it through the workspace. A refused drop
// changes nothing and the reason from core is shown in the board's message bar.
#pragma once

#include "core/task/TaskFold.h"
#include "core/task/TaskTypes.h"
#include "ui/task/TaskWorkspace.h"

#include <QWidget>

#include <array>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;

namespace eco::ui {

class TaskColumnModel;
class TaskColumnView;

class TaskBoardWidget : public QWidget {
    Q_OBJECT
public:
    // Asks the user for what an action needs; nullopt when they cancel.
    using InputProvider = std::function<std::optional<ActionInput>(
        task::TaskAction, const task::TaskSnapshot&, QWidget* parent)>;

    explicit TaskBoardWidget(TaskWorkspace* workspace, QWidget* parent = nullptr);

    void setInputProvider(InputProvider provider) { m_input = std::move(provider); }

    int count(task::TaskState s) const;
    int totalCount() const;
    TaskColumnModel* columnModel(task::TaskState s) const;
    TaskColumnView* columnView(task::TaskState s) const;
    QString message() const;

    void setOverdueOnly(bool on);
    void setMyTasksOnly(bool on);
    void setDistrict(const QString& district); // empty: every district

    // What a drop of `taskId` on the column `target` does; true when an event was appended.
    bool requestTransition(const QString& taskId, task::TaskState target);
    // Greys the columns a card in state `from` may not be dropped on (nullopt: drag over).
    void previewDrop(std::optional<task::TaskState> from);

public slots:
    void reload();

signals:
    void taskActivated(const QString& taskId);
    void taskSelected(const QString& taskId);
    void loaded(int tasks);

private:
    void buildUi();
    void showMessage(const QString& text, bool error);
    std::optional<task::TaskSnapshot> rowSnapshot(const QString& taskId) const;

    TaskWorkspace* m_ws;
    InputProvider m_input;
    std::array<TaskColumnModel*, task::kAllStates.size()> m_models{};
    std::array<TaskColumnView*, task::kAllStates.size()> m_views{};
    std::array<QLabel*, task::kAllStates.size()> m_headers{};
    QCheckBox* m_overdue = nullptr;
    QCheckBox* m_mine = nullptr;
    QComboBox* m_district = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace eco::ui
