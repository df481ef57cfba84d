// Tests of the task GUI (ui/task) on the offscreen platform, on TestCityStore plus five users
// (fast Argon2 parameters), a clue with an hourly series on outlet E1-G1 and ten tasks driven
// through TaskService to every state: created twice, each other state once. Counts expected on
// the board are those ten, worked out from the script below, not read back from the board query.
// Set ECOSENTRY_SHOT_DIR to also write PNGs of the widgets and the PDF pages there, and
// ECOSENTRY_SHOT_LANG=zh_CN to see them in Chinese (the checks hold in either language).
#include "../core/render/TestCityStore.h"

#include "core/geo/WebMercator.h"
#include "core/model/Reading.h"
#include "core/render/MapSettings.h"
#include "core/render/TaskLayer.h"
#include "core/store/Database.h"
#include "core/store/ReadingWriter.h"
#include "core/store/Statement.h"
#include "core/task/DeadlinePolicy.h"
#include "core/task/PasswordHasher.h"
#include "core/task/TaskError.h"
#include "core/task/TaskService.h"
#include "core/task/TransitionTable.h"
#include "core/task/UserDirectory.h"
#include "ui/AppLocale.h"
#include "ui/MainWindow.h"
#include "ui/task/CaseFileExporter.h"
#include "ui/task/LoginDialog.h"
#include "ui/task/NotificationCenter.h"
#include "ui/task/TaskActionDialogs.h"
#include "ui/task/TaskBoardWidget.h"
#include "ui/task/TaskColumnModel.h"
#include "ui/task/TaskColumnView.h"
#include "ui/task/TaskDetailView.h"
#include "ui/task/TaskWorkspace.h"
#include "ui/task/UserAdminDialog.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QMimeData>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace eco;
using eco::testing::TestCityStore;
using task::TaskState;

namespace {

constexpr std::int64_t kT0 = TestCityStore::kMapTime - 2 * 86400; // when the tasks are made
const QByteArray kDutyPassword = "duty-secret-1";

struct Clock {
    std::shared_ptr<std::int64_t> ms = std::make_shared<std::int64_t>(kT0 * 1000);
    std::shared_ptr<int> ids = std::make_shared<int>(0);
    task::TaskRuntime runtime(const char* prefix) const {
        return {[m = ms] { return *m += 1000; },
                [n = ids, p = QString::fromLatin1(prefix)] {
                    return QStringLiteral("%1-0000-4000-8000-%2")
                        .arg(p)
                        .arg(++*n, 12, 10, QLatin1Char('0'));
                }};
    }
};

QString shotDir() {
    return qEnvironmentVariable("ECOSENTRY_SHOT_DIR");
}

void shot(QWidget& w, const char* name) {
    QCoreApplication::processEvents(); // let layouts settle after the last change
    if (!shotDir().isEmpty())
        w.grab().save(QDir(shotDir()).filePath(QString::fromLatin1(name)), "PNG");
}

std::int64_t eventCount(store::Database& db) {
    auto st = db.prepare("SELECT count(*) FROM task_events");
    return st.step() ? st.int64(0) : -1;
}

// Share of pixels that are not (nearly) white.
QString dropMark(const ui::TaskColumnView* v) {
    const auto a = v->dropAllowed();
    return !a ? QStringLiteral("none") : (*a ? QStringLiteral("yes") : QStringLiteral("no"));
}

double inkShare(const QImage& img) {
    std::int64_t ink = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const QRgb p = img.pixel(x, y);
            if (qRed(p) < 235 || qGreen(p) < 235 || qBlue(p) < 235)
                ++ink;
        }
    return static_cast<double>(ink) / (static_cast<double>(img.width()) * img.height());
}

} // namespace

