#include "core/task/TaskFold.h"

#include "core/task/CanonicalJson.h"
#include "core/task/TransitionTable.h"

#include <QJsonObject>

#include <algorithm>

namespace eco::task {

bool TaskSnapshot::isOverdue(std::int64_t now) const {
    return deadlineTs && TransitionTable::isDeadlineRunning(state) && now > *deadlineTs;
}

bool TaskFold::mergeLess(const TaskEvent& a, const TaskEvent& b) {
    if (a.hlc != b.hlc)
        return a.hlc < b.hlc;
    if (a.node != b.node)
        return a.node < b.node;
    return a.id < b.id;
}

std::optional<TaskSnapshot> TaskFold::fold(std::span<const TaskEvent> events) {
    std::vector<const TaskEvent*> order;
    order.reserve(events.size());
    for (const TaskEvent& e : events)
        order.push_back(&e);
    std::sort(order.begin(), order.end(),
              [](const TaskEvent* a, const TaskEvent* b) { return mergeLess(*a, *b); });

    std::optional<TaskSnapshot> snap;
    for (const TaskEvent* e : order) {
        const auto action = actionForEventKind(e->kind);
        const QJsonObject p = CanonicalJson::parseObject(e->payload);
        if (!action) {
            if (snap)
                snap->conflicts << e->id + QStringLiteral(": unknown kind '") + e->kind + u'\'';
            continue;
        }
        if (*action == TaskAction::Create) {
            if (snap) {
                snap->conflicts << e->id + QStringLiteral(": second 'created' event");
                continue;
            }
            TaskSnapshot s;
            s.id = e->taskId;
            s.title = p.value(QLatin1String("title")).toString();
            s.severity = parseSeverity(p.value(QLatin1String("severity")).toString())
                             .value_or(Severity::Medium);
            s.district = p.value(QLatin1String("district")).toString();
            s.clueId = p.value(QLatin1String("clue_id")).toString();
            s.enterpriseId = p.value(QLatin1String("enterprise_id")).toString();
            s.outletId = p.value(QLatin1String("outlet_id")).toString();
            s.createdBy = e->actor;
            s.createdTs = e->ts;
            s.updatedTs = e->ts;
            s.state = TaskState::Created;
            snap = std::move(s);
            continue;
        }
        if (!snap)
            continue; // events before the task exists: reported by the verifier, not folded
        const auto next = TransitionTable::next(snap->state, *action);
        if (!next) {
            snap->conflicts << e->id + QStringLiteral(": '") + e->kind +
                                   QStringLiteral("' is not allowed in state ") +
                                   toString(snap->state);
            continue;
        }
        switch (*action) {
        case TaskAction::Dispatch:
            snap->team = p.value(QLatin1String("team")).toString();
            snap->officer = p.value(QLatin1String("officer")).toString();
            snap->dispatchedTs = e->ts;
            if (p.contains(QLatin1String("deadline_ts")))
                snap->deadlineTs =
                    static_cast<std::int64_t>(p.value(QLatin1String("deadline_ts")).toDouble());
            else
                snap->deadlineTs.reset();
            break;
        case TaskAction::Accept:
            snap->officer = e->actor;
            break;
        case TaskAction::Report:
            snap->conclusion = p.value(QLatin1String("conclusion")).toString();
            break;
        case TaskAction::Reopen:
            snap->conclusion.clear();
            snap->deadlineTs.reset();
            break;
        default:
            break;
        }
        snap->state = *next;
        snap->updatedTs = std::max(snap->updatedTs, e->ts);
    }
    if (!snap)
        return std::nullopt;
    snap->eventCount = static_cast<int>(events.size());
    // The head is the last event in merge order: replicas that merged the same set agree on it
    // even when two of them appended to the task while apart (equal seq, different branches).
    const TaskEvent* head = nullptr;
    for (const TaskEvent& e : events) {
        if (!head || mergeLess(*head, e))
            head = &e;
        snap->lastHlc = std::max(snap->lastHlc, e.hlc);
    }
    snap->lastSeq = head->seq;
    snap->headHash = head->hash;
    return snap;
}

} // namespace eco::task
