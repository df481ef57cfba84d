#include "ui/task/NotificationCenter.h"

#include "core/store/StoreError.h"
#include "core/task/TaskError.h"
#include "core/task/TransitionTable.h"
#include "ui/task/TaskText.h"
#include "ui/task/TaskWorkspace.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace eco::ui {

using task::Role;

QString Notification::text() const {
    switch (kind) {
    case Kind::NewTask:
        return NotificationCenter::tr("New task for you: %1").arg(title);
    case Kind::Overdue:
        return NotificationCenter::tr("Overdue: %1").arg(title);
    case Kind::Reported:
        return NotificationCenter::tr("Reported, waiting to be closed: %1").arg(title);
    }
    return title;
}

NotificationCenter::NotificationCenter(TaskWorkspace* workspace, QObject* parent)
    : QObject(parent), m_ws(workspace) {
    m_timer.setInterval(15000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        // Our own actions are polled as they happen (tasksChanged), so what a timed poll finds
        // was written by someone else.
        const std::int64_t before = m_lastHlc;
        poll();
        if (m_lastHlc != before)
            emit logAdvanced();
    });
    connect(m_ws, &TaskWorkspace::actorChanged, this, &NotificationCenter::restart);
    connect(m_ws, &TaskWorkspace::tasksChanged, this, &NotificationCenter::poll);
    restart();
}

int NotificationCenter::unreadCount() const {
    return static_cast<int>(
        std::count_if(m_items.begin(), m_items.end(), [](const auto& n) { return !n.read; }));
}

bool NotificationCenter::concernsMe(const QString& team, const QString& officer) const {
    const auto& me = m_ws->account();
    if (!me)
        return false;
    if (me->role == Role::FieldOfficer)
        return officer == me->username || (!me->team.isEmpty() && team == me->team);
    return me->role == Role::DutyOfficer || me->role == Role::Supervisor;
}

void NotificationCenter::add(Notification::Kind kind, const QString& taskId, const QString& title,
                             std::int64_t ts) {
    const QString key = QStringLiteral("%1:%2:%3").arg(static_cast<int>(kind)).arg(taskId).arg(ts);
    if (m_keys.contains(key))
        return;
    m_keys.insert(key);
    m_items.prepend({kind, taskId, title, ts, false});
}

void NotificationCenter::restart() {
    m_timer.stop();
    m_items.clear();
    m_keys.clear();
    m_overdueSeen.clear();
    m_lastHlc = 0;
    m_boardHlc = -1;
    m_nextDeadline.reset();
    const auto& me = m_ws->account();
    if (!me) {
        emit changed();
        return;
    }
    try {
        // What is already waiting for this user, then only events from now on.
        auto st = m_ws->database().prepare("SELECT coalesce(max(hlc), 0) FROM task_events");
        if (st.step())
            m_lastHlc = st.int64(0);
        for (const task::BoardRow& r : m_ws->service().board(me->username, {}, m_ws->now())) {
            const task::TaskSnapshot& t = r.task;
            if (t.state == task::TaskState::Dispatched && me->role == Role::FieldOfficer &&
                concernsMe(t.team, t.officer))
                add(Notification::Kind::NewTask, t.id, t.title, t.dispatchedTs.value_or(0));
            else if (t.state == task::TaskState::Reported && me->role == Role::Supervisor)
                add(Notification::Kind::Reported, t.id, t.title, t.updatedTs);
        }
    } catch (const task::TaskError&) {
    } catch (const store::StoreError&) {
    }
    poll();
    m_timer.start();
}

void NotificationCenter::poll() {
    const auto& me = m_ws->account();
    if (!me)
        return;
    const int before = static_cast<int>(m_items.size());
    try {
        auto st =
            m_ws->database().prepare("SELECT task_id, hlc, ts, kind, payload FROM task_events "
                                     "WHERE hlc > ?1 ORDER BY hlc");
        st.bind(1, m_lastHlc);
        while (st.step()) {
            m_lastHlc = std::max(m_lastHlc, st.int64(1));
            const QString kind = st.text(3);
            const QString taskId = st.text(0);
            const QJsonObject p = QJsonDocument::fromJson(st.text(4).toUtf8()).object();
            const bool dispatched = kind == QLatin1String("dispatched");
            const bool reported = kind == QLatin1String("reported");
            if (!dispatched && !reported)
                continue;
            if (dispatched && (me->role != Role::FieldOfficer ||
                               !concernsMe(p.value(QLatin1String("team")).toString(),
                                           p.value(QLatin1String("officer")).toString())))
                continue;
            if (reported && me->role != Role::Supervisor)
                continue;
            QString title;
            try {
                title = m_ws->service().snapshot(me->username, taskId).title;
            } catch (const task::TaskError&) {
                continue; // outside my district: not for me
            }
            add(dispatched ? Notification::Kind::NewTask : Notification::Kind::Reported, taskId,
                title, st.int64(2));
        }
        // The board query folds every task (tens of ms at 10,000 tasks) on the GUI thread, so it
        // runs only when it can find something new: events arrived, or a deadline has passed.
        const std::int64_t now = m_ws->now();
        const bool eventsArrived = m_lastHlc != m_boardHlc;
        if (m_boardHlc < 0 || eventsArrived || (m_nextDeadline && now >= *m_nextDeadline)) {
            m_boardHlc = m_lastHlc;
            m_nextDeadline.reset();
            for (const task::BoardRow& r : m_ws->service().board(me->username, {}, now)) {
                const task::TaskSnapshot& t = r.task;
                if (!r.overdue) {
                    if (t.deadlineTs && *t.deadlineTs > now &&
                        !task::TransitionTable::isFinal(t.state))
                        m_nextDeadline =
                            std::min(m_nextDeadline.value_or(*t.deadlineTs), *t.deadlineTs);
                    continue;
                }
                if (m_overdueSeen.contains(t.id) || !concernsMe(t.team, t.officer))
                    continue;
                m_overdueSeen.insert(t.id);
                add(Notification::Kind::Overdue, t.id, t.title, t.deadlineTs.value_or(0));
            }
        }
    } catch (const task::TaskError&) {
        return;
    } catch (const store::StoreError&) {
        return;
    }
    if (m_items.size() != before)
        emit changed();
}

void NotificationCenter::markAllRead() {
    for (Notification& n : m_items)
        n.read = true;
    emit changed();
}

void NotificationCenter::clear() {
    m_items.clear();
    emit changed();
}

} // namespace eco::ui
