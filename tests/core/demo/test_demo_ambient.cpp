// Tests of the demo city's ambient side on a small hand-built world (one enterprise, one
// outlet, one PM2.5 episode, two days): the episode is seen downwind and not upwind and is
// recorded in truth_observations; the basemap parses and covers the city; vehicles stay on the
// roads; lidar scans decode; satellite rasters open with the right bounds; A1 truth exists; the
// output is deterministic per seed.
#include "core/demo/AmbientSimulator.h"
#include "core/demo/BasemapBuilder.h"
#include "core/demo/DemoWorld.h"
#include "core/demo/SatelliteRasterWriter.h"
#include "core/store/CatalogRepository.h"
#include "core/store/Database.h"
#include "core/store/LidarScanRepository.h"
#include "core/store/SeriesRepository.h"
#include "core/store/TruthRepository.h"

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_geometry.h>

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QtMath>

#include <cmath>
#include <memory>

using namespace eco;
using namespace eco::demo;

namespace {

DemoWorld makeWorld(int days, std::uint64_t seed) {
    DemoWorld w;
    w.config.days = days;
    w.config.seed = seed;
    const QPointF site(1500, -1000);
    const QPointF ll = w.frame.toLonLat(site);
    w.enterprises.append({QStringLiteral("E001"),
                          QStringLiteral("锦城测试化工厂"),
                          QStringLiteral("chemical"),
                          QStringLiteral("锦城区"),
                          ll.x(),
                          ll.y(),
                          {},
                          QStringLiteral("P001")});
    model::Outlet o;
    o.id = QStringLiteral("O001");
    o.enterpriseId = QStringLiteral("E001");
    o.mn = QStringLiteral("MN0000000000000000000001");
    o.medium = QStringLiteral("gas");
    o.lon = ll.x();
    o.lat = ll.y();
    o.heightM = 35;
    o.diameterM = 1.8;
    o.gasTempC = 110;
    o.gasVelocityMs = 12;
    w.outlets.append(o);
    EpisodeSource e;
    e.id = QStringLiteral("EP001");
    e.enterpriseId = o.enterpriseId;
    e.outletId = o.id;
    e.ambientPollutant = QStringLiteral("a34004");
    e.lon = ll.x();
    e.lat = ll.y();
    e.stackHeightM = 35;
    e.exitVelocityMs = 12;
    e.exitTempC = 110;
    e.diameterM = 1.8;
    e.startTs = w.config.startTs + 3 * 3600;
    e.rateGps.assign(static_cast<size_t>(std::max(1, days * 24 - 6)), 60.f);
    w.episodes.push_back(e);
    w.alerts.append({0, QStringLiteral("yellow"), w.config.startTs + 20 * 3600,
                     w.config.startTs + 40 * 3600, QStringLiteral("city")});
    return w;
}

void build(const DemoWorld& w, const QString& dbPath) {
    store::Database db = store::Database::open(dbPath);
    db.setFastUnsafeWrites(true);
    store::Transaction tx(db);
    AmbientSimulator(w).write(db, dbPath + QStringLiteral(".rasters"), {});
    tx.commit();
}

double angleDiff(double a, double b) {
    const double d = std::fmod(std::abs(a - b), 360.0);
    return d > 180 ? 360 - d : d;
}

double bearingDeg(QPointF from, QPointF to) {
    const double b = qRadiansToDegrees(std::atan2(to.x() - from.x(), to.y() - from.y()));
    return b < 0 ? b + 360 : b;
}

QString tableDigest(const store::Database& db) {
    QStringList parts;
    for (const char* sql :
         {"SELECT count(*), total(value), total(ts % 9973 * value) FROM readings",
          "SELECT count(*), total(lon), total(lat * (ts % 97)) FROM track_points",
          "SELECT count(*), total(length(data)), total(unicode(hex(substr(data, 20, 1)))) FROM "
          "lidar_scans",
          "SELECT count(*), total(excess), total(ts % 977) FROM truth_observations",
          "SELECT count(*), total(end_ts - start_ts), group_concat(subject_id) FROM "
          "truth_violations",
          "SELECT count(*), total(length(wkb)) FROM basemap_features"}) {
        auto st = db.prepare(sql);
        st.step();
        for (int c = 0; c < st.columnCount(); ++c)
            parts << st.text(c);
    }
    return parts.join(QLatin1Char('|'));
}

} // namespace

