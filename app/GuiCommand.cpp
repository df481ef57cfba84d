// The GUI: `ecosentry [--db PATH] [--lang zh_CN|en] [--screenshot FILE] [--wall]
// [--user NAME [--password-file FILE]] [--export-case TASK --output FILE.pdf]`. A store with
// accounts asks for a sign-in (LoginDialog), unless --user names one, whose password then comes
// from the file or ECOSENTRY_PASSWORD as on the command line; a store without accounts opens
// read-only for tasks. --export-case writes the task's case file (CaseFileExporter) without opening
// a window, for scripts and the wall. Simplified Chinese by default. --screenshot opens the window
// at 1600x1000, waits for the first finished map render, writes the window to a PNG and exits (for
// the README and for looking at the GUI on a machine without a person in front of it). --wall opens
// full screen with the dark theme.
#include "app/CliOptions.h"
#include "app/Commands.h"
#include "core/model/Time.h"

#include "ui/AppLocale.h"
#include "ui/MainWindow.h"
#include "ui/MapCanvas.h"
#include "ui/task/CaseFileExporter.h"
#include "ui/task/LoginDialog.h"
#include "ui/task/TaskWorkspace.h"
#include "ui/trace/TracePanel.h"

#include "core/store/Database.h"
#include "core/store/StoreError.h"
#include "core/task/CredentialSource.h"
#include "core/task/TaskError.h"
#include "core/task/UserDirectory.h"
#include "core/trace/EventFinder.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>
#include <optional>

