// Markers of the city map: grid clustering keeps every enterprise in exactly one cluster at every
// zoom and a cluster splits when the map zooms into it; a click on a bubble is a cluster hit with
// the box to zoom to; labels never overlap each other nor the markers; hit testing finds
// stations and enterprises when the display CRS is not Web Mercator (EPSG:4326, EPSG:32648);
// stations coloured by a chosen pollutant or the AQI show their IAQI band colours with a legend
// in the pollutant's units; enterprise status follows the store (readings, limits, open tasks).
#include "TestCityStore.h"

#include "core/aq/AqiReport.h"
#include "core/geo/CrsTransform.h"
#include "core/geo/WebMercator.h"
#include "core/model/Outlet.h"
#include "core/model/Reading.h"
#include "core/render/AirQualityColours.h"
#include "core/render/EnterpriseLayer.h"
#include "core/render/EnterpriseStatus.h"
#include "core/render/LabelPlacer.h"
#include "core/render/MapRenderJob.h"
#include "core/render/MapSettings.h"
#include "core/render/MarkerClusterer.h"
#include "core/render/SiteLayer.h"
#include "core/render/SiteValues.h"
#include "core/store/CatalogRepository.h"
#include "core/store/Database.h"
#include "core/store/ReadingWriter.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <set>

using namespace eco;
using eco::testing::TestCityStore;

namespace {

// 300 enterprises: five tight groups of 40 and 100 scattered over a city-sized box.
QList<model::Enterprise> syntheticEnterprises() {
    QRandomGenerator rng(7);
    QList<model::Enterprise> out;
    const QPointF groups[] = {
        {103.95, 30.60}, {104.05, 30.70}, {104.15, 30.62}, {104.02, 30.55}, {104.20, 30.75}};
    for (int i = 0; i < 300; ++i) {
        model::Enterprise e;
        e.id = QStringLiteral("E%1").arg(i, 3, 10, QLatin1Char('0'));
        e.name = QStringLiteral("企业%1号").arg(i);
        e.industry = QStringLiteral("chemical");
        if (i < 200) {
            const QPointF g = groups[i / 40];
            e.lon = g.x() + rng.bounded(1.0) * 0.01;
            e.lat = g.y() + rng.bounded(1.0) * 0.01;
        } else {
            e.lon = 103.9 + rng.bounded(1.0) * 0.4;
            e.lat = 30.5 + rng.bounded(1.0) * 0.3;
        }
        out << e;
    }
    return out;
}

render::MapSettings view(const QString& crs, const geo::GeoRect& lonLat, QSize size,
                         const QStringList& layers) {
    render::MapSettings s;
    s.setOutputSize(size);
    s.setDestinationCrs(crs);
    if (crs == QLatin1String("EPSG:3857")) {
        s.setExtent(geo::WebMercator::fromLonLat(lonLat));
    } else {
        const geo::CrsTransform t(QStringLiteral("EPSG:4326"), crs);
        geo::GeoRect w;
        for (QPointF p : {QPointF(lonLat.west, lonLat.south), QPointF(lonLat.east, lonLat.north),
                          QPointF(lonLat.west, lonLat.north), QPointF(lonLat.east, lonLat.south)})
            w = w.including(t.transform(p));
        s.setExtent(w);
    }
    s.setTime(TestCityStore::kMapTime);
    s.setVisibleLayers(layers);
    return s;
}

QPointF pixelOf(const render::MapSettings& s, QPointF lonLat) {
    if (s.isWebMercator())
        return s.worldToPixel(geo::WebMercator::fromLonLat(lonLat));
    const geo::CrsTransform t(QStringLiteral("EPSG:4326"), s.destinationCrs());
    return s.worldToPixel(t.transform(lonLat));
}

const geo::GeoRect kCity{103.88, 30.48, 104.32, 30.82};

} // namespace

class TestMapMarkers : public QObject {
    Q_OBJECT

private slots:
    void clustersConserveCounts() {
        QRandomGenerator rng(3);
        std::vector<QPointF> pts;
        for (int i = 0; i < 1000; ++i)
            pts.emplace_back(rng.bounded(10000.0), rng.bounded(8000.0));
        pts.emplace_back(qQNaN(), 0.0); // not transformable: left out
        for (double cell : {50.0, 400.0, 3000.0}) {
            const auto clusters = render::MarkerClusterer::cluster(pts, cell);
            std::vector<int> seen;
            for (const auto& c : clusters) {
                QVERIFY(c.count() >= 1);
                seen.insert(seen.end(), c.members.begin(), c.members.end());
                for (int i : c.members) { // a member lies in its cluster's box
                    const QPointF p = pts[static_cast<std::size_t>(i)];
                    QVERIFY(p.x() >= c.bounds.west && p.x() <= c.bounds.east &&
                            p.y() >= c.bounds.south && p.y() <= c.bounds.north);
                }
            }
            std::sort(seen.begin(), seen.end());
            QCOMPARE(seen.size(), std::size_t(1000));
            QVERIFY(std::adjacent_find(seen.begin(), seen.end()) == seen.end());
            QCOMPARE(seen.back(), 999);
        }
    }

