#include "core/task/TaskService.h"

#include "core/store/Database.h"
#include "core/task/PermissionMatrix.h"
#include "core/task/TaskError.h"
#include "core/task/TransitionTable.h"
#include "core/task/UserDirectory.h"

#include <sqlite3.h>

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

#include <cmath>

namespace eco::task {

namespace {

using Kind = TaskError::Kind;

// A transaction of its own, or a savepoint when the caller (the seeder, a sync import) already
// holds one, so many actions can be batched atomically.
class WriteScope {
public:
    explicit WriteScope(store::Database& db) {
        if (sqlite3_get_autocommit(db.handle()))
            m_tx.emplace(db);
        else
            m_sp.emplace(db, "task_action");
    }
    void commit() {
        if (m_tx)
            m_tx->commit();
        else
            m_sp->release();
    }

private:
    std::optional<store::Transaction> m_tx;
    std::optional<store::Savepoint> m_sp;
};

UserAccount loadActor(const store::Database& db, const QString& actor) {
    // UserDirectory::find only reads; the directory's hasher is never used here.
    const auto user = UserDirectory(const_cast<store::Database&>(db)).find(actor);
    if (!user || user->disabled)
        throw TaskError(Kind::PermissionDenied,
                        QStringLiteral("user '%1' is unknown or disabled").arg(actor));
    return *user;
}

void requirePermission(const UserAccount& user, Permission p, const QString& what) {
    if (!PermissionMatrix::allows(user.role, p))
        throw TaskError(Kind::PermissionDenied, QStringLiteral("user '%1' (%2) may not %3")
                                                    .arg(user.username, toString(user.role), what));
}

void requireDistrict(const UserAccount& user, const QString& taskId, const QString& district) {
    if (!user.district.isEmpty() && district != user.district)
        throw TaskError(Kind::PermissionDenied,
                        QStringLiteral("task %1 is in district '%2'; user '%3' works in district "
                                       "'%4' only")
                            .arg(taskId, district, user.username, user.district));
}

bool isAssigned(const UserAccount& user, const TaskSnapshot& s) {
    return s.officer == user.username || (!s.team.isEmpty() && s.team == user.team);
}

QString allowedActions(TaskState state) {
    QStringList out;
    for (const Transition& t : TransitionTable::rows())
        if (t.from == state)
            out << toString(t.action);
    return out.isEmpty() ? QStringLiteral("none") : out.join(QStringLiteral(", "));
}

QString outcomeFor(const DisposalReport& r) {
    switch (r.conclusion) {
    case Conclusion::ViolationConfirmed:
        return QStringLiteral("confirmed_violation");
    case Conclusion::DataFault:
        return QStringLiteral("data_quality_fault");
    case Conclusion::NotConfirmed:
        break;
    }
    return r.outcome.isEmpty() ? QStringLiteral("false_alarm") : r.outcome;
}

Severity severityFromClue(std::int64_t level) {
    if (level >= 3)
        return Severity::High;
    if (level == 2)
        return Severity::Medium;
    return Severity::Low;
}

QString requireText(const QString& text, const char* field) {
    const QString t = text.trimmed();
    if (t.isEmpty())
        throw TaskError(Kind::InvalidInput,
                        QStringLiteral("%1: must not be empty").arg(QLatin1String(field)));
    return t;
}

void putIfSet(QJsonObject& o, const char* key, const QString& value) {
    if (!value.trimmed().isEmpty())
        o.insert(QLatin1String(key), value.trimmed());
}

QJsonArray attachmentArray(const AttachmentStore& store, const QStringList& files) {
    QJsonArray out;
    for (const QString& f : files) {
        const Attachment a = store.add(f);
        out.append(QJsonObject{{QStringLiteral("name"), a.name},
                               {QStringLiteral("sha256"), a.sha256},
                               {QStringLiteral("size"), static_cast<double>(a.size)}});
    }
    return out;
}

void updateClue(store::Database& db, const QString& clueId, const QString& status,
                const std::optional<QString>& outcome, bool clearOutcome, std::int64_t now) {
    if (clueId.isEmpty())
        return;
    if (outcome || clearOutcome) {
        auto st = db.prepare("UPDATE clues SET status=?2, outcome=?3, updated_ts=?4 WHERE id=?1");
        st.bind(1, clueId).bind(2, status);
        if (outcome)
            st.bind(3, *outcome);
        else
            st.bindNull(3);
        st.bind(4, now).execute();
    } else {
        auto st = db.prepare("UPDATE clues SET status=?2, updated_ts=?3 WHERE id=?1");
        st.bind(1, clueId).bind(2, status).bind(3, now).execute();
    }
}

TaskSnapshot readBoardRow(const store::Statement& st) {
    TaskSnapshot s;
    s.id = st.text(0);
    s.title = st.text(1);
    s.severity = parseSeverity(st.text(2)).value_or(Severity::Medium);
    s.state = parseTaskState(st.text(3)).value_or(TaskState::Created);
    s.district = st.text(4);
    s.clueId = st.text(5);
    s.enterpriseId = st.text(6);
    s.outletId = st.text(7);
    s.team = st.text(8);
    s.officer = st.text(9);
    s.createdTs = st.int64(10);
    if (!st.isNull(11))
        s.dispatchedTs = st.int64(11);
    if (!st.isNull(12))
        s.deadlineTs = st.int64(12);
    s.updatedTs = st.int64(13);
    s.conclusion = st.text(14);
    s.eventCount = st.integer(15);
    s.headHash = st.text(16);
    return s;
}

} // namespace

TaskRuntime TaskRuntime::system() {
    return {[] { return QDateTime::currentMSecsSinceEpoch(); },
            [] { return QUuid::createUuid().toString(QUuid::WithoutBraces); }};
}

TaskService::TaskService(store::Database& db, TaskRuntime runtime)
    : m_db(db), m_runtime(std::move(runtime)), m_attachments(db.path()), m_log(db) {}

QString TaskService::create(const QString& actor, const CreateRequest& r) {
    WriteScope scope(m_db);
    const UserAccount user = loadActor(m_db, actor);
    requirePermission(user, Permission::CreateTask, QStringLiteral("create tasks"));

    QString title = r.title.trimmed();
    QString district = r.district.trimmed();
    QString enterprise = r.enterpriseId.trimmed();
    QString outlet = r.outletId.trimmed();
    std::optional<Severity> severity = r.severity;
    if (!r.clueId.isEmpty()) {
        auto st = m_db.prepare("SELECT subject_kind, subject_id, severity, district, summary, "
                               "rule FROM clues WHERE id=?1");
        st.bind(1, r.clueId);
        if (!st.step())
            throw TaskError(Kind::NotFound,
                            QStringLiteral("clue '%1' does not exist").arg(r.clueId));
        const QString kind = st.text(0);
        if (kind == QLatin1String("enterprise") && enterprise.isEmpty())
            enterprise = st.text(1);
        if (kind == QLatin1String("outlet") && outlet.isEmpty())
            outlet = st.text(1);
        if (!severity)
            severity = severityFromClue(st.int64(2));
        if (district.isEmpty())
            district = st.text(3);
        if (title.isEmpty())
            title = st.text(4).isEmpty() ? st.text(5) + u' ' + st.text(1) : st.text(4);
    }
    if (!outlet.isEmpty()) {
        auto st = m_db.prepare("SELECT enterprise_id FROM outlets WHERE id=?1");
        st.bind(1, outlet);
        if (!st.step())
            throw TaskError(Kind::NotFound,
                            QStringLiteral("outlet '%1' does not exist").arg(outlet));
        if (enterprise.isEmpty())
            enterprise = st.text(0);
    }
    if (!enterprise.isEmpty()) {
        auto st = m_db.prepare("SELECT name, district FROM enterprises WHERE id=?1");
        st.bind(1, enterprise);
        if (!st.step())
            throw TaskError(Kind::NotFound,
                            QStringLiteral("enterprise '%1' does not exist").arg(enterprise));
        if (title.isEmpty())
            title = st.text(0);
        if (district.isEmpty())
            district = st.text(1);
    }
    if (title.isEmpty())
        throw TaskError(Kind::InvalidInput,
                        QStringLiteral("title: needed when no clue or enterprise names the task"));
    if (district.isEmpty())
        district = user.district;
    const QString taskId = m_runtime.newUuid();
    requireDistrict(user, taskId, district);

    QJsonObject p{{QStringLiteral("title"), title},
                  {QStringLiteral("severity"), toString(severity.value_or(Severity::Medium))},
                  {QStringLiteral("district"), district}};
    putIfSet(p, "clue_id", r.clueId);
    putIfSet(p, "enterprise_id", enterprise);
    putIfSet(p, "outlet_id", outlet);
    putIfSet(p, "note", r.note);

    m_log.nodeId(m_runtime.newUuid);
    const TaskEvent e = m_log.append(m_runtime.newUuid(), taskId, actor,
                                     eventKind(TaskAction::Create), p, m_runtime.nowMs());
    const std::vector<TaskEvent> events{e};
    m_log.writeSnapshot(*TaskFold::fold(events));
    updateClue(m_db, r.clueId, QStringLiteral("tasked"), std::nullopt, false, e.ts);
    scope.commit();
    return taskId;
}

TaskEvent TaskService::perform(const QString& actor, const QString& taskId, TaskAction action,
                               QJsonObject payload) {
    WriteScope scope(m_db);
    const UserAccount user = loadActor(m_db, actor);
    const Permission perm = PermissionMatrix::forAction(action);
    requirePermission(
        user, perm,
        QStringLiteral("%1 tasks (%2)").arg(toString(action), PermissionMatrix::toString(perm)));
    std::vector<TaskEvent> events = m_log.events(taskId);
    const auto before = TaskFold::fold(events);
    if (!before)
        throw TaskError(Kind::NotFound, QStringLiteral("task %1 does not exist").arg(taskId));
    requireDistrict(user, taskId, before->district);
    const bool fieldWork = action == TaskAction::Accept || action == TaskAction::Arrive ||
                           action == TaskAction::VerifySite || action == TaskAction::Report;
    if (fieldWork && TransitionTable::next(before->state, action) && !isAssigned(user, *before))
        throw TaskError(Kind::PermissionDenied,
                        QStringLiteral("task %1 is assigned to team '%2'%3; user '%4' (team "
                                       "'%5') may not %6 it")
                            .arg(taskId, before->team,
                                 before->officer.isEmpty()
                                     ? QString()
                                     : QStringLiteral(" and officer '%1'").arg(before->officer),
                                 actor, user.team, toString(action)));
    if (!TransitionTable::next(before->state, action))
        throw TaskError(Kind::IllegalTransition,
                        QStringLiteral("task %1 is %2: cannot %3 it (possible in this state: %4)")
                            .arg(taskId, toString(before->state), toString(action),
                                 allowedActions(before->state)));

    const std::int64_t nowMs = m_runtime.nowMs();
    const std::int64_t now = nowMs / 1000;
    if (action == TaskAction::Dispatch) {
        const QString team = requireText(payload.value(QLatin1String("team")).toString(), "team");
        const QString officer = payload.value(QLatin1String("officer")).toString();
        if (!officer.isEmpty()) {
            const auto o = UserDirectory(m_db).find(officer);
            if (!o || o->disabled || o->role != Role::FieldOfficer)
                throw TaskError(
                    Kind::InvalidInput,
                    QStringLiteral("officer '%1': not an enabled field officer").arg(officer));
        }
        UserDirectory::ensureTeam(m_db, team, before->district, now);
        if (!payload.contains(QLatin1String("deadline_ts")))
            payload.insert(QStringLiteral("deadline_ts"),
                           static_cast<double>(DeadlinePolicy::fromStore(m_db).deadlineFrom(
                               now, before->severity)));
        else if (payload.value(QLatin1String("deadline_ts")).toDouble() <= now)
            throw TaskError(Kind::InvalidInput, QStringLiteral("deadline: must be later than now"));
    }
    // Files are copied only once every check passed, so a refused action leaves nothing behind.
    if (payload.contains(QLatin1String("attachment_files"))) {
        QStringList files;
        for (const QJsonValue& v : payload.take(QLatin1String("attachment_files")).toArray())
            files << v.toString();
        if (!files.isEmpty())
            payload.insert(QStringLiteral("attachments"), attachmentArray(m_attachments, files));
    }

    m_log.nodeId(m_runtime.newUuid);
    const TaskEvent e =
        m_log.append(m_runtime.newUuid(), taskId, actor, eventKind(action), payload, nowMs);
    events.push_back(e);
    const auto after = TaskFold::fold(events);
    m_log.writeSnapshot(*after);
    m_log.recordAttachments(e);

    switch (action) {
    case TaskAction::Report:
        updateClue(m_db, after->clueId, QStringLiteral("reported"),
                   payload.value(QLatin1String("outcome")).toString(), false, now);
        break;
    case TaskAction::Close:
        updateClue(m_db, after->clueId, QStringLiteral("closed"), std::nullopt, false, now);
        break;
    case TaskAction::Reopen:
        updateClue(m_db, after->clueId, QStringLiteral("tasked"), std::nullopt, true, now);
        break;
    case TaskAction::Cancel:
        updateClue(m_db, after->clueId, QStringLiteral("new"), std::nullopt, false, now);
        break;
    default:
        break;
    }
    scope.commit();
    return e;
}

TaskEvent TaskService::dispatch(const QString& actor, const QString& taskId,
                                const DispatchRequest& r) {
    QJsonObject p{{QStringLiteral("team"), r.team.trimmed()}};
    putIfSet(p, "officer", r.officer);
    putIfSet(p, "note", r.note);
    if (r.deadlineTs)
        p.insert(QStringLiteral("deadline_ts"), static_cast<double>(*r.deadlineTs));
    return perform(actor, taskId, TaskAction::Dispatch, p);
}

TaskEvent TaskService::accept(const QString& actor, const QString& taskId, const QString& note) {
    QJsonObject p;
    putIfSet(p, "note", note);
    return perform(actor, taskId, TaskAction::Accept, p);
}

TaskEvent TaskService::arrive(const QString& actor, const QString& taskId, const QString& note) {
    QJsonObject p;
    putIfSet(p, "note", note);
    return perform(actor, taskId, TaskAction::Arrive, p);
}

TaskEvent TaskService::verifySite(const QString& actor, const QString& taskId,
                                  const SiteVerification& v) {
    QJsonObject p{{QStringLiteral("findings"), requireText(v.findings, "findings")}};
    QJsonArray ms;
    for (std::size_t i = 0; i < v.measurements.size(); ++i) {
        const Measurement& m = v.measurements[i];
        const QString where = QStringLiteral("measurement %1: ").arg(i + 1);
        if (m.pollutant.trimmed().isEmpty() || m.unit.trimmed().isEmpty() ||
            !std::isfinite(m.value))
            throw TaskError(Kind::InvalidInput,
                            where + QStringLiteral("needs a pollutant, a finite value and a unit"));
        ms.append(QJsonObject{{QStringLiteral("pollutant"), m.pollutant.trimmed()},
                              {QStringLiteral("value"), m.value},
                              {QStringLiteral("unit"), m.unit.trimmed()}});
    }
    if (!ms.isEmpty())
        p.insert(QStringLiteral("measurements"), ms);
    putIfSet(p, "note", v.note);
    if (!v.attachmentFiles.isEmpty())
        p.insert(QStringLiteral("attachment_files"), QJsonArray::fromStringList(v.attachmentFiles));
    return perform(actor, taskId, TaskAction::VerifySite, p);
}

TaskEvent TaskService::report(const QString& actor, const QString& taskId,
                              const DisposalReport& r) {
    if (r.conclusion == Conclusion::NotConfirmed && !r.outcome.isEmpty() &&
        r.outcome != QLatin1String("explained") && r.outcome != QLatin1String("false_alarm"))
        throw TaskError(
            Kind::InvalidInput,
            QStringLiteral("outcome '%1': use explained or false_alarm").arg(r.outcome));
    if (r.conclusion != Conclusion::NotConfirmed && !r.outcome.isEmpty())
        throw TaskError(Kind::InvalidInput,
                        QStringLiteral("outcome: only for the conclusion not_confirmed"));
    if (r.conclusion != Conclusion::ViolationConfirmed &&
        (r.penaltyCny || r.rectificationDeadlineTs))
        throw TaskError(Kind::InvalidInput,
                        QStringLiteral("penalty and rectification deadline: only for the "
                                       "conclusion violation_confirmed"));
    if (r.penaltyCny && (!std::isfinite(*r.penaltyCny) || *r.penaltyCny < 0))
        throw TaskError(Kind::InvalidInput,
                        QStringLiteral("penalty: must be a non-negative amount"));
    QJsonObject p{{QStringLiteral("conclusion"), toString(r.conclusion)},
                  {QStringLiteral("outcome"), outcomeFor(r)},
                  {QStringLiteral("summary"), requireText(r.summary, "summary")}};
    if (r.penaltyCny)
        p.insert(QStringLiteral("penalty_cny"), *r.penaltyCny);
    if (r.rectificationDeadlineTs)
        p.insert(QStringLiteral("rectification_deadline_ts"),
                 static_cast<double>(*r.rectificationDeadlineTs));
    if (!r.attachmentFiles.isEmpty())
        p.insert(QStringLiteral("attachment_files"), QJsonArray::fromStringList(r.attachmentFiles));
    return perform(actor, taskId, TaskAction::Report, p);
}

TaskEvent TaskService::close(const QString& actor, const QString& taskId, const QString& note) {
    QJsonObject p;
    putIfSet(p, "note", note);
    return perform(actor, taskId, TaskAction::Close, p);
}

TaskEvent TaskService::reopen(const QString& actor, const QString& taskId, const QString& reason) {
    return perform(actor, taskId, TaskAction::Reopen,
                   {{QStringLiteral("reason"), requireText(reason, "reason")}});
}

TaskEvent TaskService::cancel(const QString& actor, const QString& taskId, const QString& reason) {
    return perform(actor, taskId, TaskAction::Cancel,
                   {{QStringLiteral("reason"), requireText(reason, "reason")}});
}

TaskEvent TaskService::comment(const QString& actor, const QString& taskId, const QString& text) {
    return perform(actor, taskId, TaskAction::Comment,
                   {{QStringLiteral("text"), requireText(text, "text")}});
}

TaskSnapshot TaskService::snapshot(const QString& actor, const QString& taskId) const {
    const UserAccount user = loadActor(m_db, actor);
    requirePermission(user, Permission::ViewTasks, QStringLiteral("view tasks"));
    const auto events = m_log.events(taskId);
    const auto snap = TaskFold::fold(events);
    if (!snap)
        throw TaskError(Kind::NotFound, QStringLiteral("task %1 does not exist").arg(taskId));
    requireDistrict(user, taskId, snap->district);
    return *snap;
}

std::vector<TaskEvent> TaskService::history(const QString& actor, const QString& taskId) const {
    snapshot(actor, taskId); // permission, existence and district
    return m_log.events(taskId);
}

std::vector<BoardRow> TaskService::board(const QString& actor, const BoardFilter& filter,
                                         std::int64_t now) const {
    const UserAccount user = loadActor(m_db, actor);
    requirePermission(user, Permission::ViewTasks, QStringLiteral("view tasks"));
    std::string sql = "SELECT id,title,severity,state,district,clue_id,enterprise_id,outlet_id,"
                      "team,officer,created_ts,dispatched_ts,deadline_ts,updated_ts,conclusion,"
                      "event_count,head_hash FROM tasks WHERE 1";
    if (!user.district.isEmpty())
        sql += " AND district=?1";
    if (filter.state)
        sql += " AND state=?2";
    if (filter.overdueOnly)
        sql += " AND deadline_ts < ?3 AND state IN ('dispatched','accepted','on_site','verified')";
    sql += " ORDER BY created_ts, id";
    auto st = m_db.prepare(sql);
    if (!user.district.isEmpty())
        st.bind(1, user.district);
    if (filter.state)
        st.bind(2, toString(*filter.state));
    if (filter.overdueOnly)
        st.bind(3, now);
    std::vector<BoardRow> out;
    while (st.step()) {
        BoardRow row{readBoardRow(st), false};
        row.overdue = row.task.isOverdue(now);
        out.push_back(std::move(row));
    }
    return out;
}

QString TaskService::resolveTaskId(const QString& prefixOrId) const {
    const QStringList ids = m_log.matchTaskIds(prefixOrId.trimmed().toLower());
    if (ids.size() == 1)
        return ids.front();
    if (ids.contains(prefixOrId.trimmed().toLower()))
        return prefixOrId.trimmed().toLower();
    if (ids.isEmpty())
        throw TaskError(Kind::NotFound,
                        QStringLiteral("task %1 does not exist (give at least 4 characters of "
                                       "its id)")
                            .arg(prefixOrId));
    throw TaskError(
        Kind::InvalidInput,
        QStringLiteral("task %1 is ambiguous: matches %2, ...").arg(prefixOrId, ids[0]));
}

} // namespace eco::task
