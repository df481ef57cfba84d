#include "ui/map/TimeLayerLoader.h"

#include "core/model/Interval.h"
#include "core/model/Time.h"
#include "core/render/RasterLayer.h"
#include "core/render/SiteLayer.h"
#include "core/render/TrackLayer.h"
#include "core/store/CatalogRepository.h"
#include "core/store/Database.h"
#include "core/store/SeriesRepository.h"
#include "core/store/StoreError.h"

#include <QDir>
#include <QFileInfo>

namespace eco::ui {

namespace {

constexpr const char* kPm25 = "a34004";
constexpr std::int64_t kLatestMaxAgeS = 3 * 3600; // as CityMapLoader

} // namespace

TimeLayerLoader::TimeLayerLoader(store::Database& db) : m_db(db) {
    try {
        const store::CatalogRepository catalog(db);
        m_sites = catalog.sites();
        m_rasters = catalog.rasters();
        m_vehicles = catalog.vehicles();
    } catch (const store::StoreError&) {
        // An unreadable catalogue leaves nothing to animate; load() then returns no layers.
    }
}

QStringList TimeLayerLoader::rasterProducts() const {
    QStringList out;
    for (const auto& r : m_rasters)
        if (r.kind == QLatin1String("satellite") && !r.product.isEmpty() &&
            !out.contains(r.product))
            out << r.product;
    out.sort();
    return out;
}

void TimeLayerLoader::setRasterProduct(const QString& product) {
    m_product = product;
    m_lastRasterPath.clear();
}

void TimeLayerLoader::markLoaded(std::int64_t ts) {
    if (auto record =
            render::RasterLayer::pick(m_rasters, ts, QStringLiteral("satellite"), m_product))
        m_lastRasterPath = record->path;
    m_lastTrackDay = model::localDayStart(ts);
}

bool TimeLayerLoader::dependsOnTime(const QString& id) {
    return id == QLatin1String("sites") || id == QLatin1String("raster") ||
           id == QLatin1String("track");
}

std::vector<std::shared_ptr<render::MapLayer>> TimeLayerLoader::load(std::int64_t ts,
                                                                     QStringList* problems) {
    std::vector<std::shared_ptr<render::MapLayer>> out;
    auto guard = [&](const char* what, auto&& f) {
        try {
            f();
        } catch (const store::StoreError& e) {
            if (problems)
                *problems << QStringLiteral("%1: %2").arg(QLatin1String(what),
                                                          QString::fromUtf8(e.what()));
        }
    };
    const store::SeriesRepository series(m_db);
    guard("raster", [&] {
        auto record =
            render::RasterLayer::pick(m_rasters, ts, QStringLiteral("satellite"), m_product);
        if (!record || record->path == m_lastRasterPath)
            return;
        m_lastRasterPath = record->path;
        if (QFileInfo(record->path).isRelative())
            record->path = QFileInfo(m_db.path()).absoluteDir().filePath(record->path);
        out.push_back(std::make_shared<render::RasterLayer>(*record));
    });
    guard("track", [&] {
        const std::int64_t day = model::localDayStart(ts);
        if (day == m_lastTrackDay)
            return;
        m_lastTrackDay = day;
        // Every vehicle that drove that day, as CityMapLoader draws them.
        std::vector<std::pair<QString, std::vector<store::TrackFix>>> tracks;
        for (const QString& v : m_vehicles) {
            auto fixes = series.track(v, day, day + 86400, QLatin1String(kPm25));
            if (!fixes.empty())
                tracks.emplace_back(v, std::move(fixes));
        }
        if (!tracks.empty())
            out.push_back(std::make_shared<render::TrackLayer>(day, tracks));
    });
    guard("sites", [&] {
        if (m_sites.isEmpty())
            return;
        const auto pm25 =
            series.latestValues(QLatin1String(kPm25), model::Interval::Hour, ts, kLatestMaxAgeS);
        out.push_back(std::make_shared<render::SiteLayer>(m_sites, pm25, ts));
    });
    return out;
}

} // namespace eco::ui
