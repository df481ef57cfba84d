// Benchmark: the task board widget with 10,000 tasks and 200,000 events. Builds the log through
// the real TaskService like bench_task (one outer transaction, 20 events a task, tasks stopped
// at every step of the workflow), then times, offscreen, what a user waits for when the board
// opens: the board query, filling the nine column models and the first layout and paint of the
// widget at 1600x450. Also times a reload (what every action triggers). Prints figures.
#include "core/store/Database.h"
#include "core/task/BindText.h"
#include "core/task/TaskService.h"
#include "ui/task/TaskBoardWidget.h"
#include "ui/task/TaskWorkspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QPixmap>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace eco;
using namespace eco::task;

namespace {

void build(const QString& path, int tasks, std::int64_t& ms) {
    auto db = store::Database::open(path);
    for (const auto& [name, role, team] :
         {std::tuple{"duty", "duty_officer", ""}, std::tuple{"field", "field_officer", "t1"},
          std::tuple{"sup", "supervisor", ""}}) {
        auto st = db.prepare("INSERT INTO users(username, role, team, pw_algo, pw_salt, pw_hash, "
                             "created_ts) VALUES(?1,?2,?3,'none',x'00',x'00',0)");
        st.bind(1, name).bind(2, role);
        bindText(st, 3, QString::fromLatin1(team));
        st.execute();
    }
    std::uint64_t ids = 0;
    TaskService service(db, {[&] { return ms += 1000; },
                             [&] {
                                 return QStringLiteral("00000000-0000-4000-8000-%1")
                                     .arg(++ids, 12, 16, QLatin1Char('0'));
                             }});
    const QString duty = QStringLiteral("duty"), field = QStringLiteral("field"),
                  sup = QStringLiteral("sup");
    store::Transaction tx(db);
    for (int i = 0; i < tasks; ++i) {
        CreateRequest c;
        c.title = QStringLiteral("Task %1").arg(i);
        c.severity = static_cast<Severity>(i % 3);
        c.district = QStringLiteral("D%1").arg(i % 5);
        const QString id = service.create(duty, c);
        int n = 1;
        const int stop = i % 9;
        if (stop >= 1 && stop != 8) {
            service.dispatch(duty, id, {QStringLiteral("t1"), {}, std::nullopt, {}});
            ++n;
        }
        if (stop >= 2 && stop != 8) {
            service.accept(field, id);
            ++n;
        }
        if (stop >= 3 && stop != 8) {
            service.arrive(field, id);
            ++n;
        }
        if (stop >= 4 && stop != 8) {
            SiteVerification v;
            v.findings = QStringLiteral("Findings on site");
            service.verifySite(field, id, v);
            ++n;
        }
        if (stop >= 5 && stop != 8) {
            DisposalReport r;
            r.conclusion = Conclusion::ViolationConfirmed;
            r.summary = QStringLiteral("Violation confirmed");
            service.report(field, id, r);
            ++n;
        }
        if (stop >= 6 && stop != 8) {
            service.close(sup, id);
            ++n;
        }
        if (stop == 7) {
            service.reopen(sup, id, QStringLiteral("More evidence needed"));
            ++n;
        }
        if (stop == 8) {
            service.cancel(duty, id, QStringLiteral("Duplicate"));
            ++n;
        }
        for (; n < 20; ++n)
            service.comment(duty, id, QStringLiteral("Follow-up note %1").arg(n));
    }
    tx.commit();
    db.checkpoint();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int tasks = argc > 1 ? std::atoi(argv[1]) : 10000;
    QTemporaryDir dir;
    // argv[2]: keep the built store at this path and reuse it on the next run.
    const QString path =
        argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("bench_board.db"));
    std::int64_t ms = 1717200000000;
    QElapsedTimer t;
    t.start();
    if (!QFileInfo::exists(path)) {
        build(path, tasks, ms);
        std::printf("build: %d tasks, %d events in %.1f s\n", tasks, tasks * 20,
                    t.elapsed() / 1000.0);
    } else {
        auto db = store::Database::open(path);
        auto st = db.prepare("SELECT max(ts) FROM task_events");
        ms = st.step() ? st.int64(0) * 1000 : ms;
    }

    // Ten days on, so the dispatched tasks are overdue.
    const std::int64_t now = ms + 10LL * 86400 * 1000;
    // In the application the main window has drawn text before the board opens; warm the font
    // database the same way so the first run measures the board, not fontconfig.
    t.restart();
    {
        QLabel warm(QStringLiteral("任务看板 Task board 0123"));
        (void)warm.grab();
    }
    std::printf("font warm-up (not part of the board): %.1f ms\n",
                static_cast<double>(t.nsecsElapsed()) / 1e6);
    std::vector<double> open, query, reload;
    int shown = 0;
    for (int run = 0; run < 5; ++run) {
        ui::TaskWorkspace ws(path, {[now] { return now; }, [] { return QStringLiteral("x"); }});
        ws.setActor(QStringLiteral("duty"));
        t.restart();
        (void)ws.service().board(QStringLiteral("duty"), {}, now / 1000);
        query.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);

        t.restart();
        ui::TaskBoardWidget board(&ws); // board query + models
        board.resize(1600, 450);
        board.show();
        QPixmap first = board.grab(); // forces layout and a full paint of every column
        QCoreApplication::processEvents();
        open.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        shown = board.totalCount();
        if (first.isNull())
            return 1;

        t.restart();
        board.reload();
        (void)board.grab();
        reload.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    std::printf("board query alone: %.1f ms median\n", median(query));
    std::printf("board widget open (query + 9 models + first layout and paint, 1600x450): "
                "%.1f ms median, %.1f ms first run, %d cards (target <= 300 ms)\n",
                median(open), open.front(), shown);
    std::printf("board reload + repaint (after an action): %.1f ms median\n", median(reload));
    return shown == tasks ? 0 : 1;
}