class TestTaskGui : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void loginFailsWithOneMessage();
    void loginSucceeds();
    void boardShowsEveryStateWithCounts();
    void boardFilters();
    void refusedDropChangesNothing();
    void greyedTargetsFollowRole();
    void legalDropAppendsOneEvent();
    void dropThroughMimeData();
    void detailTimelineMatchesHistory();
    void notificationForNewDispatch();
    void userAdminListsAndRefuses();
    void readOnlyWithoutUsers();
    void caseFilePdfRenders();
    void taskLayerMarksOpenTasks();
    void mainWindowShowsTasksAndUser();
    void actionDialogsDefaults();

private:
    std::unique_ptr<ui::TaskWorkspace> workspace(const QString& actor);

    QTemporaryDir m_dir;
    QString m_path;
    Clock m_clock;
    QStringList m_ids; // the ten tasks, in the order of the script
};

void TestTaskGui::initTestCase() {
    QVERIFY(m_dir.isValid());
    if (const QString lang = qEnvironmentVariable("ECOSENTRY_SHOT_LANG"); !lang.isEmpty())
        QVERIFY(ui::AppLocale::install(*QCoreApplication::instance(), lang));
    m_path = TestCityStore::create(m_dir.path());
    auto db = store::Database::open(m_path);
    task::UserDirectory users(db, task::PasswordHasher(task::PasswordPolicy::interactive()));
    const auto add = [&](const QString& actor, const QString& name, task::Role role,
                         const QString& team, const QByteArray& pw) {
        users.add(actor, {name, name.toUpper(), role, {}, team}, pw, kT0);
    };
    add({}, QStringLiteral("admin"), task::Role::Administrator, {}, "admin-secret-1");
    const QString admin = QStringLiteral("admin");
    add(admin, QStringLiteral("duty"), task::Role::DutyOfficer, {}, kDutyPassword);
    add(admin, QStringLiteral("field1"), task::Role::FieldOfficer, QStringLiteral("t1"),
        "field-secret-1");
    add(admin, QStringLiteral("sup"), task::Role::Supervisor, {}, "sup-secret-1");
    add(admin, QStringLiteral("viewer"), task::Role::Viewer, {}, "viewer-secret-1");

    // A clue on outlet E1-G1 with 72 hourly values of a21026 and a spike above the limit 35.
    {
        store::ReadingWriter readings(db);
        for (int h = 72; h >= 0; --h) {
            const std::int64_t ts = kT0 - h * 3600;
            const double v = (h == 6 || h == 5) ? 82.0 : 20.0 + (h % 7);
            readings.add(model::Reading{QStringLiteral("E1-G1"), QStringLiteral("a21026"),
                                        model::Interval::Hour, ts, v, 'N'});
        }
        auto st = db.prepare(
            "INSERT INTO clues(id, rule, subject_kind, subject_id, start_ts, end_ts, severity, "
            "summary, evidence, district, created_ts, updated_ts) VALUES('clue-1', "
            "'hourly_exceedance', 'outlet', 'E1-G1', ?1, ?2, 3, 'a21026 hourly 82 mg/m3 = 2.3 x "
            "limit 35', ?3, '锦江区', ?2, ?2)");
        st.bind(1, kT0 - 6 * 3600).bind(2, kT0 - 4 * 3600);
        st.bind(3, QStringLiteral("{\"limit\":35,\"series\":[{\"interval\":\"hour\",\"pollutant\":"
                                  "\"a21026\",\"source_id\":\"E1-G1\"}]}"));
        st.execute();
    }

    task::TaskService s(db, m_clock.runtime("aaaaaaaa"));
    const QString duty = QStringLiteral("duty"), field = QStringLiteral("field1"),
                  sup = QStringLiteral("sup");
    const task::DispatchRequest toT1{QStringLiteral("t1"), field, std::nullopt, {}};
    task::SiteVerification v;
    v.findings = QStringLiteral("Bypass valve open");
    v.measurements.push_back({QStringLiteral("a21026"), 80.5, QStringLiteral("mg/m3")});
    task::DisposalReport r;
    r.conclusion = task::Conclusion::ViolationConfirmed;
    r.summary = QStringLiteral("Confirmed");
    r.penaltyCny = 200000;
    for (int i = 0; i < 10; ++i) {
        task::CreateRequest c;
        if (i == 0)
            c.clueId = QStringLiteral("clue-1");
        else
            c.enterpriseId = QStringLiteral("E%1").arg(1 + i % 3);
        c.title = QStringLiteral("Task %1").arg(i);
        m_ids << s.create(duty, c);
    }
    // i: 0,1 created; 2 dispatched (deadline in 1 h: overdue two days later); 3 accepted; 4 on
    // site; 5 verified; 6 reported; 7 closed; 8 reopened; 9 cancelled.
    const auto id = [&](int i) { return m_ids[i]; };
    s.dispatch(duty, id(2), {QStringLiteral("t1"), field, kT0 + 3600, {}});
    for (int i = 3; i <= 8; ++i) {
        s.dispatch(duty, id(i), toT1);
        s.accept(field, id(i));
        if (i >= 4)
            s.arrive(field, id(i));
        if (i >= 5)
            s.verifySite(field, id(i), v);
        if (i >= 6)
            s.report(field, id(i), r);
    }
    s.close(sup, id(7));
    s.reopen(sup, id(8), QStringLiteral("Photos missing"));
    s.cancel(duty, id(9), QStringLiteral("Duplicate of task 1"));
    *m_clock.ms = (kT0 + 2 * 86400) * 1000; // two days on
}

