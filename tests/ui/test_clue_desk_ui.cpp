// The clue desk's widgets on a hand-made store (tests/core/clue/ClueTestStore): the list's
// filters, search and sort; the detail view's charts for every rule shape (series, corrected
// series, limit line, flagged hours, window, power circuits with ON levels, the alert band, the
// reference station, missing data) grabbed to /tmp/gui/clue_*.png; buttons that follow the
// user's role; actions through the view; the statistics (tables and clue counts over time as
// stacked bars or lines); the threshold editor's validation and save and its meanings in Chinese;
// the background screening runner (run now and after new data).
#include "../core/clue/ClueTestStore.h"

#include "core/clue/ClueRepository.h"
#include "core/screen/ScreeningSettings.h"
#include "core/store/Database.h"
#include "ui/clue/ClueDeskWidget.h"
#include "ui/clue/ClueDetailView.h"
#include "ui/clue/ClueStatisticsView.h"
#include "ui/clue/ClueTableModel.h"
#include "ui/clue/ScreeningRunner.h"
#include "ui/clue/ScreeningSettingsEditor.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <qcustomplot.h>

using namespace eco;
using namespace eco::ui;

namespace {

void grabTo(QWidget* w, const QString& name) {
    QDir().mkpath(QStringLiteral("/tmp/gui"));
    w->grab().save(QStringLiteral("/tmp/gui/%1.png").arg(name));
}

int pointsOf(QCustomPlot* p) {
    int n = 0;
    for (int i = 0; i < p->graphCount(); ++i)
        n += p->graph(i)->dataCount();
    return n;
}

int itemsOf(QCustomPlot* p, const char* className) {
    int n = 0;
    for (int i = 0; i < p->itemCount(); ++i)
        n += QLatin1String(p->item(i)->metaObject()->className()) == QLatin1String(className);
    return n;
}

QPushButton* button(QWidget* w, const char* name) {
    return w->findChild<QPushButton*>(QLatin1String(name));
}

} // namespace

class TestClueDeskUi : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    QString freshStore() {
        const QString path = m_dir.filePath(QStringLiteral("ui%1.db").arg(++m_n));
        auto db = store::Database::open(path);
        cluetest::build(db);
        return path;
    }

