// TaskService: the task workflow engine. Every action names the acting user; the service reads
// that user's current role, district and team from the store (so a role change or a disabled
// account takes effect at once), checks the PermissionMatrix, the district scope and, for field
// work, the assignment, folds the task's log, checks the TransitionTable and appends one event,
// then refreshes the derived caches and the linked clue in the same transaction. A refused
// action changes nothing and says why, naming the task, its state and the action.
// Clock and UUIDs are injected (TaskRuntime) so the demo seeder and the tests are deterministic.
#pragma once

#include "core/task/AttachmentStore.h"
#include "core/task/DeadlinePolicy.h"
#include "core/task/TaskEvent.h"
#include "core/task/TaskFold.h"
#include "core/task/TaskLog.h"
#include "core/task/TaskTypes.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace eco::store {
class Database;
}

namespace eco::task {

struct TaskRuntime {
    std::function<std::int64_t()> nowMs; // Unix milliseconds
    std::function<QString()> newUuid;    // lowercase, no braces
    static TaskRuntime system();
};

struct CreateRequest {
    QString title;                    // default: from the clue or the enterprise
    std::optional<Severity> severity; // default: from the clue, else medium
    QString clueId;
    QString enterpriseId;
    QString outletId;
    QString district; // default: the enterprise's district
    QString note;
};

struct DispatchRequest {
    QString team; // required; created when new
    QString officer;
    std::optional<std::int64_t> deadlineTs; // default: DeadlinePolicy from now
    QString note;
};

struct Measurement {
    QString pollutant;
    double value = 0;
    QString unit;
};

struct SiteVerification {
    QString findings;
    std::vector<Measurement> measurements;
    QStringList attachmentFiles;
    QString note;
};

struct DisposalReport {
    Conclusion conclusion = Conclusion::NotConfirmed;
    // For not_confirmed: explained (the data had a reason) or false_alarm (default).
    QString outcome;
    QString summary;
    std::optional<double> penaltyCny;
    std::optional<std::int64_t> rectificationDeadlineTs;
    QStringList attachmentFiles;
};

struct BoardFilter {
    std::optional<TaskState> state;
    bool overdueOnly = false;
};

struct BoardRow {
    TaskSnapshot task;
    bool overdue = false;
};

class TaskService {
public:
    TaskService(store::Database& db, TaskRuntime runtime = TaskRuntime::system());

    // Returns the new task's id.
    QString create(const QString& actor, const CreateRequest& request);
    TaskEvent dispatch(const QString& actor, const QString& taskId, const DispatchRequest& r);
    TaskEvent accept(const QString& actor, const QString& taskId, const QString& note = {});
    TaskEvent arrive(const QString& actor, const QString& taskId, const QString& note = {});
    TaskEvent verifySite(const QString& actor, const QString& taskId, const SiteVerification& v);
    TaskEvent report(const QString& actor, const QString& taskId, const DisposalReport& r);
    TaskEvent close(const QString& actor, const QString& taskId, const QString& note = {});
    TaskEvent reopen(const QString& actor, const QString& taskId, const QString& reason);
    TaskEvent cancel(const QString& actor, const QString& taskId, const QString& reason);
    TaskEvent comment(const QString& actor, const QString& taskId, const QString& text);

    TaskSnapshot snapshot(const QString& actor, const QString& taskId) const;
    std::vector<TaskEvent> history(const QString& actor, const QString& taskId) const;
    // The board from the `tasks` cache, scoped to the actor's district; overdue at `now` (s).
    std::vector<BoardRow> board(const QString& actor, const BoardFilter& filter,
                                std::int64_t now) const;

    // A full task id from a unique prefix of at least 4 characters.
    QString resolveTaskId(const QString& prefixOrId) const;

    const AttachmentStore& attachments() const { return m_attachments; }
    std::int64_t nowTs() const { return m_runtime.nowMs() / 1000; }

private:
    TaskEvent perform(const QString& actor, const QString& taskId, TaskAction action,
                      QJsonObject payload);

    store::Database& m_db;
    TaskRuntime m_runtime;
    AttachmentStore m_attachments;
    mutable TaskLog m_log;
};

} // namespace eco::task