std::unique_ptr<ui::TaskWorkspace> TestTaskGui::workspace(const QString& actor) {
    auto ws = std::make_unique<ui::TaskWorkspace>(m_path, m_clock.runtime("bbbbbbbb"));
    ws->setActor(actor);
    return ws;
}

void TestTaskGui::loginFailsWithOneMessage() {
    ui::LoginDialog dlg(m_path);
    dlg.show();
    dlg.setCredentials(QStringLiteral("duty"), QStringLiteral("wrong-password"));
    dlg.submit();
    QVERIFY(dlg.isBusy()); // the check runs off the GUI thread
    QTRY_VERIFY_WITH_TIMEOUT(!dlg.isBusy(), 20000);
    const QString wrongPassword = dlg.errorText();
    QVERIFY(!wrongPassword.isEmpty());
    QVERIFY(!dlg.account());
    QVERIFY(dlg.isVisible());
    dlg.setCredentials(QStringLiteral("nobody"), QStringLiteral("wrong-password"));
    dlg.submit();
    QTRY_VERIFY_WITH_TIMEOUT(!dlg.isBusy(), 20000);
    QCOMPARE(dlg.errorText(), wrongPassword); // never says which part was wrong
    QVERIFY(!dlg.errorText().contains(QStringLiteral("nobody")));
    shot(dlg, "login-error.png");
}

void TestTaskGui::loginSucceeds() {
    ui::LoginDialog dlg(m_path);
    dlg.show();
    dlg.setCredentials(QStringLiteral("duty"), QString::fromUtf8(kDutyPassword));
    shot(dlg, "login.png");
    dlg.submit();
    QTRY_VERIFY_WITH_TIMEOUT(!dlg.isBusy(), 20000);
    QCOMPARE(dlg.result(), int(QDialog::Accepted));
    QVERIFY(dlg.account());
    QCOMPARE(dlg.account()->username, QStringLiteral("duty"));
    QCOMPARE(task::toString(dlg.account()->role), QStringLiteral("duty_officer"));
}

void TestTaskGui::boardShowsEveryStateWithCounts() {
    auto ws = workspace(QStringLiteral("duty"));
    ui::TaskBoardWidget board(ws.get());
    board.resize(1500, 500);
    board.show();
    const std::map<TaskState, int> expected{
        {TaskState::Created, 2}, {TaskState::Dispatched, 1}, {TaskState::Accepted, 1},
        {TaskState::OnSite, 1},  {TaskState::Verified, 1},   {TaskState::Reported, 1},
        {TaskState::Closed, 1},  {TaskState::Reopened, 1},   {TaskState::Cancelled, 1}};
    for (TaskState s : task::kAllStates) {
        QVERIFY2(board.columnView(s) && board.columnView(s)->isVisible(),
                 qPrintable(task::toString(s)));
        QCOMPARE(board.count(s), expected.at(s));
        for (int i = 0; i < board.count(s); ++i)
            QCOMPARE(task::toString(board.columnModel(s)->row(i).task.state), task::toString(s));
    }
    QCOMPARE(board.totalCount(), 10);
    shot(board, "board-widget.png");
}

