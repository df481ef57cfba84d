#include "core/clue/ClueRepository.h"

#include "core/clue/ClueError.h"
#include "core/store/Database.h"
#include "core/task/TaskService.h"
#include "core/task/UserDirectory.h"

#include <QDateTime>
#include <QJsonDocument>

#include <algorithm>

namespace eco::clue {

namespace {

using Kind = ClueError::Kind;

// The subject's name and position come from whichever catalogue row the subject points at.
constexpr const char* kFrom =
    " FROM clues c"
    " LEFT JOIN outlets o ON c.subject_kind='outlet' AND o.id=c.subject_id"
    " LEFT JOIN power_meters m ON c.subject_kind='meter' AND m.meter_id=c.subject_id"
    " LEFT JOIN enterprises e ON e.id=(CASE c.subject_kind WHEN 'enterprise' THEN c.subject_id"
    " WHEN 'outlet' THEN o.enterprise_id WHEN 'meter' THEN m.enterprise_id END)"
    " LEFT JOIN sites s ON c.subject_kind='site' AND s.id=c.subject_id";

constexpr const char* kColumns =
    "SELECT c.id, c.rule, c.subject_kind, c.subject_id, COALESCE(e.name, s.name, ''), c.start_ts,"
    " c.end_ts, c.severity, c.score, c.summary, c.district, c.industry, c.problem, c.status,"
    " COALESCE(c.outcome, ''), COALESCE(c.merged_into, ''), c.dismiss_reason, c.updated_ts,"
    " COALESCE(o.lon, e.lon, s.lon), COALESCE(o.lat, e.lat, s.lat)";

ClueRow readRow(const store::Statement& st) {
    ClueRow r;
    r.id = st.text(0);
    r.rule = st.text(1);
    r.subjectKind = st.text(2);
    r.subjectId = st.text(3);
    r.subjectName = st.text(4);
    r.startTs = st.int64(5);
    r.endTs = st.int64(6);
    r.severity = st.integer(7);
    r.score = st.real(8);
    r.summary = st.text(9);
    r.district = st.text(10);
    r.industry = st.text(11);
    r.problem = st.text(12);
    r.status = st.text(13);
    r.outcome = st.text(14);
    r.mergedInto = st.text(15);
    r.dismissReason = st.text(16);
    r.updatedTs = st.int64(17);
    r.lon = st.optionalReal(18);
    r.lat = st.optionalReal(19);
    return r;
}

// A WHERE clause with its parameters, bound in order.
struct Where {
    QString sql;
    QStringList texts;
    std::vector<std::int64_t> ints;
    std::vector<bool> isInt; // per parameter, in order
    std::vector<int> index;  // into texts or ints

