#include "core/render/EnterpriseLayer.h"

#include "core/geo/WebMercator.h"
#include "core/render/LabelPlacer.h"
#include "core/render/LayerProjector.h"
#include "core/render/MapFonts.h"
#include "core/render/MapSettings.h"
#include "core/render/MarkerSprites.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

namespace eco::render {

namespace {

constexpr std::array<QRgb, 10> kPalette{0xff6a3d9a, 0xffb15928, 0xff1f78b4, 0xffe31a1c, 0xff33a02c,
                                        0xffff7f00, 0xff636363, 0xffcab2d6, 0xfffb9a99, 0xff17becf};

// How urgent a status is: a cluster takes the colour of its most urgent member, labels of
// urgent enterprises are placed first.
int urgency(EnterpriseStatus s) {
    switch (s) {
    case EnterpriseStatus::Alarm:
        return 4;
    case EnterpriseStatus::UnderTask:
        return 3;
    case EnterpriseStatus::Offline:
        return 2;
    case EnterpriseStatus::Online:
        return 1;
    case EnterpriseStatus::Unmonitored:
        break;
    }
    return 0;
}

QString tr(const char* text) {
    return QCoreApplication::translate("eco::render::EnterpriseLayer", text);
}

EnterpriseView buildView(const EnterpriseData& data, const MapSettings& s,
                         MapLayer::LonLatDatum datum) {
    EnterpriseView v;
    const LayerProjector proj(s, datum);
    v.world.reserve(data.enterprises.size());
    for (const auto& m : data.enterprises)
        v.world.push_back(proj.isIdentity() ? m.world : proj.toWorld(m.world));
    if (!data.lonLatExtent.isValid() && data.enterprises.empty())
        return v;
    // Ground resolution at the data's centre: a 100 m step (on the ground) measured on screen.
    const QPointF centreLl = data.lonLatExtent.isValid()
                                 ? data.lonLatExtent.centre()
                                 : geo::WebMercator::toLonLat(data.enterprises.front().world);
    const QPointF a = geo::WebMercator::fromLonLat(centreLl.x(), centreLl.y());
    const double step = 100 / geo::WebMercator::groundScale(centreLl.y());
    const QPointF pa = proj.toPixel(a), pb = proj.toPixel(a + QPointF(step, 0));
    const double px = std::hypot(pb.x() - pa.x(), pb.y() - pa.y());
    v.groundMetresPerPixel = px > 0 ? 100 / px : 0;
    if (!(v.groundMetresPerPixel > 0))
        return v;
    v.clustered = v.groundMetresPerPixel > EnterpriseLayer::kClusterAboveMetresPerPixel;
    v.labelled = v.groundMetresPerPixel < EnterpriseLayer::kLabelBelowMetresPerPixel;
    if (v.clustered)
        v.clusters = MarkerClusterer::cluster(v.world, EnterpriseLayer::kClusterCellPx *
                                                           s.mapUnitsPerPixel());
    return v;
}

class EnterpriseRenderer : public MapLayerRenderer {
public:
    EnterpriseRenderer(std::shared_ptr<const EnterpriseData> data, MapLayer::LonLatDatum datum,
                       EnterpriseLayer::Colouring colouring)
        : m_data(std::move(data)), m_datum(datum), m_colouring(colouring) {}

    void render(QImage& image, const RenderContext& ctx) override {
        const MapSettings& s = ctx.settings;
        const LayerProjector proj(s, m_datum);
        if (!proj.error().isEmpty()) {
            setError(proj.error());
            return;
        }
        const EnterpriseView view = buildView(*m_data, s, m_datum);
        const double dpr = s.devicePixelRatio();
        // One sprite per colour: statuses, then the industry palette.
        std::array<QImage, kEnterpriseStatusCount> statusSprites;
        for (int i = 0; i < kEnterpriseStatusCount; ++i)
            statusSprites[static_cast<std::size_t>(i)] =
                MarkerSprites::factory(enterpriseStatusColour(static_cast<EnterpriseStatus>(i)),
                                       EnterpriseLayer::kSize, dpr);
        std::array<QImage, kPalette.size()> industrySprites;
        for (std::size_t i = 0; i < kPalette.size(); ++i)
            industrySprites[i] =
                MarkerSprites::factory(QColor::fromRgba(kPalette[i]), EnterpriseLayer::kSize, dpr);
        auto spriteOf = [&](const EnterpriseMarker& m) -> const QImage& {
            if (m_colouring == EnterpriseLayer::Colouring::ByStatus && m_data->hasStatus)
                return statusSprites[static_cast<std::size_t>(m.status)];
            return industrySprites[static_cast<std::size_t>(m.colourIndex) % kPalette.size()];
        };
        const QRectF viewRect(QPointF(0, 0), QSizeF(s.outputSize()));
        const QRectF cull = viewRect.adjusted(-40, -40, 40, 40);
        QPainter p(&image);
        if (view.clustered) {
            drawClusters(p, view, cull, spriteOf, ctx);
            return;
        }
        std::vector<int> visible;
        for (std::size_t i = 0; i < view.world.size(); ++i)
            if (cull.contains(s.worldToPixel(view.world[i])))
                visible.push_back(static_cast<int>(i));
        for (int i : visible) {
            if (ctx.isCancelled())
                return;
            const auto k = static_cast<std::size_t>(i);
            MarkerSprites::draw(p, spriteOf(m_data->enterprises[k]), s.worldToPixel(view.world[k]));
        }
        if (view.labelled)
            drawLabels(p, s, view, visible, viewRect);
    }