void TestTaskGui::boardFilters() {
    auto ws = workspace(QStringLiteral("field1"));
    ui::TaskBoardWidget board(ws.get());
    board.setOverdueOnly(true);
    QCOMPARE(board.totalCount(), 1); // task 2's deadline passed a day ago
    QCOMPARE(board.count(TaskState::Dispatched), 1);
    QVERIFY(board.columnModel(TaskState::Dispatched)->row(0).overdue);
    board.setOverdueOnly(false);
    board.setMyTasksOnly(true);
    // field1 (team t1) has tasks 2..8; created (0, 1) and cancelled before dispatch (9) are not.
    QCOMPARE(board.totalCount(), 7);
    QCOMPARE(board.count(TaskState::Created), 0);
    board.setMyTasksOnly(false);
    board.setDistrict(QStringLiteral("no such district"));
    QCOMPARE(board.totalCount(), 10); // unknown district: back to all
}

void TestTaskGui::refusedDropChangesNothing() {
    auto ws = workspace(QStringLiteral("field1"));
    ui::TaskBoardWidget board(ws.get());
    int asked = 0;
    board.setInputProvider([&](task::TaskAction, const task::TaskSnapshot&, QWidget*) {
        ++asked;
        return std::optional<ui::ActionInput>(ui::ActionInput{});
    });
    const std::int64_t before = eventCount(ws->database());
    // A field officer may not dispatch.
    QVERIFY(!board.requestTransition(m_ids[1], TaskState::Dispatched));
    QVERIFY(board.message().contains(QStringLiteral("Field officer")) ||
            !board.message().isEmpty());
    // No step of the workflow leads from created to closed, whatever the role.
    QVERIFY(!board.requestTransition(m_ids[1], TaskState::Closed));
    QVERIFY(!board.message().isEmpty());
    QCOMPARE(asked, 0); // refused before any dialog
    QCOMPARE(eventCount(ws->database()), before);
    QCOMPARE(board.count(TaskState::Created), 2);
    QCOMPARE(board.count(TaskState::Dispatched), 1);
}

void TestTaskGui::greyedTargetsFollowRole() {
    auto duty = workspace(QStringLiteral("duty"));
    ui::TaskBoardWidget board(duty.get());
    board.previewDrop(TaskState::Created);
    QCOMPARE(dropMark(board.columnView(TaskState::Dispatched)), QStringLiteral("yes"));
    QCOMPARE(dropMark(board.columnView(TaskState::Cancelled)), QStringLiteral("yes"));
    QCOMPARE(dropMark(board.columnView(TaskState::Closed)), QStringLiteral("no"));
    QCOMPARE(dropMark(board.columnView(TaskState::Accepted)), QStringLiteral("no"));
    QCOMPARE(dropMark(board.columnView(TaskState::Created)), QStringLiteral("none"));
    board.previewDrop(TaskState::Dispatched);
    // Accepting is the field officer's step, not the duty officer's.
    QCOMPARE(dropMark(board.columnView(TaskState::Accepted)), QStringLiteral("no"));
    board.previewDrop(std::nullopt);
    QCOMPARE(dropMark(board.columnView(TaskState::Dispatched)), QStringLiteral("none"));

    auto field = workspace(QStringLiteral("field1"));
    ui::TaskBoardWidget fieldBoard(field.get());
    fieldBoard.previewDrop(TaskState::Dispatched);
    QCOMPARE(dropMark(fieldBoard.columnView(TaskState::Accepted)), QStringLiteral("yes"));
    QCOMPARE(dropMark(fieldBoard.columnView(TaskState::Cancelled)), QStringLiteral("no"));
}