class TestDemoAmbient : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void episodeSeenDownwindNotUpwind();
    void truthObservationsForEveryReceptorKind();
    void basemapParsesAndCoversTheCity();
    void tracksStayOnRoads();
    void lidarScansDecode();
    void rastersOpenWithTheRightBounds();
    void ambientAnomaliesHaveTruth();
    void stationsAndReadings();
    void deterministicPerSeed();

private:
    QTemporaryDir m_dir;
    QString m_db;
    DemoWorld m_world = makeWorld(2, 5);
};

void TestDemoAmbient::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("ambient.db"));
    build(m_world, m_db);
}

void TestDemoAmbient::episodeSeenDownwindNotUpwind() {
    store::Database db = store::Database::open(m_db, store::Database::Mode::ReadOnly);
    const store::CatalogRepository catalog(db);
    const store::SeriesRepository series(db);
    const QList<model::TruthObservation> obs =
        store::TruthRepository(db).observations(QStringLiteral("EP001"));
    const EpisodeSource& ep = m_world.episodes.front();
    const QPointF src = m_world.frame.toLocal(ep.lon, ep.lat);
    QHash<QString, model::Site> sites;
    for (const model::Site& s : catalog.sites())
        sites.insert(s.id, s);
    const auto windFrom = [&](const QString& site, std::int64_t ts) {
        const auto pts =
            series.load(site, QStringLiteral("a01008"), model::Interval::Hour, ts, ts + 1);
        return pts.empty() ? std::nan("") : pts.front().value;
    };

    // Downwind: the stations that saw the episode lie within 90 degrees of the wind's heading.
    int seen = 0, downwind = 0;
    QSet<QPair<QString, std::int64_t>> observed;
    for (const model::TruthObservation& o : obs) {
        if (o.receptorKind != QLatin1String("site"))
            continue;
        observed.insert({o.receptorId, o.ts});
        const double wd = windFrom(o.receptorId, o.ts);
        if (std::isnan(wd))
            continue;
        const QPointF p = m_world.frame.toLocal(o.lon, o.lat);
        if (std::hypot(p.x() - src.x(), p.y() - src.y()) < 500)
            continue; // right at the stack, bearing means nothing
        ++seen;
        if (angleDiff(bearingDeg(src, p), std::fmod(wd + 180.0, 360.0)) < 90.0)
            ++downwind;
    }
    QVERIFY2(seen >= 10, qPrintable(QString::number(seen)));
    QVERIFY2(downwind >= 0.9 * seen,
             qPrintable(QStringLiteral("%1 of %2").arg(downwind).arg(seen)));

    // Upwind: stations within 8 km in the sector the wind comes from do not see it.
    int upwindHours = 0, upwindSeen = 0;
    for (std::int64_t ts = ep.startTs; ts < ep.endTs(); ts += 3600)
        for (const model::Site& s : sites) {
            const QPointF p = m_world.frame.toLocal(s.lon, s.lat);
            const double d = std::hypot(p.x() - src.x(), p.y() - src.y());
            if (d < 1000 || d > 8000)
                continue;
            const double wd = windFrom(s.id, ts);
            if (std::isnan(wd) || angleDiff(bearingDeg(src, p), wd) > 30.0)
                continue;
            ++upwindHours;
            if (observed.contains({s.id, ts}))
                ++upwindSeen;
        }
    QVERIFY(upwindHours >= 10);
    QVERIFY2(upwindSeen <= 0.03 * upwindHours,
             qPrintable(QStringLiteral("%1 of %2").arg(upwindSeen).arg(upwindHours)));
}

