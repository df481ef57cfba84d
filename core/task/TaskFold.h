// TaskFold: derives a task's current snapshot from its events; the state is never stored as
// truth. Events are folded in merge order (hlc, node, id) so every replica holding the same set
// of events derives the same snapshot (DESIGN.md section 8). The fold is lenient where the
// writer is strict: an event that is illegal at its place in the merged order (two replicas
// accepted the same task offline, say) is kept in the log, skipped for the state and listed in
// `conflicts`, so nothing anyone recorded is lost and the result is still deterministic.
#pragma once

#include "core/task/TaskEvent.h"
#include "core/task/TaskTypes.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace eco::task {

struct TaskSnapshot {
    QString id;
    QString title;
    Severity severity = Severity::Medium;
    TaskState state = TaskState::Created;
    QString district;
    QString clueId;
    QString enterpriseId;
    QString outletId;
    QString team;
    QString officer;
    QString createdBy;
    std::int64_t createdTs = 0;
    std::optional<std::int64_t> dispatchedTs;
    std::optional<std::int64_t> deadlineTs;
    std::int64_t updatedTs = 0;
    QString conclusion; // from the last report, cleared on reopen
    int eventCount = 0;
    std::int64_t lastSeq = 0;
    std::int64_t lastHlc = 0;
    QString headHash;      // hash of the last event in merge order (the chain head)
    QStringList conflicts; // ids of events skipped by the fold, with the reason

    // Overdue: a deadline is running and `now` (Unix s) is past it.
    bool isOverdue(std::int64_t now) const;
};

class TaskFold {
public:
    // nullopt when there is no "created" event (no task at all).
    static std::optional<TaskSnapshot> fold(std::span<const TaskEvent> events);
    // Merge order: (hlc, node, id).
    static bool mergeLess(const TaskEvent& a, const TaskEvent& b);
};

} // namespace eco::task