    void zoomingIntoAClusterSplitsIt() {
        render::EnterpriseLayer layer(syntheticEnterprises());
        const auto city = view(QStringLiteral("EPSG:3857"), kCity, {1000, 800}, {"enterprises"});
        const render::EnterpriseView v = layer.viewFor(city);
        QVERIFY2(v.clustered, qPrintable(QString::number(v.groundMetresPerPixel)));
        QVERIFY(!v.labelled);
        int total = 0;
        const render::MarkerCluster* biggest = nullptr;
        for (const auto& c : v.clusters) {
            total += c.count();
            if (!biggest || c.count() > biggest->count())
                biggest = &c;
        }
        QCOMPARE(total, 300);
        QVERIFY(biggest->count() >= 20);
        // Panning keeps every cluster: the grid is anchored in the world, not the screen.
        const auto panned = layer.viewFor(city.pannedByPixels({137, -61}));
        auto memberSets = [](const render::EnterpriseView& ev) {
            std::set<std::vector<int>> sets;
            for (const auto& c : ev.clusters)
                sets.insert(c.members);
            return sets;
        };
        QVERIFY(memberSets(panned) == memberSets(v));

        // A click on the bubble is a cluster hit that knows its members' box.
        const auto hit = layer.hitTest(city, city.worldToPixel(biggest->centre), 3);
        QVERIFY(hit);
        QCOMPARE(hit->kind, QStringLiteral("cluster"));
        QCOMPARE(hit->attributes.value("count").toInt(), biggest->count());
        const QRectF box = hit->attributes.value("lonLatBounds").toRectF();
        QVERIFY(box.width() > 0 && box.width() < 0.05);

        // Zoomed to that box, its members fall apart into several clusters or markers, and
        // each of them is in exactly one.
        const std::set<int> members(biggest->members.begin(), biggest->members.end());
        const geo::GeoRect zoom(box.left(), box.top(), box.right(), box.bottom());
        const auto closer =
            view(QStringLiteral("EPSG:3857"), zoom.scaled(1.4), {1000, 800}, {"enterprises"});
        const render::EnterpriseView v2 = layer.viewFor(closer);
        int pieces = 0, found = 0, total2 = 0;
        for (const auto& c : v2.clusters) {
            total2 += c.count();
            const int inside = static_cast<int>(std::count_if(
                c.members.begin(), c.members.end(), [&](int i) { return members.count(i); }));
            found += inside;
            pieces += inside > 0 ? 1 : 0;
        }
        if (!v2.clustered) // fine enough for no clusters at all: every member on its own
            pieces = found = static_cast<int>(members.size());
        QCOMPARE(found, biggest->count());
        QVERIFY2(pieces >= 2, qPrintable(QString::number(pieces)));
        if (v2.clustered)
            QCOMPARE(total2, 300);

        // Street level: single markers, labelled.
        const QPointF c = zoom.centre();
        const auto street = view(QStringLiteral("EPSG:3857"),
                                 {c.x() - 0.01, c.y() - 0.007, c.x() + 0.01, c.y() + 0.007},
                                 {1000, 800}, {"enterprises"});
        const render::EnterpriseView v3 = layer.viewFor(street);
        QVERIFY(!v3.clustered);
        QVERIFY2(v3.labelled, qPrintable(QString::number(v3.groundMetresPerPixel)));
    }

    void labelsNeverOverlap() {
        render::LabelPlacer placer(QRectF(0, 0, 400, 300));
        QRandomGenerator rng(11);
        std::vector<QRectF> markers;
        for (int i = 0; i < 300; ++i) {
            const QPointF a(rng.bounded(400.0), rng.bounded(300.0));
            markers.emplace_back(a.x() - 6, a.y() - 6, 12, 12);
            placer.addObstacle(markers.back());
        }
        int asked = 0;
        for (const QRectF& m : markers) {
            ++asked;
            placer.place(m.center(), QSizeF(60, 14), 8);
        }
        const auto& placed = placer.placed();
        QVERIFY(!placed.empty());
        QVERIFY(placed.size() < static_cast<std::size_t>(asked)); // a crowd drops labels
        for (std::size_t i = 0; i < placed.size(); ++i) {
            QVERIFY(QRectF(0, 0, 400, 300).contains(placed[i]));
            for (std::size_t j = i + 1; j < placed.size(); ++j)
                QVERIFY(!placed[i].intersects(placed[j]));
            for (const QRectF& m : markers)
                QVERIFY(!placed[i].intersects(m));
        }
        // Alone, a label goes to the right of its anchor; blocked there, to the left.
        render::LabelPlacer two(QRectF(0, 0, 400, 300));
        const auto r1 = two.place({100, 100}, {50, 10}, 5);
        QVERIFY(r1 && r1->left() == 105);
        two.addObstacle({150, 110, 100, 30});
        const auto r2 = two.place({150, 125}, {50, 10}, 5);
        QVERIFY(r2 && r2->right() <= 145);
    }

