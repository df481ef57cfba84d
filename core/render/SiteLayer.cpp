#include "core/render/SiteLayer.h"

#include "core/aq/Aqi.h"
#include "core/aq/Pollutant.h"
#include "core/geo/WebMercator.h"
#include "core/render/AirQualityColours.h"
#include "core/render/LayerProjector.h"
#include "core/render/MapSettings.h"
#include "core/render/MarkerSprites.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

namespace eco::render {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("eco::render::SiteLayer", text);
}

std::optional<aq::AqiItem> itemOf(const QString& code) {
    if (code == QLatin1String("a21026"))
        return aq::AqiItem::So2_1h;
    if (code == QLatin1String("a21004"))
        return aq::AqiItem::No2_1h;
    if (code == QLatin1String("a34002"))
        return aq::AqiItem::Pm10_24h;
    if (code == QLatin1String("a21005"))
        return aq::AqiItem::Co_1h;
    if (code == QLatin1String("a05024"))
        return aq::AqiItem::O3_1h;
    if (code == QLatin1String("a34004"))
        return aq::AqiItem::Pm25_24h;
    return std::nullopt;
}

// The concentration at which the item's IAQI reaches `index` (bisection: IAQI grows with the
// concentration), rounded for a legend.
double concentrationAt(aq::AqiEdition e, aq::AqiItem item, double index) {
    double lo = 0, hi = 100000;
    for (int i = 0; i < 80; ++i) {
        const double mid = (lo + hi) / 2;
        const auto v = aq::iaqiExact(e, item, mid);
        if (v && *v < index)
            lo = mid;
        else
            hi = mid;
    }
    return std::round(hi * 10) / 10;
}

class SiteRenderer : public MapLayerRenderer {
public:
    SiteRenderer(std::shared_ptr<const SiteData> data, MapLayer::LonLatDatum datum)
        : m_data(std::move(data)), m_datum(datum) {}

    void render(QImage& image, const RenderContext& ctx) override {
        const MapSettings& s = ctx.settings;
        const LayerProjector proj(s, m_datum);
        if (!proj.error().isEmpty()) {
            setError(proj.error());
            return;
        }
        const double dpr = s.devicePixelRatio();
        // One sprite per (level, size): 7 levels including "no data".
        std::array<QImage, AirQuality::kLevels + 1> major, micro;
        for (int level = -1; level < AirQuality::kLevels; ++level) {
            const QColor fill = AirQuality::levelColour(level);
            const auto k = static_cast<std::size_t>(level + 1);
            major[k] = MarkerSprites::circle(fill, QColor(0x20, 0x20, 0x20),
                                             SiteLayer::kMajorDiameter, dpr);
            micro[k] = MarkerSprites::circle(fill, QColor(0x40, 0x40, 0x40, 200),
                                             SiteLayer::kMicroDiameter, dpr);
        }
        QPainter p(&image);
        const geo::GeoRect view = s.visibleExtent().buffered(s.mapUnitsPerPixel() * 12);
        std::vector<int> visible;
        if (proj.isIdentity()) {
            visible = m_data->grid.query(view);
        } else {
            visible.resize(m_data->sites.size());
            for (std::size_t i = 0; i < visible.size(); ++i)
                visible[i] = static_cast<int>(i);
        }
        std::sort(visible.begin(), visible.end()); // data order: micro first
        for (int i : visible) {
            if (ctx.isCancelled())
                return;
            const SiteMarker& m = m_data->sites[static_cast<std::size_t>(i)];
            const auto k = static_cast<std::size_t>(
                SiteLayer::level(m_data->measure, m.value, m_data->time) + 1);
            MarkerSprites::draw(p, m.major() ? major[k] : micro[k], proj.toPixel(m.world));
        }
    }