void TestDemoAmbient::truthObservationsForEveryReceptorKind() {
    store::Database db = store::Database::open(m_db, store::Database::Mode::ReadOnly);
    QHash<QString, int> byKind;
    for (const model::TruthObservation& o : store::TruthRepository(db).observations()) {
        QCOMPARE(o.episodeId, QStringLiteral("EP001"));
        QVERIFY(o.excess > 0);
        QVERIFY(o.ts >= m_world.episodes.front().startTs);
        ++byKind[o.receptorKind];
    }
    QVERIFY2(byKind.value(QStringLiteral("site")) > 0, "no station saw the episode");
    QVERIFY2(byKind.value(QStringLiteral("lidar")) > 0, "no lidar saw the episode");
    QVERIFY2(byKind.value(QStringLiteral("vehicle")) > 0, "no vehicle saw the episode");
    QCOMPARE(store::TruthRepository(db).episodes().size(), qsizetype(1));
}

void TestDemoAmbient::basemapParsesAndCoversTheCity() {
    store::Database db = store::Database::open(m_db, store::Database::Mode::ReadOnly);
    const QList<model::BasemapFeature> features = store::CatalogRepository(db).basemap();
    QHash<QString, int> layers;
    std::vector<std::unique_ptr<OGRGeometry>> districts;
    for (const model::BasemapFeature& f : features) {
        OGRGeometry* raw = nullptr;
        QCOMPARE(OGRGeometryFactory::createFromWkb(f.wkb.constData(), nullptr, &raw, f.wkb.size()),
                 OGRERR_NONE);
        std::unique_ptr<OGRGeometry> g(raw);
        QVERIFY(g);
        const bool polygonal = wkbFlatten(g->getGeometryType()) == wkbPolygon;
        const bool linear = wkbFlatten(g->getGeometryType()) == wkbLineString;
        if (f.layer == QLatin1String("ring_road") || f.layer == QLatin1String("road"))
            QVERIFY2(linear, qPrintable(f.id));
        else
            QVERIFY2(polygonal, qPrintable(f.id));
        QVERIFY2(g->IsValid(), qPrintable(f.id));
        QVERIFY(!f.name.isEmpty());
        ++layers[f.layer];
        if (f.layer == QLatin1String("district"))
            districts.push_back(std::move(g));
    }
    QCOMPARE(layers.value(QStringLiteral("district")), 9);
    QCOMPARE(layers.value(QStringLiteral("ring_road")), 4);
    QCOMPARE(layers.value(QStringLiteral("river")), 1);
    QCOMPARE(layers.value(QStringLiteral("water")), 2);
    QCOMPARE(layers.value(QStringLiteral("park")), 5);
    QVERIFY(layers.value(QStringLiteral("road")) > 20);
    // Points over the city fall in exactly one district.
    int inside = 0, total = 0;
    for (double r = 0; r < 24000; r += 1500)
        for (double b = 0; b < 360; b += 13) {
            const QPointF ll = m_world.frame.toLonLat(
                QPointF(r * std::sin(qDegreesToRadians(b)), r * std::cos(qDegreesToRadians(b))));
            OGRPoint pt(ll.x(), ll.y());
            int hits = 0;
            for (const auto& d : districts)
                hits += d->Contains(&pt) ? 1 : 0;
            inside += hits == 1 ? 1 : 0;
            ++total;
        }
    QVERIFY2(inside >= 0.99 * total, qPrintable(QStringLiteral("%1 of %2").arg(inside).arg(total)));
}

void TestDemoAmbient::tracksStayOnRoads() {
    store::Database db = store::Database::open(m_db, store::Database::Mode::ReadOnly);
    const Basemap map = BasemapBuilder(m_world.frame).build();
    QVERIFY(map.roads.connected());
    const store::SeriesRepository series(db);
    const QStringList vehicles = store::CatalogRepository(db).vehicles();
    QCOMPARE(vehicles.size(), 5);
    for (const QString& v : vehicles) {
        const auto fixes = series.track(v, m_world.config.startTs, m_world.config.endTs(),
                                        QStringLiteral("a34004"));
        QVERIFY2(fixes.size() > 2 * 6 * 3600, qPrintable(v)); // two working days
        for (size_t i = 0; i < fixes.size(); i += 37) {
            const QPointF p = m_world.frame.toLocal(fixes[i].lon, fixes[i].lat);
            const double d = map.roads.distanceToRoad(p);
            QVERIFY2(
                d < 30,
                qPrintable(QStringLiteral("%1 fix %2 is %3 m off the road").arg(v).arg(i).arg(d)));
            QVERIFY(fixes[i].value > 0);
            // Local time within the working sessions.
            const int local = static_cast<int>((fixes[i].ts + 8 * 3600) % 86400);
            QVERIFY(local >= 9 * 3600 && local < 17 * 3600 + 1800);
            QVERIFY(local < 12 * 3600 || local >= 13 * 3600 + 1800);
        }
        for (size_t i = 1; i < fixes.size(); ++i) {
            if (fixes[i].ts != fixes[i - 1].ts + 1)
                continue;
            const QPointF a = m_world.frame.toLocal(fixes[i - 1].lon, fixes[i - 1].lat);
            const QPointF b = m_world.frame.toLocal(fixes[i].lon, fixes[i].lat);
            QVERIFY(std::hypot(b.x() - a.x(), b.y() - a.y()) < 50.0 / 3.6 + 25.0);
        }
    }
}