void TestTaskGui::legalDropAppendsOneEvent() {
    auto ws = workspace(QStringLiteral("duty"));
    ui::TaskBoardWidget board(ws.get());
    task::TaskAction askedFor = task::TaskAction::Comment;
    board.setInputProvider([&](task::TaskAction a, const task::TaskSnapshot&, QWidget*) {
        askedFor = a;
        ui::ActionInput in;
        in.dispatch.team = QStringLiteral("t1");
        in.dispatch.officer = QStringLiteral("field1");
        in.dispatch.note = QStringLiteral("Check the bypass");
        return std::optional<ui::ActionInput>(in);
    });
    const std::int64_t before = eventCount(ws->database());
    const auto history = ws->service().history(QStringLiteral("duty"), m_ids[1]).size();
    QVERIFY2(board.requestTransition(m_ids[1], TaskState::Dispatched), qPrintable(board.message()));
    QCOMPARE(task::toString(askedFor), QStringLiteral("dispatch"));
    QCOMPARE(eventCount(ws->database()), before + 1);
    const auto events = ws->service().history(QStringLiteral("duty"), m_ids[1]);
    QCOMPARE(events.size(), history + 1);
    QCOMPARE(events.back().kind, QStringLiteral("dispatched"));
    QCOMPARE(board.count(TaskState::Created), 1);
    QCOMPARE(board.count(TaskState::Dispatched), 2);

    // The field officer accepts it: no input needed, one more event.
    auto field = workspace(QStringLiteral("field1"));
    ui::TaskBoardWidget fieldBoard(field.get());
    QVERIFY2(fieldBoard.requestTransition(m_ids[1], TaskState::Accepted),
             qPrintable(fieldBoard.message()));
    QCOMPARE(eventCount(ws->database()), before + 2);
    QCOMPARE(fieldBoard.count(TaskState::Accepted), 2);
}

void TestTaskGui::dropThroughMimeData() {
    auto ws = workspace(QStringLiteral("field1"));
    ui::TaskBoardWidget board(ws.get());
    auto* dispatched = board.columnModel(TaskState::Dispatched);
    QVERIFY(dispatched->rowCount() >= 1);
    const QModelIndex card = dispatched->index(0);
    std::unique_ptr<QMimeData> mime(dispatched->mimeData({card}));
    QVERIFY(mime);
    const auto [id, from] = ui::TaskColumnModel::decode(mime.get());
    QCOMPARE(id, dispatched->row(0).task.id);
    QCOMPARE(task::toString(from), QStringLiteral("dispatched"));
    // A drop on the view is handed to the board after the drag: the card lands in accepted.
    const int acceptedBefore = board.count(TaskState::Accepted);
    const std::int64_t before = eventCount(ws->database());
    auto* target = board.columnView(TaskState::Accepted);
    emit target->cardDropped(id, TaskState::Accepted);
    QTRY_COMPARE(board.count(TaskState::Accepted), acceptedBefore + 1);
    QCOMPARE(eventCount(ws->database()), before + 1);
}

void TestTaskGui::detailTimelineMatchesHistory() {
    auto ws = workspace(QStringLiteral("sup"));
    ui::TaskDetailView view(ws.get());
    view.resize(900, 700);
    view.show();
    for (const int i : {0, 6, 7}) {
        view.showTask(m_ids[i]);
        const auto history = ws->service().history(QStringLiteral("sup"), m_ids[i]);
        QCOMPARE(view.timelineRows(), static_cast<int>(history.size()));
        for (int r = 0; r < view.timelineRows(); ++r) {
            const auto* hash = view.timeline()->item(r, 4);
            QVERIFY(history[static_cast<std::size_t>(r)].hash.startsWith(hash->text()));
            QVERIFY(hash->toolTip().contains(history[static_cast<std::size_t>(r)].hash));
            QVERIFY(hash->toolTip().contains(history[static_cast<std::size_t>(r)].prevHash));
        }
    }
    // Task 6 is reported: the supervisor may close, reopen and comment on it, not dispatch.
    view.showTask(m_ids[6]);
    const QStringList actions = view.actionNames();
    QVERIFY(actions.contains(QStringLiteral("close")));
    QVERIFY(actions.contains(QStringLiteral("reopen")));
    QVERIFY(!actions.contains(QStringLiteral("dispatch")));
    shot(view, "detail.png");
}

