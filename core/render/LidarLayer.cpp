#include "core/render/LidarLayer.h"

#include "core/geo/WebMercator.h"
#include "core/render/ColourRamp.h"
#include "core/render/LayerProjector.h"
#include "core/render/MapSettings.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>

namespace eco::render {

namespace {

ColourRamp lidarRamp() {
    return ColourRamp({QColor(0x2c, 0x7b, 0xb6), QColor(0x00, 0xa6, 0xca), QColor(0x90, 0xeb, 0x9d),
                       QColor(0xff, 0xff, 0x8c), QColor(0xf9, 0xd0, 0x57), QColor(0xf2, 0x9e, 0x2e),
                       QColor(0xd7, 0x19, 0x1c)});
}

class LidarRenderer : public MapLayerRenderer {
public:
    LidarRenderer(std::shared_ptr<const LidarData> data, MapLayer::LonLatDatum datum)
        : m_data(std::move(data)), m_datum(datum) {}

    void render(QImage& image, const RenderContext& ctx) override {
        const MapSettings& s = ctx.settings;
        const LayerProjector proj(s, m_datum);
        if (!proj.error().isEmpty()) {
            setError(proj.error());
            return;
        }
        const ColourRamp ramp = lidarRamp();
        constexpr int kAlpha = 190;
        const double dpr = s.devicePixelRatio();
        for (const LidarSite& site : m_data->sites) {
            if (ctx.isCancelled())
                return;
            const model::LidarScan* scan = latest(site, s.time());
            if (!scan || scan->nbins <= 0 || scan->nrays() <= 0 || scan->binM <= 0)
                continue;
            m_drawn = true;
            // Device pixels per metre east and north at the lidar, through the projection, so
            // any CRS (and a GCJ-02 source) places the sectors right.
            const double lat = geo::WebMercator::toLonLat(site.world).y() * M_PI / 180;
            const double mercPerMetre = 1.0 / std::cos(lat);
            const QPointF c = proj.toPixel(site.world) * dpr;
            const QPointF e = proj.toPixel(site.world + QPointF(1000 * mercPerMetre, 0)) * dpr;
            const QPointF n = proj.toPixel(site.world + QPointF(0, 1000 * mercPerMetre)) * dpr;
            const QPointF ex = (e - c) / 1000, ny = (n - c) / 1000; // per metre
            const double det = ex.x() * ny.y() - ex.y() * ny.x();
            if (!std::isfinite(det) || std::abs(det) < 1e-12)
                continue;
            const double maxRange = scan->rangeStartM + scan->binM * scan->nbins;
            const double reach =
                maxRange * std::max(std::hypot(ex.x(), ex.y()), std::hypot(ny.x(), ny.y()));
            const int x0 = std::max(0, static_cast<int>(std::floor(c.x() - reach)));
            const int x1 = std::min(image.width() - 1, static_cast<int>(std::ceil(c.x() + reach)));
            const int y0 = std::max(0, static_cast<int>(std::floor(c.y() - reach)));
            const int y1 = std::min(image.height() - 1, static_cast<int>(std::ceil(c.y() + reach)));
            if (x0 > x1 || y0 > y1)
                continue;
            const std::array<int, 720> rayOf = rayTable(*scan);
            const double start2 = scan->rangeStartM > 0 ? scan->rangeStartM * scan->rangeStartM : 0;
            const double max2 = maxRange * maxRange;
            for (int y = y0; y <= y1; ++y) {
                auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
                for (int x = x0; x <= x1; ++x) {
                    // Pixel offset to metres east/north (inverse of the 2x2 [ex ny] matrix).
                    const double px = x + 0.5 - c.x(), py = y + 0.5 - c.y();
                    const double me = (px * ny.y() - py * ny.x()) / det;
                    const double mn = (ex.x() * py - ex.y() * px) / det;
                    // Squared range first: most pixels of the box are outside the ring, and
                    // hypot's care for overflow is not needed for metres on a map.
                    const double r2 = me * me + mn * mn;
                    if (r2 < start2 || r2 >= max2)
                        continue;
                    const double r = std::sqrt(r2);
                    if (r < scan->rangeStartM || r >= maxRange)
                        continue;
                    // Single precision is ample for half-degree rays and twice as fast.
                    float az = std::atan2(static_cast<float>(me), static_cast<float>(mn)) *
                               static_cast<float>(180 / M_PI);
                    if (az < 0)
                        az += 360;
                    const int ray = rayOf[static_cast<std::size_t>(az * 2) % rayOf.size()];
                    if (ray < 0)
                        continue;
                    const int bin = static_cast<int>((r - scan->rangeStartM) / scan->binM);
                    const float v = scan->at(ray, std::min(bin, scan->nbins - 1));
                    if (!std::isfinite(v) || v < 0)
                        continue;
                    const QRgb rgb =
                        ramp.premultipliedAt(std::clamp(v / m_data->rampMax, 0.0, 1.0));
                    line[x] = qRgba(qRed(rgb) * kAlpha / 255, qGreen(rgb) * kAlpha / 255,
                                    qBlue(rgb) * kAlpha / 255, kAlpha);
                }
            }
        }
    }

