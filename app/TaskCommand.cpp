// `ecosentry task ACTION ...`: the task workflow from the command line. Every action but verify
// authenticates --user (password from --password-file or ECOSENTRY_PASSWORD) and calls the core
// TaskService, which checks the role, the state and the assignment; this file only parses and
// prints. Exit 0 on success, 1 when the engine refuses or fails, 2 on a usage error.
#include "app/CliOptions.h"
#include "app/Commands.h"
#include "app/CsvField.h"

#include "core/model/Time.h"
#include "core/store/Database.h"
#include "core/store/StoreError.h"
#include "core/task/ChainVerifier.h"
#include "core/task/CredentialSource.h"
#include "core/task/TaskError.h"
#include "core/task/TaskService.h"
#include "core/task/UserDirectory.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace eco::app {

namespace {

using task::TaskError;

constexpr const char* kCmd = "task";

void printUsage() {
    std::fputs(
        "usage: ecosentry task ACTION [TASK] --db PATH --user NAME [--password-file FILE] ...\n"
        "  create   [--clue ID | --enterprise ID | --outlet ID] [--title T]\n"
        "           [--severity high|medium|low] [--district D] [--note N]\n"
        "  dispatch TASK --team T [--officer USER] [--deadline TIME] [--note N]\n"
        "  accept   TASK [--note N]\n"
        "  arrive   TASK [--note N]\n"
        "  verify-site TASK [FILE...] --findings TEXT\n"
        "           [--measurements 'POLLUTANT=VALUE UNIT;...'] [--note N]\n"
        "  report   TASK [FILE...] --conclusion violation_confirmed|not_confirmed|data_fault\n"
        "           --summary TEXT [--outcome explained|false_alarm] [--penalty CNY]\n"
        "           [--rectify-by TIME]\n"
        "  close    TASK [--note N]\n"
        "  reopen   TASK --reason TEXT\n"
        "  cancel   TASK --reason TEXT\n"
        "  comment  TASK --text TEXT\n"
        "  list     [--state S] [--overdue] [--at TIME] [--format text|csv|json]\n"
        "  show     TASK [--format text|json]\n"
        "  verify   --db PATH [--strict] [--skip-attachments] [--format text|json]\n"
        "           (no --user needed; --strict also checks every payload is canonical JSON)\n"
        "TASK is a task id or a unique prefix of at least 4 characters.\n"
        "The password comes from --password-file FILE or ECOSENTRY_PASSWORD, never the command "
        "line.\n",
        stderr);
}

int exitFor(const TaskError& e) {
    return failure(kCmd, e.message()) + (e.kind() == TaskError::Kind::InvalidInput ? 1 : 0);
}

std::optional<std::int64_t> timeOption(const CliOptions& o, const char* name, QString* error) {
    const QString v = o.value(QLatin1String(name));
    if (v.isEmpty())
        return std::nullopt;
    const auto t = model::parseUserTime(v);
    if (!t)
        *error = QStringLiteral("--%1 '%2': not a time (use 2024-06-01T08:00 or with an offset)")
                     .arg(QLatin1String(name), v);
    return t;
}

QString fmtTime(const std::optional<std::int64_t>& ts) {
    return ts ? model::formatIsoLocal(*ts) : QString();
}

QJsonObject snapshotJson(const task::TaskSnapshot& s, bool overdue) {
    QJsonObject o{{QStringLiteral("id"), s.id},
                  {QStringLiteral("title"), s.title},
                  {QStringLiteral("severity"), task::toString(s.severity)},
                  {QStringLiteral("state"), task::toString(s.state)},
                  {QStringLiteral("district"), s.district},
                  {QStringLiteral("clue_id"), s.clueId},
                  {QStringLiteral("enterprise_id"), s.enterpriseId},
                  {QStringLiteral("outlet_id"), s.outletId},
                  {QStringLiteral("team"), s.team},
                  {QStringLiteral("officer"), s.officer},
                  {QStringLiteral("created"), model::formatIsoLocal(s.createdTs)},
                  {QStringLiteral("deadline"), fmtTime(s.deadlineTs)},
                  {QStringLiteral("updated"), model::formatIsoLocal(s.updatedTs)},
                  {QStringLiteral("conclusion"), s.conclusion},
                  {QStringLiteral("overdue"), overdue},
                  {QStringLiteral("events"), s.eventCount}};
    return o;
}

std::optional<std::vector<task::Measurement>> parseMeasurements(const QString& text,
                                                                QString* error) {
    std::vector<task::Measurement> out;
    for (const QString& item : text.split(u';', Qt::SkipEmptyParts)) {
        const auto eq = item.indexOf(u'=');
        const QString rest = eq > 0 ? item.mid(eq + 1).trimmed() : QString();
        const auto sp = rest.indexOf(u' ');
        bool ok = false;
        const double v = sp > 0 ? rest.left(sp).toDouble(&ok) : 0;
        if (eq <= 0 || sp <= 0 || !ok) {
            *error = QStringLiteral("--measurements '%1': use POLLUTANT=VALUE UNIT, e.g. "
                                    "a21026=85 mg/m3")
                         .arg(item.trimmed());
            return std::nullopt;
        }
        out.push_back({item.left(eq).trimmed(), v, rest.mid(sp + 1).trimmed()});
    }
    return out;
}

int runVerify(const CliOptions& opts) {
    const QString path = opts.dbPath();
    if (!QFileInfo::exists(path))
        return failure(kCmd, path + QStringLiteral(": store does not exist"));
    const auto db = store::Database::open(path, store::Database::Mode::ReadOnly);
    const task::AttachmentStore files(path);
    const auto report = task::ChainVerifier::verify(
        db, files,
        {!opts.has(QStringLiteral("skip-attachments")), opts.has(QStringLiteral("strict"))});
    if (opts.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonArray problems;
        for (const auto& p : report.problems)
            problems.append(QJsonObject{{QStringLiteral("task_id"), p.taskId},
                                        {QStringLiteral("event_id"), p.eventId},
                                        {QStringLiteral("seq"), static_cast<double>(p.seq)},
                                        {QStringLiteral("problem"), p.what}});
        const QJsonObject o{
            {QStringLiteral("ok"), report.ok()},
            {QStringLiteral("tasks"), static_cast<double>(report.tasks)},
            {QStringLiteral("events"), static_cast<double>(report.events)},
            {QStringLiteral("attachments"), static_cast<double>(report.attachments)},
            {QStringLiteral("heads_digest"), report.headsDigest},
            {QStringLiteral("problems"), problems}};
        std::fputs(QJsonDocument(o).toJson().constData(), stdout);
    } else {
        for (const auto& p : report.problems)
            std::fprintf(stdout, "FAIL %s\n", qPrintable(p.toText()));
        std::fprintf(stdout,
                     "%s: %lld tasks, %lld events, %lld attachments checked; %zu "
                     "problem(s)\nchain heads digest: %s\n",
                     report.ok() ? "OK" : "TAMPERED", static_cast<long long>(report.tasks),
                     static_cast<long long>(report.events),
                     static_cast<long long>(report.attachments), report.problems.size(),
                     qPrintable(report.headsDigest));
    }
    return report.ok() ? 0 : 1;
}

void printList(const std::vector<task::BoardRow>& rows, const QString& format) {
    if (format == QLatin1String("json")) {
        QJsonArray a;
        for (const auto& r : rows)
            a.append(snapshotJson(r.task, r.overdue));
        std::fputs(QJsonDocument(a).toJson().constData(), stdout);
        return;
    }
    if (format == QLatin1String("csv")) {
        std::fputs("id,state,severity,deadline,overdue,team,officer,district,clue_id,"
                   "enterprise_id,title\n",
                   stdout);
        for (const auto& r : rows) {
            const auto& t = r.task;
            const QStringList f{t.id,
                                task::toString(t.state),
                                task::toString(t.severity),
                                fmtTime(t.deadlineTs),
                                r.overdue ? QStringLiteral("1") : QStringLiteral("0"),
                                t.team,
                                t.officer,
                                t.district,
                                t.clueId,
                                t.enterpriseId,
                                t.title};
            QStringList out;
            for (const QString& s : f)
                out << csvField(s);
            std::fprintf(stdout, "%s\n", qPrintable(out.join(u',')));
        }
        return;
    }
    for (const auto& r : rows) {
        const auto& t = r.task;
        std::fprintf(stdout, "%-8s  %-10s %-6s %-16s %-7s %-12s %s\n", qPrintable(t.id.left(8)),
                     qPrintable(task::toString(t.state)), qPrintable(task::toString(t.severity)),
                     qPrintable(t.deadlineTs ? model::formatLocal(*t.deadlineTs) : QString()),
                     r.overdue ? "OVERDUE" : "", qPrintable(t.team), qPrintable(t.title));
    }
    std::fprintf(stdout, "%zu task(s)\n", rows.size());
}

void printShow(const task::TaskSnapshot& s, const std::vector<task::TaskEvent>& events,
               bool overdue, const QString& format) {
    if (format == QLatin1String("json")) {
        QJsonObject o = snapshotJson(s, overdue);
        QJsonArray timeline;
        for (const auto& e : events)
            timeline.append(QJsonObject{
                {QStringLiteral("id"), e.id},
                {QStringLiteral("seq"), static_cast<double>(e.seq)},
                {QStringLiteral("hlc"), QString::number(e.hlc)},
                {QStringLiteral("node"), e.node},
                {QStringLiteral("time"), model::formatIsoLocal(e.ts)},
                {QStringLiteral("actor"), e.actor},
                {QStringLiteral("kind"), e.kind},
                {QStringLiteral("payload"), QJsonDocument::fromJson(e.payload).object()},
                {QStringLiteral("prev_hash"), e.prevHash},
                {QStringLiteral("hash"), e.hash}});
        o.insert(QStringLiteral("timeline"), timeline);
        std::fputs(QJsonDocument(o).toJson().constData(), stdout);
        return;
    }
    std::fprintf(stdout,
                 "task      %s\ntitle     %s\nstate     %s%s\nseverity  %s\ndistrict  %s\n"
                 "clue      %s\nenterprise %s %s\nteam      %s\nofficer   %s\ndeadline  %s\n"
                 "conclusion %s\n\ntimeline:\n",
                 qPrintable(s.id), qPrintable(s.title), qPrintable(task::toString(s.state)),
                 overdue ? " (OVERDUE)" : "", qPrintable(task::toString(s.severity)),
                 qPrintable(s.district), qPrintable(s.clueId), qPrintable(s.enterpriseId),
                 qPrintable(s.outletId), qPrintable(s.team), qPrintable(s.officer),
                 qPrintable(fmtTime(s.deadlineTs)), qPrintable(s.conclusion));
    for (const auto& e : events)
        std::fprintf(stdout, "  #%-3lld %s  %-14s %-12s %s\n        hash %s\n",
                     static_cast<long long>(e.seq), qPrintable(model::formatLocal(e.ts)),
                     qPrintable(e.kind), qPrintable(e.actor), e.payload.constData(),
                     qPrintable(e.hash));
    for (const QString& c : s.conflicts)
        std::fprintf(stdout, "  conflict: %s\n", qPrintable(c));
}

} // namespace

