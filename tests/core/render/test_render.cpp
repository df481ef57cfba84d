// Render checks: a small store (TestCityStore) drawn through CityMapLoader + MapRenderJob and
// compared with control images in tests/data/render/ with a per-pixel tolerance
// (ECOSENTRY_UPDATE_CONTROL=1 rewrites them), plus the behaviour around them: a broken raster
// leaves the other layers drawn, the raster lands where its georeferencing says, nodata stays
// transparent, the asynchronous job gives the same image as renderSync, cancelling stops, and
// hit testing finds the marker under the cursor.
#include "ImageCompare.h"
#include "TestCityStore.h"

#include "core/geo/WebMercator.h"
#include "core/render/AirQualityColours.h"
#include "core/render/CityMapLoader.h"
#include "core/render/MapLayer.h"
#include "core/render/MapRenderJob.h"
#include "core/render/MapSettings.h"
#include "core/render/RasterLayer.h"
#include "core/render/SpatialGrid.h"
#include "core/store/Database.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace eco;
using eco::testing::TestCityStore;

namespace {

QString controlPath(const QString& name) {
    return QStringLiteral(ECOSENTRY_TEST_DATA "/render/") + name + QStringLiteral(".png");
}

using eco::testing::differingFraction;

render::MapSettings settingsFor(QSize size, double dpr, const geo::GeoRect& lonLat,
                                const QStringList& layers) {
    render::MapSettings s;
    s.setOutputSize(size);
    s.setDevicePixelRatio(dpr);
    s.setExtent(geo::WebMercator::fromLonLat(lonLat));
    s.setTime(TestCityStore::kMapTime);
    s.setVisibleLayers(layers);
    return s;
}

const render::LayerRenderResult* resultOf(const render::MapRenderOutput& out, const QString& id) {
    for (const auto& l : out.layers)
        if (l.layerId == id)
            return &l;
    return nullptr;
}

} // namespace

