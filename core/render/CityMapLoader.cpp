#include "core/render/CityMapLoader.h"

#include "core/model/Interval.h"
#include "core/model/Time.h"
#include "core/render/BasemapLabelLayer.h"
#include "core/render/BasemapLayer.h"
#include "core/render/EnterpriseLayer.h"
#include "core/render/EnterpriseStatus.h"
#include "core/render/LidarLayer.h"
#include "core/render/RasterLayer.h"
#include "core/render/SiteLayer.h"
#include "core/render/SurfaceLayer.h"
#include "core/render/TrackLayer.h"
#include "core/store/CatalogRepository.h"
#include "core/store/Database.h"
#include "core/store/LidarScanRepository.h"
#include "core/store/SeriesRepository.h"
#include "core/store/StoreError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace eco::render {

namespace {

constexpr const char* kPm25 = "a34004";
constexpr std::int64_t kLatestMaxAgeS = 3 * 3600;

// The city centre the demo uses, for a store with nothing placed yet.
const geo::GeoRect kFallbackExtent{103.76, 30.40, 104.36, 30.92};

} // namespace

QStringList CityMap::visibleLayerIds() const {
    QStringList ids;
    for (const auto& l : layers)
        if (l->isVisible())
            ids << l->id();
    return ids;
}

std::shared_ptr<MapLayer> CityMap::layer(const QString& id) const {
    for (const auto& l : layers)
        if (l->id() == id)
            return l;
    return nullptr;
}

CityMap CityMapLoader::load(store::Database& db, std::optional<std::int64_t> time) {
    CityMap map;
    const store::CatalogRepository catalog(db);
    const store::SeriesRepository series(db);
    const store::TimeSpan span = series.hourlySpan();
    map.time = time.value_or(span.valid() ? span.last : QDateTime::currentSecsSinceEpoch());

    const BasemapStyle style = BasemapStyle::load();
    map.background = style.background();
    geo::GeoRect extent, pointsExtent;
    std::shared_ptr<BasemapLayer> basemap;
    auto guard = [&](const char* what, auto&& loadLayer) {
        try {
            loadLayer();
        } catch (const store::StoreError& e) {
            map.problems << QStringLiteral("%1: %2").arg(QLatin1String(what),
                                                         QString::fromUtf8(e.what()));
        }
    };

    guard("basemap", [&] {
        const auto features = catalog.basemap();
        if (features.isEmpty())
            return;
        auto layer = std::make_shared<BasemapLayer>(features, style);
        if (!layer->loadError().isEmpty())
            map.problems << layer->loadError();
        extent = layer->lonLatExtent();
        map.hasData = true;
        map.layers.push_back(layer);
        basemap = layer;
    });
    guard("raster", [&] {
        if (auto record = RasterLayer::pick(catalog.rasters(), map.time)) {
            // Paths may be relative to the store's folder (the demo keeps its rasters beside it).
            if (QFileInfo(record->path).isRelative())
                record->path = QFileInfo(db.path()).absoluteDir().filePath(record->path);
            auto layer = std::make_shared<RasterLayer>(*record);
            layer->setOpacity(0.5);
            map.layers.push_back(layer);
        }
    });
    guard("drone", [&] {
        // The newest drone orthophoto at the map time, in its own colours (RGB).
        if (auto record = RasterLayer::pick(catalog.rasters(), map.time, QStringLiteral("drone"),
                                            QString())) {
            if (QFileInfo(record->path).isRelative())
                record->path = QFileInfo(db.path()).absoluteDir().filePath(record->path);
            map.layers.push_back(std::make_shared<RasterLayer>(
                QStringLiteral("drone"),
                QCoreApplication::translate("eco::render::CityMapLoader", "Drone orthophoto"),
                *record));
        }
    });
    const std::int64_t day = model::localDayStart(map.time);
    guard("surface", [&] {
        // The map day's hourly PM2.5 of every station: the slider moves within it.
        const auto sites = catalog.sites();
        QHash<QString, std::vector<store::SeriesPoint>> values;
        for (const model::Site& site : sites) {
            auto points =
                series.load(site.id, QLatin1String(kPm25), model::Interval::Hour, day, day + 86400);
            if (!points.empty())
                values.insert(site.id, std::move(points));
        }
        if (values.isEmpty())
            return;
        auto layer = std::make_shared<SurfaceLayer>(QStringLiteral("PM2.5"), sites, values);
        layer->setOpacity(0.6);
        // Off by default: a field over the whole city hides the basemap; the layer panel and
        // `render --layers` turn it on.
        layer->setVisible(false);
        map.layers.push_back(layer);
    });
    guard("lidar", [&] {
        const auto lidars = catalog.lidars();
        if (lidars.isEmpty())
            return;
        const store::LidarScanRepository repo(db);
        QList<model::LidarScan> scans;
        for (const model::Lidar& l : lidars)
            scans << repo.range(l.id, day - LidarLayer::kMaxAgeS, day + 86400);
        if (scans.isEmpty())
            return;
        map.layers.push_back(std::make_shared<LidarLayer>(lidars, scans));
    });
    guard("track", [&] {
        // Every vehicle that drove on the map day, one line each.
        std::vector<std::pair<QString, std::vector<store::TrackFix>>> tracks;
        for (const QString& v : catalog.vehicles()) {
            auto fixes = series.track(v, day, day + 86400, QLatin1String(kPm25));
            if (!fixes.empty())
                tracks.emplace_back(v, std::move(fixes));
        }
        if (tracks.empty())
            return;
        map.layers.push_back(std::make_shared<TrackLayer>(day, tracks));
        map.hasData = true;
    });
    guard("enterprises", [&] {
        const auto enterprises = catalog.enterprises();
        if (enterprises.isEmpty())
            return;
        // Coloured by their status at the map time (outlets' readings, limits, open tasks).
        auto layer = std::make_shared<EnterpriseLayer>(enterprises,
                                                       EnterpriseStatusLoader::load(db, map.time));
        pointsExtent = pointsExtent.united(layer->lonLatExtent());
        map.hasData = true;
        map.layers.push_back(layer);
    });
    guard("sites", [&] {
        const auto sites = catalog.sites();
        if (sites.isEmpty())
            return;
        const auto pm25 = series.latestValues(QLatin1String(kPm25), model::Interval::Hour, map.time,
                                              kLatestMaxAgeS);
        auto layer = std::make_shared<SiteLayer>(sites, pm25, map.time);
        pointsExtent = pointsExtent.united(layer->lonLatExtent());
        map.hasData = true;
        map.layers.push_back(layer);
    });
    if (basemap)
        map.layers.push_back(std::make_shared<BasemapLabelLayer>(*basemap));
    // Points alone make a tight box: leave a margin so markers at the edge are not cut.
    if (!extent.isValid())
        extent = pointsExtent;
    map.lonLatExtent = extent.isValid() ? extent.scaled(1.08) : kFallbackExtent;
    return map;
}

} // namespace eco::render