int runTaskCommand(const QStringList& args) {
    if (args.isEmpty() || args[0] == QLatin1String("--help") || args[0] == QLatin1String("-h")) {
        printUsage();
        return args.isEmpty() ? 2 : 0;
    }
    const QString action = args[0];
    CliOptions opts(
        {QStringLiteral("db"),
         QStringLiteral("user"),
         QStringLiteral("password-file"),
         QStringLiteral("clue"),
         QStringLiteral("enterprise"),
         QStringLiteral("outlet"),
         QStringLiteral("title"),
         QStringLiteral("severity"),
         QStringLiteral("district"),
         QStringLiteral("note"),
         QStringLiteral("team"),
         QStringLiteral("officer"),
         QStringLiteral("deadline"),
         QStringLiteral("findings"),
         QStringLiteral("measurements"),
         QStringLiteral("conclusion"),
         QStringLiteral("outcome"),
         QStringLiteral("summary"),
         QStringLiteral("penalty"),
         QStringLiteral("rectify-by"),
         QStringLiteral("reason"),
         QStringLiteral("text"),
         QStringLiteral("state"),
         QStringLiteral("at"),
         QStringLiteral("format")},
        {QStringLiteral("overdue"), QStringLiteral("skip-attachments"), QStringLiteral("strict")});
    if (!opts.parse(args.mid(1)))
        return usageError(kCmd, opts.error());
    const QString format = opts.value(QStringLiteral("format"), QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("csv") &&
        format != QLatin1String("json"))
        return usageError(kCmd, QStringLiteral("--format '%1': use text, csv or json").arg(format));

    try {
        if (action == QLatin1String("verify"))
            return runVerify(opts);

        const auto taskAction = task::parseTaskAction(action);
        if (!taskAction && action != QLatin1String("list") && action != QLatin1String("show")) {
            printUsage();
            return usageError(kCmd, QStringLiteral("unknown action '%1'").arg(action));
        }
        const QStringList pos = opts.positional();
        const bool needsTask = action != QLatin1String("create") && action != QLatin1String("list");
        if (needsTask && pos.isEmpty())
            return usageError(kCmd, QStringLiteral("%1: the task id is missing").arg(action));
        const bool takesFiles =
            action == QLatin1String("verify-site") || action == QLatin1String("report");
        if (pos.size() > (needsTask ? 1 : 0) && !takesFiles)
            return usageError(
                kCmd, QStringLiteral("unexpected argument '%1'").arg(pos[needsTask ? 1 : 0]));
        const QString user = opts.value(QStringLiteral("user"));
        if (user.isEmpty())
            return usageError(kCmd, QStringLiteral("--user NAME is required"));
        QString err;
        const auto password = task::CredentialSource::read(
            opts.value(QStringLiteral("password-file")), "ECOSENTRY_PASSWORD", &err);
        if (!password)
            return usageError(kCmd, err);
        const QString path = opts.dbPath();
        if (!QFileInfo::exists(path))
            return failure(kCmd, path + QStringLiteral(": store does not exist"));

        auto db = store::Database::open(path);
        task::UserDirectory(db).authenticate(user, *password);
        task::TaskService service(db);
        const QString taskId = needsTask ? service.resolveTaskId(pos[0]) : QString();
        const QStringList files = takesFiles ? pos.mid(1) : QStringList();
        const QString note = opts.value(QStringLiteral("note"));

        if (action == QLatin1String("list")) {
            task::BoardFilter filter;
            if (opts.has(QStringLiteral("state"))) {
                filter.state = task::parseTaskState(opts.value(QStringLiteral("state")));
                if (!filter.state)
                    return usageError(kCmd, QStringLiteral("--state '%1': not a task state")
                                                .arg(opts.value(QStringLiteral("state"))));
            }
            filter.overdueOnly = opts.has(QStringLiteral("overdue"));
            const auto at = timeOption(opts, "at", &err);
            if (!err.isEmpty())
                return usageError(kCmd, err);
            printList(service.board(user, filter, at.value_or(service.nowTs())), format);
            return 0;
        }
        if (action == QLatin1String("show")) {
            const auto snap = service.snapshot(user, taskId);
            printShow(snap, service.history(user, taskId), snap.isOverdue(service.nowTs()), format);
            return 0;
        }

        task::TaskEvent event;
        switch (*taskAction) {
        case task::TaskAction::Create: {
            task::CreateRequest r;
            r.clueId = opts.value(QStringLiteral("clue"));
            r.enterpriseId = opts.value(QStringLiteral("enterprise"));
            r.outletId = opts.value(QStringLiteral("outlet"));
            r.title = opts.value(QStringLiteral("title"));
            r.district = opts.value(QStringLiteral("district"));
            r.note = note;
            if (opts.has(QStringLiteral("severity"))) {
                r.severity = task::parseSeverity(opts.value(QStringLiteral("severity")));
                if (!r.severity)
                    return usageError(kCmd, QStringLiteral("--severity '%1': use high, medium "
                                                           "or low")
                                                .arg(opts.value(QStringLiteral("severity"))));
            }
            std::fprintf(stdout, "%s\n", qPrintable(service.create(user, r)));
            return 0;
        }
        case task::TaskAction::Dispatch: {
            task::DispatchRequest r;
            r.team = opts.value(QStringLiteral("team"));
            if (r.team.isEmpty())
                return usageError(kCmd, QStringLiteral("dispatch: --team T is required"));
            r.officer = opts.value(QStringLiteral("officer"));
            r.note = note;
            r.deadlineTs = timeOption(opts, "deadline", &err);
            if (!err.isEmpty())
                return usageError(kCmd, err);
            event = service.dispatch(user, taskId, r);
            break;
        }
        case task::TaskAction::Accept:
            event = service.accept(user, taskId, note);
            break;
        case task::TaskAction::Arrive:
            event = service.arrive(user, taskId, note);
            break;
        case task::TaskAction::VerifySite: {
            task::SiteVerification v;
            v.findings = opts.value(QStringLiteral("findings"));
            const auto ms = parseMeasurements(opts.value(QStringLiteral("measurements")), &err);
            if (!ms)
                return usageError(kCmd, err);
            v.measurements = *ms;
            v.attachmentFiles = files;
            v.note = note;
            event = service.verifySite(user, taskId, v);
            break;
        }
        case task::TaskAction::Report: {
            task::DisposalReport r;
            const auto c = task::parseConclusion(opts.value(QStringLiteral("conclusion")));
            if (!c)
                return usageError(kCmd, QStringLiteral("--conclusion '%1': use "
                                                       "violation_confirmed, not_confirmed or "
                                                       "data_fault")
                                            .arg(opts.value(QStringLiteral("conclusion"))));
            r.conclusion = *c;
            r.outcome = opts.value(QStringLiteral("outcome"));
            r.summary = opts.value(QStringLiteral("summary"));
            if (opts.has(QStringLiteral("penalty"))) {
                bool ok = false;
                r.penaltyCny = opts.value(QStringLiteral("penalty")).toDouble(&ok);
                if (!ok)
                    return usageError(kCmd, QStringLiteral("--penalty '%1': not a number")
                                                .arg(opts.value(QStringLiteral("penalty"))));
            }
            r.rectificationDeadlineTs = timeOption(opts, "rectify-by", &err);
            if (!err.isEmpty())
                return usageError(kCmd, err);
            r.attachmentFiles = files;
            event = service.report(user, taskId, r);
            break;
        }
        case task::TaskAction::Close:
            event = service.close(user, taskId, note);
            break;
        case task::TaskAction::Reopen:
            event = service.reopen(user, taskId, opts.value(QStringLiteral("reason")));
            break;
        case task::TaskAction::Cancel:
            event = service.cancel(user, taskId, opts.value(QStringLiteral("reason")));
            break;
        case task::TaskAction::Comment:
            event = service.comment(user, taskId, opts.value(QStringLiteral("text")));
            break;
        }
        const auto snap = service.snapshot(user, taskId);
        std::fprintf(stdout, "%s %s seq %lld -> %s\n", qPrintable(taskId), qPrintable(event.kind),
                     static_cast<long long>(event.seq), qPrintable(task::toString(snap.state)));
        return 0;
    } catch (const TaskError& e) {
        return exitFor(e);
    } catch (const store::StoreError& e) {
        return failure(kCmd, QString::fromStdString(e.what()));
    }
}

} // namespace eco::app