    void hitTestingOutsideWebMercator_data() {
        QTest::addColumn<QString>("crs");
        QTest::newRow("3857") << "EPSG:3857";
        QTest::newRow("4326") << "EPSG:4326";
        QTest::newRow("32648") << "EPSG:32648";
    }
    void hitTestingOutsideWebMercator() {
        QFETCH(QString, crs);
        QList<model::Site> sites;
        for (int i = 0; i < 3; ++i)
            sites << model::Site{TestCityStore::siteId(i),
                                 QStringLiteral("站%1").arg(i),
                                 i == 2 ? QStringLiteral("micro") : QStringLiteral("national"),
                                 TestCityStore::siteLonLat(i).x(),
                                 TestCityStore::siteLonLat(i).y(),
                                 QString(),
                                 {}};
        render::SiteLayer siteLayer(sites, {}, TestCityStore::kMapTime);
        const auto enterprises = syntheticEnterprises();
        render::EnterpriseLayer entLayer(enterprises);
        // Street level so enterprises are single markers.
        const QPointF e0(enterprises[250].lon, enterprises[250].lat);
        const auto s = view(crs, {e0.x() - 0.01, e0.y() - 0.008, e0.x() + 0.01, e0.y() + 0.008},
                            {800, 640}, {"sites", "enterprises"});
        const auto hitE = entLayer.hitTest(s, pixelOf(s, e0) + QPointF(2, -1), 4);
        QVERIFY2(hitE, qPrintable(crs));
        QCOMPARE(hitE->featureId, enterprises[250].id);
        QVERIFY(hitE->distancePx < 3);
        // Nothing far from any marker.
        const auto miss = siteLayer.hitTest(s, QPointF(-50, -50), 4);
        QVERIFY(!miss);
        const auto s2 = view(crs, {104.0, 30.6, 104.15, 30.72}, {800, 640}, {"sites"});
        for (int i = 0; i < 3; ++i) {
            const auto hit = siteLayer.hitTest(s2, pixelOf(s2, TestCityStore::siteLonLat(i)), 4);
            QVERIFY2(hit, qPrintable(crs + QStringLiteral(" site %1").arg(i)));
            QCOMPARE(hit->featureId, TestCityStore::siteId(i));
        }
    }

    void stationsByAChosenPollutant() {
        QList<model::Site> sites;
        const QPointF a(104.02, 30.65), b(104.08, 30.65), c(104.14, 30.65);
        sites << model::Site{"S1", "一", "national", a.x(), a.y(), {}, {}}
              << model::Site{"S2", "二", "national", b.x(), b.y(), {}, {}}
              << model::Site{"S3", "三", "national", c.x(), c.y(), {}, {}};
        // NO2 1 h: 30 ug/m3 is IAQI 15 (good), 250 is IAQI 105 (lightly polluted); S3 no value.
        render::SiteLayer layer(sites, {{"S1", 30.0}, {"S2", 250.0}}, TestCityStore::kMapTime,
                                QStringLiteral("a21004"));
        const auto s =
            view(QStringLiteral("EPSG:3857"), {104.0, 30.6, 104.16, 30.7}, {640, 400}, {"sites"});
        const auto out = render::MapRenderJob::renderSync(
            s,
            render::LayerStack{std::make_shared<render::SiteLayer>(
                sites, QHash<QString, double>{{"S1", 30.0}, {"S2", 250.0}}, TestCityStore::kMapTime,
                QStringLiteral("a21004"))},
            true);
        QVERIFY(out.layers.front().error.isEmpty());
        const QImage& img = out.layers.front().image;
        QCOMPARE(img.pixelColor(pixelOf(s, a).toPoint()).rgb(),
                 render::AirQuality::levelColour(0).rgb());
        QCOMPARE(img.pixelColor(pixelOf(s, b).toPoint()).rgb(),
                 render::AirQuality::levelColour(2).rgb());
        QCOMPARE(img.pixelColor(pixelOf(s, c).toPoint()).rgb(),
                 render::AirQuality::levelColour(-1).rgb());
        QCOMPARE(out.legends.size(), qsizetype(1));
        const render::Legend& l = out.legends.front();
        QVERIFY2(l.title.contains(QLatin1String("NO")) && l.title.contains(QLatin1String("g/m")),
                 qPrintable(l.title));
        QCOMPARE(l.entries.size(), qsizetype(7));
        // NO2 1 h band edges of HJ 633: 100, 200, 700, 1200, 2340 ug/m3.
        QCOMPARE(l.entries[0].label, QStringLiteral("0–100"));
        QCOMPARE(l.entries[2].label, QStringLiteral("200–700"));

        QCOMPARE(render::SiteLayer::level(QStringLiteral("aqi"), 160, TestCityStore::kMapTime), 3);
        QCOMPARE(render::SiteLayer::level(QStringLiteral("aqi"), 50, TestCityStore::kMapTime), 0);
        QCOMPARE(render::SiteLayer::level(QStringLiteral("a34004"), qQNaN(), 0), -1);
    }

