// Control images of the map-layer styles: enterprises clustered by status at city zoom,
// enterprises labelled at street zoom at device pixel ratio 2 (sprites and CJK text must stay
// crisp), stations coloured by NO2 with their legend, and a two-band raster drawn with band 2
// through the PM2.5/AOD ramp with its legend. Each is compared with tests/data/render/<name>.png
// with a per-pixel tolerance.
// Regenerate mode: run with ECOSENTRY_UPDATE_CONTROL=1 to rewrite the control images from this
// build, then LOOK at them before committing them.
#include "ImageCompare.h"
#include "core/geo/WebMercator.h"
#include "core/render/EnterpriseLayer.h"
#include "core/render/MapRenderJob.h"
#include "core/render/MapSettings.h"
#include "core/render/RasterLayer.h"
#include "core/render/RasterSource.h"
#include "core/render/SiteLayer.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_srs_api.h>

#include <memory>

using namespace eco;

namespace {

constexpr std::int64_t kTime = 1790816400; // 2026-10-01T09:00:00+08:00

using eco::testing::differingFraction;

// 300 enterprises in five tight groups and a scatter, statuses in turn.
QList<model::Enterprise> enterprises(QHash<QString, render::EnterpriseStatus>* status) {
    QRandomGenerator rng(7);
    QList<model::Enterprise> out;
    const QPointF groups[] = {
        {103.95, 30.60}, {104.05, 30.70}, {104.15, 30.62}, {104.02, 30.55}, {104.20, 30.75}};
    for (int i = 0; i < 300; ++i) {
        model::Enterprise e;
        e.id = QStringLiteral("E%1").arg(i, 3, 10, QLatin1Char('0'));
        e.name = QStringLiteral("蓉城%1化工有限公司").arg(i);
        e.industry = i % 2 ? QStringLiteral("chemical") : QStringLiteral("cement");
        const QPointF g = i < 200 ? groups[i / 40] : QPointF(103.9, 30.5);
        const double spread = i < 200 ? 0.01 : 0.35;
        e.lon = g.x() + rng.bounded(1.0) * spread;
        e.lat = g.y() + rng.bounded(1.0) * spread * (i < 200 ? 1 : 0.8);
        status->insert(e.id, static_cast<render::EnterpriseStatus>(i % 5));
        out << e;
    }
    return out;
}

QString writeTwoBandTiff(const QString& path) {
    struct Closer {
        void operator()(void* ds) const { GDALClose(ds); }
    };
    GDALAllRegister();
    std::unique_ptr<void, Closer> ds(GDALCreate(
        GDALGetDriverByName("GTiff"), path.toUtf8().constData(), 64, 48, 2, GDT_Float32, nullptr));
    double gt[6] = {104.0, 0.1 / 64, 0, 30.7, 0, -0.1 / 48};
    GDALSetGeoTransform(ds.get(), gt);
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, 4326);
    char* wkt = nullptr;
    OSRExportToWkt(srs, &wkt);
    GDALSetProjection(ds.get(), wkt);
    CPLFree(wkt);
    OSRDestroySpatialReference(srs);
    std::vector<float> buf(64 * 48);
    for (int b = 1; b <= 2; ++b) {
        for (int r = 0; r < 48; ++r)
            for (int c = 0; c < 64; ++c)
                buf[static_cast<std::size_t>(r * 64 + c)] =
                    b == 1 ? 1000.f : static_cast<float>(c + r); // a diagonal gradient
        if (GDALRasterIO(GDALGetRasterBand(ds.get(), b), GF_Write, 0, 0, 64, 48, buf.data(), 64, 48,
                         GDT_Float32, 0, 0) != CE_None)
            return {};
    }
    return path;
}

} // namespace

