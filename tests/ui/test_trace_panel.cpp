// The trace panel on the offscreen platform, on a small demo city built here: a trace of the
// strongest station sighting of a ground-truth episode runs in the background and fills the
// candidate table (the true source in the top three), the polar and CPF colour maps, the
// candidate's CEMS/power series and the map overlay; "make a task" refuses without a user and
// for a viewer, and creates one for the duty officer. ECO_SHOT_DIR=dir saves a grab to look at.
#include "core/demo/DemoCity.h"
#include "core/model/Time.h"
#include "core/render/TraceLayer.h"
#include "core/store/Database.h"
#include "ui/AppLocale.h"
#include "ui/trace/TracePanel.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <qcustomplot.h>

using namespace eco;

class TestTracePanel : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    QString m_source;
    QString m_site;
    QString m_pollutant;
    std::int64_t m_ts = 0;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("d2.db"));
        demo::DemoConfig c;
        c.dbPath = m_db;
        c.days = 2;
        c.seed = 1;
        demo::DemoCity::build(c);
        auto db = store::Database::open(m_db, store::Database::Mode::ReadOnly);
        auto st = db.prepare("SELECT o.receptor_id, o.ts, e.enterprise_id, e.pollutant FROM "
                             "truth_observations "
                             "o JOIN truth_episodes e ON e.id=o.episode_id WHERE "
                             "o.receptor_kind='site' ORDER BY o.excess DESC LIMIT 1");
        QVERIFY(st.step());
        m_site = st.text(0);
        m_ts = st.int64(1);
        m_source = st.text(2);
        m_pollutant = st.text(3);
    }

    void tracesAStationEpisode() {
        ui::TracePanel panel;
        panel.resize(620, 900);
        panel.setDatabasePath(m_db);
        QSignalSpy overlay(&panel, &ui::TracePanel::overlayChanged);
        QSignalSpy finished(&panel, &ui::TracePanel::traceFinished);
        panel.show();
        // The episode's pollutant, as the evaluation does: on day one of a store there is no
        // baseline yet to pick the spiking pollutant by itself.
        trace::TraceRequest req;
        req.siteId = m_site;
        req.ts = m_ts;
        req.pollutant = m_pollutant;
        panel.trace(req);
        QVERIFY(panel.isRunning() || finished.count() == 1);
        QVERIFY(finished.wait(30000) || finished.count() == 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(overlay.count(), 1);
        QVERIFY(panel.overlay());
        QCOMPARE(panel.overlay()->id(), QStringLiteral("trace"));

        QTableWidget* t = panel.candidateTable();
        QCOMPARE(t->columnCount(), int(ui::TracePanel::ColumnCount));
        QVERIFY(t->rowCount() >= 3);
        QStringList top;
        for (int r = 0; r < t->rowCount() && top.size() < 3; ++r) {
            const QString e = t->item(r, ui::TracePanel::ColEnterprise)->text().section(u' ', 0, 0);
            if (!top.contains(e))
                top << e;
        }
        QVERIFY2(top.contains(m_source),
                 qPrintable(top.join(u' ') + QStringLiteral(" vs ") + m_source));
        QCOMPARE(t->item(0, ui::TracePanel::ColRank)->text(), QStringLiteral("1"));
        const double p1 = t->item(0, ui::TracePanel::ColTop1)->data(Qt::UserRole).toDouble();
        QVERIFY(p1 >= 0 && p1 <= 1);
        QCOMPARE(panel.selectedRow(), 0);

        // Polar and CPF colour maps: the grid of the station's binned hours (early in a
        // two-day store most bins have too few hours and stay empty, which is the point of
        // the minimum), drawn as one colour map each.
        const trace::PolarGrid& g = panel.outcome().polar;
        int binned = 0;
        for (int c : g.counts)
            binned += c;
        QVERIFY(binned > 0);
        QVERIFY(g.cells > 0);
        for (QCustomPlot* plot : {panel.polarPlot(), panel.cpfPlot()}) {
            auto* map = qobject_cast<QCPColorMap*>(plot->plottable(0));
            QVERIFY(map);
            QCOMPARE(map->data()->keySize(), g.cells);
            int finite = 0, expected = 0;
            for (int x = 0; x < g.cells; ++x)
                for (int y = 0; y < g.cells; ++y) {
                    finite += std::isfinite(map->data()->cell(x, y)) ? 1 : 0;
                    expected += std::isfinite(g.meanGrid[size_t(y * g.cells + x)]) ? 1 : 0;
                }
            QCOMPARE(finite, expected);
        }
        QCOMPARE(panel.seriesPlot()->graphCount(), 2);
        QVERIFY(panel.seriesPlot()->graph(0)->dataCount() +
                    panel.seriesPlot()->graph(1)->dataCount() >
                0);
        QVERIFY(panel.headline().contains(m_site));

        if (const QByteArray dir = qgetenv("ECO_SHOT_DIR"); !dir.isEmpty())
            panel.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/trace_panel.png"));

        // Tasks: no user, a viewer, then the duty officer.
        QSignalSpy created(&panel, &ui::TracePanel::taskCreated);
        QVERIFY(!panel.makeTask());
        QVERIFY(!panel.statusText().isEmpty());
        panel.setActor(QStringLiteral("viewer"));
        QVERIFY(!panel.makeTask());
        QVERIFY2(panel.statusText().contains(QStringLiteral("viewer")),
                 qPrintable(panel.statusText()));
        QCOMPARE(created.count(), 0);
        panel.setActor(QStringLiteral("duty"));
        QVERIFY2(panel.makeTask(), qPrintable(panel.statusText()));
        QCOMPARE(created.count(), 1);
        auto db = store::Database::open(m_db, store::Database::Mode::ReadOnly);
        auto st = db.prepare("SELECT enterprise_id FROM tasks WHERE id=?1");
        st.bind(1, created.first().first().toString());
        QVERIFY(st.step());
        QCOMPARE(st.text(0), t->item(0, ui::TracePanel::ColEnterprise)->text().section(u' ', 0, 0));
    }

    void tracesALidarPlume() {
        // The GUI's lidar entry: the day's plumes of the lidar that saw an episode, strongest
        // first, traced from the strongest one's head; the map overlay carries the plume axis.
        auto db = store::Database::open(m_db, store::Database::Mode::ReadOnly);
        auto st = db.prepare("SELECT receptor_id, ts FROM truth_observations WHERE "
                             "receptor_kind='lidar' ORDER BY excess DESC LIMIT 1");
        QVERIFY(st.step());
        const QString lidar = st.text(0);
        const std::int64_t day = model::localDayStart(st.int64(1));
        const auto plumes = trace::EventFinder(db).lidarPlumesBetween(lidar, day, day + 86400, 30);
        QVERIFY(!plumes.empty());
        QVERIFY(plumes.size() <= 30);
        for (size_t i = 1; i < plumes.size(); ++i)
            QVERIFY(plumes[i - 1].plume.maxExcess >= plumes[i].plume.maxExcess);
        QVERIFY(plumes.front().scanTs >= day && plumes.front().scanTs < day + 86400);

        ui::TracePanel panel;
        panel.setDatabasePath(m_db);
        QSignalSpy finished(&panel, &ui::TracePanel::traceFinished);
        panel.traceLidarPlume(plumes.front());
        panel.waitForFinished();
        QCOMPARE(finished.count(), 1);
        QVERIFY2(finished.first().first().toBool(), qPrintable(panel.statusText()));
        QVERIFY(panel.candidateTable()->rowCount() > 0);
        QVERIFY2(panel.headline().contains(lidar), qPrintable(panel.headline()));
        const auto* layer = dynamic_cast<const render::TraceLayer*>(panel.overlay().get());
        QVERIFY(layer);
        QCOMPARE(layer->overlay().plumeAxisWorld.size(), size_t(2));
        // The receptor is the plume's head.
        QVERIFY(std::abs(panel.outcome().report.lon - plumes.front().lon) < 1e-9);
        QCOMPARE(panel.outcome().report.ts, plumes.front().scanTs);
    }

    void reportsAFailedTrace() {
        ui::TracePanel panel;
        panel.setDatabasePath(m_db);
        QSignalSpy finished(&panel, &ui::TracePanel::traceFinished);
        panel.traceStation(QStringLiteral("NO-SUCH-SITE"), m_ts);
        panel.waitForFinished();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(panel.statusText().contains(QStringLiteral("NO-SUCH-SITE")));
        QCOMPARE(panel.candidateTable()->rowCount(), 0);
        QVERIFY(!panel.overlay());
    }
};

QTEST_MAIN(TestTracePanel)
#include "test_trace_panel.moc"