class TestRender : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_db = TestCityStore::create(m_dir.path());
    }

    void loaderBuildsTheLayerStack() {
        auto db = store::Database::open(m_db, store::Database::Mode::ReadOnly);
        const auto map = render::CityMapLoader::load(db, TestCityStore::kMapTime);
        QVERIFY(map.hasData);
        QVERIFY2(map.problems.isEmpty(), qPrintable(map.problems.join(u'\n')));
        QCOMPARE(map.visibleLayerIds(),
                 (QStringList{"basemap", "raster", "track", "enterprises", "sites", "labels"}));
        // The extent is the basemap's, with a margin.
        QVERIFY(map.lonLatExtent.contains({103.90, 30.59}) &&
                map.lonLatExtent.contains({104.16, 30.74}));
        QVERIFY(map.lonLatExtent.width() < 0.4);
    }

    void matchesControlImage_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("dpr");
        QTest::addColumn<QStringList>("layers");
        QTest::addColumn<bool>("decorations");
        const QStringList all{"basemap", "raster", "track", "enterprises", "sites", "labels"};
        QTest::newRow("city") << "city_800x600" << QSize(800, 600) << 1.0 << all << true;
        QTest::newRow("hidpi") << "city_400x300_dpr2" << QSize(400, 300) << 2.0 << all << true;
        QTest::newRow("basemap") << "basemap_640x480" << QSize(640, 480) << 1.0
                                 << QStringList{"basemap", "labels"} << false;
        QTest::newRow("markers") << "markers_640x480" << QSize(640, 480) << 1.0
                                 << QStringList{"enterprises", "sites", "track"} << false;
    }
    void matchesControlImage() {
        QFETCH(QString, name);
        QFETCH(QSize, size);
        QFETCH(double, dpr);
        QFETCH(QStringList, layers);
        QFETCH(bool, decorations);
        auto db = store::Database::open(m_db, store::Database::Mode::ReadOnly);
        const auto map = render::CityMapLoader::load(db, TestCityStore::kMapTime);
        const auto out =
            render::MapRenderJob::renderSync(settingsFor(size, dpr, map.lonLatExtent, layers),
                                             map.stack(), decorations, map.background);
        for (const auto& l : out.layers)
            QVERIFY2(l.error.isEmpty(), qPrintable(l.layerId + ": " + l.error));
        QCOMPARE(out.layers.size(), static_cast<std::size_t>(layers.size()));
        QCOMPARE(out.image.size(), QSize(qRound(size.width() * dpr), qRound(size.height() * dpr)));
        const QString control = controlPath(name);
        if (qEnvironmentVariableIntValue("ECOSENTRY_UPDATE_CONTROL") == 1) {
            QDir().mkpath(QFileInfo(control).path());
            QVERIFY(out.image.save(control));
            qInfo("rewrote %s", qPrintable(control));
        }
        QImage expected(control);
        QVERIFY2(!expected.isNull(),
                 qPrintable(control +
                            " is missing: run with ECOSENTRY_UPDATE_CONTROL=1 and look at it"));
        QCOMPARE(expected.size(), out.image.size());
        QImage diff;
        const double bad = differingFraction(out.image, expected, 48, &diff);
        if (bad > 0.002) {
            const QString actual = QDir(m_dir.path()).filePath(name + "_actual.png");
            out.image.save(actual);
            diff.save(QDir(m_dir.path()).filePath(name + "_diff.png"));
            m_dir.setAutoRemove(false);
            QFAIL(qPrintable(QStringLiteral("%1% of pixels differ from %2; actual image: %3")
                                 .arg(bad * 100, 0, 'f', 3)
                                 .arg(control, actual)));
        }
    }

    void rasterLandsOnItsGeoreferencing() {
        auto db = store::Database::open(m_db, store::Database::Mode::ReadOnly);
        const auto map = render::CityMapLoader::load(db, TestCityStore::kMapTime);
        // View exactly the raster's bounds: 64x48 source pixels over 640 px width.
        const geo::GeoRect bounds(TestCityStore::kRasterWest, TestCityStore::kRasterSouth,
                                  TestCityStore::kRasterEast, TestCityStore::kRasterNorth);
        const geo::GeoRect merc = geo::WebMercator::fromLonLat(bounds);
        const int w = 640, h = qRound(w * merc.height() / merc.width());
        auto s = settingsFor({w, h}, 1.0, bounds, {"raster"});
        const auto out = render::MapRenderJob::renderSync(s, map.stack(), false);
        const auto* raster = resultOf(out, "raster");
        QVERIFY(raster && raster->error.isEmpty());
        const QImage img = raster->image;
        auto alphaAt = [&](double lon, double lat) {
            const QPointF p = s.worldToPixel(geo::WebMercator::fromLonLat(lon, lat));
            return qAlpha(img.pixel(qBound(0, int(p.x()), w - 1), qBound(0, int(p.y()), h - 1)));
        };
        // Data everywhere except the nodata corner (12x10 source pixels in the top-left).
        QCOMPARE(alphaAt(104.13, 30.61), 255);
        QCOMPARE(alphaAt(104.0, 30.62), 255);
        const double cellLon = (TestCityStore::kRasterEast - TestCityStore::kRasterWest) / 64;
        const double cellLat = (TestCityStore::kRasterNorth - TestCityStore::kRasterSouth) / 48;
        QCOMPARE(alphaAt(TestCityStore::kRasterWest + 6 * cellLon,
                         TestCityStore::kRasterNorth - 5 * cellLat),
                 0);
        // The nodata block ends at source column 12 and row 10, within a pixel on screen.
        QCOMPARE(alphaAt(TestCityStore::kRasterWest + 12.3 * cellLon,
                         TestCityStore::kRasterNorth - 5 * cellLat),
                 255);
        QCOMPARE(alphaAt(TestCityStore::kRasterWest + 11.7 * cellLon,
                         TestCityStore::kRasterNorth - 5 * cellLat),
                 0);
        QCOMPARE(alphaAt(TestCityStore::kRasterWest + 6 * cellLon,
                         TestCityStore::kRasterNorth - 10.3 * cellLat),
                 255);
        QCOMPARE(alphaAt(TestCityStore::kRasterWest + 6 * cellLon,
                         TestCityStore::kRasterNorth - 9.7 * cellLat),
                 0);
        // The ramp runs low (dark purple) at the west/north to high (yellow) at the east/south.
        const QPointF lowPx = s.worldToPixel(geo::WebMercator::fromLonLat(104.0, 30.715));
        const QPointF highPx = s.worldToPixel(geo::WebMercator::fromLonLat(104.138, 30.602));
        const QColor low = img.pixelColor(lowPx.toPoint()), high = img.pixelColor(highPx.toPoint());
        QVERIFY2(high.green() > low.green() + 100, qPrintable(low.name() + " " + high.name()));
        // Outside the raster: nothing.
        auto wide = settingsFor({w, h}, 1.0, bounds.scaled(2.0), {"raster"});
        const auto out2 = render::MapRenderJob::renderSync(wide, map.stack(), false);
        QCOMPARE(qAlpha(resultOf(out2, "raster")->image.pixel(5, 5)), 0);
        QCOMPARE(qAlpha(resultOf(out2, "raster")->image.pixel(w / 2, h / 2)), 255);
    }

    void brokenRasterStillDrawsTheOthers() {
        QTemporaryDir dir;
        const QString db = TestCityStore::create(dir.path());
        {
            QFile f(TestCityStore::rasterPath(dir.path()));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("II*\0this is not a GeoTIFF any more");
        }
        auto store = store::Database::open(db, store::Database::Mode::ReadOnly);
        const auto map = render::CityMapLoader::load(store, TestCityStore::kMapTime);
        auto s = settingsFor({640, 480}, 1.0, map.lonLatExtent, map.visibleLayerIds());
        const auto out = render::MapRenderJob::renderSync(s, map.stack(), true, map.background);
        const auto* raster = resultOf(out, "raster");
        QVERIFY(raster);
        QVERIFY2(raster->error.contains(TestCityStore::rasterPath(dir.path())),
                 qPrintable(raster->error));
        for (const char* id : {"basemap", "track", "enterprises", "sites"}) {
            const auto* l = resultOf(out, id);
            QVERIFY2(l && l->error.isEmpty(), id);
            // Each layer painted something.
            const QImage img = l->image;
            bool painted = false;
            for (int y = 0; y < img.height() && !painted; y += 2)
                for (int x = 0; x < img.width() && !painted; x += 2)
                    painted = qAlpha(img.pixel(x, y)) > 0;
            QVERIFY2(painted, id);
        }
        // The first station shows its level colour (good: green) in the composed image.
        const QPointF p =
            s.worldToPixel(geo::WebMercator::fromLonLat(TestCityStore::siteLonLat(0)));
        QCOMPARE(out.image.pixelColor(p.toPoint()).rgb(), render::AirQuality::levelColour(0).rgb());
    }

    void missingRasterFileIsAnError() {
        model::RasterRecord r;
        r.path = QStringLiteral("/nonexistent/aod.tif");
        r.kind = QStringLiteral("satellite");
        auto layer = std::make_shared<render::RasterLayer>(r);
        auto s = settingsFor({100, 100}, 1.0, {104, 30.6, 104.1, 30.7}, {"raster"});
        const auto out = render::MapRenderJob::renderSync(s, render::LayerStack{layer}, false);
        QCOMPARE(out.layers.size(), std::size_t(1));
        QVERIFY2(out.layers[0].error.contains("/nonexistent/aod.tif"),
                 qPrintable(out.layers[0].error));
    }

    void asyncJobMatchesSync() {
        auto db = store::Database::open(m_db, store::Database::Mode::ReadOnly);
        const auto map = render::CityMapLoader::load(db, TestCityStore::kMapTime);
        const auto s = settingsFor({500, 400}, 1.0, map.lonLatExtent, map.visibleLayerIds());
        render::MapRenderJob job(s, map.stack());
        job.setBackground(map.background);
        QSignalSpy spy(&job, &render::MapRenderJob::finished);
        job.start();
        QVERIFY(spy.wait(10000));
        QVERIFY(!job.output().cancelled);
        QCOMPARE(job.output().layers.size(), std::size_t(6));
        for (const auto& l : job.output().layers)
            QVERIFY(l.milliseconds >= 0);
        const auto sync = render::MapRenderJob::renderSync(s, map.stack(), false, map.background);
        QImage diff;
        QCOMPARE(differingFraction(job.output().image, sync.image, 0, &diff), 0.0);
    }

    void cancelledJobFinishesCancelled() {
        auto db = store::Database::open(m_db, store::Database::Mode::ReadOnly);
        const auto map = render::CityMapLoader::load(db, TestCityStore::kMapTime);
        const auto s = settingsFor({2000, 1500}, 1.0, map.lonLatExtent, map.visibleLayerIds());
        render::MapRenderJob job(s, map.stack());
        QSignalSpy spy(&job, &render::MapRenderJob::finished);
        job.start();
        job.cancel();
        QVERIFY(spy.wait(10000));
        QVERIFY(job.output().cancelled);
    }

    void hitTestFindsMarkers() {
        auto db = store::Database::open(m_db, store::Database::Mode::ReadOnly);
        const auto map = render::CityMapLoader::load(db, TestCityStore::kMapTime);
        const auto s = settingsFor({800, 600}, 1.0, map.lonLatExtent, map.visibleLayerIds());
        const auto sites = map.layer("sites");
        for (int i = 0; i < 3; ++i) {
            const QPointF p =
                s.worldToPixel(geo::WebMercator::fromLonLat(TestCityStore::siteLonLat(i)));
            const auto hit = sites->hitTest(s, p + QPointF(2, -1), 3);
            QVERIFY(hit);
            QCOMPARE(hit->featureId, TestCityStore::siteId(i));
            QCOMPARE(hit->kind, QStringLiteral("site"));
        }
        QVERIFY(!sites->hitTest(s, {5, 5}, 3));
        const auto ent = map.layer("enterprises");
        const QPointF e2 = s.worldToPixel(geo::WebMercator::fromLonLat(104.04, 30.63));
        const auto hit = ent->hitTest(s, e2, 3);
        QVERIFY(hit);
        QCOMPARE(hit->featureId, QStringLiteral("E2"));
        QCOMPARE(hit->attributes.value("industry").toString(), QStringLiteral("chemical"));
    }

    void settingsMapping() {
        render::MapSettings s;
        s.setOutputSize({200, 100});
        s.setExtent({0, 0, 100, 100}); // widened to 200 x 100 units around the centre
        QCOMPARE(s.visibleExtent(), geo::GeoRect(-50, 0, 150, 100));
        QCOMPARE(s.mapUnitsPerPixel(), 1.0);
        QCOMPARE(s.worldToPixel({-50, 100}), QPointF(0, 0));
        QCOMPARE(s.pixelToWorld({200, 100}), QPointF(150, 0));
        QCOMPARE(s.worldToPixelTransform().map(QPointF(50, 50)), QPointF(100, 50));
        const auto z = s.zoomedAbout({50, 25}, 2.0);
        QCOMPARE(z.pixelToWorld({50, 25}), s.pixelToWorld({50, 25}));
        QCOMPARE(z.mapUnitsPerPixel(), 0.5);
        const auto p = s.pannedByPixels({10, -20});
        QCOMPARE(p.pixelToWorld({10, -20}), s.pixelToWorld({0, 0}));
        s.setDevicePixelRatio(1.5);
        QCOMPARE(s.deviceOutputSize(), QSize(300, 150));
    }

    void spatialGrid() {
        std::vector<QPointF> pts;
        for (int i = 0; i < 1000; ++i)
            pts.emplace_back(i % 40 * 10.0, i / 40 * 10.0);
        render::SpatialGrid g(pts, 25);
        QCOMPARE(g.query({-1, -1, 11, 11}).size(), std::size_t(4));
        QCOMPARE(g.nearest({101, 99}, 5).value_or(-1), 10 * 40 + 10);
        QVERIFY(!g.nearest({105, 105}, 4));
        QVERIFY(g.query({1000, 1000, 2000, 2000}).empty());
    }
};

QTEST_MAIN(TestRender)
#include "test_render.moc"