class TestRenderStyles : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    void compare(const QString& name, const render::MapSettings& s, const render::LayerStack& stack,
                 bool decorations, double maxBad) {
        const auto out =
            render::MapRenderJob::renderSync(s, stack, decorations, QColor(245, 243, 238));
        for (const auto& l : out.layers)
            QVERIFY2(l.error.isEmpty(), qPrintable(l.layerId + ": " + l.error));
        const QString control =
            QStringLiteral(ECOSENTRY_TEST_DATA "/render/") + name + QStringLiteral(".png");
        if (qEnvironmentVariableIntValue("ECOSENTRY_UPDATE_CONTROL") == 1) {
            QVERIFY(out.image.save(control));
            qInfo("rewrote %s", qPrintable(control));
        }
        const QImage expected(control);
        QVERIFY2(!expected.isNull(),
                 qPrintable(control + " is missing: run with ECOSENTRY_UPDATE_CONTROL=1"));
        QCOMPARE(expected.size(), out.image.size());
        QImage diff;
        const double bad = differingFraction(out.image, expected, 48, &diff);
        if (bad > maxBad) {
            const QString actual = QDir(m_dir.path()).filePath(name + "_actual.png");
            out.image.save(actual);
            diff.save(QDir(m_dir.path()).filePath(name + "_diff.png"));
            m_dir.setAutoRemove(false);
            QFAIL(qPrintable(QStringLiteral("%1% of pixels differ from %2; actual image: %3")
                                 .arg(bad * 100, 0, 'f', 3)
                                 .arg(control, actual)));
        }
    }

    static render::MapSettings mercator(const geo::GeoRect& ll, QSize size, double dpr,
                                        const QStringList& layers) {
        render::MapSettings s;
        s.setOutputSize(size);
        s.setDevicePixelRatio(dpr);
        s.setExtent(geo::WebMercator::fromLonLat(ll));
        s.setTime(kTime);
        s.setVisibleLayers(layers);
        return s;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void enterprisesClusteredByStatus() {
        QHash<QString, render::EnterpriseStatus> status;
        const auto list = enterprises(&status);
        auto layer = std::make_shared<render::EnterpriseLayer>(list, status);
        const auto s = mercator({103.88, 30.48, 104.32, 30.82}, {480, 360}, 1, {"enterprises"});
        QVERIFY(layer->viewFor(s).clustered);
        compare(QStringLiteral("enterprises_clusters_480x360"), s, {layer}, true, 0.003);
    }

    void enterprisesLabelledAtDpr2() {
        QHash<QString, render::EnterpriseStatus> status;
        const auto list = enterprises(&status);
        auto layer = std::make_shared<render::EnterpriseLayer>(list, status);
        const auto s = mercator({104.050, 30.700, 104.062, 30.709}, {400, 300}, 2, {"enterprises"});
        const auto view = layer->viewFor(s);
        QVERIFY(!view.clustered && view.labelled);
        compare(QStringLiteral("enterprises_labels_400x300_dpr2"), s, {layer}, false, 0.005);
    }

    void stationsByNo2WithLegend() {
        QList<model::Site> sites;
        QHash<QString, double> no2;
        const double values[] = {20, 90, 150, 260, 800, 1500, -1};
        for (int i = 0; i < 7; ++i) {
            const QString id = QStringLiteral("S%1").arg(i);
            sites << model::Site{
                id, id, i % 2 ? "micro" : "national", 104.0 + 0.02 * i, 30.65 + 0.01 * (i % 3),
                {}, {}};
            if (values[i] >= 0)
                no2.insert(id, values[i]);
        }
        auto layer = std::make_shared<render::SiteLayer>(sites, no2, kTime, "a21004");
        const auto s = mercator({103.98, 30.6, 104.16, 30.7}, {400, 300}, 1, {"sites"});
        compare(QStringLiteral("stations_no2_400x300"), s, {layer}, true, 0.003);
    }

    void rasterBandTwoThroughTheAodRamp() {
        const QString tif = writeTwoBandTiff(m_dir.filePath(QStringLiteral("two.tif")));
        QVERIFY(!tif.isEmpty());
        QString error;
        const auto src = render::RasterSource::parse(tif, {}, &error);
        QVERIFY2(src, qPrintable(error));
        auto layer = render::makeRasterLayer(*src, QStringLiteral("two"), &error);
        QVERIFY2(layer, qPrintable(error));
        render::RasterStyle style;
        style.mode = render::RasterStyle::Mode::SingleBand;
        style.band = 2;
        style.min = 0;
        style.max = 110;
        style.ramp = QStringLiteral("pollution");
        layer->setStyle(style);
        const auto s = mercator({103.99, 30.59, 104.11, 30.71}, {320, 240}, 1, {"two"});
        compare(QStringLiteral("raster_band2_pollution_320x240"), s, {layer}, true, 0.003);
    }
};

QTEST_MAIN(TestRenderStyles)
#include "test_render_styles.moc"
