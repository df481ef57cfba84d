#include "core/render/TrackLayer.h"

#include "core/geo/WebMercator.h"
#include "core/model/Time.h"
#include "core/render/LayerProjector.h"
#include "core/render/MapSettings.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPolygonF>

#include <cmath>

namespace eco::render {

namespace {

constexpr std::int64_t kGapS = 120; // a longer pause in the fixes breaks the line
constexpr double kMinStepPx = 2.5;  // a 3.5 px line shows no corner finer than that

class TrackRenderer : public MapLayerRenderer {
public:
    TrackRenderer(std::shared_ptr<const TrackData> data, MapLayer::LonLatDatum datum)
        : m_data(std::move(data)), m_datum(datum) {}

    void render(QImage& image, const RenderContext& ctx) override {
        const MapSettings& s = ctx.settings;
        const LayerProjector proj(s, m_datum);
        if (!proj.error().isEmpty()) {
            setError(proj.error());
            return;
        }
        const TrackData& d = *m_data;
        if (d.world.size() < 2)
            return;
        // Simplify in screen space into runs of one colour; a run ends at a bin change or a gap.
        struct Run {
            int bin;
            QPolygonF points;
        };
        std::vector<Run> runs;
        QPointF last = proj.toPixel(d.world[0]);
        std::size_t nextStart = 1; // index into d.starts of the next vehicle's first point
        int lastBin = TrackLayer::bin(d.value[0]);
        runs.push_back({lastBin, {last}});
        for (std::size_t i = 1; i < d.world.size(); ++i) {
            if ((i & 4095) == 0 && ctx.isCancelled())
                return;
            const QPointF p = proj.toPixel(d.world[i]);
            const int b = TrackLayer::bin(d.value[i]);
            bool gap = d.ts[i] - d.ts[i - 1] > kGapS;
            if (nextStart < d.starts.size() && d.starts[nextStart] == i) {
                gap = true; // another vehicle
                ++nextStart;
            }
            const QPointF step = p - last;
            if (!gap && b == lastBin && std::abs(step.x()) + std::abs(step.y()) < kMinStepPx &&
                i + 1 < d.world.size())
                continue;
            if (gap) {
                runs.push_back({b, {p}});
            } else if (b != lastBin) {
                runs.back().points << p; // the old run ends where the new one starts
                runs.push_back({b, {p}});
            } else {
                runs.back().points << p;
            }
            last = p;
            lastBin = b;
        }
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        const QPen casing(QColor(255, 255, 255, 230), 6, Qt::SolidLine, Qt::RoundCap,
                          Qt::RoundJoin);
        p.setPen(casing);
        for (const Run& r : runs)
            p.drawPolyline(r.points);
        for (const Run& r : runs) {
            p.setPen(QPen(TrackLayer::binColour(r.bin), 3.5, Qt::SolidLine, Qt::RoundCap,
                          Qt::RoundJoin));
            p.drawPolyline(r.points);
        }
    }

    std::optional<Legend> legend() const override {
        Legend l;
        l.title = m_data->vehicles.size() > 1
                      ? QCoreApplication::translate("eco::render::TrackLayer",
                                                    "%n vehicle(s): PM2.5 (µg/m³)", nullptr,
                                                    static_cast<int>(m_data->vehicles.size()))
                      : QCoreApplication::translate("eco::render::TrackLayer",
                                                    "Vehicle %1: PM2.5 (µg/m³)")
                            .arg(m_data->vehicleId);
        double lo = 0;
        for (int b = 0; b <= static_cast<int>(TrackLayer::kBinBounds.size()); ++b) {
            const QString label = b < static_cast<int>(TrackLayer::kBinBounds.size())
                                      ? QStringLiteral("%1–%2").arg(lo).arg(
                                            TrackLayer::kBinBounds[static_cast<std::size_t>(b)])
                                      : QStringLiteral("> %1").arg(lo);
            l.entries.push_back({label, TrackLayer::binColour(b)});
            if (b < static_cast<int>(TrackLayer::kBinBounds.size()))
                lo = TrackLayer::kBinBounds[static_cast<std::size_t>(b)];
        }
        return l;
    }

private:
    std::shared_ptr<const TrackData> m_data;
    MapLayer::LonLatDatum m_datum;
};

void append(TrackData& data, const QString& vehicleId, const std::vector<store::TrackFix>& fixes) {
    data.vehicles << vehicleId;
    data.starts.push_back(data.world.size());
    for (const store::TrackFix& f : fixes) {
        if (!std::isfinite(f.lon) || !std::isfinite(f.lat))
            continue;
        data.world.push_back(geo::WebMercator::fromLonLat(f.lon, f.lat));
        data.ts.push_back(f.ts);
        data.value.push_back(static_cast<float>(f.value));
        data.lonLatExtent = data.lonLatExtent.including({f.lon, f.lat});
    }
}

} // namespace

int TrackLayer::bin(double v) {
    if (!std::isfinite(v))
        return -1;
    for (std::size_t i = 0; i < kBinBounds.size(); ++i)
        if (v <= kBinBounds[i])
            return static_cast<int>(i);
    return static_cast<int>(kBinBounds.size());
}

QColor TrackLayer::binColour(int b) {
    static constexpr std::array<QRgb, 6> colours{0xff1a9850, 0xff91cf60, 0xfffee08b,
                                                 0xfffc8d59, 0xffd73027, 0xff7f0000};
    if (b < 0 || b >= static_cast<int>(colours.size()))
        return QColor(0x8c, 0x8c, 0x8c);
    return QColor::fromRgba(colours[static_cast<std::size_t>(b)]);
}

TrackLayer::TrackLayer(const QString& vehicleId, std::int64_t dayStart,
                       const std::vector<store::TrackFix>& fixes)
    : MapLayer(QStringLiteral("track"),
               QCoreApplication::translate("eco::render::TrackLayer", "Vehicle track")) {
    auto data = std::make_shared<TrackData>();
    data->vehicleId = vehicleId;
    data->dayStart = dayStart;
    append(*data, vehicleId, fixes);
    setName(QCoreApplication::translate("eco::render::TrackLayer", "Vehicle track %1 (%2)")
                .arg(vehicleId, model::formatLocalDate(dayStart)));
    m_data = std::move(data);
}

TrackLayer::TrackLayer(std::int64_t dayStart,
                       const std::vector<std::pair<QString, std::vector<store::TrackFix>>>& tracks)
    : MapLayer(QStringLiteral("track"),
               QCoreApplication::translate("eco::render::TrackLayer", "Vehicle tracks")) {
    auto data = std::make_shared<TrackData>();
    data->dayStart = dayStart;
    for (const auto& [vehicle, fixes] : tracks)
        append(*data, vehicle, fixes);
    data->vehicleId = data->vehicles.isEmpty() ? QString() : data->vehicles.front();
    setName(QCoreApplication::translate("eco::render::TrackLayer", "Vehicle tracks (%1, %2)")
                .arg(data->vehicles.join(QStringLiteral(", ")), model::formatLocalDate(dayStart)));
    m_data = std::move(data);
}

std::unique_ptr<MapLayerRenderer> TrackLayer::createRenderer(const MapSettings&) const {
    return std::make_unique<TrackRenderer>(m_data, lonLatDatum());
}

} // namespace eco::render