void TestDemoAmbient::lidarScansDecode() {
    store::Database db = store::Database::open(m_db, store::Database::Mode::ReadOnly);
    QCOMPARE(store::CatalogRepository(db).lidars().size(), qsizetype(13));
    const store::LidarScanRepository repo(db);
    const QList<model::LidarScan> scans =
        repo.range(QStringLiteral("L01"), m_world.config.startTs, m_world.config.endTs() - 1);
    QCOMPARE(scans.size(), qsizetype(2 * 96));
    for (const model::LidarScan& s : scans) {
        QCOMPARE(s.nrays(), 48);
        QCOMPARE(s.nbins, 60);
        QCOMPARE(s.values.size(), size_t(48 * 60));
        double sum = 0;
        for (const float v : s.values) {
            QVERIFY(std::isfinite(v) && v >= 0 && v < 3000);
            sum += v;
        }
        QVERIFY(sum / s.values.size() > 2);
    }
}

void TestDemoAmbient::rastersOpenWithTheRightBounds() {
    store::Database db = store::Database::open(m_db, store::Database::Mode::ReadOnly);
    const QList<model::RasterRecord> rasters = store::CatalogRepository(db).rasters();
    QCOMPARE(rasters.size(), qsizetype(4));
    GDALAllRegister();
    for (const model::RasterRecord& r : rasters) {
        QCOMPARE(r.kind, QStringLiteral("satellite"));
        QVERIFY(r.product == QLatin1String("AOD") || r.product == QLatin1String("NO2"));
        QVERIFY(r.ts.has_value());
        // Paths under the store's folder are recorded relative to it.
        const QString path = QDir(m_dir.path()).filePath(r.path);
        const std::unique_ptr<void, decltype(&GDALClose)> ds(
            GDALOpen(path.toUtf8().constData(), GA_ReadOnly), &GDALClose);
        QVERIFY2(ds, qPrintable(r.path));
        QCOMPARE(GDALGetRasterXSize(ds.get()), 200);
        QCOMPARE(GDALGetRasterYSize(ds.get()), 200);
        double gt[6];
        QCOMPARE(GDALGetGeoTransform(ds.get(), gt), CE_None);
        QVERIFY(std::abs(gt[0] - 103.56) < 1e-9);
        QVERIFY(std::abs(gt[3] - 31.16) < 1e-9);
        QVERIFY(std::abs(gt[1] - 0.005) < 1e-12 && std::abs(gt[5] + 0.005) < 1e-12);
        QVERIFY(QString::fromUtf8(GDALGetProjectionRef(ds.get())).contains(QLatin1String("4326")));
        GDALRasterBandH band = GDALGetRasterBand(ds.get(), 1);
        QCOMPARE(GDALGetRasterDataType(band), GDT_Float32);
        int hasNoData = 0;
        QCOMPARE(GDALGetRasterNoDataValue(band, &hasNoData),
                 double(SatelliteRasterWriter::kNoData));
        QVERIFY(hasNoData);
        std::vector<float> px(200 * 200);
        QCOMPARE(
            GDALRasterIO(band, GF_Read, 0, 0, 200, 200, px.data(), 200, 200, GDT_Float32, 0, 0),
            CE_None);
        int valid = 0;
        for (const float v : px)
            if (v != SatelliteRasterWriter::kNoData) {
                QVERIFY(v > 0);
                ++valid;
            }
        QVERIFY(valid > 200 * 200 / 2);
        QVERIFY(std::abs(r.west - 103.56) < 1e-6 && std::abs(r.north - 31.16) < 1e-6);
    }
}

