// Tests of the main window on the offscreen platform: it opens on a small store and renders the
// map, clicking a station or enterprise marker fills the details panel, the layer list toggles a
// layer out of the render, an empty or missing store says so in the window, Chinese is the
// default language and English is one switch away, and `ecosentry --screenshot` writes a PNG.
#include "../core/render/TestCityStore.h"

#include "core/geo/WebMercator.h"
#include "core/store/Database.h"
#include "ui/AppLocale.h"
#include "ui/DetailsPanel.h"
#include "ui/LayerListWidget.h"
#include "ui/MainWindow.h"
#include "ui/MapCanvas.h"
#include "ui/trace/TracePanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QImage>
#include <QProcess>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace eco;
using eco::testing::TestCityStore;

namespace {

QString rowValue(const ui::DetailsPanel* panel, const QString& field) {
    for (const auto& [f, v] : panel->rows())
        if (f == field)
            return v;
    return {};
}

void removeTranslators() {
    for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

QPoint pixelOf(const ui::MapCanvas* canvas, QPointF lonLat) {
    return canvas->settings().worldToPixel(geo::WebMercator::fromLonLat(lonLat)).toPoint();
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

    std::unique_ptr<ui::MainWindow> openWindow(const QString& db) {
        auto w = std::make_unique<ui::MainWindow>(db);
        w->resize(1200, 800);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            return nullptr;
        return w;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_db = TestCityStore::create(m_dir.path());
    }
    void cleanup() { removeTranslators(); }

    void traceFromAMapPointOpensTheTracePanel() {
        auto w = openWindow(m_db);
        QVERIFY(w);
        QTRY_VERIFY_WITH_TIMEOUT(w->canvas()->finishedRenders() > 0, 20000);
        QAction* here = nullptr;
        for (QAction* a : w->canvas()->actions())
            if (a->text() == QLatin1String("Trace from &Here"))
                here = a;
        QVERIFY2(here, "the map's context menu offers a trace from the clicked point");
        QTest::mouseMove(w->canvas(), pixelOf(w->canvas(), TestCityStore::siteLonLat(0)));
        here->trigger();
        auto* dock = w->findChild<QDockWidget*>(QStringLiteral("traceDock"));
        QVERIFY(dock && dock->isVisible());
        w->tracePanel()->waitForFinished();
        QVERIFY(!w->tracePanel()->isRunning());
        QVERIFY(!w->tracePanel()->statusText().isEmpty());
    }

    void opensAndRendersTheStore() {
        auto w = openWindow(m_db);
        QVERIFY(w);
        QVERIFY(w->hasData());
        QVERIFY(w->canvas()->message().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(w->canvas()->finishedRenders() > 0, 20000);
        const auto& out = w->canvas()->lastOutput();
        // The city's six layers and the clue desk's open clues on top.
        QCOMPARE(out.layers.size(), std::size_t(7));
        QCOMPARE(out.layers.back().layerId, QStringLiteral("clues"));
        for (const auto& l : out.layers)
            QVERIFY2(l.error.isEmpty(), qPrintable(l.layerId + ": " + l.error));
        // The canvas shows the map: the first station's colour (good: green) under its pixel.
        const QImage shot = w->canvas()->grab().toImage();
        const QPoint p = pixelOf(w->canvas(), TestCityStore::siteLonLat(0));
        QCOMPARE(QColor(shot.pixel(p * shot.devicePixelRatio())).name(), QStringLiteral("#00e400"));
    }

    void clickingASiteFillsTheDetails() {
        auto w = openWindow(m_db);
        QVERIFY(w);
        QTRY_VERIFY_WITH_TIMEOUT(w->canvas()->finishedRenders() > 0, 20000);
        QTest::mouseClick(w->canvas(), Qt::LeftButton, {},
                          pixelOf(w->canvas(), TestCityStore::siteLonLat(1)));
        const ui::DetailsPanel* d = w->details();
        QCOMPARE(rowValue(d, "ID"), TestCityStore::siteId(1));
        QCOMPARE(rowValue(d, "Name"), QStringLiteral("十里店站"));
        QCOMPARE(rowValue(d, "District"), QStringLiteral("锦江区"));
        QCOMPARE(rowValue(d, "Kind"), QStringLiteral("national station"));
        // Latest hourly PM2.5 at the map time is 70 (TestCityStore), with its time.
        QVERIFY2(rowValue(d, "PM2.5").startsWith("70.0 µg/m³"), qPrintable(rowValue(d, "PM2.5")));
        QVERIFY(rowValue(d, "PM2.5").contains("2026-10-01 09:00"));
        QVERIFY(rowValue(d, "PM10").startsWith("112.0"));
        QVERIFY(rowValue(d, "NO2").startsWith("31.0"));
        QVERIFY(rowValue(d, "O3").startsWith("81.0"));
        // An enterprise.
        QTest::mouseClick(w->canvas(), Qt::LeftButton, {}, pixelOf(w->canvas(), {104.00, 30.62}));
        QCOMPARE(rowValue(d, "ID"), QStringLiteral("E1"));
        QCOMPARE(rowValue(d, "Industry"), QStringLiteral("cement"));
        QCOMPARE(rowValue(d, "Tags"), QStringLiteral("key, vocs"));
        QVERIFY2(rowValue(d, "Outlets").contains("E1-G1"), qPrintable(rowValue(d, "Outlets")));
        // Empty map: the panel goes back to its hint.
        QTest::mouseClick(w->canvas(), Qt::LeftButton, {}, QPoint(3, 3));
        QVERIFY(d->rows().isEmpty());
    }

    void layerListTogglesALayer() {
        auto w = openWindow(m_db);
        QVERIFY(w);
        QTRY_VERIFY_WITH_TIMEOUT(w->canvas()->finishedRenders() > 0, 20000);
        QCheckBox* box = w->layerList()->visibilityBox("sites");
        QVERIFY(box && box->isChecked());
        const int before = w->canvas()->finishedRenders();
        box->click();
        QVERIFY(!w->cityMap().layer("sites")->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(w->canvas()->finishedRenders() > before, 20000);
        for (const auto& l : w->canvas()->lastOutput().layers)
            QVERIFY(l.layerId != "sites");
        QCOMPARE(w->canvas()->lastOutput().layers.size(), std::size_t(6));
        // A hidden layer is not clickable either.
        QTest::mouseClick(w->canvas(), Qt::LeftButton, {},
                          pixelOf(w->canvas(), TestCityStore::siteLonLat(0)));
        QVERIFY(w->details()->rows().isEmpty());
        // Opacity.
        QSlider* slider = w->layerList()->opacitySlider("raster");
        QVERIFY(slider);
        slider->setValue(20);
        QCOMPARE(w->cityMap().layer("raster")->opacity(), 0.2);
        box->click();
        QVERIFY(w->cityMap().layer("sites")->isVisible());
    }

    void panAndZoomChangeTheView() {
        auto w = openWindow(m_db);
        QVERIFY(w);
        const auto before = w->canvas()->settings();
        QTest::keyClick(w->canvas(), Qt::Key_Left);
        QVERIFY(w->canvas()->settings().visibleExtent().west < before.visibleExtent().west);
        w->canvas()->zoomIn();
        QVERIFY(std::abs(w->canvas()->settings().mapUnitsPerPixel() -
                         before.mapUnitsPerPixel() / 2) < 1e-6);
        w->canvas()->zoomToFullExtent();
        QCOMPARE(w->canvas()->settings().mapUnitsPerPixel(), before.mapUnitsPerPixel());
    }

    void emptyOrMissingStoreSaysSo() {
        QTemporaryDir dir;
        auto missing = openWindow(dir.filePath("nothing.db"));
        QVERIFY(missing);
        QVERIFY(!missing->hasData());
        QVERIFY(missing->canvas()->message().contains("does not exist"));
        QVERIFY(missing->canvas()->message().contains("ecosentry demo"));
        {
            auto db = store::Database::open(dir.filePath("empty.db")); // creates the schema only
        }
        auto empty = openWindow(dir.filePath("empty.db"));
        QVERIFY(empty);
        QVERIFY(empty->canvas()->message().contains("is empty"));
        QVERIFY(empty->canvas()->message().contains("ecosentry demo"));
    }

    void chineseByDefaultEnglishOnRequest() {
        QCOMPARE(ui::AppLocale::defaultLanguage(), QStringLiteral("zh_CN"));
        QVERIFY(!ui::AppLocale::install(*qApp, "fr"));
        QVERIFY(ui::AppLocale::install(*qApp, "zh_CN"));
        {
            auto w = openWindow(m_db);
            QVERIFY(w);
            QCOMPARE(w->windowTitle(), QStringLiteral("EcoSentry 生态环境执法指挥中心"));
            QCOMPARE(w->findChild<QDockWidget*>("layerDock")->windowTitle(),
                     QStringLiteral("图层"));
            QCOMPARE(w->cityMap().layer("sites")->name(), QStringLiteral("监测站点"));
            QCOMPARE(w->layerList()->visibilityBox("sites")->text(), QStringLiteral("监测站点"));
            QTest::mouseClick(w->canvas(), Qt::LeftButton, {},
                              pixelOf(w->canvas(), TestCityStore::siteLonLat(0)));
            QCOMPARE(rowValue(w->details(), QStringLiteral("类型")), QStringLiteral("国控站"));
        }
        removeTranslators();
        QVERIFY(ui::AppLocale::install(*qApp, "en"));
        auto w = openWindow(m_db);
        QVERIFY(w);
        QCOMPARE(w->windowTitle(),
                 QStringLiteral("EcoSentry - Environmental Enforcement Command Center"));
        QCOMPARE(w->findChild<QDockWidget*>("detailsDock")->windowTitle(),
                 QStringLiteral("Details"));
        QCOMPARE(w->cityMap().layer("sites")->name(), QStringLiteral("Monitoring stations"));
    }

    void screenshotCommandWritesAPng_data() {
        QTest::addColumn<QString>("lang");
        QTest::newRow("zh_CN") << "zh_CN";
        QTest::newRow("en") << "en";
    }
    void screenshotCommandWritesAPng() {
        QFETCH(QString, lang);
        const QString out = m_dir.filePath("shot_" + lang + ".png");
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_QPA_PLATFORM", "offscreen");
        p.setProcessEnvironment(env);
        p.start(ECOSENTRY_BINARY, {"--db", m_db, "--lang", lang, "--screenshot", out});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QImage img(out);
        QCOMPARE(img.size(), QSize(1600, 1000));
        // A bad language is a usage error.
        QProcess bad;
        bad.setProcessEnvironment(env);
        bad.start(ECOSENTRY_BINARY, {"--db", m_db, "--lang", "xx", "--screenshot", out});
        QVERIFY(bad.waitForFinished(60000));
        QCOMPARE(bad.exitCode(), 2);
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
