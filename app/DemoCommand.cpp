// `ecosentry demo [--db PATH] [--days N] [--seed N]`: builds the demo city store from scratch,
// showing progress on stderr (a bar on a terminal, one line per stage otherwise), then prints
// what the store holds, the time each stage took and the total.
#include "app/CliOptions.h"
#include "app/Commands.h"

#include "core/demo/DemoCity.h"
#include "core/store/Database.h"
#include "core/store/StoreError.h"
#include "core/store/StoreSummary.h"

#include <QElapsedTimer>

#include <cstdio>
#include <exception>
#include <limits>
#include <unistd.h>

namespace eco::app {

namespace {

// Progress on stderr. A bar redrawn in place on a terminal; in a log, one line per new stage.
class ProgressPrinter {
public:
    ProgressPrinter() : m_tty(isatty(fileno(stderr)) != 0) { m_clock.start(); }
    ~ProgressPrinter() { finish(); }
    ProgressPrinter(const ProgressPrinter&) = delete;
    ProgressPrinter& operator=(const ProgressPrinter&) = delete;

    void operator()(const QString& stage, double fraction) {
        if (!m_tty) {
            if (stage != m_stage)
                std::fprintf(stderr, "[%6.1f s] %s\n", m_clock.elapsed() / 1000.0,
                             qPrintable(stage));
            m_stage = stage;
            return;
        }
        const int width = 30;
        const int filled = static_cast<int>(fraction * width + 0.5);
        const int pct = static_cast<int>(fraction * 100 + 0.5);
        if (stage == m_stage && pct == m_pct)
            return;
        m_stage = stage;
        m_pct = pct;
        std::fprintf(stderr, "\r\033[K[%-*s] %3d%% %6.1f s  %s", width,
                     QByteArray(filled, '#').constData(), pct, m_clock.elapsed() / 1000.0,
                     qPrintable(stage));
        std::fflush(stderr);
    }
    void finish() {
        if (m_tty && !m_stage.isEmpty())
            std::fputs("\n", stderr);
        m_stage.clear();
    }

private:
    bool m_tty;
    QElapsedTimer m_clock;
    QString m_stage;
    int m_pct = -1;
};

} // namespace

int runDemoCommand(const QStringList& args) {
    CliOptions opts({QStringLiteral("db"), QStringLiteral("days"), QStringLiteral("seed")}, {});
    if (!opts.parse(args))
        return usageError("demo", opts.error());
    if (!opts.positional().isEmpty())
        return usageError(
            "demo", QStringLiteral("unexpected argument '%1'").arg(opts.positional().first()));
    demo::DemoConfig config;
    config.dbPath = opts.dbPath();
    if (opts.has(QStringLiteral("days"))) {
        const auto days = opts.integer(QStringLiteral("days"));
        if (!days || *days < 1 || *days > 366)
            return usageError("demo",
                              QStringLiteral("--days must be an integer from 1 to 366, not '%1'")
                                  .arg(opts.value(QStringLiteral("days"))));
        config.days = static_cast<int>(*days);
    }
    if (opts.has(QStringLiteral("seed"))) {
        bool ok = false;
        const QString text = opts.value(QStringLiteral("seed"));
        const qulonglong seed = text.toULongLong(&ok);
        if (!ok || text.startsWith(u'-') || text.startsWith(u'+'))
            return usageError(
                "demo", QStringLiteral("--seed must be an unsigned integer, not '%1'").arg(text));
        config.seed = seed;
    }
    QElapsedTimer clock;
    clock.start();
    try {
        demo::DemoCity::Report report;
        {
            ProgressPrinter printer;
            report = demo::DemoCity::build(
                config, [&printer](const QString& stage, double f) { printer(stage, f); });
        }
        const auto db = store::Database::open(config.dbPath, store::Database::Mode::ReadOnly);
        QString out = config.dbPath + QLatin1Char('\n') + store::StoreSummary::of(db).toText();
        out += QStringLiteral("stages:");
        for (const auto& [stage, seconds] : report.stageSeconds)
            out += QStringLiteral(" %1 %2 s;").arg(stage).arg(seconds, 0, 'f', 1);
        out += QStringLiteral("\nelapsed %1 s (seed %2, %3 days)\n")
                   .arg(clock.elapsed() / 1000.0, 0, 'f', 1)
                   .arg(config.seed)
                   .arg(config.days);
        std::fputs(qPrintable(out), stdout);
        return 0;
    } catch (const std::exception& e) {
        return failure("demo", QString::fromUtf8(e.what()));
    }
}

} // namespace eco::app
