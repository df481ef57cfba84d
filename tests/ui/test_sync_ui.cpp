// The sync status bar widget and settings dialog on the offscreen platform: a hub that cannot be
// reached shows the error while the window and the store keep working; a sync against a real
// PostgreSQL server (tests/pg/PgTestServer) updates the last sync time and the pending count; the
// texts are Chinese under zh_CN. Set ECOSENTRY_SHOT_DIR to also write PNGs of the status bar and
// the dialog there, in English and Chinese.
#include "core/model/Interval.h"
#include "core/store/Database.h"
#include "core/store/ReadingWriter.h"
#include "core/sync/HubSchema.h"
#include "core/sync/PgConnection.h"
#include "tests/pg/PgTestServer.h"
#include "ui/AppLocale.h"
#include "ui/sync/SyncSettingsDialog.h"
#include "ui/sync/SyncStatusWidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace eco;

namespace {

// A port nothing listens on: the connection is refused at once. The test checks the GUI does
// not wait on it either way.
const QString kDeadHub = QStringLiteral("postgresql://postgres@127.0.0.1:1/none?connect_timeout=5");

void addLocalReading(const QString& path, std::int64_t ts) {
    auto db = store::Database::open(path);
    store::Transaction tx(db);
    store::ReadingWriter w(db);
    w.add(w.series(QStringLiteral("S1"), QStringLiteral("a34004"), model::Interval::Hour), ts,
          42.0);
    tx.commit();
}

void removeTranslators() {
    for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

} // namespace

class TestSyncUi : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_stores = 0;

    QString newStore(const QString& hub) {
        const QString path = m_dir.filePath(QStringLiteral("s%1.db").arg(++m_stores));
        store::Database::open(path);
        ui::SyncSettings{hub, false, 5}.save(path);
        return path;
    }