private slots:
    void listFiltersSearchAndSort() {
        ClueDeskWidget desk;
        desk.resize(1500, 700);
        QVERIFY(desk.openStore(freshStore()));
        QCOMPARE(desk.model()->totalCount(), 6);
        QVERIFY(desk.detail()->current()); // the first row is selected and shown

        auto* rule = desk.findChild<QComboBox*>(QStringLiteral("clueRuleFilter"));
        rule->setCurrentIndex(rule->findData(QStringLiteral("P")));
        QCOMPARE(desk.model()->totalCount(), 3);
        rule->setCurrentIndex(rule->findData(QStringLiteral("A1")));
        QCOMPARE(desk.model()->totalCount(), 1);
        rule->setCurrentIndex(0);

        auto* district = desk.findChild<QComboBox*>(QStringLiteral("clueDistrictFilter"));
        district->setCurrentIndex(district->findData(QStringLiteral("D2")));
        QCOMPARE(desk.model()->totalCount(), 2);
        district->setCurrentIndex(0);
        // Industries are named for people (translated), filtered by their code.
        auto* industry = desk.findChild<QComboBox*>(QStringLiteral("clueIndustryFilter"));
        QCOMPARE(industry->itemText(industry->findData(QStringLiteral("steel"))),
                 QStringLiteral("Steel"));
        industry->setCurrentIndex(industry->findData(QStringLiteral("steel")));
        QCOMPARE(desk.model()->totalCount(), 3);
        QCOMPARE(desk.model()->index(0, ClueTableModel::Industry).data().toString(),
                 QStringLiteral("Steel"));
        industry->setCurrentIndex(0);
        // Times are not clipped in the list.
        auto* table = desk.findChild<QTableView*>(QStringLiteral("clueTable"));
        const QString start = desk.model()->index(0, ClueTableModel::Start).data().toString();
        QVERIFY(table->columnWidth(ClueTableModel::Start) >
                table->fontMetrics().horizontalAdvance(start));
        auto* severity = desk.findChild<QComboBox*>(QStringLiteral("clueSeverityFilter"));
        severity->setCurrentIndex(severity->findData(3));
        QCOMPARE(desk.model()->totalCount(), 2);
        severity->setCurrentIndex(0);

        auto* search = desk.findChild<QLineEdit*>(QStringLiteral("clueSearch"));
        search->setText(QStringLiteral("钢铁"));
        QTRY_COMPARE(desk.model()->totalCount(), 3); // after the typing delay
        search->clear();
        QTRY_COMPARE(desk.model()->totalCount(), 6);

        desk.model()->sort(ClueTableModel::Score, Qt::DescendingOrder);
        QCOMPARE(desk.model()->rowAt(0)->id, QStringLiteral("C-E1"));
        desk.model()->sort(ClueTableModel::Score, Qt::AscendingOrder);
        QCOMPARE(desk.model()->rowAt(0)->id, QStringLiteral("C-A1"));
        // Status colours: an open high-severity clue is reddish, a decided one grey.
        const clue::ClueRow* e1 = desk.model()->rowAt(desk.model()->rowOf("C-E1"));
        QVERIFY(ClueTableModel::statusColour(*e1).red() > ClueTableModel::statusColour(*e1).blue());
        QVERIFY(desk.selectClue(QStringLiteral("C-P3")));
        QCOMPARE(desk.detail()->current()->id, QStringLiteral("C-P3"));
        QVERIFY(!desk.selectClue(QStringLiteral("nope")));
        desk.show();
        QVERIFY(QTest::qWaitForWindowExposed(&desk));
        grabTo(&desk, QStringLiteral("clue_desk"));
    }

    void detailChartsForEveryShape() {
        const QString path = freshStore();
        auto db = store::Database::open(path);
        clue::ClueRepository repo(db);
        ClueDetailView view;
        view.resize(900, 700);
        view.setStore(&db, &repo);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        // E1: raw and O2-corrected series, limit line with its label, window, peak.
        view.showClue(QStringLiteral("C-E1"));
        QVERIFY(view.seriesPlot()->isVisible());
        QVERIFY(!view.powerPlot()->isVisible());
        QCOMPARE(view.seriesPlot()->graphCount(), 3);   // raw, corrected, flagged hour
        QVERIFY(pointsOf(view.seriesPlot()) >= 2 * 24); // 12 h either side of the window
        QVERIFY(itemsOf(view.seriesPlot(), "QCPItemRect") >= 1);
        QVERIFY(itemsOf(view.seriesPlot(), "QCPItemStraightLine") >= 2); // limit and peak
        QVERIFY(view.seriesPlot()->yAxis->range().upper > 150);          // the corrected peak shows
        grabTo(&view, QStringLiteral("clue_detail_E1"));

        // F4: no pollutant in the evidence; the outlet's SO2 with its flagged hours.
        view.showClue(QStringLiteral("C-F4"));
        bool flagged = false;
        for (int i = 0; i < view.seriesPlot()->graphCount(); ++i)
            flagged = flagged || view.seriesPlot()->graph(i)->lineStyle() == QCPGraph::lsNone;
        QVERIFY(flagged);
        grabTo(&view, QStringLiteral("clue_detail_F4"));

        // P1: production and treatment power with ON levels; no concentration chart.
        view.showClue(QStringLiteral("C-P1"));
        QVERIFY(view.powerPlot()->isVisible());
        QVERIFY(!view.seriesPlot()->isVisible());
        QCOMPARE(view.powerPlot()->graphCount(), 2);
        QVERIFY(view.powerPlot()->graph(0)->dataCount() > 100);
        QVERIFY(view.powerPlot()->graph(1)->dataCount() > 100);
        grabTo(&view, QStringLiteral("clue_detail_P1"));

        // P3: the alert band and its label.
        view.showClue(QStringLiteral("C-P3"));
        QVERIFY(itemsOf(view.powerPlot(), "QCPItemRect") >= 2); // alert + window
        QVERIFY(itemsOf(view.powerPlot(), "QCPItemText") >= 1);
        grabTo(&view, QStringLiteral("clue_detail_P3"));

        // P4: the missing meter is listed and said to be missing.
        view.showClue(QStringLiteral("C-P4"));
        QVERIFY(view.powerPlot()->isVisible());
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("clueNotes"))->text().contains("E2-TREAT"));

        // A1: the station and its reference.
        view.showClue(QStringLiteral("C-A1"));
        QCOMPARE(view.seriesPlot()->graphCount(), 2);
        QCOMPARE(view.seriesPlot()->graph(1)->pen().style(), Qt::DashLine);
        QCOMPARE(view.seriesPlot()->yAxis->label(), QStringLiteral("µg/m³"));
        grabTo(&view, QStringLiteral("clue_detail_A1"));

        // A clue that vanished (merged away by a screening run) is said so.
        view.showClue(QStringLiteral("C-gone"));
        QVERIFY(!view.current());
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("clueInfo"))->text().contains("C-gone"));
    }

    void buttonsFollowRoleAndActionsWork() {
        const QString path = freshStore();
        ClueDeskWidget desk;
        QVERIFY(desk.openStore(path));
        QVERIFY(desk.selectClue(QStringLiteral("C-E1")));
        ClueDetailView* view = desk.detail();
        const char* acts[] = {"clueMakeTask", "clueDismiss", "clueMerge", "clueOutcome",
                              "clueReopen"};
        for (const char* b : acts)
            QVERIFY(!button(view, b)->isEnabled()); // nobody signed in
        desk.setActor(QStringLiteral("viewer"));
        for (const char* b : acts) {
            QVERIFY(!button(view, b)->isEnabled());
            QVERIFY(button(view, b)->toolTip().contains(QStringLiteral("may not")));
        }
        desk.setActor(QStringLiteral("duty"));
        QVERIFY(button(view, "clueDismiss")->isEnabled());
        QVERIFY(button(view, "clueMakeTask")->isEnabled());
        QVERIFY(!button(view, "clueReopen")->isEnabled());

        QSignalSpy focus(&desk, &ClueDeskWidget::focusRequested);
        button(view, "clueFocus")->click();
        QCOMPARE(focus.size(), 1);
        QCOMPARE(focus[0][0].toDouble(), 104.101);
        QCOMPARE(focus[0][1].toDouble(), 30.601);

        QSignalSpy changed(&desk, &ClueDeskWidget::cluesChanged);
        QSignalSpy failed(view, &ClueDetailView::actionFailed);
        QVERIFY(!view->dismissCurrent(QString())); // a reason is required
        QCOMPARE(failed.size(), 1);
        QVERIFY(view->dismissCurrent(QStringLiteral("duplicate")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(view->current()->status, QStringLiteral("dismissed"));
        QVERIFY(!button(view, "clueDismiss")->isEnabled());
        QVERIFY(!button(view, "clueReopen")->isEnabled()); // duty may not reopen
        desk.setActor(QStringLiteral("sup"));
        QVERIFY(button(view, "clueReopen")->isEnabled());
        QVERIFY(view->reopenCurrent(QStringLiteral("not a duplicate")));
        QCOMPARE(view->current()->status, QStringLiteral("new"));

        QSignalSpy tasks(&desk, &ClueDeskWidget::taskCreated);
        const QString taskId = view->makeTaskForCurrent(QStringLiteral("check the stack"));
        QVERIFY(!taskId.isEmpty());
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(view->current()->status, QStringLiteral("tasked"));

        QVERIFY(desk.selectClue(QStringLiteral("C-A1")));
        QVERIFY(view->recordOutcome(clue::Outcome::DataQualityFault));
        QCOMPARE(desk.model()->rowAt(desk.model()->rowOf("C-A1"))->outcome,
                 QStringLiteral("data_quality_fault"));
        QVERIFY(desk.selectClue(QStringLiteral("C-P4")));
        QVERIFY(view->mergeCurrentInto(QStringLiteral("C-P3")));
        QCOMPARE(view->current()->mergedInto, QStringLiteral("C-P3"));

        // The statistics follow the actions.
        desk.statistics()->refresh();
        QTableWidget* rules = desk.statistics()->ruleTable();
        QCOMPARE(rules->rowCount(), 5); // P4 merged away
        bool a1 = false;
        for (int r = 0; r < rules->rowCount(); ++r)
            if (rules->item(r, 0)->text() == QLatin1String("A1")) {
                a1 = true;
                QCOMPARE(rules->item(r, rules->columnCount() - 1)->text(), QStringLiteral("0.0 %"));
            }
        QVERIFY(a1);
        QVERIFY(desk.statistics()->countTable()->rowCount() >= 2);
        // Counts over time: one stacked bar series per district (D1, D2), the upper on the lower.
        QCustomPlot* counts = desk.statistics()->countChart();
        QCOMPARE(counts->plottableCount(), 2);
        auto* upper = qobject_cast<QCPBars*>(counts->plottable(1));
        QVERIFY(upper && upper->barBelow() == counts->plottable(0));
        double sum = 0;
        for (int i = 0; i < counts->plottableCount(); ++i)
            for (auto it = qobject_cast<QCPBars*>(counts->plottable(i))->data()->constBegin();
                 it != qobject_cast<QCPBars*>(counts->plottable(i))->data()->constEnd(); ++it)
                sum += it->value;
        QCOMPARE(sum, 5.0); // six clues, one merged away
        QVERIFY(counts->legend->visible());
        // By industry as lines: named for people, not as codes.
        desk.statistics()
            ->findChild<QComboBox*>(QStringLiteral("statsDimension"))
            ->setCurrentIndex(1);
        desk.statistics()->setCountStyle(ClueStatisticsView::CountStyle::Lines);
        QCOMPARE(counts->graphCount(), counts->plottableCount());
        QStringList names;
        for (int i = 0; i < counts->graphCount(); ++i)
            names << counts->graph(i)->name();
        QVERIFY2(names.contains(QStringLiteral("Steel")), qPrintable(names.join(',')));
        QVERIFY(names.contains(QStringLiteral("cement"))); // unknown codes stay as they are
        desk.statistics()->setCountStyle(ClueStatisticsView::CountStyle::StackedBars);
        desk.resize(1400, 800);
        desk.tabs()->setCurrentIndex(1);
        desk.show();
        QVERIFY(QTest::qWaitForWindowExposed(&desk));
        grabTo(&desk, QStringLiteral("clue_statistics"));
    }

    void settingsEditorValidatesAndSaves() {
        const QString path = freshStore();
        auto db = store::Database::open(path);
        ScreeningSettingsEditor editor;
        editor.setDatabase(&db);
        QTableWidget* t = editor.table();
        QCOMPARE(t->rowCount(), static_cast<int>(screen::ScreeningSettings::entries().size()));
        const auto& entry = screen::ScreeningSettings::entries()[0];
        auto* save = editor.findChild<QPushButton*>(QStringLiteral("settingsSave"));
        t->item(0, ScreeningSettingsEditor::Value)->setText(QStringLiteral("abc"));
        QVERIFY(!editor.isValid());
        QVERIFY(!save->isEnabled());
        QVERIFY(editor.findChild<QLabel*>(QStringLiteral("settingsStatus"))
                    ->text()
                    .contains(QLatin1String(entry.name)));
        t->item(0, ScreeningSettingsEditor::Value)->setText(QStringLiteral("-1"));
        QVERIFY(!editor.isValid());
        QVERIFY(!editor.save());
        t->item(0, ScreeningSettingsEditor::Value)->setText(QStringLiteral("17.5"));
        QVERIFY(save->isEnabled());
        QSignalSpy saved(&editor, &ScreeningSettingsEditor::saved);
        QVERIFY(editor.save());
        QCOMPARE(saved.size(), 1);
        QCOMPARE(screen::ScreeningSettings::load(db).*(entry.member), 17.5);
        editor.restoreDefaults();
        QVERIFY(editor.save());
        QCOMPARE(screen::ScreeningSettings::load(db).*(entry.member),
                 screen::ScreeningSettings().*(entry.member));
        editor.resize(1000, 600);
        grabTo(&editor, QStringLiteral("clue_thresholds"));
    }

    void thresholdMeaningsAreTranslated() {
        // The meanings are marked in core (QT_TRANSLATE_NOOP) and translated in the editor.
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/i18n/ecosentry_zh_CN.qm")));
        QCoreApplication::installTranslator(&zh);
        const QString path = freshStore();
        auto db = store::Database::open(path);
        ScreeningSettingsEditor editor;
        editor.setDatabase(&db);
        QCoreApplication::removeTranslator(&zh);
        const auto entries = screen::ScreeningSettings::entries();
        QCOMPARE(editor.table()->rowCount(), static_cast<int>(entries.size()));
        static const QRegularExpression cjk(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
        for (int i = 0; i < editor.table()->rowCount(); ++i) {
            const QString text = editor.table()->item(i, ScreeningSettingsEditor::Meaning)->text();
            QVERIFY2(text.contains(cjk), qPrintable(QString::fromLatin1(entries[i].meaning)));
        }
    }

    void runnerScreensInTheBackground() {
        const QString path = freshStore();
        ScreeningRunner runner;
        runner.setWatchInterval(0);
        runner.setDatabasePath(path);
        QSignalSpy finished(&runner, &ScreeningRunner::finished);
        QSignalSpy started(&runner, &ScreeningRunner::started);
        runner.runNow(true);
        QVERIFY(runner.isRunning() || finished.size() == 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        auto r = finished[0][0].value<ScreeningRunResult>();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.mode, QStringLiteral("full"));
        QCOMPARE(started.size(), 1);
        QVERIFY(r.dataMark > cluetest::kT0);

        // Nothing new: the watcher does not start a run.
        runner.checkStore();
        QCOMPARE(started.size(), 1);
        // New data from another connection: the watcher starts an incremental run.
        {
            auto db = store::Database::open(path);
            db.exec("INSERT INTO readings(series_id, ts, value, flag) SELECT id, 1791302400, 31, "
                    "'N' FROM series WHERE source_id='O1' AND pollutant='a21026'");
        }
        runner.checkStore();
        QCOMPARE(started.size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        r = finished[1][0].value<ScreeningRunResult>();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.mode, QStringLiteral("incremental"));
        QCOMPARE(r.dataMark, 1791302400);
        // The runner hands the full run's memory to the incremental run: old rows are not re-read.
        QVERIFY(r.memoryGrids > 0);

        // A store that cannot be screened reports the failure, it does not crash.
        ScreeningRunner broken;
        broken.setWatchInterval(0);
        broken.setDatabasePath(m_dir.filePath(QStringLiteral("missing/dir/x.db")));
        QSignalSpy brokenDone(&broken, &ScreeningRunner::finished);
        broken.runNow();
        QTRY_COMPARE_WITH_TIMEOUT(brokenDone.size(), 1, 30000);
        QVERIFY(!brokenDone[0][0].value<ScreeningRunResult>().ok);
        QVERIFY(!brokenDone[0][0].value<ScreeningRunResult>().error.isEmpty());
    }
};

QTEST_MAIN(TestClueDeskUi)
#include "test_clue_desk_ui.moc"
