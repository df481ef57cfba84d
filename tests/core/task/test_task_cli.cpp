// `ecosentry task` and `ecosentry user` end to end: users and authentication, the workflow from
// create to close, two processes appending to one task at once, and tamper detection: a store
// edited with the SQLite C API (changed payload, deleted, swapped and inserted events) makes
// `task verify` exit 1 naming the task and the event.
#include <sqlite3.h>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestTaskCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    QString m_task; // a closed task with a comment, 8 events
    int m_copies = 0;

    QProcess* start(const QStringList& args, const QString& password,
                    const QString& newPassword = {}) {
        auto* p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("ECOSENTRY_PASSWORD"));
        env.remove(QStringLiteral("ECOSENTRY_NEW_PASSWORD"));
        if (!password.isEmpty())
            env.insert(QStringLiteral("ECOSENTRY_PASSWORD"), password);
        if (!newPassword.isEmpty())
            env.insert(QStringLiteral("ECOSENTRY_NEW_PASSWORD"), newPassword);
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(ECOSENTRY_BINARY), args);
        return p;
    }
    static Run finish(QProcess* p) {
        Run r;
        if (!p->waitForFinished(120000))
            return r;
        r.code = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -2;
        r.out = QString::fromUtf8(p->readAllStandardOutput());
        r.err = QString::fromUtf8(p->readAllStandardError());
        p->deleteLater();
        return r;
    }
    Run run(const QStringList& args, const QString& password = {},
            const QString& newPassword = {}) {
        return finish(start(args, password, newPassword));
    }
    Run task(const QString& user, const QStringList& args, const QString& db = {}) {
        return run(QStringList{QStringLiteral("task")} + args +
                       QStringList{QStringLiteral("--db"), db.isEmpty() ? m_db : db,
                                   QStringLiteral("--user"), user},
                   user + QStringLiteral("-secret"));
    }
    Run verify(const QString& db) {
        return run({QStringLiteral("task"), QStringLiteral("verify"), QStringLiteral("--db"), db});
    }
    // A copy of the reference store to tamper with.
    QString copy() {
        const QString p = m_dir.filePath(QStringLiteral("copy%1.db").arg(++m_copies));
        QFile::copy(m_db, p);
        return p;
    }
    static void sql(const QString& db, const char* statement) {
        sqlite3* h = nullptr;
        QCOMPARE(sqlite3_open(db.toUtf8().constData(), &h), SQLITE_OK);
        char* err = nullptr;
        const int rc = sqlite3_exec(h, statement, nullptr, nullptr, &err);
        const QString msg = err ? QString::fromUtf8(err) : QString();
        sqlite3_free(err);
        sqlite3_close(h);
        QVERIFY2(rc == SQLITE_OK, qPrintable(msg));
    }
    static QString scalar(const QString& db, const QString& query) {
        sqlite3* h = nullptr;
        sqlite3_open(db.toUtf8().constData(), &h);
        sqlite3_stmt* st = nullptr;
        QString out;
        if (sqlite3_prepare_v2(h, query.toUtf8().constData(), -1, &st, nullptr) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            out = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
        sqlite3_close(h);
        return out;
    }
    QString eventId(const QString& db, int seq) {
        return scalar(db, QStringLiteral("SELECT id FROM task_events WHERE task_id='%1' AND "
                                         "seq=%2")
                              .arg(m_task)
                              .arg(seq));
    }

private Q_SLOTS:
    void initTestCase() {
        m_db = m_dir.filePath(QStringLiteral("cli.db"));
        const QString db = m_db;
        // The first administrator needs no authentication, the others do.
        Run r = run({"user", "add", "admin", "--role", "administrator", "--db", db}, {},
                    "admin-secret");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({"user", "add", "mallory", "--role", "administrator", "--db", db}, {},
                "mallory-secret");
        QCOMPARE(r.code, 2); // users exist: --user ADMIN is required now
        QVERIFY(r.err.contains(QLatin1String("--user")));
        // Password in a file works the same as the environment.
        const QString pwFile = m_dir.filePath(QStringLiteral("admin.pw"));
        {
            QFile f(pwFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("admin-secret\n");
        }
        const QList<QStringList> users{{"duty", "duty_officer", ""},
                                       {"field1", "field_officer", "t1"},
                                       {"field2", "field_officer", "t1"},
                                       {"sup", "supervisor", ""}};
        QList<QProcess*> procs;
        for (const QStringList& u : users) {
            QStringList args{"user", "add",    u[0],    "--role",          u[1],  "--db",
                             db,     "--user", "admin", "--password-file", pwFile};
            if (!u[2].isEmpty())
                args << "--team" << u[2];
            procs << start(args, {}, u[0] + QStringLiteral("-secret"));
        }
        for (QProcess* p : procs) {
            const Run ur = finish(p);
            QVERIFY2(ur.code == 0, qPrintable(ur.err));
        }
        // A password on the command line is not an option.
        QCOMPARE(run({"task", "list", "--db", db, "--user", "duty", "--password", "x"}).code, 2);
        // Wrong password: refused without saying which part was wrong.
        r = run({"task", "list", "--db", db, "--user", "duty"}, "wrong-secret");
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("authentication failed")));

        r = task("duty", {"create", "--title", "Check the scrubber", "--severity", "high"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        m_task = r.out.trimmed();
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f-]{36}$")).match(m_task).hasMatch());
        const QString id = m_task.left(8); // prefixes are accepted
        QCOMPARE(task("duty", {"dispatch", id, "--team", "t1", "--note", "urgent"}).code, 0);
        QCOMPARE(task("field1", {"accept", id}).code, 0);
        QCOMPARE(task("field1", {"arrive", id}).code, 0);
        const QString photo = m_dir.filePath(QStringLiteral("meter.jpg"));
        {
            QFile f(photo);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("photo bytes");
        }
        r = task("field1", {"verify-site", id, photo, "--findings", "Scrubber fan off",
                            "--measurements", "a21026=185 mg/m3;a19001=12.5 %"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = task("field1", {"report", id, "--conclusion", "violation_confirmed", "--summary",
                            "Fined", "--penalty", "200000", "--rectify-by", "2030-01-01"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // Illegal: a field officer may not close; a report may not be made twice.
        r = task("field1", {"close", id});
        QCOMPARE(r.code, 1);
        r = task("field1", {"report", id, "--conclusion", "data_fault", "--summary", "again"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(m_task) && r.err.contains(QLatin1String("reported")) &&
                     r.err.contains(QLatin1String("report")),
                 qPrintable(r.err));
        QCOMPARE(task("sup", {"close", id, "--note", "ok"}).code, 0);
        QCOMPARE(task("duty", {"comment", id, "--text", "archived"}).code, 0);
        r = verify(m_db);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QLatin1String("8 events")));
        QVERIFY(r.out.contains(QLatin1String("1 attachments")));
    }

    void listAndShow() {
        Run r = task("duty", {"list", "--state", "closed", "--format", "csv"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QLatin1String("id,state,")));
        QVERIFY(r.out.contains(m_task + QStringLiteral(",closed,high,")));
        r = task("duty", {"list", "--format", "json", "--state", "dispatched"});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("[\n]"));
        r = task("duty", {"show", m_task.left(6)});
        QCOMPARE(r.code, 0);
        for (const char* kind : {"created", "dispatched", "accepted", "arrived", "site_verified",
                                 "reported", "closed", "commented"})
            QVERIFY2(r.out.contains(QLatin1String(kind)), kind);
        QCOMPARE(task("duty", {"show", "zzzz"}).code, 1);
        QCOMPARE(task("duty", {"frobnicate"}).code, 2);
    }

    void twoProcessesAppendAtOnce() {
        Run r = task("duty", {"create", "--title", "Concurrent", "--severity", "low"});
        QCOMPARE(r.code, 0);
        const QString id = r.out.trimmed();
        QCOMPARE(task("duty", {"dispatch", id, "--team", "t1"}).code, 0);
        const auto both = [&](const QStringList& a, const QStringList& b, const QString& userA,
                              const QString& userB) {
            QProcess* pa =
                start(QStringList{"task"} + a + QStringList{"--db", m_db, "--user", userA},
                      userA + "-secret");
            QProcess* pb =
                start(QStringList{"task"} + b + QStringList{"--db", m_db, "--user", userB},
                      userB + "-secret");
            return std::pair{finish(pa), finish(pb)};
        };
        // Two comments: both land, one after the other.
        auto [c1, c2] = both({"comment", id, "--text", "one"}, {"comment", id, "--text", "two"},
                             "field1", "field2");
        QVERIFY2(c1.code == 0 && c2.code == 0, qPrintable(c1.err + c2.err));
        // Two officers accept the same task: exactly one wins, the other is refused cleanly.
        auto [a1, a2] = both({"accept", id}, {"accept", id}, "field1", "field2");
        QVERIFY2((a1.code == 0) != (a2.code == 0), qPrintable(a1.err + a2.err));
        const Run& loser = a1.code == 0 ? a2 : a1;
        QCOMPARE(loser.code, 1);
        QVERIFY2(loser.err.contains(QLatin1String("is accepted: cannot accept")),
                 qPrintable(loser.err));
        QCOMPARE(
            scalar(m_db,
                   QStringLiteral("SELECT count(*) FROM task_events WHERE task_id='%1'").arg(id)),
            QStringLiteral("5"));
        r = verify(m_db);
        QVERIFY2(r.code == 0, qPrintable(r.out));
    }

    void tamperingIsFoundAndNamed_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("seq"); // the event the verifier must name
        QTest::addColumn<QString>("words");
        QTest::addRow("changed payload") << "payload" << 6 << "hash mismatch";
        QTest::addRow("changed actor") << "actor" << 3 << "hash mismatch";
        QTest::addRow("deleted event") << "delete" << 5 << "seq 4 is missing";
        QTest::addRow("swapped seq") << "swap" << 2 << "prev_hash does not match";
        QTest::addRow("inserted event") << "insert" << 9 << "hash mismatch";
        QTest::addRow("deleted last event") << "delete-last" << 0 << "tasks cache";
        QTest::addRow("attachment changed") << "attachment" << 5 << "was changed";
    }
    void tamperingIsFoundAndNamed() {
        QFETCH(QString, kind);
        QFETCH(int, seq);
        QFETCH(QString, words);
        const QString db = copy();
        const QByteArray t = m_task.toUtf8();
        if (kind == QLatin1String("payload"))
            sql(db, "UPDATE task_events SET payload=replace(payload,'200000','2000') WHERE "
                    "task_id='" +
                        t + "' AND seq=6");
        else if (kind == QLatin1String("actor"))
            sql(db, "UPDATE task_events SET actor='field2' WHERE task_id='" + t + "' AND seq=3");
        else if (kind == QLatin1String("delete"))
            sql(db, "DELETE FROM task_events WHERE task_id='" + t + "' AND seq=4");
        else if (kind == QLatin1String("swap"))
            sql(db, "UPDATE task_events SET seq=-1 WHERE task_id='" + t +
                        "' AND seq=2;"
                        "UPDATE task_events SET seq=2 WHERE task_id='" +
                        t +
                        "' AND seq=3;"
                        "UPDATE task_events SET seq=3 WHERE task_id='" +
                        t + "' AND seq=-1;");
        else if (kind == QLatin1String("insert"))
            sql(db, "INSERT INTO task_events(id,task_id,seq,hlc,node,ts,actor,kind,payload,"
                    "prev_hash,hash) SELECT 'forged-event',task_id,9,hlc+1,node,ts+1,'sup',"
                    "'reopened','{\"reason\":\"x\"}',hash,hash FROM task_events WHERE task_id='" +
                        t + "' AND seq=8");
        else if (kind == QLatin1String("delete-last"))
            sql(db, "DELETE FROM task_events WHERE task_id='" + t + "' AND seq=8");
        else if (kind == QLatin1String("attachment")) {
            const QString sha = QString::fromLatin1(
                QCryptographicHash::hash("photo bytes", QCryptographicHash::Sha256).toHex());
            QDir().mkpath(db + QStringLiteral(".attachments"));
            QFile f(db + QStringLiteral(".attachments/") + sha);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("photoshopped");
        }
        // The event the verifier must name, read after the edit (a swap moves ids).
        const QString target = seq > 0 ? eventId(db, seq) : QString();
        const Run r = verify(db);
        QCOMPARE(r.code, 1);
        const QString expectedId =
            kind == QLatin1String("insert") ? QStringLiteral("forged-event") : target;
        const QString needle =
            seq > 0 ? QStringLiteral("task %1 event %2 (seq %3): ").arg(m_task, expectedId).arg(seq)
                    : QStringLiteral("task %1: ").arg(m_task);
        bool found = false;
        for (const QString& line : r.out.split(u'\n'))
            if (line.contains(needle) && line.contains(words))
                found = true;
        QVERIFY2(
            found,
            qPrintable(QStringLiteral("looked for '%1' + '%2' in:\n%3").arg(needle, words, r.out)));
        QVERIFY(r.out.contains(QLatin1String("TAMPERED")));
    }
};

QTEST_GUILESS_MAIN(TestTaskCli)
#include "test_task_cli.moc"
