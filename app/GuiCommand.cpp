// The GUI: `ecosentry [--db PATH] [--lang zh_CN|en] [--screenshot FILE] [--wall]`. Simplified
// Chinese by default. --screenshot opens the window at 1600x1000, waits for the first finished
// map render, writes the window to a PNG and exits (for the README and for looking at the GUI
// on a machine without a person in front of it). --wall opens full screen with the dark theme.
#include "app/CliOptions.h"
#include "app/Commands.h"
#include "core/model/Time.h"

#include "ui/AppLocale.h"
#include "ui/MainWindow.h"
#include "ui/MapCanvas.h"
#include "ui/trace/TracePanel.h"

#include <QApplication>
#include <QFile>
#include <QTimer>

#include <cstdio>

namespace eco::app {

namespace {

constexpr int kScreenshotTimeoutMs = 120000;

QString styleSheet(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

int runGui(int argc, char** argv) {
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("EcoSentry"));
    QCoreApplication::setOrganizationName(QStringLiteral("EcoSentry"));
    // --trace-site/--trace-time: a development aid that opens the trace panel on a station and
    // hour, so a --screenshot shows it.
    CliOptions opts({QStringLiteral("db"), QStringLiteral("lang"), QStringLiteral("screenshot"),
                     QStringLiteral("trace-site"), QStringLiteral("trace-time")},
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

    ui::MainWindow window(opts.dbPath());
    if (opts.has(QStringLiteral("trace-site"))) {
        const auto t = model::parseUserTime(opts.value(QStringLiteral("trace-time")));
        if (!t)
            return usageError("gui", QStringLiteral("--trace-site needs --trace-time T"));
        window.showTraceDock();
        window.tracePanel()->traceStation(opts.value(QStringLiteral("trace-site")), *t);
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