    void addText(const QString& v) {
        isInt.push_back(false);
        index.push_back(static_cast<int>(texts.size()));
        texts << v;
    }
    void addInt(std::int64_t v) {
        isInt.push_back(true);
        index.push_back(static_cast<int>(ints.size()));
        ints.push_back(v);
    }
    void bind(store::Statement& st) const {
        for (std::size_t i = 0; i < isInt.size(); ++i) {
            const int p = static_cast<int>(i) + 1;
            if (isInt[i])
                st.bind(p, ints[static_cast<std::size_t>(index[i])]);
            else
                st.bind(p, texts[index[i]]);
        }
    }
};

QString likePattern(const QString& text) {
    QString t = text;
    t.replace(u'\\', QLatin1String("\\\\"));
    t.replace(u'%', QLatin1String("\\%"));
    t.replace(u'_', QLatin1String("\\_"));
    return u'%' + t + u'%';
}

Where buildWhere(const ClueFilter& f) {
    Where w;
    QStringList parts;
    if (!f.rules.isEmpty()) {
        QStringList any;
        for (const QString& r : f.rules) {
            const QString rule = r.trimmed().toUpper();
            if (rule.isEmpty())
                continue;
            if (rule.size() == 1) {
                any << QStringLiteral("c.rule LIKE ?");
                w.addText(rule + u'%');
            } else {
                any << QStringLiteral("c.rule=?");
                w.addText(rule);
            }
        }
        if (!any.isEmpty())
            parts << u'(' + any.join(QLatin1String(" OR ")) + u')';
    }
    if (!f.district.isEmpty()) {
        parts << QStringLiteral("c.district=?");
        w.addText(f.district);
    }
    if (!f.industry.isEmpty()) {
        parts << QStringLiteral("c.industry=?");
        w.addText(f.industry);
    }
    if (f.minSeverity > 1) {
        parts << QStringLiteral("c.severity>=?");
        w.addInt(f.minSeverity);
    }
    if (f.statuses.isEmpty()) {
        parts << QStringLiteral("c.status<>'merged'");
    } else {
        QStringList qs;
        for (const QString& s : f.statuses) {
            qs << QStringLiteral("?");
            w.addText(s);
        }
        parts << QStringLiteral("c.status IN (%1)").arg(qs.join(u','));
    }
    if (f.from) {
        parts << QStringLiteral("c.end_ts>?");
        w.addInt(*f.from);
    }
    if (f.to) {
        parts << QStringLiteral("c.start_ts<?");
        w.addInt(*f.to);
    }
    const QString text = f.text.trimmed();
    if (!text.isEmpty()) {
        parts << QStringLiteral(
            "(c.summary LIKE ? ESCAPE '\\' OR c.subject_id LIKE ? ESCAPE '\\' OR "
            "COALESCE(e.name, s.name, '') LIKE ? ESCAPE '\\' OR c.id LIKE ? ESCAPE '\\')");
        for (int i = 0; i < 4; ++i)
            w.addText(likePattern(text));
    }
    if (!parts.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + parts.join(QLatin1String(" AND "));
    return w;
}

QString orderBy(const ClueFilter& f) {
    QString col;
    switch (f.sort) {
    case ClueSortKey::Start:
        col = QStringLiteral("c.start_ts");
        break;
    case ClueSortKey::End:
        col = QStringLiteral("c.end_ts");
        break;
    case ClueSortKey::Rule:
        col = QStringLiteral("c.rule");
        break;
    case ClueSortKey::Severity:
        col = QStringLiteral("c.severity");
        break;
    case ClueSortKey::Score:
        col = QStringLiteral("c.score");
        break;
    case ClueSortKey::Status:
        col = QStringLiteral("c.status");
        break;
    case ClueSortKey::District:
        col = QStringLiteral("c.district");
        break;
    case ClueSortKey::Industry:
        col = QStringLiteral("c.industry");
        break;
    case ClueSortKey::Subject:
        col = QStringLiteral("COALESCE(e.name, s.name, c.subject_id)");
        break;
    }
    const QString dir = f.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    return QStringLiteral(" ORDER BY ") + col + dir + QStringLiteral(", c.id") + dir;
}

std::string utf8(const QString& s) {
    return s.toStdString();
}

QStringList distinct(const store::Database& db, const char* sql) {
    QStringList out;
    auto st = db.prepare(sql);
    while (st.step())
        out << st.text(0);
    return out;
}

bool isTaskStatus(const QString& s) {
    return s == QLatin1String(status::kTasked) || s == QLatin1String(status::kReported);
}

} // namespace

ClueRepository::ClueRepository(store::Database& db, Clock now) : m_db(db), m_now(std::move(now)) {
    if (!m_now)
        m_now = [] { return QDateTime::currentSecsSinceEpoch(); };
}

CluePage ClueRepository::query(const ClueFilter& filter, int offset, int limit) const {
    const Where w = buildWhere(filter);
    CluePage page;
    page.total = count(filter);
    auto st = m_db.prepare(utf8(
        QLatin1String(kColumns) + QLatin1String(kFrom) + w.sql + orderBy(filter) +
        QStringLiteral(" LIMIT %1 OFFSET %2").arg(std::max(0, limit)).arg(std::max(0, offset))));
    w.bind(st);
    while (st.step())
        page.rows.push_back(readRow(st));
    return page;
}

std::int64_t ClueRepository::count(const ClueFilter& filter) const {
    const Where w = buildWhere(filter);
    // The joins matter only for the free-text search on the subject's name.
    const QString from =
        filter.text.trimmed().isEmpty() ? QStringLiteral(" FROM clues c") : QLatin1String(kFrom);
    auto st = m_db.prepare(utf8(QStringLiteral("SELECT count(*)") + from + w.sql));
    w.bind(st);
    return st.step() ? st.int64(0) : 0;
}

std::optional<ClueRow> ClueRepository::find(const QString& id) const {
    auto st = m_db.prepare(
        utf8(QLatin1String(kColumns) + QLatin1String(kFrom) + QStringLiteral(" WHERE c.id=?1")));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readRow(st);
}

QJsonObject ClueRepository::evidence(const QString& id) const {
    auto st = m_db.prepare("SELECT evidence FROM clues WHERE id=?1");
    st.bind(1, id);
    if (!st.step())
        return {};
    return QJsonDocument::fromJson(st.text(0).toUtf8()).object();
}

std::vector<ClueActionRecord> ClueRepository::actions(const QString& clueId) const {
    auto st = m_db.prepare(
        "SELECT id, clue_id, ts, actor, action, detail FROM clue_actions WHERE clue_id=?1 "
        "ORDER BY ts, id");
    st.bind(1, clueId);
    std::vector<ClueActionRecord> out;
    while (st.step())
        out.push_back({st.int64(0), st.text(1), st.int64(2), st.text(3), st.text(4), st.text(5)});
    return out;
}

QStringList ClueRepository::districts() const {
    return distinct(m_db, "SELECT DISTINCT district FROM clues WHERE district<>'' ORDER BY 1");
}
QStringList ClueRepository::industries() const {
    return distinct(m_db, "SELECT DISTINCT industry FROM clues WHERE industry<>'' ORDER BY 1");
}
QStringList ClueRepository::rules() const {
    return distinct(m_db, "SELECT DISTINCT rule FROM clues ORDER BY 1");
}

std::optional<task::Role> ClueRepository::roleOf(const QString& actor) const {
    if (actor.isEmpty())
        return std::nullopt;
    const auto user = task::UserDirectory(m_db).find(actor);
    if (!user || user->disabled)
        return std::nullopt;
    return user->role;
}

bool ClueRepository::may(const QString& actor, ClueAction a, const ClueRow& clue,
                         QString* why) const {
    try {
        check(actor, a, clue);
        return true;
    } catch (const ClueError& e) {
        if (why)
            *why = e.message();
        return false;
    }
}

ClueRow ClueRepository::require(const QString& clueId) const {
    auto row = find(clueId.trimmed());
    if (!row)
        throw ClueError(Kind::NotFound, QStringLiteral("clue '%1' does not exist").arg(clueId));
    return *row;
}

void ClueRepository::check(const QString& actor, ClueAction a, const ClueRow& c) const {
    const auto user = actor.isEmpty() ? std::nullopt : task::UserDirectory(m_db).find(actor);
    if (!user || user->disabled)
        throw ClueError(Kind::PermissionDenied,
                        QStringLiteral("user '%1' is unknown or disabled").arg(actor));
    if (!CluePermissions::allows(user->role, a))
        throw ClueError(
            Kind::PermissionDenied,
            QStringLiteral("user '%1' (%2) may not %3 clues (needs %4)")
                .arg(actor, task::toString(user->role), CluePermissions::toString(a),
                     task::PermissionMatrix::toString(CluePermissions::permissionFor(a))));
    if (!user->district.isEmpty() && c.district != user->district)
        throw ClueError(Kind::PermissionDenied,
                        QStringLiteral("clue %1 is in district '%2'; user '%3' works in district "
                                       "'%4' only")
                            .arg(c.id, c.district, actor, user->district));
    const QString& s = c.status;
    auto refuse = [&](const QString& why) {
        throw ClueError(Kind::IllegalAction, QStringLiteral("clue %1 (status %2): cannot %3: %4")
                                                 .arg(c.id, s, CluePermissions::toString(a), why));
    };
    if (s == QLatin1String(status::kMerged) && a != ClueAction::Reopen)
        refuse(QStringLiteral("it was merged into %1; act on that clue").arg(c.mergedInto));
    switch (a) {
    case ClueAction::Dismiss:
    case ClueAction::Merge:
    case ClueAction::MakeTask:
        if (s != QLatin1String(status::kNew))
            refuse(QStringLiteral("only a new clue can be; reopen it first"));
        break;
    case ClueAction::RecordOutcome:
    case ClueAction::ChangeOutcome:
        if (s == QLatin1String(status::kDismissed))
            refuse(QStringLiteral("it was dismissed; reopen it first"));
        if (a == ClueAction::RecordOutcome && !c.outcome.isEmpty())
            refuse(QStringLiteral("its outcome is already %1; changing it needs reopen_task")
                       .arg(c.outcome));
        break;
    case ClueAction::Reopen:
        if (s == QLatin1String(status::kNew))
            refuse(QStringLiteral("it is open already"));
        if (isTaskStatus(s) || s == QLatin1String(status::kClosed))
            refuse(QStringLiteral("its task decides; reopen the task instead"));
        break;
    }
}

void ClueRepository::log(const QString& clueId, const QString& actor, const char* action,
                         const QJsonObject& detail, std::int64_t ts) {
    auto st = m_db.prepare(
        "INSERT INTO clue_actions(clue_id, ts, actor, action, detail) VALUES(?1,?2,?3,?4,?5)");
    st.bind(1, clueId).bind(2, ts).bind(3, actor).bind(4, action);
    st.bind(5, QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    st.execute();
}

void ClueRepository::dismiss(const QString& actor, const QString& clueId, const QString& reason) {
    const QString why = reason.trimmed();
    if (why.isEmpty())
        throw ClueError(Kind::InvalidInput,
                        QStringLiteral("clue %1: a dismissal needs a reason").arg(clueId));
    store::Transaction tx(m_db);
    const ClueRow c = require(clueId);
    check(actor, ClueAction::Dismiss, c);
    const std::int64_t now = m_now();
    auto st = m_db.prepare("UPDATE clues SET status='dismissed', dismiss_reason=?2, updated_ts=?3 "
                           "WHERE id=?1");
    st.bind(1, c.id).bind(2, why).bind(3, now).execute();
    log(c.id, actor, "dismiss", {{QStringLiteral("reason"), why}}, now);
    tx.commit();
}

void ClueRepository::merge(const QString& actor, const QString& clueId, const QString& survivorId) {
    store::Transaction tx(m_db);
    const ClueRow c = require(clueId);
    const ClueRow s = require(survivorId);
    if (c.id == s.id)
        throw ClueError(Kind::InvalidInput,
                        QStringLiteral("clue %1 cannot be merged into itself").arg(c.id));
    check(actor, ClueAction::Merge, c);
    if (s.status == QLatin1String(status::kMerged))
        throw ClueError(Kind::IllegalAction,
                        QStringLiteral("clue %1 was itself merged into %2; merge into that clue")
                            .arg(s.id, s.mergedInto));
    if (s.status == QLatin1String(status::kDismissed))
        throw ClueError(
            Kind::IllegalAction,
            QStringLiteral("clue %1 was dismissed; it cannot absorb %2").arg(s.id, c.id));
    // The survivor must be one the actor may act on too (district scope).
    ClueRow probe = s;
    probe.status = QLatin1String(status::kNew);
    QString why;
    if (!may(actor, ClueAction::Merge, probe, &why))
        throw ClueError(Kind::PermissionDenied, why);
    const std::int64_t now = m_now();
    const std::int64_t start = std::min(c.startTs, s.startTs);
    const std::int64_t end = std::max(c.endTs, s.endTs);
    auto grow = m_db.prepare("UPDATE clues SET start_ts=?2, end_ts=?3, severity=max(severity,?4),"
                             " updated_ts=?5 WHERE id=?1");
    grow.bind(1, s.id).bind(2, start).bind(3, end).bind(4, c.severity).bind(5, now).execute();
    auto fold =
        m_db.prepare("UPDATE clues SET status='merged', merged_into=?2, updated_ts=?3 WHERE id=?1");
    fold.bind(1, c.id).bind(2, s.id).bind(3, now).execute();
    log(c.id, actor, "merge",
        {{QStringLiteral("into"), s.id},
         {QStringLiteral("survivor_window_before"),
          QJsonObject{{QStringLiteral("start_ts"), double(s.startTs)},
                      {QStringLiteral("end_ts"), double(s.endTs)}}}},
        now);
    log(s.id, actor, "merge", {{QStringLiteral("absorbed"), c.id}}, now);
    tx.commit();
}

void ClueRepository::recordOutcome(const QString& actor, const QString& clueId, Outcome outcome,
                                   const QString& note) {
    store::Transaction tx(m_db);
    const ClueRow c = require(clueId);
    const bool change = !c.outcome.isEmpty();
    check(actor, change ? ClueAction::ChangeOutcome : ClueAction::RecordOutcome, c);
    const std::int64_t now = m_now();
    const QString newStatus =
        c.status == QLatin1String(status::kNew) ? QString::fromLatin1(status::kJudged) : c.status;
    auto st = m_db.prepare("UPDATE clues SET outcome=?2, outcome_ts=?3, outcome_by=?4, status=?5, "
                           "updated_ts=?3 WHERE id=?1");
    st.bind(1, c.id).bind(2, toString(outcome)).bind(3, now).bind(4, actor).bind(5, newStatus);
    st.execute();
    QJsonObject detail{{QStringLiteral("outcome"), toString(outcome)}};
    if (change)
        detail.insert(QStringLiteral("previous"), c.outcome);
    if (!note.trimmed().isEmpty())
        detail.insert(QStringLiteral("note"), note.trimmed());
    log(c.id, actor, "outcome", detail, now);
    tx.commit();
}

void ClueRepository::reopen(const QString& actor, const QString& clueId, const QString& reason) {
    const QString why = reason.trimmed();
    if (why.isEmpty())
        throw ClueError(Kind::InvalidInput,
                        QStringLiteral("clue %1: reopening needs a reason").arg(clueId));
    store::Transaction tx(m_db);
    const ClueRow c = require(clueId);
    check(actor, ClueAction::Reopen, c);
    const std::int64_t now = m_now();
    auto st = m_db.prepare("UPDATE clues SET status='new', merged_into=NULL, dismiss_reason='', "
                           "outcome=NULL, outcome_ts=NULL, outcome_by='', updated_ts=?2 "
                           "WHERE id=?1");
    st.bind(1, c.id).bind(2, now).execute();
    QJsonObject detail{{QStringLiteral("reason"), why}, {QStringLiteral("was"), c.status}};
    if (!c.outcome.isEmpty())
        detail.insert(QStringLiteral("outcome_was"), c.outcome);
    if (!c.mergedInto.isEmpty())
        detail.insert(QStringLiteral("merged_into_was"), c.mergedInto);
    log(c.id, actor, "reopen", detail, now);
    tx.commit();
}

QString ClueRepository::makeTask(const QString& actor, const QString& clueId,
                                 task::TaskService& tasks, const QString& note) {
    store::Transaction tx(m_db);
    const ClueRow c = require(clueId);
    check(actor, ClueAction::MakeTask, c);
    task::CreateRequest r;
    r.clueId = c.id;
    r.note = note;
    const QString taskId = tasks.create(actor, r); // sets the clue `tasked` (savepoint in tx)
    log(c.id, actor, "task", {{QStringLiteral("task_id"), taskId}}, m_now());
    tx.commit();
    return taskId;
}

} // namespace eco::clue
