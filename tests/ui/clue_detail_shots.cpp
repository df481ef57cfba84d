// clue_detail_shots: a small tool (not a test) that opens a store, shows the strongest clue of
// each screening rule in ClueDetailView and writes each view to OUT/clue_<rule>.png, so the
// evidence charts on real (demo) data can be looked at; then the statistics view (by district as
// stacked bars, by industry as lines) and the threshold editor to OUT/stats_*.png and
// OUT/thresholds.png. Usage:
//   clue_detail_shots --db PATH --out DIR [--lang zh_CN|en]
#include "core/clue/ClueRepository.h"
#include "core/store/Database.h"
#include "ui/AppLocale.h"
#include "ui/clue/ClueDetailView.h"
#include "ui/clue/ClueStatisticsView.h"
#include "ui/clue/ScreeningSettingsEditor.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QLabel>
#include <QTextStream>

#include <exception>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), QStringLiteral("store"), QStringLiteral("path")});
    p.addOption({QStringLiteral("out"), QStringLiteral("output directory"), QStringLiteral("dir")});
    p.addOption({QStringLiteral("lang"), QStringLiteral("zh_CN or en"), QStringLiteral("lang"),
                 QStringLiteral("zh_CN")});
    p.process(app);
    QTextStream err(stderr);
    if (!p.isSet(QStringLiteral("db")) || !p.isSet(QStringLiteral("out"))) {
        err << "usage: clue_detail_shots --db PATH --out DIR [--lang zh_CN|en]\n";
        return 2;
    }
    eco::ui::AppLocale::install(app, p.value(QStringLiteral("lang")));
    try {
        auto db = eco::store::Database::open(p.value(QStringLiteral("db")),
                                             eco::store::Database::Mode::ReadOnly);
        eco::clue::ClueRepository repo(db);
        eco::ui::ClueDetailView view;
        view.resize(1000, 760);
        view.setStore(&db, &repo);
        view.show();
        const QDir out(p.value(QStringLiteral("out")));
        QDir().mkpath(out.path());
        for (const QString& rule : repo.rules()) {
            eco::clue::ClueFilter f;
            f.rules = {rule};
            f.sort = eco::clue::ClueSortKey::Score;
            const auto page = repo.query(f, 0, 1);
            if (page.rows.empty())
                continue;
            view.showClue(page.rows.front().id);
            app.processEvents();
            const QString file = out.filePath(QStringLiteral("clue_%1.png").arg(rule));
            view.grab().save(file);
            const QString notes = view.findChild<QLabel*>(QStringLiteral("clueNotes"))->text();
            QTextStream(stdout) << file << " " << page.rows.front().id
                                << (notes.isEmpty() ? QString() : " notes: " + notes) << "\n";
        }
        eco::ui::ClueStatisticsView stats;
        stats.resize(1400, 900);
        stats.setDatabase(&db);
        stats.show();
        app.processEvents();
        stats.grab().save(out.filePath(QStringLiteral("stats_district_week.png")));
        stats.findChild<QComboBox*>(QStringLiteral("statsDimension"))->setCurrentIndex(1);
        stats.setCountStyle(eco::ui::ClueStatisticsView::CountStyle::Lines);
        app.processEvents();
        stats.grab().save(out.filePath(QStringLiteral("stats_industry_week_lines.png")));
        stats.findChild<QComboBox*>(QStringLiteral("statsPeriod"))->setCurrentIndex(1);
        stats.setCountStyle(eco::ui::ClueStatisticsView::CountStyle::StackedBars);
        app.processEvents();
        stats.grab().save(out.filePath(QStringLiteral("stats_industry_month.png")));
        eco::ui::ScreeningSettingsEditor editor;
        editor.resize(1300, 800);
        editor.setDatabase(&db);
        editor.show();
        app.processEvents();
        editor.grab().save(out.filePath(QStringLiteral("thresholds.png")));
    } catch (const std::exception& e) {
        err << e.what() << "\n";
        return 1;
    }
    return 0;
}
