// Task primitives: the permission matrix (every action x role, through the service), canonical
// JSON, hybrid logical clocks, event hashes and password hashing.
#include "core/store/Database.h"
#include "core/task/BindText.h"
#include "core/task/CanonicalJson.h"
#include "core/task/EventHash.h"
#include "core/task/HybridClock.h"
#include "core/task/PasswordHasher.h"
#include "core/task/PermissionMatrix.h"
#include "core/task/TaskError.h"
#include "core/task/TaskService.h"
#include "core/task/UserDirectory.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace eco;
using namespace eco::task;
using store::Database;

Q_DECLARE_METATYPE(eco::task::Role)
Q_DECLARE_METATYPE(eco::task::Permission)

class TestTaskPrimitives : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void matrixHasTheAgreedShape_data() {
        QTest::addColumn<Role>("role");
        QTest::addColumn<Permission>("permission");
        QTest::addColumn<bool>("allowed");
        // The expected matrix, written out independently of the implementation's table.
        const QHash<QString, QStringList> allowedFor{
            {"viewer", {"view_tasks"}},
            {"duty_officer",
             {"view_tasks", "create_task", "dispatch_task", "cancel_task", "comment_task"}},
            {"field_officer",
             {"view_tasks", "accept_task", "arrive_on_site", "verify_site", "report_task",
              "comment_task"}},
            {"supervisor",
             {"view_tasks", "create_task", "dispatch_task", "close_task", "reopen_task",
              "cancel_task", "comment_task", "audit_chain"}},
            {"administrator", {"view_tasks", "audit_chain", "manage_users"}}};
        for (Role r : kAllRoles)
            for (Permission p : kAllPermissions)
                QTest::addRow("%s x %s", qPrintable(toString(r)),
                              qPrintable(PermissionMatrix::toString(p)))
                    << r << p
                    << allowedFor.value(toString(r)).contains(PermissionMatrix::toString(p));
    }
    void matrixHasTheAgreedShape() {
        QFETCH(Role, role);
        QFETCH(Permission, permission);
        QFETCH(bool, allowed);
        QCOMPARE(PermissionMatrix::allows(role, permission), allowed);
    }

    // Every task action by every role, through the engine: refused exactly when the matrix
    // says so, with a PermissionDenied naming the user and role, and nothing appended.
    void serviceEnforcesTheMatrix_data() {
        QTest::addColumn<Role>("role");
        QTest::addColumn<int>("action");
        for (Role r : kAllRoles)
            for (TaskAction a : kAllTaskActions)
                QTest::addRow("%s x %s", qPrintable(toString(r)), qPrintable(toString(a)))
                    << r << int(a);
    }
    void serviceEnforcesTheMatrix() {
        QFETCH(Role, role);
        QFETCH(int, action);
        const auto a = static_cast<TaskAction>(action);
        static int n = 0;
        auto db = Database::open(m_dir.filePath(QStringLiteral("perm%1.db").arg(++n)));
        const auto addUser = [&](const QString& name, Role r) {
            auto st = db.prepare("INSERT INTO users(username, role, team, pw_algo, pw_salt, "
                                 "pw_hash, created_ts) VALUES(?1,?2,'t1','none',x'00',x'00',0)");
            st.bind(1, name).bind(2, toString(r)).execute();
        };
        addUser("duty", Role::DutyOfficer);
        addUser("sup", Role::Supervisor);
        addUser("field", Role::FieldOfficer);
        addUser("actor", role);
        std::int64_t ms = 1717200000000;
        int ids = 0;
        TaskService s(
            db, {[&] { return ms += 1000; }, [&] { return QStringLiteral("id-%1").arg(++ids); }});
        CreateRequest c;
        c.title = QStringLiteral("Inspect");
        const QString id = s.create(QStringLiteral("duty"), c);
        // Bring the task to a state where the action is legal.
        switch (a) {
        case TaskAction::Accept:
            s.dispatch(QStringLiteral("duty"), id, {QStringLiteral("t1"), {}, std::nullopt, {}});
            break;
        case TaskAction::Arrive:
        case TaskAction::VerifySite:
        case TaskAction::Report:
        case TaskAction::Close:
        case TaskAction::Reopen: {
            s.dispatch(QStringLiteral("duty"), id, {QStringLiteral("t1"), {}, std::nullopt, {}});
            s.accept(QStringLiteral("field"), id);
            if (a == TaskAction::Arrive)
                break;
            s.arrive(QStringLiteral("field"), id);
            if (a == TaskAction::VerifySite)
                break;
            s.verifySite(QStringLiteral("field"), id, {QStringLiteral("ok"), {}, {}, {}});
            if (a == TaskAction::Report)
                break;
            DisposalReport r;
            r.summary = QStringLiteral("fine");
            s.report(QStringLiteral("field"), id, r);
            break;
        }
        default:
            break;
        }
        const QString actor = QStringLiteral("actor");
        const auto perform = [&] {
            switch (a) {
            case TaskAction::Create:
                s.create(actor, c);
                break;
            case TaskAction::Dispatch:
                s.dispatch(actor, id, {QStringLiteral("t1"), {}, std::nullopt, {}});
                break;
            case TaskAction::Accept:
                s.accept(actor, id);
                break;
            case TaskAction::Arrive:
                s.arrive(actor, id);
                break;
            case TaskAction::VerifySite:
                s.verifySite(actor, id, {QStringLiteral("ok"), {}, {}, {}});
                break;
            case TaskAction::Report: {
                DisposalReport r;
                r.summary = QStringLiteral("fine");
                s.report(actor, id, r);
                break;
            }
            case TaskAction::Close:
                s.close(actor, id);
                break;
            case TaskAction::Reopen:
                s.reopen(actor, id, QStringLiteral("why"));
                break;
            case TaskAction::Cancel:
                s.cancel(actor, id, QStringLiteral("why"));
                break;
            case TaskAction::Comment:
                s.comment(actor, id, QStringLiteral("hello"));
                break;
            }
        };
        const auto count = [&] {
            auto st = db.prepare("SELECT count(*) FROM task_events");
            st.step();
            return st.int64(0);
        };
        const auto before = count();
        const bool allowed = PermissionMatrix::allows(role, PermissionMatrix::forAction(a));
        if (allowed) {
            perform();
            QCOMPARE(count(), before + 1);
        } else {
            try {
                perform();
                QFAIL("a forbidden action was performed");
            } catch (const TaskError& e) {
                QCOMPARE(int(e.kind()), int(TaskError::Kind::PermissionDenied));
                QVERIFY2(e.message().contains(toString(role)), qPrintable(e.message()));
            }
            QCOMPARE(count(), before);
        }
        // Viewing: every role may.
        QCOMPARE(s.snapshot(actor, id).id, id);
    }

    void onlyAdministratorsManageUsers() {
        auto db = Database::open(m_dir.filePath(QStringLiteral("users.db")));
        UserDirectory users(db, PasswordHasher(PasswordPolicy::interactive()));
        QVERIFY(users.isEmpty());
        NewUser first{QStringLiteral("boss"), {}, Role::Supervisor, {}, {}};
        QVERIFY_THROWS_EXCEPTION(TaskError, users.add({}, first, "password-1", 0));
        first.role = Role::Administrator;
        users.add({}, first, "password-1", 0);
        // Not a second time without authentication.
        QVERIFY_THROWS_EXCEPTION(
            TaskError,
            users.add({}, {QStringLiteral("x"), {}, Role::Administrator, {}, {}}, "password-2", 0));
        users.add(QStringLiteral("boss"), {QStringLiteral("sup"), {}, Role::Supervisor, {}, {}},
                  "password-3", 0);
        QVERIFY_THROWS_EXCEPTION(
            TaskError, users.add(QStringLiteral("sup"),
                                 {QStringLiteral("y"), {}, Role::Viewer, {}, {}}, "password-4", 0));
        QVERIFY_THROWS_EXCEPTION(TaskError, users.list(QStringLiteral("sup")));
        QVERIFY_THROWS_EXCEPTION(TaskError,
                                 users.add(QStringLiteral("boss"),
                                           {QStringLiteral("bad name"), {}, Role::Viewer, {}, {}},
                                           "password-5", 0));
        // The last administrator can be neither disabled nor demoted.
        QVERIFY_THROWS_EXCEPTION(
            TaskError, users.setDisabled(QStringLiteral("boss"), QStringLiteral("boss"), true));
        QVERIFY_THROWS_EXCEPTION(
            TaskError, users.setRole(QStringLiteral("boss"), QStringLiteral("boss"), Role::Viewer));
        users.setRole(QStringLiteral("boss"), QStringLiteral("sup"), Role::FieldOfficer);
        users.setTeam(QStringLiteral("boss"), QStringLiteral("sup"), QStringLiteral("t9"), 0);
        QCOMPARE(users.find(QStringLiteral("sup"))->team, QStringLiteral("t9"));
        users.setDisabled(QStringLiteral("boss"), QStringLiteral("sup"), true);
        QVERIFY_THROWS_EXCEPTION(TaskError,
                                 users.authenticate(QStringLiteral("sup"), "password-3"));
        users.setDisabled(QStringLiteral("boss"), QStringLiteral("sup"), false);
        users.resetPassword(QStringLiteral("boss"), QStringLiteral("sup"), "password-new");
        QCOMPARE(users.authenticate(QStringLiteral("sup"), "password-new").username,
                 QStringLiteral("sup"));
        QCOMPARE(users.list(QStringLiteral("boss")).size(), std::size_t(2));
    }

    void passwordsAreArgon2idAndNeverStoredPlain() {
        const QString path = m_dir.filePath(QStringLiteral("pw.db"));
        {
            auto db = Database::open(path);
            UserDirectory users(db, PasswordHasher(PasswordPolicy::interactive()));
            users.add({}, {QStringLiteral("admin"), {}, Role::Administrator, {}, {}},
                      "Correct-Horse-42", 0);
            QCOMPARE(int(users.authenticate(QStringLiteral("admin"), "Correct-Horse-42").role),
                     int(Role::Administrator));
            QString wrongPassword;
            QString unknownUser;
            try {
                users.authenticate(QStringLiteral("admin"), "correct-horse-42");
            } catch (const TaskError& e) {
                QCOMPARE(int(e.kind()), int(TaskError::Kind::AuthenticationFailed));
                wrongPassword = e.message();
            }
            try {
                users.authenticate(QStringLiteral("nobody"), "Correct-Horse-42");
            } catch (const TaskError& e) {
                unknownUser = e.message();
            }
            QVERIFY(!wrongPassword.isEmpty());
            QCOMPARE(unknownUser, wrongPassword); // the message does not tell which was wrong
            QVERIFY_THROWS_EXCEPTION(
                TaskError, users.add(QStringLiteral("admin"),
                                     {QStringLiteral("s"), {}, Role::Viewer, {}, {}}, "short", 0));
            auto st = db.prepare("SELECT pw_algo, length(pw_salt), length(pw_hash) FROM users");
            QVERIFY(st.step());
            QVERIFY(st.text(0).startsWith(QLatin1String("argon2id13:")));
            QCOMPARE(st.int64(1), std::int64_t{16});
            QCOMPARE(st.int64(2), std::int64_t{32});
            st.reset();
            db.checkpoint();
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("Correct-Horse-42"));
        // Same password, different salt, different hash.
        const PasswordHasher h(PasswordPolicy::interactive());
        const auto a = h.hash("same-password");
        const auto b = h.hash("same-password");
        QVERIFY(a.salt != b.salt);
        QVERIFY(a.hash != b.hash);
        QVERIFY(PasswordHasher::verify(a, "same-password"));
        QVERIFY(!PasswordHasher::verify(a, "same-passwore"));
        auto broken = a;
        broken.algo = QStringLiteral("md5");
        QVERIFY(!PasswordHasher::verify(broken, "same-password"));
        const auto moderate = PasswordPolicy::moderate();
        QVERIFY(moderate.opsLimit >= 3);
        QVERIFY(moderate.memLimit >= 256u * 1024 * 1024);
    }

    void canonicalJson_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("canonical");
        QTest::addRow("sorted keys, no spaces")
            << QByteArray(R"({ "b" : 1, "a" : [ true, false, null ] })")
            << QByteArray(R"({"a":[true,false,null],"b":1})");
        QTest::addRow("nested") << QByteArray(R"({"z":{"y":2,"x":1},"a":{}})")
                                << QByteArray(R"({"a":{},"z":{"x":1,"y":2}})");
        QTest::addRow("numbers") << QByteArray(R"({"a":1.0,"b":-0.0,"c":12.5,"d":0.1,"e":1e21})")
                                 << QByteArray(R"({"a":1,"b":0,"c":12.5,"d":0.1,"e":1e+21})");
        QTest::addRow("escapes") << QByteArray("{\"s\":\"q\\\"b\\\\n\\n\\t\\u0001\\u001f/\"}")
                                 << QByteArray("{\"s\":\"q\\\"b\\\\n\\n\\t\\u0001\\u001f/\"}");
        QTest::addRow("utf8 raw") << QByteArray("{\"s\":\"\\u4e2d\\u6587 \xc3\xa9\"}")
                                  << QByteArray("{\"s\":\"\xe4\xb8\xad\xe6\x96\x87 \xc3\xa9\"}");
        QTest::addRow("key order by code point")
            << QByteArray("{\"\xe4\xb8\xad\":1,\"Z\":2,\"a\":3,\"\xc3\xa9\":4}")
            << QByteArray("{\"Z\":2,\"a\":3,\"\xc3\xa9\":4,\"\xe4\xb8\xad\":1}");
    }
    void canonicalJson() {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, canonical);
        bool ok = false;
        const QJsonObject o = CanonicalJson::parseObject(input, &ok);
        QVERIFY(ok);
        QCOMPARE(CanonicalJson::serialize(o), canonical);
        QVERIFY(CanonicalJson::isCanonicalObject(canonical));
        QCOMPARE(CanonicalJson::isCanonicalObject(input), input == canonical);
    }

    void hybridClockIsMonotonic() {
        using H = HybridClock;
        std::int64_t last = 0;
        // Wall clock that jumps back, stalls and moves on: stamps still strictly grow.
        const std::int64_t walls[] = {1000, 1000, 1000, 999, 500, 1001, 1001, 2000, 1500};
        for (std::int64_t w : walls) {
            const std::int64_t next = H::tick(last, w);
            QVERIFY2(next > last, qPrintable(QString::number(w)));
            QVERIFY(H::physicalMs(next) >= w || H::physicalMs(next) == H::physicalMs(last));
            last = next;
        }
        QCOMPARE(H::physicalMs(H::tick(0, 1717200000123)), std::int64_t{1717200000123});
        QCOMPARE(H::counter(H::tick(H::pack(5000, 7), 4000)), std::int64_t{8});
        // Counter overflow borrows the next millisecond.
        const std::int64_t full = H::pack(5000, H::kCounterMask);
        QCOMPARE(H::tick(full, 5000), H::pack(5001, 0));
        // Receiving a stamp from the future moves past it.
        const std::int64_t remote = H::pack(9000, 3);
        const std::int64_t r = H::receive(H::pack(5000, 1), remote, 6000);
        QVERIFY(r > remote);
        QCOMPARE(H::receive(H::pack(5000, 1), H::pack(4000, 9), 7000), H::pack(7000, 0));
        QCOMPARE(H::receive(H::pack(5000, 1), H::pack(5000, 9), 100), H::pack(5000, 10));
        // Present-day ms fit the 48-bit field with room to spare.
        QVERIFY(H::pack(1717200000123, 0) > 0);
    }

    void eventHashCoversEveryField() {
        TaskEvent e;
        e.id = QStringLiteral("e1");
        e.taskId = QStringLiteral("t1");
        e.seq = 1;
        e.hlc = HybridClock::pack(1717200000000, 0);
        e.node = QStringLiteral("n1");
        e.ts = 1717200000;
        e.actor = QStringLiteral("duty");
        e.kind = QStringLiteral("created");
        e.payload = R"({"title":"x"})";
        e.prevHash = EventHash::genesis();
        QCOMPARE(EventHash::canonicalEvent(e),
                 QByteArray(R"({"actor":"duty","hlc":112538419200000000,"id":"e1",)"
                            R"("kind":"created","node":"n1","payload":{"title":"x"},)"
                            R"("prev_hash":")") +
                     QByteArray(64, '0') +
                     QByteArray(R"(","seq":1,"task_id":"t1","ts":1717200000})"));
        // Independent check of the contract: SHA-256 over prev_hash + canonical event.
        const QString expected = QString::fromLatin1(
            QCryptographicHash::hash(e.prevHash.toUtf8() + EventHash::canonicalEvent(e),
                                     QCryptographicHash::Sha256)
                .toHex());
        QCOMPARE(EventHash::compute(e), expected);
        const QString base = EventHash::compute(e);
        const auto changed = [&](auto mutate) {
            TaskEvent c = e;
            mutate(c);
            return EventHash::compute(c) != base;
        };
        QVERIFY(changed([](TaskEvent& c) { c.id += u'x'; }));
        QVERIFY(changed([](TaskEvent& c) { c.taskId += u'x'; }));
        QVERIFY(changed([](TaskEvent& c) { ++c.seq; }));
        QVERIFY(changed([](TaskEvent& c) { ++c.hlc; }));
        QVERIFY(changed([](TaskEvent& c) { c.node += u'x'; }));
        QVERIFY(changed([](TaskEvent& c) { ++c.ts; }));
        QVERIFY(changed([](TaskEvent& c) { c.actor += u'x'; }));
        QVERIFY(changed([](TaskEvent& c) { c.kind += u'x'; }));
        QVERIFY(changed([](TaskEvent& c) { c.payload = R"({"title":"y"})"; }));
        QVERIFY(changed([](TaskEvent& c) { c.prevHash[0] = u'1'; }));
    }
};

QTEST_GUILESS_MAIN(TestTaskPrimitives)
#include "test_task_primitives.moc"