void TestTaskGui::notificationForNewDispatch() {
    auto field = workspace(QStringLiteral("field1"));
    ui::NotificationCenter center(field.get());
    const auto has = [&](ui::Notification::Kind k, const QString& id) {
        for (const auto& n : center.notifications())
            if (n.kind == k && n.taskId == id)
                return true;
        return false;
    };
    QVERIFY(has(ui::Notification::Kind::Overdue, m_ids[2]));
    const int before = static_cast<int>(center.notifications().size());
    QVERIFY(!has(ui::Notification::Kind::NewTask, m_ids[0]));
    // Another process (the duty officer's) dispatches task 0 to team t1.
    {
        auto db = store::Database::open(m_path);
        task::TaskService duty(db, m_clock.runtime("cccccccc"));
        duty.dispatch(QStringLiteral("duty"), m_ids[0],
                      {QStringLiteral("t1"), {}, std::nullopt, {}});
    }
    QSignalSpy changed(&center, &ui::NotificationCenter::changed);
    center.poll();
    QCOMPARE(changed.count(), 1);
    QVERIFY(has(ui::Notification::Kind::NewTask, m_ids[0]));
    QCOMPARE(static_cast<int>(center.notifications().size()), before + 1);
    QVERIFY(center.unreadCount() >= 1);
    center.poll(); // nothing new: nothing twice
    QCOMPARE(static_cast<int>(center.notifications().size()), before + 1);

    // A timed poll after another process wrote tells the panels to reload.
    QSignalSpy advanced(&center, &ui::NotificationCenter::logAdvanced);
    center.setPollInterval(20);
    {
        auto db = store::Database::open(m_path);
        task::TaskService duty(db, m_clock.runtime("dddddddd"));
        duty.comment(QStringLiteral("duty"), m_ids[0], QStringLiteral("Call the plant"));
    }
    QTRY_VERIFY_WITH_TIMEOUT(advanced.count() >= 1, 5000);
    center.setPollInterval(15000);

    // A deadline passing is noticed with no new event in the log (the board is re-read only
    // when events arrive or the earliest deadline ahead has come).
    const std::int64_t now = *m_clock.ms / 1000;
    {
        auto db = store::Database::open(m_path);
        task::TaskService duty(db, m_clock.runtime("eeeeeeee"));
        duty.dispatch(QStringLiteral("duty"), m_ids[1],
                      {QStringLiteral("t1"), QStringLiteral("field1"), now + 3600, {}});
    }
    center.poll();
    QVERIFY(has(ui::Notification::Kind::NewTask, m_ids[1]));
    QVERIFY(!has(ui::Notification::Kind::Overdue, m_ids[1]));
    center.poll();
    QVERIFY(!has(ui::Notification::Kind::Overdue, m_ids[1]));
    *m_clock.ms += 2 * 3600 * 1000;
    center.poll();
    QVERIFY(has(ui::Notification::Kind::Overdue, m_ids[1]));
    *m_clock.ms -= 2 * 3600 * 1000;

    // The viewer is told nothing about dispatches.
    auto viewer = workspace(QStringLiteral("viewer"));
    ui::NotificationCenter quiet(viewer.get());
    QVERIFY(quiet.notifications().isEmpty());
}