    std::optional<Legend> legend() const override {
        Legend l;
        const QString measure = m_data->measure;
        const bool chinese = QLocale().language() == QLocale::Chinese;
        if (measure == QLatin1String(SiteLayer::kAqi)) {
            l.title = tr("Stations: AQI");
            const int bounds[] = {0, 50, 100, 150, 200, 300};
            for (int level = 0; level < AirQuality::kLevels; ++level) {
                const aq::AqiLevel info = aq::aqiLevel(bounds[level] + 1);
                const QString range = level < 5 ? QStringLiteral("%1–%2")
                                                      .arg(level ? bounds[level] + 1 : 0)
                                                      .arg(bounds[level + 1])
                                                : QStringLiteral("> 300");
                l.entries.push_back(
                    {range + QStringLiteral("  ") + (chinese ? info.nameZh : info.nameEn),
                     AirQuality::levelColour(level)});
            }
        } else if (measure == QLatin1String(SiteLayer::kPm25)) {
            l.title = tr("Stations: PM2.5 (µg/m³)");
            const auto b = AirQuality::pm25Bounds(m_data->time);
            double lo = 0;
            for (int level = 0; level < AirQuality::kLevels; ++level) {
                const QString range =
                    level < 5
                        ? QStringLiteral("%1–%2").arg(lo).arg(b[static_cast<std::size_t>(level)])
                        : QStringLiteral("> %1").arg(lo);
                l.entries.push_back({range, AirQuality::levelColour(level)});
                if (level < 5)
                    lo = b[static_cast<std::size_t>(level)];
            }
        } else if (const auto item = itemOf(measure)) {
            const auto info = aq::pollutantInfo(measure.toStdString());
            const QString unit = info ? QString::fromUtf8(info->unit.data(),
                                                          static_cast<qsizetype>(info->unit.size()))
                                      : QString();
            // The catalogue writes units in ASCII; the legend shows them typeset.
            const QString shown = QString(unit)
                                      .replace(QLatin1String("ug/m3"), QStringLiteral("µg/m³"))
                                      .replace(QLatin1String("mg/m3"), QStringLiteral("mg/m³"));
            l.title = tr("Stations: %1 (%2)").arg(SiteLayer::measureLabel(measure), shown);
            const aq::AqiEdition e = aq::editionFor(m_data->time);
            const double indices[] = {50, 100, 150, 200, 300};
            double lo = 0;
            for (int level = 0; level < AirQuality::kLevels; ++level) {
                const double hi = level < 5 ? concentrationAt(e, *item, indices[level]) : 0;
                const QString range = level < 5 ? QStringLiteral("%1–%2").arg(lo).arg(hi)
                                                : QStringLiteral("> %1").arg(lo);
                l.entries.push_back({range, AirQuality::levelColour(level)});
                lo = hi;
            }
        }
        l.entries.push_back({tr("no data"), AirQuality::levelColour(-1)});
        return l;
    }

private:
    std::shared_ptr<const SiteData> m_data;
    MapLayer::LonLatDatum m_datum;
};

} // namespace

SiteLayer::SiteLayer(const QList<model::Site>& sites, const QHash<QString, double>& pm25,
                     std::int64_t ts)
    : SiteLayer(sites, pm25, ts, QLatin1String(kPm25)) {}

SiteLayer::SiteLayer(const QList<model::Site>& sites, const QHash<QString, double>& values,
                     std::int64_t ts, const QString& measure)
    : MapLayer(QStringLiteral("sites"), tr("Monitoring stations")) {
    auto data = std::make_shared<SiteData>();
    data->time = ts;
    data->measure = measure;
    const bool pm25 = measure == QLatin1String(kPm25);
    for (const model::Site& s : sites) {
        SiteMarker m{s.id, s.name, s.kind, s.district, geo::WebMercator::fromLonLat(s.lon, s.lat)};
        if (auto it = values.find(s.id); it != values.end()) {
            m.value = *it;
            if (pm25)
                m.pm25 = *it;
        }
        data->lonLatExtent = data->lonLatExtent.including({s.lon, s.lat});
        data->sites.push_back(std::move(m));
    }
    std::stable_sort(
        data->sites.begin(), data->sites.end(),
        [](const SiteMarker& a, const SiteMarker& b) { return !a.major() && b.major(); });
    std::vector<QPointF> points;
    points.reserve(data->sites.size());
    for (const auto& m : data->sites)
        points.push_back(m.world);
    data->grid = SpatialGrid(points, 500);
    m_data = std::move(data);
}