void TestDemoAmbient::ambientAnomaliesHaveTruth() {
    store::Database db = store::Database::open(m_db, store::Database::Mode::ReadOnly);
    QSet<QString> kinds;
    for (const model::TruthViolation& v : store::TruthRepository(db).violations()) {
        QCOMPARE(v.rule, QStringLiteral("A1"));
        QCOMPARE(v.subjectKind, QStringLiteral("site"));
        QVERIFY(store::CatalogRepository(db).site(v.subjectId).has_value());
        QVERIFY(v.endTs > v.startTs);
        kinds.insert(v.detail.section(QLatin1Char(' '), 0, 0));
        if (v.detail.startsWith(QLatin1String("constant value"))) {
            // The stored series really is constant over the window.
            const QString code = v.detail.section(QLatin1Char(' '), 2, 2);
            const auto pts = store::SeriesRepository(db).load(
                v.subjectId, code, model::Interval::Hour, v.startTs, v.endTs - 1);
            QVERIFY(pts.size() >= 6);
            for (const auto& p : pts)
                QCOMPARE(p.value, pts.front().value);
        }
    }
    QCOMPARE(kinds, QSet<QString>({QStringLiteral("constant"), QStringLiteral("low-variance"),
                                   QStringLiteral("step"), QStringLiteral("disagrees")}));
}

void TestDemoAmbient::stationsAndReadings() {
    store::Database db = store::Database::open(m_db, store::Database::Mode::ReadOnly);
    const QList<model::Site> sites = store::CatalogRepository(db).sites();
    QHash<QString, int> kinds;
    for (const model::Site& s : sites) {
        ++kinds[s.kind];
        QCOMPARE(s.mn.size(), 24);
        QVERIFY(!s.district.isEmpty());
    }
    QCOMPARE(kinds.value(QStringLiteral("national")), 59);
    QCOMPARE(kinds.value(QStringLiteral("super")), 2);
    QCOMPARE(kinds.value(QStringLiteral("photochemical")), 5);
    QCOMPARE(kinds.value(QStringLiteral("transport")), 2);
    QCOMPARE(kinds.value(QStringLiteral("micro")), 200);
    // O3 peaks in the afternoon, NO2 does not.
    const store::SeriesRepository series(db);
    const auto o3 =
        series.load(QStringLiteral("N001"), QStringLiteral("a05024"), model::Interval::Hour,
                    m_world.config.startTs, m_world.config.endTs());
    QVERIFY(o3.size() >= 40);
    double afternoon = 0, night = 0;
    int na = 0, nn = 0;
    for (const auto& p : o3) {
        const int h = static_cast<int>((p.ts + 8 * 3600) % 86400 / 3600);
        if (h >= 13 && h <= 16) {
            afternoon += p.value;
            ++na;
        } else if (h <= 5) {
            night += p.value;
            ++nn;
        }
    }
    QVERIFY(afternoon / na > 1.5 * night / nn);
}

void TestDemoAmbient::deterministicPerSeed() {
    const DemoWorld a = makeWorld(1, 9), b = makeWorld(1, 10);
    const QString p1 = m_dir.filePath(QStringLiteral("d1.db")),
                  p2 = m_dir.filePath(QStringLiteral("d2.db")),
                  p3 = m_dir.filePath(QStringLiteral("d3.db"));
    build(a, p1);
    build(a, p2);
    build(b, p3);
    const QString d1 = tableDigest(store::Database::open(p1, store::Database::Mode::ReadOnly));
    const QString d2 = tableDigest(store::Database::open(p2, store::Database::Mode::ReadOnly));
    const QString d3 = tableDigest(store::Database::open(p3, store::Database::Mode::ReadOnly));
    QCOMPARE(d1, d2);
    QVERIFY(d1 != d3);
}

QTEST_GUILESS_MAIN(TestDemoAmbient)
#include "test_demo_ambient.moc"