void TestTaskGui::userAdminListsAndRefuses() {
    auto admin = workspace(QStringLiteral("admin"));
    ui::UserAdminDialog dlg(*admin);
    QCOMPARE(dlg.userCount(), 5);
    shot(dlg, "user-admin.png");
    // Core refuses to demote the last administrator; the directory is unchanged.
    QVERIFY_THROWS_EXCEPTION(task::TaskError,
                             admin->users().setRole(QStringLiteral("admin"),
                                                    QStringLiteral("admin"), task::Role::Viewer));
    auto duty = workspace(QStringLiteral("duty"));
    ui::UserAdminDialog refused(*duty);
    QCOMPARE(refused.userCount(), 0);
    QVERIFY(!refused.message().isEmpty());
}

void TestTaskGui::readOnlyWithoutUsers() {
    QTemporaryDir dir;
    const QString path = TestCityStore::create(dir.path());
    ui::TaskWorkspace ws(path);
    ws.setActor({});
    QVERIFY(ws.readOnly());
    ui::TaskBoardWidget board(&ws);
    QCOMPARE(board.totalCount(), 0);
    QVERIFY(!ws.may(task::TaskAction::Dispatch));
    QVERIFY_THROWS_EXCEPTION(task::TaskError,
                             ws.apply(task::TaskAction::Accept, QStringLiteral("x"), {}));
}

void TestTaskGui::caseFilePdfRenders() {
    if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
        QFAIL("pdftoppm (poppler-utils) is needed to check the PDF");
    auto ws = workspace(QStringLiteral("sup"));
    const QString pdf = m_dir.filePath(QStringLiteral("case.pdf"));
    QString error;
    ui::CaseFileExporter exporter(*ws);
    QVERIFY2(exporter.exportTask(m_ids[0], pdf, &error), qPrintable(error));
    QVERIFY(exporter.lastPageCount() >= 2);
    QVERIFY(QFileInfo(pdf).size() > 10000);
    QProcess p;
    const QString prefix = m_dir.filePath(QStringLiteral("page"));
    p.start(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
             QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("2"),
             pdf, prefix});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QStringList pages =
        QDir(m_dir.path()).entryList({QStringLiteral("page-*.png")}, QDir::Files, QDir::Name);
    QCOMPARE(pages.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const QImage img(m_dir.filePath(pages[i]));
        QVERIFY(!img.isNull());
        // A4 at 60 dpi: 8.27 x 11.69 in = 496 x 702 px.
        QVERIFY2(std::abs(img.width() - 496) <= 2 && std::abs(img.height() - 702) <= 2,
                 qPrintable(QStringLiteral("%1x%2").arg(img.width()).arg(img.height())));
        const double ink = inkShare(img);
        // Page 1 carries the map (a third of the page), page 2 the chart and the audit.
        QVERIFY2(ink > (i == 0 ? 0.15 : 0.03), qPrintable(QString::number(ink)));
        QVERIFY2(ink < 0.9, qPrintable(QString::number(ink)));
        if (!shotDir().isEmpty())
            img.save(QDir(shotDir()).filePath(QStringLiteral("case-page%1.png").arg(i + 1)));
    }
    if (!shotDir().isEmpty())
        QFile::copy(pdf, QDir(shotDir()).filePath(QStringLiteral("case.pdf")));
    // An unknown task is refused with its id named, and writes nothing.
    const QString bad = m_dir.filePath(QStringLiteral("bad.pdf"));
    QVERIFY(!exporter.exportTask(QStringLiteral("no-such-task"), bad, &error));
    QVERIFY(error.contains(QStringLiteral("no-such-task")));
    QVERIFY(!QFileInfo::exists(bad));
}