QStringList SiteLayer::measures() {
    return {QLatin1String(kAqi),      QLatin1String(kPm25),     QStringLiteral("a34002"),
            QStringLiteral("a21004"), QStringLiteral("a05024"), QStringLiteral("a21026"),
            QStringLiteral("a21005")};
}

QString SiteLayer::measureLabel(const QString& measure) {
    if (measure == QLatin1String(kAqi))
        return tr("AQI");
    const auto info = aq::pollutantInfo(measure.toStdString());
    if (!info)
        return measure;
    const bool chinese = QLocale().language() == QLocale::Chinese;
    const std::string_view name = chinese ? info->nameZh : info->nameEn;
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

int SiteLayer::level(const QString& measure, double value, std::int64_t ts) {
    if (!std::isfinite(value) || value < 0)
        return -1;
    if (measure == QLatin1String(kPm25))
        return AirQuality::pm25Level(value, ts);
    std::optional<int> index;
    if (measure == QLatin1String(kAqi)) {
        index = static_cast<int>(std::lround(value));
    } else if (const auto item = itemOf(measure)) {
        index = aq::iaqi(aq::editionFor(ts), *item, value);
        if (!index)
            return AirQuality::kLevels - 1; // beyond the 1-hour table: the top band
    } else {
        return -1;
    }
    const aq::AqiLevel l = aq::aqiLevel(index);
    return l.level >= 1 ? l.level - 1 : -1;
}

std::unique_ptr<MapLayerRenderer> SiteLayer::createRenderer(const MapSettings&) const {
    return std::make_unique<SiteRenderer>(m_data, lonLatDatum());
}

std::optional<FeatureHit> SiteLayer::hitTest(const MapSettings& s, QPointF pixel,
                                             double radiusPx) const {
    if (!s.hasValidExtent())
        return std::nullopt;
    const LayerProjector proj(s, lonLatDatum());
    std::vector<int> candidates;
    if (proj.isIdentity()) {
        const double r = (radiusPx + kMajorDiameter / 2) * s.mapUnitsPerPixel();
        const QPointF world = s.pixelToWorld(pixel);
        candidates =
            m_data->grid.query({world.x() - r, world.y() - r, world.x() + r, world.y() + r});
    } else {
        // Another CRS: the grid is in Web Mercator, so every station is projected (a few
        // hundred transforms, well under a millisecond).
        candidates.resize(m_data->sites.size());
        for (std::size_t i = 0; i < candidates.size(); ++i)
            candidates[i] = static_cast<int>(i);
    }
    // Nearest in pixels, with the marker's own radius: a big marker is easier to hit.
    std::optional<FeatureHit> best;
    for (int i : candidates) {
        const SiteMarker& m = m_data->sites[static_cast<std::size_t>(i)];
        const QPointF at = proj.toPixel(m.world);
        const double dist = std::hypot(at.x() - pixel.x(), at.y() - pixel.y());
        const double reach = radiusPx + (m.major() ? kMajorDiameter : kMicroDiameter) / 2;
        if (!(dist <= reach) || (best && dist >= best->distancePx))
            continue;
        FeatureHit h;
        h.layerId = id();
        h.kind = QStringLiteral("site");
        h.featureId = m.id;
        h.name = m.name;
        h.world = proj.toWorld(m.world);
        h.distancePx = dist;
        h.attributes = {{QStringLiteral("kind"), m.kind},
                        {QStringLiteral("district"), m.district},
                        {QStringLiteral("pm25"), m.pm25},
                        {QStringLiteral("measure"), m_data->measure},
                        {QStringLiteral("value"), m.value}};
        best = h;
    }
    return best;
}

} // namespace eco::render
