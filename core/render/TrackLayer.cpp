#include "core/render/TrackLayer.h"

#include "core/geo/WebMercator.h"
#include "core/model/Time.h"
#include "core/render/LayerProjector.h"
#include "core/render/MapSettings.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPolygonF>

#include <algorithm>
#include <array>
#include <cmath>

namespace eco::render {

namespace {

constexpr std::int64_t kGapS = 120; // a longer pause in the fixes breaks the line
constexpr double kMinStepPx = 2.5;  // a 3.5 px line shows no corner finer than that
constexpr double kSimplifyPx = 0.3; // Douglas-Peucker tolerance: below what anti-aliasing shows
constexpr int kPieceChunk = 256;    // casing points per polyline (small outlines stroke fast)

struct Run {
    int bin;
    QPolygonF points;
    bool startsPiece = false; // not the continuation of the run before (a gap or the view edge)
};

// Douglas-Peucker on pts[first..last] (pixels): marks the points a line within tolerance of the
// original needs. Iterative, so a long straight road does not recurse deeply.
void douglasPeucker(const QPolygonF& pts, double tolerance, std::vector<char>& keep) {
    keep.assign(static_cast<std::size_t>(pts.size()), 0);
    if (pts.size() < 3) {
        std::fill(keep.begin(), keep.end(), 1);
        return;
    }
    keep.front() = keep.back() = 1;
    const double tol2 = tolerance * tolerance;
    std::vector<std::pair<qsizetype, qsizetype>> stack{{0, pts.size() - 1}};
    while (!stack.empty()) {
        const auto [a, b] = stack.back();
        stack.pop_back();
        const QPointF pa = pts[a], d = pts[b] - pa;
        const double len2 = d.x() * d.x() + d.y() * d.y();
        double worst = -1;
        qsizetype at = -1;
        for (qsizetype i = a + 1; i < b; ++i) {
            const QPointF v = pts[i] - pa;
            double dist2;
            if (len2 <= 1e-12) {
                dist2 = v.x() * v.x() + v.y() * v.y();
            } else {
                const double cross = v.x() * d.y() - v.y() * d.x();
                dist2 = cross * cross / len2;
            }
            if (dist2 > worst) {
                worst = dist2;
                at = i;
            }
        }
        if (at >= 0 && worst > tol2) {
            keep[static_cast<std::size_t>(at)] = 1;
            stack.emplace_back(a, at);
            stack.emplace_back(at, b);
        }
    }
}

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
        // Projected once per CRS and kept with the data; a render only applies the view.
        std::shared_ptr<const std::vector<QPointF>> projected;
        if (!proj.isIdentity())
            projected = d.projected.get(proj, d.world);
        const std::vector<QPointF>& world = projected ? *projected : d.world;
        const QTransform toPixel = s.worldToPixelTransform();
        // Segments wholly outside the view (with room for the line's width) are not drawn.
        const QRectF view = QRectF(QPointF(0, 0), QSizeF(s.outputSize())).adjusted(-8, -8, 8, 8);
        // Screen-space decimation into runs of one colour; a run ends at a bin change, a gap, a
        // vehicle change or where the line leaves the view.
        std::vector<Run> runs;
        std::size_t nextStart = 1; // index into d.starts of the next vehicle's first point
        bool open = false;         // the last run may be continued
        QPointF last;
        int lastBin = -2;
        QPointF prevPx = toPixel.map(world[0]);
        for (std::size_t i = 0; i < world.size(); ++i) {
            if ((i & 4095) == 0 && ctx.isCancelled())
                return;
            const QPointF p = i == 0 ? prevPx : toPixel.map(world[i]);
            const int b = TrackLayer::bin(d.value[i]);
            bool gap = i == 0 || d.ts[i] - d.ts[i - 1] > kGapS;
            if (nextStart < d.starts.size() && d.starts[nextStart] == i) {
                gap = true; // another vehicle
                ++nextStart;
            }
            const QPointF prev = prevPx;
            prevPx = p;
            if (!std::isfinite(p.x()) || !std::isfinite(p.y())) {
                open = false;
                continue;
            }
            if (!gap && open) {
                // The segment prev-p: skipped (and the run ended) when it misses the view.
                const QRectF seg = QRectF(prev, p).normalized();
                if (!seg.adjusted(-0.5, -0.5, 0.5, 0.5).intersects(view)) {
                    open = false;
                    continue;
                }
            }
            if (gap || !open) {
                if (!gap && i > 0 && std::isfinite(prev.x()) && std::isfinite(prev.y()) &&
                    QRectF(prev, p).normalized().adjusted(-0.5, -0.5, 0.5, 0.5).intersects(view)) {
                    // Re-entering the view: start at the point outside so the line reaches the
                    // edge.
                    runs.push_back({TrackLayer::bin(d.value[i - 1]), {prev}, true});
                    if (TrackLayer::bin(d.value[i - 1]) != b) {
                        runs.back().points << p;
                        runs.push_back({b, {p}, false});
                    } else {
                        runs.back().points << p;
                    }
                } else {
                    runs.push_back({b, {p}, true});
                }
                open = true;
                last = p;
                lastBin = b;
                continue;
            }
            const QPointF step = p - last;
            const bool endOfPiece = i + 1 >= world.size() || d.ts[i + 1] - d.ts[i] > kGapS ||
                                    (nextStart < d.starts.size() && d.starts[nextStart] == i + 1);
            if (b == lastBin && std::abs(step.x()) + std::abs(step.y()) < kMinStepPx && !endOfPiece)
                continue;
            if (b != lastBin) {
                runs.back().points << p; // the old run ends where the new one starts
                runs.push_back({b, {p}, false});
            } else {
                runs.back().points << p;
            }
            last = p;
            lastBin = b;
        }
        // Straight stretches keep only their ends; the line moves by at most kSimplifyPx.
        std::vector<char> keep;
        for (Run& r : runs) {
            if (r.points.size() < 3)
                continue;
            douglasPeucker(r.points, kSimplifyPx, keep);
            QPolygonF kept;
            kept.reserve(r.points.size());
            for (qsizetype k = 0; k < r.points.size(); ++k)
                if (keep[static_cast<std::size_t>(k)])
                    kept << r.points[k];
            r.points = std::move(kept);
        }
        if (ctx.isCancelled())
            return;
        // Colour changes every few fixes (most runs are one or two segments). Stroking each run
        // with round caps was most of the layer's time (two flattened arcs per run and pass),
        // and one path per colour is slower still (Qt's rasteriser splits a huge outline into
        // bands). So the casing follows the unbroken pieces of line (few caps, bevel joins: a
        // round join costs a flattened arc per vertex; one polyline of up to kPieceChunk points
        // at a time), and the colours are drawn with flat caps: where
        // two runs meet, the casing underneath and the next run's start hide the seam, and a
        // run's free end gets a round dot.
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(255, 255, 255, 230), 6, Qt::SolidLine, Qt::RoundCap, Qt::BevelJoin));
        QPolygonF piece;
        const auto flushPiece = [&] {
            if (piece.size() > 1)
                p.drawPolyline(piece);
            piece.clear();
        };
        for (const Run& r : runs) {
            if (r.startsPiece)
                flushPiece();
            for (qsizetype k = piece.isEmpty() ? 0 : 1; k < r.points.size(); ++k) {
                piece << r.points[k];
                if (piece.size() >= kPieceChunk) {
                    const QPointF end = piece.back();
                    flushPiece();
                    piece << end;
                }
            }
        }
        flushPiece();
        for (std::size_t i = 0; i < runs.size(); ++i) {
            const Run& r = runs[i];
            if (r.points.size() < 2)
                continue;
            const QColor colour = TrackLayer::binColour(r.bin);
            p.setPen(QPen(colour, 3.5, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin));
            p.drawPolyline(r.points);
            // Round the ends that no other run continues, as a round cap would.
            const bool freeStart = r.startsPiece;
            const bool freeEnd = i + 1 >= runs.size() || runs[i + 1].startsPiece;
            if (freeStart || freeEnd) {
                p.setPen(Qt::NoPen);
                p.setBrush(colour);
                if (freeStart)
                    p.drawEllipse(r.points.front(), 1.75, 1.75);
                if (freeEnd)
                    p.drawEllipse(r.points.back(), 1.75, 1.75);
                p.setBrush(Qt::NoBrush);
            }
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
