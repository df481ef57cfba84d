// Task workflow: every legal and illegal transition (data-driven from the TransitionTable), the
// fold (state from the log, merge order, conflicts), deadlines and overdue, clue outcomes, links,
// attachments, the derived cache, and the demo seeder's determinism and coverage.
#include "core/store/Database.h"
#include "core/task/BindText.h"
#include "core/task/ChainVerifier.h"
#include "core/task/EventHash.h"
#include "core/task/TaskError.h"
#include "core/task/TaskFold.h"
#include "core/task/TaskSeeder.h"
#include "core/task/TaskService.h"
#include "core/task/TransitionTable.h"
#include "core/task/UserDirectory.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <set>

using namespace eco;
using namespace eco::task;
using store::Database;

Q_DECLARE_METATYPE(eco::task::TaskState)
Q_DECLARE_METATYPE(eco::task::TaskAction)

namespace {

// A deterministic clock and id source for one test store.
struct FakeRuntime {
    std::int64_t ms = 1717200000000; // 2024-06-01T00:00:00Z
    int next = 0;
    TaskRuntime runtime() {
        return {[this] { return ms; },
                [this] {
                    return QStringLiteral("00000000-0000-4000-8000-%1")
                        .arg(++next, 12, 10, QLatin1Char('0'));
                }};
    }
};

void insertUser(Database& db, const QString& name, Role role, const QString& team = {},
                const QString& district = {}) {
    auto st = db.prepare("INSERT INTO users(username, role, district, team, pw_algo, pw_salt, "
                         "pw_hash, created_ts) VALUES(?1,?2,?3,?4,'none',x'00',x'00',0)");
    st.bind(1, name).bind(2, toString(role));
    bindText(st, 3, district);
    bindText(st, 4, team);
    st.execute();
}

void seedPeople(Database& db) {
    insertUser(db, "duty", Role::DutyOfficer);
    insertUser(db, "sup", Role::Supervisor);
    insertUser(db, "f1", Role::FieldOfficer, "t1");
    insertUser(db, "f2", Role::FieldOfficer, "t2");
    insertUser(db, "view", Role::Viewer);
    db.exec("INSERT INTO enterprises(id,name,district,lon,lat) VALUES('E1','Steel Works','D1',"
            "104,30.6)");
    db.exec(
        "INSERT INTO outlets(id,enterprise_id,medium,lon,lat) VALUES('O1','E1','gas',104,30.6)");
    db.exec("INSERT INTO clues(id,rule,subject_kind,subject_id,start_ts,end_ts,severity,summary,"
            "district,created_ts,updated_ts) VALUES('C1','P1','outlet','O1',0,3600,3,"
            "'Treatment off while producing','D1',0,0)");
}

CreateRequest byClue(const QString& clue) {
    CreateRequest r;
    r.clueId = clue;
    return r;
}

CreateRequest byEnterprise(const QString& enterprise,
                           std::optional<Severity> severity = std::nullopt) {
    CreateRequest r;
    r.enterpriseId = enterprise;
    r.severity = severity;
    return r;
}

BoardFilter overdueOnly() {
    BoardFilter f;
    f.overdueOnly = true;
    return f;
}

// Who performs an action in these tests (the role the matrix allows).
QString actorFor(TaskAction a) {
    switch (a) {
    case TaskAction::Accept:
    case TaskAction::Arrive:
    case TaskAction::VerifySite:
    case TaskAction::Report:
        return QStringLiteral("f1");
    case TaskAction::Close:
    case TaskAction::Reopen:
    case TaskAction::Cancel:
        return QStringLiteral("sup");
    default:
        return QStringLiteral("duty");
    }
}

TaskEvent act(TaskService& s, TaskAction a, const QString& id) {
    const QString who = actorFor(a);
    switch (a) {
    case TaskAction::Dispatch:
        return s.dispatch(who, id, {QStringLiteral("t1"), {}, std::nullopt, {}});
    case TaskAction::Accept:
        return s.accept(who, id);
    case TaskAction::Arrive:
        return s.arrive(who, id);
    case TaskAction::VerifySite: {
        SiteVerification v;
        v.findings = QStringLiteral("Fan of the scrubber off");
        v.measurements.push_back({QStringLiteral("a21026"), 123.5, QStringLiteral("mg/m3")});
        return s.verifySite(who, id, v);
    }
    case TaskAction::Report: {
        DisposalReport r;
        r.conclusion = Conclusion::ViolationConfirmed;
        r.summary = QStringLiteral("Confirmed");
        r.penaltyCny = 200000;
        return s.report(who, id, r);
    }
    case TaskAction::Close:
        return s.close(who, id);
    case TaskAction::Reopen:
        return s.reopen(who, id, QStringLiteral("photos missing"));
    case TaskAction::Cancel:
        return s.cancel(who, id, QStringLiteral("duplicate"));
    case TaskAction::Comment:
        return s.comment(who, id, QStringLiteral("note"));
    case TaskAction::Create:
        break;
    }
    return {};
}

// The shortest path of actions from created to a state, found over the table itself.
std::vector<TaskAction> pathTo(TaskState target) {
    std::vector<std::pair<TaskState, std::vector<TaskAction>>> queue{{TaskState::Created, {}}};
    std::set<TaskState> seen{TaskState::Created};
    for (std::size_t i = 0; i < queue.size(); ++i) {
        const auto [state, path] = queue[i];
        if (state == target)
            return path;
        for (const Transition& t : TransitionTable::rows())
            if (t.from == state && !seen.count(t.to)) {
                seen.insert(t.to);
                auto p = path;
                p.push_back(t.action);
                queue.push_back({t.to, p});
            }
    }
    return {};
}

} // namespace

