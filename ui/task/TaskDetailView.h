// TaskDetailView: one task in full: a header (title, state, severity, deadline, links to the
// clue, the enterprise and the outlet), the event timeline read from the log (time in
// Asia/Shanghai, actor, kind, payload summary, the hash shortened with the full hash and the
// previous hash in a tooltip), the attachments cited by the events (name, size, SHA-256, open)
// and a button for every action the workflow and the user's role allow now.
#pragma once

#include "core/task/TaskEvent.h"
#include "core/task/TaskFold.h"

#include <QWidget>

#include <optional>
#include <vector>

class QHBoxLayout;
class QLabel;
class QTableWidget;

namespace eco::ui {

class TaskWorkspace;

class TaskDetailView : public QWidget {
    Q_OBJECT
public:
    explicit TaskDetailView(TaskWorkspace* workspace, QWidget* parent = nullptr);

    QString taskId() const { return m_taskId; }
    int timelineRows() const;
    int attachmentRows() const;
    QTableWidget* timeline() const { return m_timeline; }
    QStringList actionNames() const; // the action buttons shown, for tests

public slots:
    void showTask(const QString& taskId);
    void clear();
    void refresh();

signals:
    void linkActivated(const QString& kind, const QString& id); // clue / enterprise / outlet
    void exportRequested(const QString& taskId);

private:
    void runAction(int action);

    TaskWorkspace* m_ws;
    QString m_taskId;
    std::optional<task::TaskSnapshot> m_task;
    QLabel* m_header;
    QTableWidget* m_timeline;
    QTableWidget* m_files;
    QHBoxLayout* m_actions;
    QLabel* m_message;
};

} // namespace eco::ui
