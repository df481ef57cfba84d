// Tests of the map's tools on the offscreen platform: geodesic measurement against known
// distances and areas, bookmarks saved and restored per store, export of the view to a PNG of the
// requested pixel size and DPI and to a PDF that poppler renders, the time slider driving the
// canvas time (and the time-dependent layers) with play/pause and speed, the coordinate readout
// in WGS84/CGCS2000/GCJ-02, and the layer panel's order and style controls.
#include "../core/render/TestCityStore.h"

#include "core/geo/ChinaOffsets.h"
#include "core/render/SiteLayer.h"
#include "ui/LayerListWidget.h"
#include "ui/MainWindow.h"
#include "ui/MapCanvas.h"
#include "ui/map/BookmarkStore.h"
#include "ui/map/CoordinateReadout.h"
#include "ui/map/ExportDialog.h"
#include "ui/map/Geodesic.h"
#include "ui/map/MapExporter.h"
#include "ui/map/TimeSlider.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QProcess>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cmath>
#include <numbers>

using namespace eco;
using eco::testing::TestCityStore;

namespace {

double dms(double d, double m, double s) {
    return (std::abs(d) + m / 60 + s / 3600) * (d < 0 ? -1 : 1);
}

// Meridian arc of one degree at latitude phi on WGS84 (radius of curvature M times pi/180).
double meridianDegreeM(double phiDeg) {
    const double a = 6378137.0, f = 1 / 298.257223563, e2 = f * (2 - f);
    const double s = std::sin(phiDeg * std::numbers::pi / 180);
    return a * (1 - e2) / std::pow(1 - e2 * s * s, 1.5) * std::numbers::pi / 180;
}

} // namespace