void TestTaskGui::taskLayerMarksOpenTasks() {
    auto ws = workspace(QStringLiteral("duty"));
    const auto rows = ws->service().board(QStringLiteral("duty"), {}, ws->now());
    render::TaskLayer layer(render::TaskLayer::markersFor(rows, ws->database()));
    int open = 0;
    for (const auto& r : rows)
        open += task::TransitionTable::isFinal(r.task.state) ? 0 : 1;
    QCOMPARE(static_cast<int>(layer.data().markers.size()), open);
    QVERIFY(open >= 8); // closed (7) and cancelled (9) are left out
    int overdue = 0;
    for (const auto& m : layer.data().markers) {
        QVERIFY(!task::TransitionTable::isFinal(m.state));
        overdue += m.overdue ? 1 : 0;
    }
    QVERIFY(overdue >= 1); // task 2
    // A click on a marker finds a task there.
    const render::TaskMarker& first = layer.data().markers.front();
    render::MapSettings s;
    s.setOutputSize({800, 600});
    s.setExtent({first.world.x() - 2000, first.world.y() - 1500, first.world.x() + 2000,
                 first.world.y() + 1500});
    const auto hit = layer.hitTest(s, s.worldToPixel(first.world) + QPointF(3, 2), 4);
    QVERIFY(hit);
    QCOMPARE(hit->kind, QStringLiteral("task"));
    QVERIFY(!layer.hitTest(s, QPointF(5, 5), 4));
    // The layer renders markers (non-transparent pixels) where the tasks are.
    s.setVisibleLayers({layer.id()});
    QImage img(s.deviceOutputSize(), QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    std::atomic_bool cancelled{false};
    layer.createRenderer(s)->render(img, {s, cancelled});
    const QPoint c = s.worldToPixel(first.world).toPoint();
    QVERIFY(qAlpha(img.pixel(c)) > 200);
    QCOMPARE(qAlpha(img.pixel(5, 5)), 0);
}

void TestTaskGui::mainWindowShowsTasksAndUser() {
    ui::MainWindow w(m_path);
    w.installTasks(m_path, QStringLiteral("duty"));
    QVERIFY(w.taskBoard() && w.taskDetail() && w.notifications());
    QCOMPARE(w.taskBoard()->totalCount(), 10);
    const auto* who = w.findChild<QLabel*>(QStringLiteral("currentUser"));
    QVERIFY(who);
    QVERIFY(who->text().contains(QStringLiteral("DUTY")));
    w.openTask(m_ids[6]);
    QCOMPARE(w.taskDetail()->taskId(), m_ids[6]);
    QVERIFY(w.taskDetail()->timelineRows() >= 6);

    ui::MainWindow anonymous(m_path);
    anonymous.installTasks(m_path, {});
    QVERIFY(anonymous.taskBoard());
    QCOMPARE(anonymous.taskBoard()->totalCount(), 0);
    QVERIFY(!anonymous.taskBoard()->message().isEmpty()); // the read-only banner
    QVERIFY(!anonymous.notifications());
}

void TestTaskGui::actionDialogsDefaults() {
    auto ws = workspace(QStringLiteral("duty"));
    const task::TaskSnapshot created = ws->service().snapshot(QStringLiteral("duty"), m_ids[1]);
    ui::DispatchDialog dispatch(*ws, created);
    dispatch.show();
    const task::DispatchRequest r = dispatch.request();
    QVERIFY(r.deadlineTs);
    // The DeadlinePolicy default for the severity, from now, to the minute shown in the edit.
    const task::DeadlinePolicy policy;
    const std::int64_t expected = policy.deadlineFrom(ws->now(), created.severity);
    QVERIFY2(std::abs(*r.deadlineTs - expected) <= 120,
             qPrintable(QStringLiteral("%1 vs %2").arg(*r.deadlineTs).arg(expected)));
    shot(dispatch, "dispatch-dialog.png");
    ui::SiteVerificationDialog site(created);
    site.show();
    QVERIFY(site.verification().measurements.empty());
    shot(site, "site-dialog.png");
    ui::DisposalReportDialog report(created);
    report.show();
    QCOMPARE(task::toString(report.report().conclusion), QStringLiteral("violation_confirmed"));
    QVERIFY(!report.report().penaltyCny);
    shot(report, "report-dialog.png");
}

QTEST_MAIN(TestTaskGui)
#include "test_task_gui.moc"
