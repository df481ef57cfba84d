// TaskLog: the store side of the task event log. It reads a task's events, appends one event at
// the end of its chain (seq, prev_hash, hlc and hash computed here, inside the caller's write
// transaction, so two processes appending at once are serialised by SQLite and each sees the
// other's event), and keeps the derived caches `tasks` and `task_attachments` in step.
// It checks nothing about workflow or permissions: that is TaskService's job.
#pragma once

#include "core/store/Statement.h"
#include "core/task/TaskEvent.h"
#include "core/task/TaskFold.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <functional>
#include <vector>

namespace eco::store {
class Database;
}

namespace eco::task {

class TaskLog {
public:
    explicit TaskLog(store::Database& db);

    // Events of one task in merge order (hlc, node, id); empty when the task does not exist.
    std::vector<TaskEvent> events(const QString& taskId) const;

    // Appends one event after the task's head (its last event in merge order, which after a
    // sync may be another replica's): seq = head seq + 1, prev_hash = head hash, hlc past every
    // stamp in the store (so past everything pulled) and past the wall clock. Must run inside a
    // write transaction, after nodeId().
    TaskEvent append(const QString& eventId, const QString& taskId, const QString& actor,
                     const QString& kind, const QJsonObject& payload, std::int64_t nowMs);

    // Rewrites the task's row in the `tasks` cache (and its attachment rows) from a fold.
    void writeSnapshot(const TaskSnapshot& snapshot);
    void recordAttachments(const TaskEvent& event);

    // Rebuilds both caches from the log for every task (after a sync or a repair).
    void rebuildCaches();

    // This store's replica id (meta key node_id), made with `makeId` on first use inside a
    // write; append() stamps it on every event.
    QString nodeId(const std::function<QString()>& makeId);

    // The full id for a unique prefix (>= 4 characters) of a task id; empty when none or many.
    QStringList matchTaskIds(const QString& prefix) const;

private:
    store::Database& m_db;
    QString m_node;
    store::Statement m_selectEvents;
    store::Statement m_head;
    store::Statement m_maxHlc;
    store::Statement m_insert;
    store::Statement m_upsertTask;
    store::Statement m_insertAttachment;
};

} // namespace eco::task