class TestTaskWorkflow : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    struct Fixture {
        std::unique_ptr<Database> db;
        std::unique_ptr<FakeRuntime> clock = std::make_unique<FakeRuntime>();
        std::unique_ptr<TaskService> service;
    };
    Fixture fresh() {
        Fixture f;
        f.db = std::make_unique<Database>(
            Database::open(m_dir.filePath(QStringLiteral("w%1.db").arg(++m_n))));
        seedPeople(*f.db);
        f.service = std::make_unique<TaskService>(*f.db, f.clock->runtime());
        return f;
    }
    static QString stateOf(Database& db, const QString& id) {
        auto st = db.prepare("SELECT state FROM tasks WHERE id=?1");
        st.bind(1, id);
        return st.step() ? st.text(0) : QString();
    }

private Q_SLOTS:
    void everyPairOfStateAndAction_data() {
        QTest::addColumn<TaskState>("from");
        QTest::addColumn<TaskAction>("action");
        for (TaskState s : kAllStates)
            for (TaskAction a : kAllTaskActions)
                if (a != TaskAction::Create)
                    QTest::addRow("%s x %s", qPrintable(toString(s)), qPrintable(toString(a)))
                        << s << a;
    }
    void everyPairOfStateAndAction() {
        QFETCH(TaskState, from);
        QFETCH(TaskAction, action);
        auto f = fresh();
        const QString id = f.service->create(QStringLiteral("duty"), byClue("C1"));
        for (TaskAction step : pathTo(from)) {
            f.clock->ms += 60'000;
            act(*f.service, step, id);
        }
        QCOMPARE(stateOf(*f.db, id), toString(from));
        f.clock->ms += 60'000;
        const auto expected = TransitionTable::next(from, action);
        auto eventsBefore = f.db->prepare("SELECT count(*) FROM task_events");
        eventsBefore.step();
        const auto before = eventsBefore.int64(0);
        if (expected) {
            const TaskEvent e = act(*f.service, action, id);
            QCOMPARE(e.kind, eventKind(action));
            QCOMPARE(stateOf(*f.db, id), toString(*expected));
        } else {
            try {
                act(*f.service, action, id);
                QFAIL("an illegal transition was accepted");
            } catch (const TaskError& e) {
                QCOMPARE(e.kind(), TaskError::Kind::IllegalTransition);
                // The message names the task, its state and the action.
                QVERIFY2(e.message().contains(id), qPrintable(e.message()));
                QVERIFY2(e.message().contains(toString(from)), qPrintable(e.message()));
                QVERIFY2(e.message().contains(toString(action)), qPrintable(e.message()));
            }
            auto after = f.db->prepare("SELECT count(*) FROM task_events");
            after.step();
            QCOMPARE(after.int64(0), before); // nothing appended
            QCOMPARE(stateOf(*f.db, id), toString(from));
        }
        QVERIFY(ChainVerifier::verify(*f.db, f.service->attachments(), {}).ok());
    }

    void commentsKeepTheState() {
        auto f = fresh();
        const QString id = f.service->create(QStringLiteral("duty"), byClue("C1"));
        act(*f.service, TaskAction::Dispatch, id);
        f.service->comment(QStringLiteral("f1"), id, QStringLiteral("on my way"));
        QCOMPARE(toString(f.service->snapshot(QStringLiteral("view"), id).state),
                 toString(TaskState::Dispatched));
        QCOMPARE(f.service->history(QStringLiteral("view"), id).size(), std::size_t(3));
        QVERIFY_THROWS_EXCEPTION(TaskError, f.service->comment(QStringLiteral("f1"), id, "  "));
    }

    void createLinksClueOutletEnterpriseAndDistrict() {
        auto f = fresh();
        const QString id = f.service->create(QStringLiteral("duty"), byClue("C1"));
        const TaskSnapshot s = f.service->snapshot(QStringLiteral("view"), id);
        QCOMPARE(s.clueId, QStringLiteral("C1"));
        QCOMPARE(s.outletId, QStringLiteral("O1"));
        QCOMPARE(s.enterpriseId, QStringLiteral("E1"));
        QCOMPARE(s.district, QStringLiteral("D1"));
        QCOMPARE(toString(s.severity), toString(Severity::High)); // clue severity 3
        QCOMPARE(s.title, QStringLiteral("Treatment off while producing"));
        auto clue = f.db->prepare("SELECT status FROM clues WHERE id='C1'");
        QVERIFY(clue.step());
        QCOMPARE(clue.text(0), QStringLiteral("tasked"));
        // Unknown links are refused by name.
        try {
            f.service->create(QStringLiteral("duty"), byEnterprise("NOPE"));
            QFAIL("unknown enterprise accepted");
        } catch (const TaskError& e) {
            QCOMPARE(e.kind(), TaskError::Kind::NotFound);
            QVERIFY(e.message().contains(QLatin1String("NOPE")));
        }
        QVERIFY_THROWS_EXCEPTION(TaskError, f.service->create(QStringLiteral("duty"), {}));
    }

    void clueOutcomeFollowsTheReport_data() {
        QTest::addColumn<int>("conclusion");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("expected");
        QTest::addRow("violation") << int(Conclusion::ViolationConfirmed) << QString()
                                   << QStringLiteral("confirmed_violation");
        QTest::addRow("data fault")
            << int(Conclusion::DataFault) << QString() << QStringLiteral("data_quality_fault");
        QTest::addRow("explained") << int(Conclusion::NotConfirmed) << QStringLiteral("explained")
                                   << QStringLiteral("explained");
        QTest::addRow("false alarm")
            << int(Conclusion::NotConfirmed) << QString() << QStringLiteral("false_alarm");
    }
    void clueOutcomeFollowsTheReport() {
        QFETCH(int, conclusion);
        QFETCH(QString, outcome);
        QFETCH(QString, expected);
        auto f = fresh();
        const QString id = f.service->create(QStringLiteral("duty"), byClue("C1"));
        for (TaskAction a :
             {TaskAction::Dispatch, TaskAction::Accept, TaskAction::Arrive, TaskAction::VerifySite})
            act(*f.service, a, id);
        DisposalReport r;
        r.conclusion = static_cast<Conclusion>(conclusion);
        r.outcome = outcome;
        r.summary = QStringLiteral("done");
        f.service->report(QStringLiteral("f1"), id, r);
        auto clue = f.db->prepare("SELECT status, outcome FROM clues WHERE id='C1'");
        QVERIFY(clue.step());
        QCOMPARE(clue.text(0), QStringLiteral("reported"));
        QCOMPARE(clue.text(1), expected);
        QCOMPARE(f.service->snapshot(QStringLiteral("view"), id).conclusion,
                 toString(r.conclusion));
        f.service->reopen(QStringLiteral("sup"), id, QStringLiteral("disputed"));
        auto again = f.db->prepare("SELECT status, outcome IS NULL FROM clues WHERE id='C1'");
        QVERIFY(again.step());
        QCOMPARE(again.text(0), QStringLiteral("tasked"));
        QCOMPARE(again.int64(1), 1);
    }

    void reportRefusesInconsistentDecisions() {
        auto f = fresh();
        const QString id = f.service->create(QStringLiteral("duty"), byClue("C1"));
        for (TaskAction a :
             {TaskAction::Dispatch, TaskAction::Accept, TaskAction::Arrive, TaskAction::VerifySite})
            act(*f.service, a, id);
        DisposalReport r;
        r.conclusion = Conclusion::NotConfirmed;
        r.summary = QStringLiteral("x");
        r.penaltyCny = 100;
        QVERIFY_THROWS_EXCEPTION(TaskError, f.service->report(QStringLiteral("f1"), id, r));
        r.penaltyCny.reset();
        r.outcome = QStringLiteral("maybe");
        QVERIFY_THROWS_EXCEPTION(TaskError, f.service->report(QStringLiteral("f1"), id, r));
        QCOMPARE(toString(f.service->snapshot(QStringLiteral("view"), id).state),
                 toString(TaskState::Verified));
    }

    void deadlinesBySeverityAndOverdue_data() {
        QTest::addColumn<int>("severity");
        QTest::addColumn<qint64>("hours");
        QTest::addRow("high") << int(Severity::High) << qint64(24);
        QTest::addRow("medium") << int(Severity::Medium) << qint64(72);
        QTest::addRow("low") << int(Severity::Low) << qint64(168);
    }
    void deadlinesBySeverityAndOverdue() {
        QFETCH(int, severity);
        QFETCH(qint64, hours);
        auto f = fresh();
        const QString id = f.service->create(QStringLiteral("duty"),
                                             byEnterprise("E1", static_cast<Severity>(severity)));
        const std::int64_t dispatchTs = f.clock->ms / 1000;
        act(*f.service, TaskAction::Dispatch, id);
        const TaskSnapshot s = f.service->snapshot(QStringLiteral("view"), id);
        QVERIFY(s.deadlineTs);
        QCOMPARE(*s.deadlineTs, dispatchTs + hours * 3600);
        QVERIFY(!s.isOverdue(*s.deadlineTs));
        QVERIFY(s.isOverdue(*s.deadlineTs + 1));
        const auto overdue =
            f.service->board(QStringLiteral("view"), overdueOnly(), *s.deadlineTs + 1);
        QCOMPARE(overdue.size(), std::size_t(1));
        QVERIFY(overdue[0].overdue);
        QVERIFY(f.service->board(QStringLiteral("view"), overdueOnly(), *s.deadlineTs).empty());
        // Once reported, the deadline no longer runs.
        for (TaskAction a :
             {TaskAction::Accept, TaskAction::Arrive, TaskAction::VerifySite, TaskAction::Report})
            act(*f.service, a, id);
        QVERIFY(
            !f.service->snapshot(QStringLiteral("view"), id).isOverdue(*s.deadlineTs + 1000000));
    }

    void deadlinePolicyIsConfigurable() {
        auto f = fresh();
        f.db->setMeta(DeadlinePolicy::metaKey(Severity::High), QStringLiteral("6"));
        const QString id =
            f.service->create(QStringLiteral("duty"), byEnterprise("E1", Severity::High));
        act(*f.service, TaskAction::Dispatch, id);
        QCOMPARE(*f.service->snapshot(QStringLiteral("view"), id).deadlineTs,
                 f.clock->ms / 1000 + 6 * 3600);
        // An explicit deadline wins; one in the past is refused.
        f.service->dispatch(QStringLiteral("duty"), id,
                            {QStringLiteral("t2"), {}, f.clock->ms / 1000 + 100, {}});
        QCOMPARE(*f.service->snapshot(QStringLiteral("view"), id).deadlineTs,
                 f.clock->ms / 1000 + 100);
        QVERIFY_THROWS_EXCEPTION(TaskError, f.service->dispatch(QStringLiteral("duty"), id,
                                                                {QStringLiteral("t2"), {}, 5, {}}));
    }

    void fieldWorkNeedsTheAssignment() {
        auto f = fresh();
        const QString id = f.service->create(QStringLiteral("duty"), byEnterprise("E1"));
        act(*f.service, TaskAction::Dispatch, id); // team t1
        try {
            f.service->accept(QStringLiteral("f2"), id); // team t2
            QFAIL("an officer of another team accepted");
        } catch (const TaskError& e) {
            QCOMPARE(e.kind(), TaskError::Kind::PermissionDenied);
            QVERIFY(e.message().contains(QLatin1String("t1")));
        }
        f.service->accept(QStringLiteral("f1"), id);
        QCOMPARE(f.service->snapshot(QStringLiteral("view"), id).officer, QStringLiteral("f1"));
    }

    void districtScopesUsers() {
        auto f = fresh();
        insertUser(*f.db, "duty2", Role::DutyOfficer, {}, "D2");
        const QString id = f.service->create(QStringLiteral("duty"), byEnterprise("E1"));
        QVERIFY_THROWS_EXCEPTION(TaskError, f.service->snapshot(QStringLiteral("duty2"), id));
        QVERIFY_THROWS_EXCEPTION(TaskError,
                                 f.service->dispatch(QStringLiteral("duty2"), id,
                                                     {QStringLiteral("t1"), {}, std::nullopt, {}}));
        QVERIFY(f.service->board(QStringLiteral("duty2"), {}, 0).empty());
        QCOMPARE(f.service->board(QStringLiteral("duty"), {}, 0).size(), std::size_t(1));
    }

    void disabledUsersCannotAct() {
        auto f = fresh();
        const QString id = f.service->create(QStringLiteral("duty"), byEnterprise("E1"));
        f.db->exec("UPDATE users SET disabled=1 WHERE username='duty'");
        QVERIFY_THROWS_EXCEPTION(TaskError, act(*f.service, TaskAction::Dispatch, id));
        QVERIFY_THROWS_EXCEPTION(TaskError, f.service->snapshot(QStringLiteral("nobody"), id));
    }

    void attachmentsAreStoredByHashAndVerified() {
        auto f = fresh();
        const QString photo = m_dir.filePath(QStringLiteral("photo.jpg"));
        {
            QFile out(photo);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("not really a jpeg");
        }
        const QString id = f.service->create(QStringLiteral("duty"), byEnterprise("E1"));
        for (TaskAction a : {TaskAction::Dispatch, TaskAction::Accept, TaskAction::Arrive})
            act(*f.service, a, id);
        SiteVerification v;
        v.findings = QStringLiteral("see photo");
        v.attachmentFiles << photo;
        const TaskEvent e = f.service->verifySite(QStringLiteral("f1"), id, v);
        const QString sha = EventHash::sha256Hex("not really a jpeg");
        QVERIFY(e.payload.contains(sha.toUtf8()));
        const QString stored = f.service->attachments().pathFor(sha);
        QVERIFY(QFile::exists(stored));
        QVERIFY(stored.contains(QLatin1String(".db.attachments/")));
        QVERIFY(ChainVerifier::verify(*f.db, f.service->attachments(), {}).ok());
        {
            QFile out(stored);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("edited");
        }
        const auto report = ChainVerifier::verify(*f.db, f.service->attachments(), {});
        QCOMPARE(report.problems.size(), std::size_t(1));
        QCOMPARE(report.problems[0].eventId, e.id);
        QVERIFY(report.problems[0].what.contains(QLatin1String("changed")));
        QFile::remove(stored);
        QVERIFY(ChainVerifier::verify(*f.db, f.service->attachments(), {})
                    .problems[0]
                    .what.contains(QLatin1String("missing")));
        // A missing source file is refused and appends nothing.
        DisposalReport r;
        r.summary = QStringLiteral("with a missing photo");
        r.attachmentFiles = {m_dir.filePath(QStringLiteral("absent.jpg"))};
        QVERIFY_THROWS_EXCEPTION(TaskError, f.service->report(QStringLiteral("f1"), id, r));
        QCOMPARE(f.service->history(QStringLiteral("view"), id).size(), std::size_t(5));
    }

    void foldUsesMergeOrderAndKeepsConflicts() {
        // Two replicas accepted the same dispatched task offline: both events survive, the
        // earlier by hlc wins, the other is a conflict; the result does not depend on the order
        // the events arrive in.
        auto ev = [](const QString& id, std::int64_t hlc, const QString& node, const QString& kind,
                     const QByteArray& payload, const QString& actor) {
            TaskEvent e;
            e.id = id;
            e.taskId = QStringLiteral("T");
            e.hlc = hlc;
            e.node = node;
            e.kind = kind;
            e.payload = payload;
            e.actor = actor;
            return e;
        };
        std::vector<TaskEvent> a{
            ev("1", 10, "A", "created", R"({"severity":"high","title":"x"})", "duty"),
            ev("2", 20, "A", "dispatched", R"({"deadline_ts":99,"team":"t1"})", "duty"),
            ev("3", 30, "B", "accepted", "{}", "f2"), ev("4", 31, "A", "accepted", "{}", "f1")};
        std::vector<TaskEvent> b{a[3], a[1], a[0], a[2]};
        const auto sa = TaskFold::fold(a);
        const auto sb = TaskFold::fold(b);
        QVERIFY(sa && sb);
        QCOMPARE(toString(sa->state), toString(TaskState::Accepted));
        QCOMPARE(sa->officer, QStringLiteral("f2"));
        QCOMPARE(sb->officer, QStringLiteral("f2"));
        QCOMPARE(sa->conflicts.size(), 1);
        QVERIFY(sa->conflicts[0].startsWith(QLatin1String("4:")));
        QCOMPARE(sa->conflicts, sb->conflicts);
    }

    void seederIsDeterministicAndCoversEveryState() {
        std::vector<SeedSubject> subjects;
        for (int i = 0; i < 30; ++i)
            subjects.push_back({{}, QStringLiteral("E1"), i % 2 == 0});
        QStringList digests;
        for (int run = 0; run < 2; ++run) {
            auto db = Database::open(m_dir.filePath(QStringLiteral("seed%1.db").arg(run)));
            db.exec("INSERT INTO enterprises(id,name,district,lon,lat) VALUES('E1','Steel',"
                    "'D1',104,30.6)");
            const auto r = TaskSeeder::seed(db, subjects, 42, 1717200000, 1717200000 + 20 * 86400,
                                            PasswordPolicy::interactive());
            QCOMPARE(r.usersCreated, 7);
            QCOMPARE(r.taskIds.size(), 30);
            std::set<QString> states;
            auto st = db.prepare("SELECT DISTINCT state FROM tasks");
            while (st.step())
                states.insert(st.text(0));
            QCOMPARE(states.size(), kAllStates.size());
            const auto report = ChainVerifier::verify(db, AttachmentStore(db.path()), {true, true});
            QVERIFY(report.ok());
            digests << report.headsDigest;
            auto salts = db.prepare("SELECT group_concat(hex(pw_salt)) FROM users");
            QVERIFY(salts.step());
            digests << salts.text(0);
            // The demo accounts log in with their documented passwords.
            UserDirectory users(db);
            for (const DemoUser& u : TaskSeeder::demoUsers())
                QCOMPARE(toString(users.authenticate(u.username, u.password.toUtf8()).role),
                         toString(u.role));
            // Seeding again leaves the store alone.
            QVERIFY(TaskSeeder::seed(db, subjects, 42, 1717200000, 1717300000,
                                     PasswordPolicy::interactive())
                        .taskIds.isEmpty());
        }
        QCOMPARE(digests[0], digests[2]);
        QCOMPARE(digests[1], digests[3]);
    }
};

QTEST_GUILESS_MAIN(TestTaskWorkflow)
#include "test_task_workflow.moc"