    std::optional<Legend> legend() const override {
        Legend l;
        if (m_colouring == EnterpriseLayer::Colouring::ByStatus && m_data->hasStatus) {
            l.title = tr("Enterprises by status");
            for (EnterpriseStatus st :
                 {EnterpriseStatus::Alarm, EnterpriseStatus::UnderTask, EnterpriseStatus::Online,
                  EnterpriseStatus::Offline, EnterpriseStatus::Unmonitored})
                l.entries.push_back({enterpriseStatusName(st), enterpriseStatusColour(st)});
            return l;
        }
        if (m_data->industries.isEmpty() || m_data->industries.size() > qsizetype(kPalette.size()))
            return std::nullopt; // colours would repeat: a legend would mislead
        l.title = tr("Enterprises by industry");
        for (qsizetype i = 0; i < m_data->industries.size(); ++i)
            l.entries.push_back(
                {m_data->industries[i].isEmpty() ? tr("(unknown)") : m_data->industries[i],
                 EnterpriseLayer::industryColour(static_cast<int>(i))});
        return l;
    }

private:
    template <typename SpriteOf>
    void drawClusters(QPainter& p, const EnterpriseView& view, const QRectF& cull,
                      SpriteOf&& spriteOf, const RenderContext& ctx) {
        const MapSettings& s = ctx.settings;
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        const QFont font = MapFonts::font(11, true);
        p.setFont(font);
        for (const MarkerCluster& c : view.clusters) {
            if (ctx.isCancelled())
                return;
            const QPointF at = s.worldToPixel(c.centre);
            if (!cull.contains(at))
                continue;
            if (c.count() == 1) {
                MarkerSprites::draw(
                    p, spriteOf(m_data->enterprises[static_cast<std::size_t>(c.members.front())]),
                    at);
                continue;
            }
            QColor fill(0x45, 0x5a, 0x64); // by industry: a neutral slate
            if (m_colouring == EnterpriseLayer::Colouring::ByStatus && m_data->hasStatus) {
                EnterpriseStatus worst = EnterpriseStatus::Unmonitored;
                for (int i : c.members) {
                    const EnterpriseStatus st =
                        m_data->enterprises[static_cast<std::size_t>(i)].status;
                    if (urgency(st) > urgency(worst))
                        worst = st;
                }
                fill = enterpriseStatusColour(worst);
            }
            const double r = EnterpriseLayer::bubbleRadius(c.count());
            QColor halo = fill;
            halo.setAlpha(90);
            p.setPen(Qt::NoPen);
            p.setBrush(halo);
            p.drawEllipse(at, r + 4, r + 4);
            p.setPen(QPen(Qt::white, 1.5));
            p.setBrush(fill);
            p.drawEllipse(at, r, r);
            p.setPen(Qt::white);
            p.drawText(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r), Qt::AlignCenter,
                       QString::number(c.count()));
        }
    }

    void drawLabels(QPainter& p, const MapSettings& s, const EnterpriseView& view,
                    std::vector<int> visible, const QRectF& viewRect) {
        // Urgent first, then by name, so the same labels win at the same view.
        std::stable_sort(visible.begin(), visible.end(), [this](int a, int b) {
            const auto& ma = m_data->enterprises[static_cast<std::size_t>(a)];
            const auto& mb = m_data->enterprises[static_cast<std::size_t>(b)];
            if (urgency(ma.status) != urgency(mb.status))
                return urgency(ma.status) > urgency(mb.status);
            return ma.name < mb.name;
        });
        LabelPlacer placer(viewRect);
        const double half = EnterpriseLayer::kSize / 2;
        for (int i : visible) {
            const QPointF at = s.worldToPixel(view.world[static_cast<std::size_t>(i)]);
            placer.addObstacle({at.x() - half, at.y() - half, 2 * half, 2 * half});
        }
        const QFont font = MapFonts::font(11);
        const QFontMetricsF fm(font);
        p.setFont(font);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        for (int i : visible) {
            const auto& m = m_data->enterprises[static_cast<std::size_t>(i)];
            if (m.name.isEmpty())
                continue;
            const QPointF at = s.worldToPixel(view.world[static_cast<std::size_t>(i)]);
            const QSizeF size(fm.horizontalAdvance(m.name) + 6, fm.height() + 2);
            const auto rect = placer.place(at, size, half + 2);
            if (!rect)
                continue;
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(255, 255, 255, 210));
            p.drawRoundedRect(*rect, 3, 3);
            p.setPen(QColor(0x21, 0x21, 0x21));
            p.drawText(*rect, Qt::AlignCenter, m.name);
        }
    }