    void valuesAndStatusFromTheStore() {
        QTemporaryDir dir;
        const QString path = TestCityStore::create(dir.path());
        {
            auto db = store::Database::open(path);
            store::CatalogRepository cat(db);
            cat.upsert(model::Outlet{
                "E2-G1", "E2", {}, "gas", 104.04, 30.63, 50.0, 2.0, 100.0, 10.0, 9.0});
            store::ReadingWriter w(db);
            const auto t = TestCityStore::kMapTime;
            w.add(model::Reading{"E1-G1", "a21026", model::Interval::Hour, t - 3600, 10.0, 'N'});
            w.add(
                model::Reading{"E2-G1", "a21026", model::Interval::Hour, t - 5 * 3600, 10.0, 'N'});
            // Station 0 gets the pollutants the test city lacks, so its AQI is complete.
            const QString s0 = TestCityStore::siteId(0);
            for (int h = 0; h < 8; ++h) {
                w.add(model::Reading{s0, "a21026", model::Interval::Hour, t - h * 3600, 8.0, 'N'});
                w.add(model::Reading{s0, "a21005", model::Interval::Hour, t - h * 3600, 0.6, 'N'});
            }
            for (int h = 6; h < 8; ++h)
                w.add(model::Reading{s0, "a05024", model::Interval::Hour, t - h * 3600, 80.0, 'N'});
        }
        auto db = store::Database::open(path);
        auto status = render::EnterpriseStatusLoader::load(db, TestCityStore::kMapTime);
        QCOMPARE(status.value("E1"), render::EnterpriseStatus::Online);
        QCOMPARE(status.value("E2"), render::EnterpriseStatus::Offline); // 5 h old
        QVERIFY(!status.contains("E3"));                                 // no outlet
        db.exec("INSERT INTO limits(outlet_id, pollutant, interval, limit_value, unit) "
                "VALUES('E1-G1', 'a21026', 'hour', 5, 'mg/m3')");
        db.exec("INSERT INTO tasks(id, severity, state, enterprise_id, created_ts, updated_ts, "
                "event_count, head_hash) VALUES('T1', 'high', 'dispatched', 'E3', 0, 0, 1, 'x'), "
                "('T2', 'high', 'closed', 'E2', 0, 0, 1, 'y')");
        status = render::EnterpriseStatusLoader::load(db, TestCityStore::kMapTime);
        QCOMPARE(status.value("E1"), render::EnterpriseStatus::Alarm);
        QCOMPARE(status.value("E2"), render::EnterpriseStatus::Offline); // its task is closed
        QCOMPARE(status.value("E3"), render::EnterpriseStatus::UnderTask);

        // Station values: a pollutant's latest hour, and the real-time AQI.
        const auto no2 = render::SiteValueLoader::load(db, TestCityStore::kMapTime, "a21004");
        QCOMPARE(no2.value(TestCityStore::siteId(0)), 30.0);
        QCOMPARE(no2.value(TestCityStore::siteId(1)), 31.0);
        const auto aqi = render::SiteValueLoader::load(db, TestCityStore::kMapTime, "aqi");
        if (!aqi.contains(TestCityStore::siteId(0))) {
            const auto rows = aq::AqiReport(db).hourly(TestCityStore::siteId(0),
                                                       TestCityStore::kMapTime - 3 * 3600,
                                                       TestCityStore::kMapTime + 3600);
            for (const auto& r : rows)
                qWarning() << r.ts << aq::AqiReport::csvRow(r, false);
        }
        QVERIFY(aqi.contains(TestCityStore::siteId(0)));
        QVERIFY(aqi.value(TestCityStore::siteId(0)) > 0);
        QVERIFY(!aqi.contains(TestCityStore::siteId(2))); // the micro-station has no AQI data
    }
};

QTEST_MAIN(TestMapMarkers)
#include "test_map_markers.moc"
