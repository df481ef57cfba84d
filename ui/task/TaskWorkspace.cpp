#include "ui/task/TaskWorkspace.h"

#include "core/store/CatalogRepository.h"
#include "core/task/PermissionMatrix.h"
#include "core/task/TaskError.h"
#include "core/task/TransitionTable.h"

namespace eco::ui {

using task::TaskAction;
using task::TaskState;

TaskWorkspace::TaskWorkspace(const QString& dbPath, task::TaskRuntime runtime, QObject* parent)
    : QObject(parent), m_path(dbPath),
      m_db(std::make_unique<store::Database>(store::Database::open(dbPath))),
      m_service(std::make_unique<task::TaskService>(*m_db, std::move(runtime))),
      m_users(std::make_unique<task::UserDirectory>(*m_db)) {
    const store::CatalogRepository catalog(*m_db);
    for (const auto& e : catalog.enterprises())
        m_enterpriseNames.insert(e.id, e.name);
    for (const auto& o : catalog.outlets())
        m_outletNames.insert(o.id,
                             o.mn.isEmpty() ? o.id : QStringLiteral("%1 (MN %2)").arg(o.id, o.mn));
}

TaskWorkspace::~TaskWorkspace() = default;

void TaskWorkspace::setActor(const QString& username) {
    m_account = username.isEmpty() ? std::nullopt : m_users->find(username);
    emit actorChanged();
}

bool TaskWorkspace::may(TaskAction action) const {
    return m_account && !m_account->disabled &&
           task::PermissionMatrix::allows(m_account->role,
                                          task::PermissionMatrix::forAction(action));
}

std::optional<TaskAction> TaskWorkspace::actionBetween(TaskState from, TaskState to) {
    if (from == to)
        return std::nullopt; // a drop on the own column (comment, re-dispatch) is no move
    for (const task::Transition& t : task::TransitionTable::rows())
        if (t.from == from && t.to == to && t.action != TaskAction::Comment)
            return t.action;
    return std::nullopt;
}

std::optional<TaskAction> TaskWorkspace::allowedAction(TaskState from, TaskState to) const {
    const auto a = actionBetween(from, to);
    return a && may(*a) ? a : std::nullopt;
}

bool TaskWorkspace::needsInput(TaskAction action) {
    switch (action) {
    case TaskAction::Dispatch:
    case TaskAction::VerifySite:
    case TaskAction::Report:
    case TaskAction::Reopen:
    case TaskAction::Cancel:
    case TaskAction::Comment:
        return true;
    default:
        return false;
    }
}

task::TaskEvent TaskWorkspace::apply(TaskAction action, const QString& taskId,
                                     const ActionInput& in) {
    if (!m_account)
        throw task::TaskError(task::TaskError::Kind::PermissionDenied,
                              tr("Nobody is signed in: the store is open read-only."));
    const QString who = m_account->username;
    task::TaskEvent ev;
    switch (action) {
    case TaskAction::Dispatch:
        ev = m_service->dispatch(who, taskId, in.dispatch);
        break;
    case TaskAction::Accept:
        ev = m_service->accept(who, taskId, in.text);
        break;
    case TaskAction::Arrive:
        ev = m_service->arrive(who, taskId, in.text);
        break;
    case TaskAction::VerifySite:
        ev = m_service->verifySite(who, taskId, in.site);
        break;
    case TaskAction::Report:
        ev = m_service->report(who, taskId, in.report);
        break;
    case TaskAction::Close:
        ev = m_service->close(who, taskId, in.text);
        break;
    case TaskAction::Reopen:
        ev = m_service->reopen(who, taskId, in.text);
        break;
    case TaskAction::Cancel:
        ev = m_service->cancel(who, taskId, in.text);
        break;
    case TaskAction::Comment:
        ev = m_service->comment(who, taskId, in.text);
        break;
    case TaskAction::Create:
        throw task::TaskError(task::TaskError::Kind::InvalidInput,
                              tr("A task is created from a clue or an enterprise, not here."));
    }
    emit tasksChanged(taskId);
    return ev;
}

QString TaskWorkspace::enterpriseName(const QString& id) const {
    return m_enterpriseNames.value(id, id);
}

QString TaskWorkspace::outletName(const QString& id) const {
    return m_outletNames.value(id, id);
}

QStringList TaskWorkspace::teams() const {
    QStringList out;
    auto st = m_db->prepare("SELECT id FROM teams ORDER BY id");
    while (st.step())
        out << st.text(0);
    return out;
}

QStringList TaskWorkspace::officers(const QString& team) const {
    QStringList out;
    auto st = m_db->prepare("SELECT username FROM users WHERE role='field_officer' AND disabled=0 "
                            "AND (?1='' OR team=?1) ORDER BY username");
    st.bind(1, team);
    while (st.step())
        out << st.text(0);
    return out;
}

} // namespace eco::ui