    std::shared_ptr<const EnterpriseData> m_data;
    MapLayer::LonLatDatum m_datum;
    EnterpriseLayer::Colouring m_colouring;
};

} // namespace

QColor EnterpriseLayer::industryColour(int index) {
    return QColor::fromRgba(kPalette[static_cast<std::size_t>(index) % kPalette.size()]);
}

double EnterpriseLayer::bubbleRadius(int n) {
    return 10 + 4 * std::log10(std::max(1, n));
}

EnterpriseLayer::EnterpriseLayer(const QList<model::Enterprise>& enterprises,
                                 const QHash<QString, EnterpriseStatus>& status)
    : MapLayer(QStringLiteral("enterprises"), tr("Enterprises")) {
    auto data = std::make_shared<EnterpriseData>();
    data->hasStatus = !status.isEmpty();
    m_colouring = data->hasStatus ? Colouring::ByStatus : Colouring::ByIndustry;
    for (const auto& e : enterprises)
        if (!data->industries.contains(e.industry))
            data->industries << e.industry;
    data->industries.sort();
    std::vector<QPointF> points;
    for (const auto& e : enterprises) {
        EnterpriseMarker m{e.id,
                           e.name,
                           e.industry,
                           e.district,
                           e.tags,
                           geo::WebMercator::fromLonLat(e.lon, e.lat),
                           static_cast<int>(data->industries.indexOf(e.industry)),
                           status.value(e.id, EnterpriseStatus::Unmonitored)};
        points.push_back(m.world);
        data->lonLatExtent = data->lonLatExtent.including({e.lon, e.lat});
        data->enterprises.push_back(std::move(m));
    }
    data->grid = SpatialGrid(points, 500);
    m_data = std::move(data);
}

void EnterpriseLayer::setColouring(Colouring c) {
    if (c == m_colouring)
        return;
    m_colouring = c;
    bumpRevision();
}

EnterpriseView EnterpriseLayer::viewFor(const MapSettings& settings) const {
    return buildView(*m_data, settings, lonLatDatum());
}

std::unique_ptr<MapLayerRenderer> EnterpriseLayer::createRenderer(const MapSettings&) const {
    return std::make_unique<EnterpriseRenderer>(m_data, lonLatDatum(), m_colouring);
}

std::optional<FeatureHit> EnterpriseLayer::hitTest(const MapSettings& s, QPointF pixel,
                                                   double radiusPx) const {
    if (!s.hasValidExtent() || m_data->enterprises.empty())
        return std::nullopt;
    const EnterpriseView view = viewFor(s);
    std::optional<FeatureHit> best;
    auto consider = [&](int index, QPointF at, double reach) {
        const double dist = std::hypot(at.x() - pixel.x(), at.y() - pixel.y());
        if (!(dist <= reach) || (best && dist >= best->distancePx))
            return;
        const EnterpriseMarker& m = m_data->enterprises[static_cast<std::size_t>(index)];
        FeatureHit h;
        h.layerId = id();
        h.kind = QStringLiteral("enterprise");
        h.featureId = m.id;
        h.name = m.name;
        h.world = view.world[static_cast<std::size_t>(index)];
        h.distancePx = dist;
        h.attributes = {{QStringLiteral("industry"), m.industry},
                        {QStringLiteral("district"), m.district},
                        {QStringLiteral("tags"), m.tags},
                        {QStringLiteral("status"), enterpriseStatusName(m.status)}};
        best = h;
    };
    if (view.clustered) {
        for (const MarkerCluster& c : view.clusters) {
            const QPointF at = s.worldToPixel(c.centre);
            if (c.count() == 1) {
                consider(c.members.front(), at, radiusPx + kSize / 2);
                continue;
            }
            const double dist = std::hypot(at.x() - pixel.x(), at.y() - pixel.y());
            if (!(dist <= radiusPx + bubbleRadius(c.count())) || (best && dist >= best->distancePx))
                continue;
            geo::GeoRect ll;
            for (int i : c.members)
                ll = ll.including(geo::WebMercator::toLonLat(
                    m_data->enterprises[static_cast<std::size_t>(i)].world));
            FeatureHit h;
            h.layerId = id();
            h.kind = QStringLiteral("cluster");
            h.featureId = QStringLiteral("cluster:") +
                          m_data->enterprises[static_cast<std::size_t>(c.members.front())].id;
            h.name = QCoreApplication::translate("eco::render::EnterpriseLayer", "%n enterprises",
                                                 nullptr, c.count());
            h.world = c.centre;
            h.distancePx = dist;
            h.attributes = {{QStringLiteral("count"), c.count()},
                            {QStringLiteral("lonLatBounds"),
                             QRectF(QPointF(ll.west, ll.south), QPointF(ll.east, ll.north))}};
            best = h;
        }
        return best;
    }
    for (std::size_t i = 0; i < view.world.size(); ++i)
        consider(static_cast<int>(i), s.worldToPixel(view.world[i]), radiusPx + kSize / 2);
    return best;
}

} // namespace eco::render