namespace eco::app {

namespace {

constexpr int kScreenshotTimeoutMs = 120000;

QString styleSheet(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool storeHasUsers(const QString& path) {
    if (!QFileInfo::exists(path))
        return false;
    try {
        auto db = store::Database::open(path, store::Database::Mode::ReadOnly);
        return !task::UserDirectory(db).isEmpty();
    } catch (const store::StoreError&) {
        return false; // the main window says what is wrong with the store
    }
}

// The signed-in user: "" for a store without accounts; nullopt to stop (cancelled or refused,
// *exitCode set).
std::optional<QString> signIn(const CliOptions& opts, int* exitCode) {
    const QString db = opts.dbPath();
    if (!storeHasUsers(db))
        return QString();
    if (opts.has(QStringLiteral("user"))) {
        QString error;
        const auto password = task::CredentialSource::read(
            opts.value(QStringLiteral("password-file")), "ECOSENTRY_PASSWORD", &error);
        if (!password) {
            *exitCode = usageError("gui", error);
            return std::nullopt;
        }
        const auto out =
            ui::LoginDialog::authenticate(db, opts.value(QStringLiteral("user")), *password);
        if (!out.account) {
            std::fprintf(stderr, "ecosentry: %s\n", qPrintable(out.error));
            *exitCode = 1;
            return std::nullopt;
        }
        return out.account->username;
    }
    ui::LoginDialog login(db);
    if (login.exec() != QDialog::Accepted || !login.account()) {
        *exitCode = 0;
        return std::nullopt;
    }
    return login.account()->username;
}

int exportCase(const CliOptions& opts, const QString& user) {
    const QString out = opts.value(QStringLiteral("output"));
    if (out.isEmpty())
        return usageError("gui", QStringLiteral("--export-case needs --output FILE.pdf"));
    if (user.isEmpty())
        return usageError("gui", QStringLiteral("--export-case needs --user on a store with "
                                                "accounts"));
    try {
        ui::TaskWorkspace ws(opts.dbPath());
        ws.setActor(user);
        const QString id = ws.service().resolveTaskId(opts.value(QStringLiteral("export-case")));
        QString error;
        if (!ui::CaseFileExporter(ws).exportTask(id, out, &error)) {
            std::fprintf(stderr, "ecosentry: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("wrote %s\n", qPrintable(out));
        return 0;
    } catch (const task::TaskError& e) {
        std::fprintf(stderr, "ecosentry: %s\n", qPrintable(e.message()));
    } catch (const store::StoreError& e) {
        std::fprintf(stderr, "ecosentry: %s\n", e.what());
    }
    return 1;
}

} // namespace

int runGui(int argc, char** argv) {
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("EcoSentry"));
    QCoreApplication::setOrganizationName(QStringLiteral("EcoSentry"));
    // --trace-site/--trace-time: a development aid that opens the trace panel on a station and
    // hour, so a --screenshot shows it; --trace-lidar ID with --trace-time traces the strongest
    // plume of that lidar's scan nearest the time.
    CliOptions opts({QStringLiteral("db"), QStringLiteral("lang"), QStringLiteral("screenshot"),
                     QStringLiteral("trace-site"), QStringLiteral("trace-time"),
                     QStringLiteral("trace-lidar"), QStringLiteral("user"),
                     QStringLiteral("password-file"), QStringLiteral("export-case"),
                     QStringLiteral("output")},
                    {QStringLiteral("wall")});
    if (!opts.parse(app.arguments().mid(1)))
        return usageError("gui", opts.error());
    if (!opts.positional().isEmpty())
        return usageError(
            "gui", QStringLiteral("unexpected argument '%1'").arg(opts.positional().front()));
    const QString lang = opts.value(QStringLiteral("lang"), ui::AppLocale::defaultLanguage());
    if (!ui::AppLocale::supported().contains(lang))
        return usageError("gui", QStringLiteral("--lang: expected one of %1, got '%2'")
                                     .arg(ui::AppLocale::supported().join(u'|'), lang));
    if (!ui::AppLocale::install(app, lang))
        std::fprintf(stderr, "ecosentry: warning: the %s translation is not available\n",
                     qPrintable(lang));
    const bool wall = opts.has(QStringLiteral("wall"));
    app.setStyleSheet(styleSheet(wall ? QStringLiteral(":/themes/wall-dark.qss")
                                      : QStringLiteral(":/themes/workstation-light.qss")));

    // The panels open the store read-only, and a read-only connection cannot migrate: a store
    // written by an older release is brought to this release's schema here, once, before anything
    // reads it. A store that cannot be migrated (read-only file, newer schema) is left to the main
    // window, which says why.
    if (QFileInfo::exists(opts.dbPath())) {
        try {
            store::Database::open(opts.dbPath());
        } catch (const store::StoreError& e) {
            std::fprintf(stderr, "ecosentry: %s\n", e.what());
        }
    }

    int signInExit = 0;
    const auto user = signIn(opts, &signInExit);
    if (!user)
        return signInExit;
    if (opts.has(QStringLiteral("export-case")))
        return exportCase(opts, *user);
    ui::MainWindow window(opts.dbPath());
    window.installTasks(opts.dbPath(), *user);
    if (opts.has(QStringLiteral("trace-site"))) {
        const auto t = model::parseUserTime(opts.value(QStringLiteral("trace-time")));
        if (!t)
            return usageError("gui", QStringLiteral("--trace-site needs --trace-time T"));
        window.showTraceDock();
        window.tracePanel()->traceStation(opts.value(QStringLiteral("trace-site")), *t);
        window.tracePanel()->waitForFinished();
    }
    if (opts.has(QStringLiteral("trace-lidar"))) {
        const auto t = model::parseUserTime(opts.value(QStringLiteral("trace-time")));
        if (!t)
            return usageError("gui", QStringLiteral("--trace-lidar needs --trace-time T"));
        QString error;
        std::vector<trace::LidarPlumeEvent> plumes;
        try {
            auto db = store::Database::open(opts.dbPath(), store::Database::Mode::ReadOnly);
            plumes = trace::EventFinder(db).lidarPlumes(opts.value(QStringLiteral("trace-lidar")),
                                                        *t, 1800, &error);
        } catch (const store::StoreError& e) {
            error = QString::fromUtf8(e.what());
        }
        if (plumes.empty())
            return failure("gui",
                           error.isEmpty() ? QStringLiteral("no plume in that scan") : error);
        window.showTraceDock();
        window.tracePanel()->traceLidarPlume(plumes.front());
        window.tracePanel()->waitForFinished();
    }
    if (opts.has(QStringLiteral("screenshot"))) {
        const QString out = opts.value(QStringLiteral("screenshot"));
        int code = 1;
        window.resize(1600, 1000);
        QObject::connect(window.canvas(), &ui::MapCanvas::renderFinished, &app, [&] {
            // Let the canvas paint the new image before grabbing.
            QTimer::singleShot(50, &app, [&] {
                if (window.grab().save(out, "PNG")) {
                    std::printf("wrote %s\n", qPrintable(out));
                    code = 0;
                } else {
                    std::fprintf(stderr, "ecosentry: %s: cannot write the screenshot\n",
                                 qPrintable(out));
                }
                app.exit(code);
            });
        });
        QTimer::singleShot(kScreenshotTimeoutMs, &app, [&] {
            std::fprintf(stderr, "ecosentry: the map did not finish rendering in time\n");
            app.exit(1);
        });
        window.show();
        if (opts.has(QStringLiteral("trace-site")) || opts.has(QStringLiteral("trace-lidar"))) {
            // A tabified dock only comes to the front once the shown window has laid out its
            // tab bars: raise the trace again now, so the screenshot shows it.
            QCoreApplication::processEvents();
            window.showTraceDock();
        }
        app.exec();
        return code;
    }
    if (wall)
        window.showFullScreen();
    else
        window.show();
    return app.exec();
}

} // namespace eco::app