class TestMapTools : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

    std::unique_ptr<ui::MainWindow> openWindow() {
        auto w = std::make_unique<ui::MainWindow>(m_db);
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

    void geodesicDistances_data() {
        QTest::addColumn<QPointF>("a");
        QTest::addColumn<QPointF>("b");
        QTest::addColumn<double>("metres");
        QTest::addColumn<double>("tolerance");
        // One degree of latitude centred on 30 N: ~110.85 km (not Mercator's 128 km there).
        QTest::newRow("1 deg lat at 30N")
            << QPointF(104.0, 29.5) << QPointF(104.0, 30.5) << meridianDegreeM(30.0) << 2.0;
        QTest::newRow("1 deg lat at equator")
            << QPointF(0, -0.5) << QPointF(0, 0.5) << meridianDegreeM(0.0) << 2.0;
        // Vincenty's (1975) classic line, Flinders Peak to Buninyong: 54 972.271 m.
        QTest::newRow("Flinders Peak - Buninyong")
            << QPointF(dms(144, 25, 29.52440), -dms(37, 57, 3.72030))
            << QPointF(dms(143, 55, 35.38390), -dms(37, 39, 10.15610)) << 54972.271 << 0.01;
        QTest::newRow("same point") << QPointF(104, 30) << QPointF(104, 30) << 0.0 << 1e-9;
    }
    void geodesicDistances() {
        QFETCH(QPointF, a);
        QFETCH(QPointF, b);
        QFETCH(double, metres);
        QFETCH(double, tolerance);
        const double d = ui::geodesic::distanceM(a, b);
        QVERIFY2(std::abs(d - metres) <= tolerance,
                 qPrintable(QStringLiteral("%1 vs %2").arg(d, 0, 'f', 3).arg(metres, 0, 'f', 3)));
        const std::vector<QPointF> path{a, b, a};
        QVERIFY(std::abs(ui::geodesic::pathLengthM(path) - 2 * d) < 1e-6);
    }

    void geodesicArea() {
        // A 1 x 1 degree cell at the equator: 12 308.8 km² on WGS84.
        const std::vector<QPointF> cell{{0, 0}, {1, 0}, {1, 1}, {0, 1}};
        const double area = ui::geodesic::polygonAreaM2(cell);
        QVERIFY2(std::abs(area / 1e6 - 12308.8) < 0.5, qPrintable(QString::number(area / 1e6)));
        // Either winding gives the same positive area.
        const std::vector<QPointF> reversed(cell.rbegin(), cell.rend());
        QVERIFY(std::abs(ui::geodesic::polygonAreaM2(reversed) - area) < 1);
        QCOMPARE(ui::geodesic::polygonAreaM2(std::vector<QPointF>{{0, 0}, {1, 0}}), 0.0);
        QVERIFY(std::abs(ui::geodesic::polygonPerimeterM(cell) -
                         (2 * meridianDegreeM(0.5) + 111319.49 + 111302.65)) < 200);
        QCOMPARE(ui::geodesic::formatDistance(950), QStringLiteral("950 m"));
        QCOMPARE(ui::geodesic::formatDistance(12345), QStringLiteral("12.3 km"));
        QCOMPARE(ui::geodesic::formatArea(2.5e6), QStringLiteral("2.50 km²"));
    }

    void bookmarksAreSavedAndRestored() {
        const QString ini = m_dir.filePath("bookmarks.ini");
        const ui::Bookmark park{"Park", {104.00, 30.60, 104.05, 30.64}};
        const ui::Bookmark river{"River", {104.08, 30.65, 104.12, 30.70}};
        {
            QSettings settings(ini, QSettings::IniFormat);
            ui::BookmarkStore store(settings, "/data/a.db");
            QVERIFY(store.add(park));
            QVERIFY(store.add(river));
            QVERIFY(!store.add({"", park.lonLat}));          // no name
            QVERIFY(!store.add({"Broken", geo::GeoRect{}})); // no extent
            ui::BookmarkStore other(settings, "/data/b.db");
            QVERIFY(other.add({"Elsewhere", river.lonLat}));
        }
        {
            QSettings settings(ini, QSettings::IniFormat);
            ui::BookmarkStore store(settings, "/data/a.db");
            QCOMPARE(store.bookmarks(), (QList<ui::Bookmark>{park, river}));
            // Same name replaces.
            const ui::Bookmark moved{"Park", {104.01, 30.61, 104.02, 30.62}};
            QVERIFY(store.add(moved));
            QCOMPARE(store.find("Park")->lonLat, moved.lonLat);
            QVERIFY(store.remove("River"));
            QVERIFY(!store.remove("River"));
            QCOMPARE(store.bookmarks().size(), 1);
            QCOMPARE(ui::BookmarkStore(settings, "/data/b.db").bookmarks().size(), 1);
        }
        // Through the window: add the current view, move away, come back.
        QSettings settings(ini, QSettings::IniFormat);
        auto w = openWindow();
        QVERIFY(w);
        w->setBookmarkSettings(&settings);
        w->canvas()->zoomToLonLatRect({104.02, 30.62, 104.06, 30.66});
        const geo::GeoRect saved = w->canvas()->lonLatExtent();
        w->addBookmark("Centre");
        w->canvas()->zoomToFullExtent();
        QVERIFY(w->canvas()->lonLatExtent().width() > saved.width() * 1.5);
        QVERIFY(w->goToBookmark("Centre"));
        QVERIFY(!w->goToBookmark("Nowhere"));
        const geo::GeoRect back = w->canvas()->lonLatExtent();
        QVERIFY(std::abs(back.west - saved.west) < 1e-6 &&
                std::abs(back.north - saved.north) < 1e-6);
        QVERIFY(std::abs(back.east - saved.east) < 1e-6 &&
                std::abs(back.south - saved.south) < 1e-6);
    }

    void exportsPngAtTheRequestedSizeAndDpi_data() {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("dpi");
        QTest::newRow("screen") << 640 << 400 << 96;
        QTest::newRow("print") << 1500 << 1000 << 300;
        QTest::newRow("odd") << 777 << 333 << 150;
    }
    void exportsPngAtTheRequestedSizeAndDpi() {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, dpi);
        auto w = openWindow();
        QVERIFY(w);
        ui::ExportOptions o;
        o.path = m_dir.filePath(QStringLiteral("map-%1.png").arg(dpi));
        o.widthPx = width;
        o.heightPx = height;
        o.dpi = dpi;
        QString error;
        QVERIFY2(w->exportMap(o, &error), qPrintable(error));
        QImage img(o.path);
        QCOMPARE(img.size(), QSize(width, height));
        QVERIFY(std::abs(img.dotsPerMeterX() * 0.0254 - dpi) < 1);
        // A map, not a blank page: many colours.
        QSet<QRgb> colours;
        for (int y = 0; y < img.height(); y += 7)
            for (int x = 0; x < img.width(); x += 7)
                colours.insert(img.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }

    void exportRefusesBadInput() {
        auto w = openWindow();
        QVERIFY(w);
        ui::ExportOptions o;
        o.path = m_dir.filePath("bad.png");
        o.dpi = 5000;
        QString error;
        QVERIFY(!w->exportMap(o, &error));
        QVERIFY(error.contains("5000"));
        o.dpi = 96;
        o.path = "/nonexistent-dir/x/map.png";
        QVERIFY(!w->exportMap(o, &error));
        QVERIFY(error.contains("/nonexistent-dir/x/map.png"));
    }

    void exportsAPdfThatRenders() {
        auto w = openWindow();
        QVERIFY(w);
        ui::ExportOptions o;
        o.path = m_dir.filePath("map.pdf");
        o.format = ui::ExportOptions::Format::Pdf;
        o.widthPx = 1200;
        o.heightPx = 800;
        o.dpi = 150;
        o.title = "Test city";
        QString error;
        QVERIFY2(w->exportMap(o, &error), qPrintable(error));
        QFile f(o.path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        f.close();
        QProcess pdftoppm;
        const QString prefix = m_dir.filePath("page");
        pdftoppm.start("pdftoppm", {"-png", "-r", "50", o.path, prefix});
        QVERIFY(pdftoppm.waitForFinished(30000));
        QCOMPARE(pdftoppm.exitCode(), 0);
        const QStringList pages = QDir(m_dir.path()).entryList({"page*.png"});
        QCOMPARE(pages.size(), 1);
        QImage page(m_dir.filePath(pages.front()));
        // 8 in wide at 50 dpi, with the title band and footer below the 5.33 in map.
        QCOMPARE(page.width(), 400);
        QVERIFY(page.height() > 800 * 50 / 150 + 20);
        QSet<QRgb> colours;
        for (int y = 0; y < page.height(); y += 3)
            for (int x = 0; x < page.width(); x += 3)
                colours.insert(page.pixel(x, y));
        QVERIFY(colours.size() > 20);
    }

    void timeSliderDrivesTheCanvas() {
        auto w = openWindow();
        QVERIFY(w);
        ui::TimeSlider* slider = w->timeSlider();
        QVERIFY(slider->isEnabled());
        QVERIFY(slider->first() <= TestCityStore::kMapTime &&
                slider->last() >= TestCityStore::kMapTime);
        QCOMPARE(slider->time(), w->canvas()->settings().time());
        const auto sitesBefore = w->canvas()->layer("sites");
        const std::int64_t t = slider->first();
        QVERIFY(t < TestCityStore::kMapTime);
        slider->setTime(t);
        QCOMPARE(w->canvas()->settings().time(), t);
        // The stations are reloaded for the new hour (a new snapshot, same place in the stack).
        QTRY_VERIFY_WITH_TIMEOUT(w->canvas()->layer("sites") != sitesBefore, 5000);
        QCOMPARE(w->cityMap().layer("sites"), w->canvas()->layer("sites"));
        QVERIFY(std::dynamic_pointer_cast<render::SiteLayer>(w->canvas()->layer("sites")));
        // Playback at 60 data hours per second moves the clock on, pause stops it.
        slider->setSpeed(60);
        QCOMPARE(slider->speedBox()->currentData().toInt(), 60);
        QSignalSpy steps(slider, &ui::TimeSlider::timeChanged);
        slider->playButton()->click();
        QVERIFY(slider->isPlaying());
        QTRY_VERIFY_WITH_TIMEOUT(steps.count() >= 3, 3000);
        // (A short test series may already have played to its end and stopped by itself.)
        if (slider->isPlaying())
            slider->playButton()->click();
        QVERIFY(!slider->isPlaying());
        const std::int64_t at = slider->time();
        QVERIFY(at >= t + 3 * 3600 || at == slider->last());
        QCOMPARE(w->canvas()->settings().time(), at);
        QTest::qWait(100);
        QCOMPARE(slider->time(), at);
    }

    void timeSliderSpeedAndBounds() {
        ui::TimeSlider slider;
        QVERIFY(!slider.isEnabled()); // no data yet
        slider.setRange(1790816400, 1790816400 + 5 * 3600 + 120);
        QVERIFY(slider.isEnabled());
        QCOMPARE(slider.last() - slider.first(), std::int64_t(5 * 3600));
        slider.setTime(0);
        QCOMPARE(slider.time(), slider.first());
        slider.setTime(std::int64_t(1) << 40);
        QCOMPARE(slider.time(), slider.last());
        slider.setSpeed(1000);
        QCOMPARE(slider.speed(), 60);
        slider.setSpeed(10);
        slider.setTime(slider.first());
        QElapsedTimer clock;
        clock.start();
        slider.play();
        QTRY_VERIFY_WITH_TIMEOUT(!slider.isPlaying(), 3000); // stops at the end
        QCOMPARE(slider.time(), slider.last());
        // 5 steps at 10 h/s: about half a second, not instantly and not at 1 h/s.
        QVERIFY2(clock.elapsed() >= 400 && clock.elapsed() < 2500,
                 qPrintable(QString::number(clock.elapsed())));
    }

    void coordinateReadoutShowsThreeFrames() {
        ui::CoordinateReadout readout;
        const QString text = readout.format({104.06, 30.66});
        QVERIFY(text.contains("WGS84 104.060000, 30.660000"));
        QVERIFY(text.contains("CGCS2000 104.060000, 30.660000"));
        const geo::LonLat gcj = geo::wgs84ToGcj02({104.06, 30.66});
        QVERIFY(std::abs(gcj.lon - 104.06) > 0.001); // the offset is real in Chengdu
        QVERIFY(text.contains(
            QStringLiteral("GCJ-02 %1, %2").arg(gcj.lon, 0, 'f', 6).arg(gcj.lat, 0, 'f', 6)));
        readout.showLonLat({104.06, 30.66});
        QCOMPARE(readout.text(), text);
    }

    // The window with a measurement drawn and a tooltip shown. With ECOSENTRY_SHOT_DIR set it also
    // writes both as PNGs for a person to look at (ECOSENTRY_SHOT_DB: the store to open, e.g. the
    // demo city; run under xvfb with QT_QPA_PLATFORM=xcb so the tooltip is on the screen grab).
    void measurementAndTooltipInTheWindow() {
        const QString shotDir = qEnvironmentVariable("ECOSENTRY_SHOT_DIR");
        const QString db = qEnvironmentVariable("ECOSENTRY_SHOT_DB", m_db);
        auto w = std::make_unique<ui::MainWindow>(db);
        w->resize(1600, 1000);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QTRY_VERIFY_WITH_TIMEOUT(w->canvas()->finishedRenders() > 0, 30000);
        ui::MapCanvas* c = w->canvas();
        QAction* measure = w->findChild<QAction*>(
            QStringLiteral("tool%1").arg(static_cast<int>(ui::MapTool::MeasureDistance)));
        QVERIFY(measure);
        measure->trigger();
        QCOMPARE(c->tool(), ui::MapTool::MeasureDistance);
        const QRect r = c->rect();
        const QList<QPoint> clicks{r.center() + QPoint(-250, 120), r.center() + QPoint(-40, -90),
                                   r.center() + QPoint(180, 40)};
        for (const QPoint& p : clicks)
            QTest::mouseClick(c, Qt::LeftButton, {}, p);
        QTest::mouseClick(c, Qt::RightButton, {}, clicks.back());
        QLabel* label = w->findChild<QLabel*>("measurement");
        QVERIFY(label);
        QVERIFY2(label->text().contains(" km") || label->text().contains(" m"),
                 qPrintable(label->text()));
        const QImage shot = w->grab().toImage();
        QVERIFY(!shot.isNull());
        if (!shotDir.isEmpty())
            QVERIFY(shot.save(shotDir + "/measure.png"));
        // Back to pan: rest the cursor on a station and the tooltip names it.
        QTest::keyClick(c, Qt::Key_Escape);
        QTest::keyClick(c, Qt::Key_Escape);
        QCOMPARE(c->tool(), ui::MapTool::Pan);
        const auto sites = std::dynamic_pointer_cast<render::SiteLayer>(c->layer("sites"));
        QVERIFY(sites && !sites->data().sites.empty());
        const render::SiteMarker& m = sites->data().sites.back(); // a major one, drawn on top
        const QPoint at = c->settings().worldToPixel(m.world).toPoint();
        QSignalSpy hovered(c, &ui::MapCanvas::featureHovered);
        QTest::mouseMove(c, at);
        QVERIFY(hovered.wait(3000));
        QVERIFY2(c->hoverText().contains(m.name.toHtmlEscaped()), qPrintable(c->hoverText()));
        if (!shotDir.isEmpty()) {
            QTest::qWait(400); // the tooltip fades in
            QVERIFY(w->screen()->grabWindow(0).save(shotDir + "/tooltip.png"));
        }
        // The export dialog as a person sees it, and a PDF of this view.
        ui::ExportDialog dialog(c->size(), "map.png", w.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.findChild<QComboBox*>("exportFormat")->setCurrentIndex(1);
        const ui::ExportOptions o = dialog.options();
        QCOMPARE(o.format, ui::ExportOptions::Format::Pdf);
        QVERIFY(o.path.endsWith("map.pdf"));
        QCOMPARE(o.widthPx, qRound(c->width() * 150 / 96.0)); // 150 dpi by default
        if (!shotDir.isEmpty()) {
            QVERIFY(dialog.grab().save(shotDir + "/export-dialog.png"));
            ui::ExportOptions pdf = o;
            pdf.path = shotDir + "/map.pdf";
            QString error;
            QVERIFY2(w->exportMap(pdf, &error), qPrintable(error));
        }
    }

    void layerPanelOrdersAndStyles() {
        auto w = openWindow();
        QVERIFY(w);
        ui::LayerListWidget* list = w->layerList();
        const QStringList before = list->layerOrder();
        const int sites = before.indexOf("sites");
        QVERIFY(sites > 0);
        const QString below = before.at(sites - 1);
        QToolButton* down = list->downButton("sites");
        QVERIFY(down && down->isEnabled());
        down->click();
        QTRY_COMPARE(list->layerOrder().indexOf("sites"), sites - 1);
        QCOMPARE(list->layerOrder().indexOf(below), sites);
        // The canvas draws in the new order.
        QStringList canvasOrder;
        for (const auto& l : w->canvas()->layers())
            canvasOrder << l->id();
        QCOMPARE(canvasOrder, list->layerOrder());
        // The bottom layer cannot go lower, the top one not higher.
        QVERIFY(!list->downButton(list->layerOrder().front())->isEnabled());
        QVERIFY(!list->upButton(list->layerOrder().back())->isEnabled());
        // Style hook: options appear as a combo box whose choice is announced.
        list->setStyleOptions("enterprises", {"By status", "By industry"}, 0);
        QComboBox* box = list->styleBox("enterprises");
        QVERIFY(box);
        QCOMPARE(box->count(), 2);
        QSignalSpy chosen(list, &ui::LayerListWidget::styleChosen);
        box->setCurrentIndex(1);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.front().at(0).toString(), QStringLiteral("enterprises"));
        QCOMPARE(chosen.front().at(1).toInt(), 1);
    }
};

QTEST_MAIN(TestMapTools)
#include "test_map_tools.moc"
