// TaskWorkspace: what every task panel of the GUI shares: a read-write connection to the store,
// the TaskService and UserDirectory over it, the signed-in user and the enterprise names for
// cards. It is the one door from the widgets to core/task: panels ask it which transition a drag
// stands for and whether the user's role may do it (a convenience for greying; core checks again
// on every action) and run actions through apply(), which announces the change to every panel.
// A store without users gives a read-only workspace (no actor): panels show, never act.
#pragma once

#include "core/store/Database.h"
#include "core/task/TaskService.h"
#include "core/task/UserDirectory.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

namespace eco::ui {

// The input an action needs beyond the task id (only the part for that action is read).
struct ActionInput {
    task::DispatchRequest dispatch;
    task::SiteVerification site;
    task::DisposalReport report;
    QString text; // the note, the reason for reopen/cancel, or the comment
};

class TaskWorkspace : public QObject {
    Q_OBJECT
public:
    // Opens the store read-write. Throws store::StoreError naming the file.
    explicit TaskWorkspace(const QString& dbPath,
                           task::TaskRuntime runtime = task::TaskRuntime::system(),
                           QObject* parent = nullptr);
    ~TaskWorkspace() override;

    store::Database& database() { return *m_db; }
    task::TaskService& service() { return *m_service; }
    task::UserDirectory& users() { return *m_users; }
    QString storePath() const { return m_path; }

    // The signed-in user; empty for the read-only viewer of a store without users.
    void setActor(const QString& username);
    QString actor() const { return m_account ? m_account->username : QString(); }
    const std::optional<task::UserAccount>& account() const { return m_account; }
    bool readOnly() const { return !m_account; }
    bool may(task::TaskAction action) const;

    // The action that moves a task from `from` to `to` (TransitionTable), nullopt when none.
    static std::optional<task::TaskAction> actionBetween(task::TaskState from, task::TaskState to);
    // Same, and the user's role may do it.
    std::optional<task::TaskAction> allowedAction(task::TaskState from, task::TaskState to) const;
    static bool needsInput(task::TaskAction action);

    // Runs the action through TaskService; throws task::TaskError (shown as is) when refused.
    task::TaskEvent apply(task::TaskAction action, const QString& taskId, const ActionInput& in);

    std::int64_t now() const { return m_service->nowTs(); }
    QString enterpriseName(const QString& id) const;
    QString outletName(const QString& id) const;
    QStringList teams() const;
    QStringList officers(const QString& team = {}) const;

signals:
    void tasksChanged(const QString& taskId);
    void actorChanged();

private:
    QString m_path;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<task::TaskService> m_service;
    std::unique_ptr<task::UserDirectory> m_users;
    std::optional<task::UserAccount> m_account;
    QHash<QString, QString> m_enterpriseNames;
    QHash<QString, QString> m_outletNames;
};

} // namespace eco::ui