    void shot(QWidget& w, const QString& name) {
        const QString dir = qEnvironmentVariable("ECOSENTRY_SHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(w.grab().save(QDir(dir).filePath(name)));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void unreachableHubShowsTheErrorAndNothingBlocks() {
        const QString path = newStore(kDeadHub);
        ui::SyncStatusWidget w(path);
        QVERIFY2(w.statusText().contains(QLatin1String("never")), qPrintable(w.statusText()));
        QSignalSpy finished(&w, &ui::SyncStatusWidget::syncFinished);
        QElapsedTimer t;
        t.start();
        w.syncNow();
        QVERIFY2(t.elapsed() < 1000, "syncNow waited for the hub");
        // Offline work goes on while the sync fails in the background.
        addLocalReading(path, 1717200000);
        QVERIFY(finished.count() == 1 || finished.wait(20000));
        const QString error = finished.at(0).at(0).toString();
        QVERIFY2(error.contains(QLatin1String("cannot reach the hub")), qPrintable(error));
        QVERIFY(!w.isSyncing());
        const QString text = w.statusText();
        QVERIFY2(text.contains(QLatin1String("error:")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("never")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("1 pending")), qPrintable(text));
        // And the store still takes writes after the failed attempt.
        addLocalReading(path, 1717203600);
        w.refresh();
        QVERIFY2(w.statusText().contains(QLatin1String("1 pending")), qPrintable(w.statusText()));
        QStatusBar bar;
        bar.addPermanentWidget(&w);
        bar.resize(1100, bar.sizeHint().height());
        shot(bar, QStringLiteral("sync-status-error-en.png"));
        bar.removeWidget(&w);
        w.setParent(nullptr); // w outlives the bar
    }

    void successfulSyncUpdatesLastSyncAndPending() {
        testing::PgTestServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        const QString hub = server.createDatabase(QStringLiteral("uihub"));
        {
            auto pg = sync::PgConnection::open(hub);
            sync::HubSchema::init(pg);
        }
        const QString path = newStore(hub);
        addLocalReading(path, 1717200000);
        addLocalReading(path, 1717300000); // another day: two marks
        ui::SyncStatusWidget w(path);
        QVERIFY2(w.statusText().contains(QLatin1String("2 pending")), qPrintable(w.statusText()));
        QVERIFY(!w.statusText().contains(QLatin1String("no hub")));
        QSignalSpy finished(&w, &ui::SyncStatusWidget::syncFinished);
        w.syncNow();
        QVERIFY(finished.count() == 1 || finished.wait(30000));
        QVERIFY2(finished.at(0).at(0).toString().isEmpty(),
                 qPrintable(finished.at(0).at(0).toString()));
        const QString text = w.statusText();
        QVERIFY2(!text.contains(QLatin1String("never")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("0 pending")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("error")), qPrintable(text));
        auto pg = sync::PgConnection::open(hub);
        QCOMPARE(pg.query("SELECT count(*) FROM readings").integer(0, 0), 2LL);
        QStatusBar bar;
        bar.addPermanentWidget(&w);
        bar.resize(1100, bar.sizeHint().height());
        shot(bar, QStringLiteral("sync-status-ok-en.png"));
        bar.removeWidget(&w);
        w.setParent(nullptr); // w outlives the bar
    }

    void settingsDialogKeepsWhatItIsGiven() {
        const QString path = newStore({});
        ui::SyncSettingsDialog d(ui::SyncSettings{QStringLiteral("postgresql://hub/x"), true, 7});
        QCOMPARE(d.settings().hubUrl, QStringLiteral("postgresql://hub/x"));
        d.findChild<QLineEdit*>()->setText(QStringLiteral("  postgresql://other/y  "));
        d.findChild<QCheckBox*>()->setChecked(false);
        d.findChild<QSpinBox*>()->setValue(30);
        d.settings().save(path);
        const auto back = ui::SyncSettings::load(path);
        QCOMPARE(back.hubUrl, QStringLiteral("postgresql://other/y"));
        QCOMPARE(back.automatic, false);
        QCOMPARE(back.intervalMin, 30);
        d.resize(d.sizeHint());
        shot(d, QStringLiteral("sync-settings-en.png"));
        // Without a hub the widget says it works offline.
        ui::SyncStatusWidget w(newStore({}));
        QVERIFY2(w.statusText().contains(QLatin1String("offline")), qPrintable(w.statusText()));
    }

    void chineseTexts() {
        QVERIFY(ui::AppLocale::install(*qApp, QStringLiteral("zh_CN")));
        const QString path = newStore(kDeadHub);
        addLocalReading(path, 1717200000);
        {
            ui::SyncStatusWidget w(path);
            QSignalSpy finished(&w, &ui::SyncStatusWidget::syncFinished);
            w.syncNow();
            QVERIFY(finished.count() == 1 || finished.wait(20000));
            const QString text = w.statusText();
            QVERIFY2(text.contains(QStringLiteral("上次同步")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("从未")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("错误")), qPrintable(text));
            QVERIFY2(finished.at(0).at(0).toString().contains(QStringLiteral("无法连接中心库")),
                     qPrintable(finished.at(0).at(0).toString()));
            QStatusBar bar;
            bar.addPermanentWidget(&w);
            bar.resize(1100, bar.sizeHint().height());
            shot(bar, QStringLiteral("sync-status-error-zh_CN.png"));
            bar.removeWidget(&w);
            w.setParent(nullptr); // w outlives the bar
        }
        {
            ui::SyncSettingsDialog d(ui::SyncSettings::load(path));
            QCOMPARE(d.windowTitle(), QStringLiteral("同步设置"));
            QVERIFY(d.findChild<QCheckBox*>()->text().contains(QStringLiteral("自动同步")));
            d.resize(d.sizeHint());
            shot(d, QStringLiteral("sync-settings-zh_CN.png"));
        }
        removeTranslators();
    }
};

QTEST_MAIN(TestSyncUi)
#include "test_sync_ui.moc"
