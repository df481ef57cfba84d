// The map-layer parts of the main window on the test city: Layers > Add Raster / Add Tile Service
// put a layer above the rasters with a style button (a bad path is a clear error and changes
// nothing); the stations' measure and the enterprises' colouring are chosen in the layer panel
// and survive a new snapshot from the time slider; a raster style applies to its layer; a click
// on a cluster bubble zooms into it.
#include "TestCityStore.h"

#include "core/render/EnterpriseLayer.h"
#include "core/render/RasterLayer.h"
#include "core/render/SiteLayer.h"
#include "ui/LayerListWidget.h"
#include "ui/MainWindow.h"
#include "ui/MapCanvas.h"

#include <QCheckBox>
#include <QComboBox>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace eco;
using eco::testing::TestCityStore;

class TestMapLayersUi : public QObject {
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

    void addsRastersAboveTheRasters() {
        auto w = openWindow();
        QVERIFY(w);
        auto* menu = w->menuBar()->findChild<QMenu*>(QStringLiteral("layersMenu"));
        QVERIFY(menu);
        QCOMPARE(menu->actions().size(), qsizetype(2));

        const QStringList before = w->layerList()->layerOrder();
        QString error;
        QVERIFY(w->addRasterSource(m_dir.filePath(QStringLiteral("missing.mbtiles")), &error)
                    .isEmpty());
        QVERIFY2(error.contains(QLatin1String("missing.mbtiles")), qPrintable(error));
        QCOMPARE(w->layerList()->layerOrder(), before);

        const QString id = w->addRasterSource(TestCityStore::rasterPath(m_dir.path()), &error);
        QCOMPARE(id, QStringLiteral("source1"));
        QVERIFY(w->canvas()->layer(id));
        QVERIFY(w->layerList()->visibilityBox(id));
        QVERIFY(w->layerList()->styleButton(id));
        QVERIFY(w->layerList()->styleButton(QStringLiteral("raster")));
        const QStringList order = w->layerList()->layerOrder();
        QCOMPARE(order.indexOf(id), order.indexOf(QStringLiteral("raster")) + 1);
        QVERIFY(order.indexOf(id) < order.indexOf(QStringLiteral("sites")));
        // A second one gets its own id.
        QCOMPARE(w->addRasterSource(TestCityStore::rasterPath(m_dir.path()), &error),
                 QStringLiteral("source2"));

        render::RasterStyle style;
        style.mode = render::RasterStyle::Mode::SingleBand;
        style.ramp = QStringLiteral("grey");
        QVERIFY(w->setRasterStyle(id, style));
        const auto raster = std::dynamic_pointer_cast<render::RasterLayer>(w->canvas()->layer(id));
        QVERIFY(raster && raster->style() == style);
        QVERIFY(!w->setRasterStyle(QStringLiteral("sites"), style));
    }

    void stationMeasureAndEnterpriseColouringFromThePanel() {
        auto w = openWindow();
        QVERIFY(w);
        QComboBox* sites = w->layerList()->styleBox(QStringLiteral("sites"));
        QVERIFY(sites);
        QCOMPARE(sites->count(), render::SiteLayer::measures().size());
        sites->setCurrentIndex(
            static_cast<int>(render::SiteLayer::measures().indexOf(QStringLiteral("a21004"))));
        auto layer = std::dynamic_pointer_cast<render::SiteLayer>(
            w->canvas()->layer(QStringLiteral("sites")));
        QVERIFY(layer);
        QCOMPARE(layer->measure(), QStringLiteral("a21004"));
        QCOMPARE(w->stationMeasure(), QStringLiteral("a21004"));
        // Station 0 has NO2 30 ug/m3 at the map time.
        for (const auto& m : layer->data().sites)
            if (m.id == TestCityStore::siteId(0))
                QCOMPARE(m.value, 30.0);

        QComboBox* ent = w->layerList()->styleBox(QStringLiteral("enterprises"));
        QVERIFY(ent);
        ent->setCurrentIndex(1);
        const auto e = std::dynamic_pointer_cast<render::EnterpriseLayer>(
            w->canvas()->layer(QStringLiteral("enterprises")));
        QVERIFY(e);
        QCOMPARE(e->colouring(), render::EnterpriseLayer::Colouring::ByIndustry);
    }

    void clusterClickZoomsIn() {
        auto w = openWindow();
        QVERIFY(w);
        const double before = w->canvas()->settings().mapUnitsPerPixel();
        render::FeatureHit hit;
        hit.layerId = QStringLiteral("enterprises");
        hit.kind = QStringLiteral("cluster");
        hit.featureId = QStringLiteral("cluster:E1");
        hit.attributes.insert(QStringLiteral("lonLatBounds"),
                              QRectF(QPointF(104.00, 30.62), QPointF(104.04, 30.63)));
        w->showFeature(hit);
        QVERIFY(w->canvas()->settings().mapUnitsPerPixel() < before / 2);
        QVERIFY(!w->canvas()->selection());
    }
};

QTEST_MAIN(TestMapLayersUi)
#include "test_map_layers_ui.moc"