    std::optional<Legend> legend() const override {
        if (!m_drawn)
            return std::nullopt;
        Legend l;
        l.title = QCoreApplication::translate("eco::render::LidarLayer",
                                              "Lidar PPI: PM equivalent (µg/m³)");
        l.ramp = true;
        const ColourRamp ramp = lidarRamp();
        for (const QColor& c : ramp.stops())
            l.entries.push_back({QString(), c});
        l.lowLabel = QStringLiteral("0");
        l.highLabel = QStringLiteral("≥ %1").arg(m_data->rampMax);
        return l;
    }

private:
    static const model::LidarScan* latest(const LidarSite& site, std::int64_t t) {
        const auto it = std::upper_bound(
            site.scans.begin(), site.scans.end(), t,
            [](std::int64_t ts, const model::LidarScan& sc) { return ts < sc.ts; });
        if (it == site.scans.begin())
            return nullptr;
        const model::LidarScan& sc = *(it - 1);
        return t - sc.ts <= LidarLayer::kMaxAgeS ? &sc : nullptr;
    }

    // For each half degree of azimuth, the ray covering it (nearest within 1.5 ray spacings,
    // so a gap in the sweep stays a gap), else -1.
    static std::array<int, 720> rayTable(const model::LidarScan& scan) {
        std::array<int, 720> table{};
        const int n = scan.nrays();
        const double spacing = n > 1 ? 360.0 / n : 360.0;
        for (std::size_t k = 0; k < table.size(); ++k) {
            const double az = (static_cast<double>(k) + 0.5) / 2;
            int best = -1;
            double bestD = spacing * 0.75;
            for (int r = 0; r < n; ++r) {
                double d =
                    std::fmod(std::abs(az - scan.azimuths[static_cast<std::size_t>(r)]), 360);
                d = std::min(d, 360 - d);
                if (d <= bestD) {
                    bestD = d;
                    best = r;
                }
            }
            table[k] = best;
        }
        return table;
    }

    std::shared_ptr<const LidarData> m_data;
    MapLayer::LonLatDatum m_datum;
    bool m_drawn = false;
};

} // namespace

LidarLayer::LidarLayer(const QList<model::Lidar>& lidars, const QList<model::LidarScan>& scans,
                       double rampMax)
    : MapLayer(QStringLiteral("lidar"),
               QCoreApplication::translate("eco::render::LidarLayer", "Lidar scans (PPI)")) {
    auto data = std::make_shared<LidarData>();
    data->rampMax = rampMax > 0 ? rampMax : 150;
    QHash<QString, std::size_t> index;
    for (const model::Lidar& l : lidars) {
        index.insert(l.id, data->sites.size());
        data->sites.push_back({l, geo::WebMercator::fromLonLat(l.lon, l.lat), {}});
        data->lonLatExtent = data->lonLatExtent.including({l.lon, l.lat});
    }
    for (const model::LidarScan& sc : scans) {
        const auto it = index.find(sc.deviceId);
        if (it == index.end() || sc.mode != QLatin1String("ppi") ||
            sc.values.size() != static_cast<std::size_t>(sc.nrays()) *
                                    static_cast<std::size_t>(std::max(0, sc.nbins)))
            continue;
        data->sites[*it].scans.push_back(sc);
    }
    for (LidarSite& site : data->sites)
        std::sort(site.scans.begin(), site.scans.end(),
                  [](const model::LidarScan& a, const model::LidarScan& b) { return a.ts < b.ts; });
    m_data = std::move(data);
}

std::size_t LidarLayer::scanCount() const {
    std::size_t n = 0;
    for (const LidarSite& s : m_data->sites)
        n += s.scans.size();
    return n;
}

std::unique_ptr<MapLayerRenderer> LidarLayer::createRenderer(const MapSettings&) const {
    return std::make_unique<LidarRenderer>(m_data, lonLatDatum());
}

} // namespace eco::render
