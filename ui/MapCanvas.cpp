#include "ui/MapCanvas.h"

#include "core/geo/CrsTransform.h"
#include "core/geo/GeoError.h"
#include "core/geo/WebMercator.h"
#include "core/render/MapDecorations.h"
#include "core/render/MapFonts.h"
#include "ui/map/Geodesic.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QSet>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace eco::ui {

namespace {

constexpr double kWheelStep = 1.25; // zoom factor per wheel notch
constexpr double kClickSlopPx = 4;  // a press and release closer than this is a click
constexpr double kHitRadiusPx = 4;
constexpr int kRenderDelayMs = 40; // coalesces bursts of wheel and drag events
constexpr int kHoverDelayMs = 250; // a hit test only once the cursor rests
constexpr double kMinBoxPx = 6;
// Metres per DIP at scale 1:1 on a 96-DPI screen.
constexpr double kMetresPerDip = 0.0254 / 96.0;

QString kindName(const QString& kind) {
    if (kind == QLatin1String("site"))
        return MapCanvas::tr("Station");
    if (kind == QLatin1String("enterprise"))
        return MapCanvas::tr("Enterprise");
    return kind;
}

QString tooltipFor(const render::FeatureHit& hit) {
    if (hit.kind == QLatin1String("cluster"))
        return QStringLiteral("<b>%1</b><br>%2")
            .arg(hit.name.toHtmlEscaped(), MapCanvas::tr("Click to zoom in"));
    QString text = QStringLiteral("<b>%1</b><br>%2 %3")
                       .arg(hit.name.toHtmlEscaped(), kindName(hit.kind), hit.featureId);
    const QVariant pm25 = hit.attributes.value(QStringLiteral("pm25"));
    if (pm25.isValid() && std::isfinite(pm25.toDouble()))
        text += MapCanvas::tr("<br>PM2.5 %1 µg/m³").arg(pm25.toDouble(), 0, 'f', 0);
    const QString district = hit.attributes.value(QStringLiteral("district")).toString();
    if (!district.isEmpty())
        text += QStringLiteral("<br>") + district.toHtmlEscaped();
    const QString status = hit.attributes.value(QStringLiteral("status")).toString();
    if (!status.isEmpty())
        text += QStringLiteral("<br>") + status.toHtmlEscaped();
    const QString industry = hit.attributes.value(QStringLiteral("industry")).toString();
    if (!industry.isEmpty())
        text += QStringLiteral("<br>") + industry.toHtmlEscaped();
    return text;
}

} // namespace

MapCanvas::MapCanvas(QWidget* parent) : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(kRenderDelayMs);
    connect(&m_renderTimer, &QTimer::timeout, this, &MapCanvas::startRender);
    m_hoverTimer.setSingleShot(true);
    m_hoverTimer.setInterval(kHoverDelayMs);
    connect(&m_hoverTimer, &QTimer::timeout, this, &MapCanvas::hover);
    m_clock.start();
}

MapCanvas::~MapCanvas() = default;

// ---------------------------------------------------------------------------------- layers

void MapCanvas::setLayers(std::vector<std::shared_ptr<render::MapLayer>> layers,
                          const QColor& background) {
    m_layers = std::move(layers);
    m_background = background.isValid() ? background : QColor(0xf3, 0xf1, 0xec);
    // Keep cached images only for layers still present (a cached image is matched by the layer
    // object and revision, so a new layer under an old id never reuses one).
    QSet<QString> ids;
    for (const auto& l : m_layers)
        ids.insert(l->id());
    for (const QString& id : m_cache->layerIds())
        if (!ids.contains(id))
            m_cache->remove(id);
    invalidateComposite();
    refresh();
}

void MapCanvas::addLayer(std::shared_ptr<render::MapLayer> layer) {
    if (!layer)
        return;
    auto it = std::find_if(m_layers.begin(), m_layers.end(),
                           [&](const auto& l) { return l->id() == layer->id(); });
    if (it != m_layers.end())
        *it = std::move(layer);
    else
        m_layers.push_back(std::move(layer));
    refresh();
}

bool MapCanvas::removeLayer(const QString& id) {
    const auto n = std::erase_if(m_layers, [&](const auto& l) { return l->id() == id; });
    m_cache->remove(id);
    m_attempted.remove(id);
    if (m_selection && m_selection->layerId == id)
        m_selection.reset();
    refresh();
    return n > 0;
}

std::shared_ptr<render::MapLayer> MapCanvas::layer(const QString& id) const {
    for (const auto& l : m_layers)
        if (l->id() == id)
            return l;
    return nullptr;
}

void MapCanvas::setLayerOrder(const QStringList& bottomFirstIds) {
    std::vector<std::shared_ptr<render::MapLayer>> ordered;
    for (const auto& l : m_layers)
        if (!bottomFirstIds.contains(l->id()))
            ordered.push_back(l);
    for (const QString& id : bottomFirstIds)
        if (auto l = layer(id))
            ordered.push_back(l);
    m_layers = std::move(ordered);
    invalidateComposite();
    update(); // order is applied when painting: no render
}

// ---------------------------------------------------------------------------------- view

void MapCanvas::setExtent(const geo::GeoRect& extent) {
    render::MapSettings s = m_settings;
    s.setExtent(extent);
    updateSettings(s);
}

void MapCanvas::zoomToLonLatRect(const geo::GeoRect& ll) {
    if (!ll.isValid())
        return;
    geo::GeoRect world;
    if (m_settings.isWebMercator()) {
        world = geo::WebMercator::fromLonLat(ll);
    } else {
        try {
            geo::CrsTransform t(QStringLiteral("EPSG:4326"), m_settings.destinationCrs());
            for (QPointF p : {QPointF(ll.west, ll.south), QPointF(ll.east, ll.south),
                              QPointF(ll.west, ll.north), QPointF(ll.east, ll.north)})
                world = world.including(t.transform(p));
        } catch (const geo::GeoError&) {
            return;
        }
    }
    m_userMoved = true;
    setExtent(world);
}

void MapCanvas::centerOn(double lon, double lat, std::optional<double> scaleDenominator) {
    if (!m_settings.hasValidExtent())
        return;
    const QPointF pixel = lonLatToPixel({lon, lat});
    if (!std::isfinite(pixel.x()) || !std::isfinite(pixel.y()))
        return;
    const QPointF c = m_settings.pixelToWorld(pixel);
    double mupp = m_settings.mapUnitsPerPixel();
    if (scaleDenominator && *scaleDenominator > 0) {
        // Ground metres per DIP wanted, back to map units per DIP at this latitude.
        const double ground = *scaleDenominator * kMetresPerDip;
        mupp = m_settings.isWebMercator() ? ground / geo::WebMercator::groundScale(lat) : ground;
    }
    const double hw = mupp * m_settings.outputSize().width() / 2;
    const double hh = mupp * m_settings.outputSize().height() / 2;
    m_userMoved = true;
    setExtent({c.x() - hw, c.y() - hh, c.x() + hw, c.y() + hh});
}

double MapCanvas::scaleDenominator() const {
    if (!m_settings.hasValidExtent())
        return 0;
    double ground = m_settings.mapUnitsPerPixel();
    if (m_settings.isWebMercator())
        ground *= geo::WebMercator::groundScale(
            geo::WebMercator::toLonLat(m_settings.visibleExtent().centre()).y());
    return ground / kMetresPerDip;
}

geo::GeoRect MapCanvas::lonLatExtent() const {
    if (!m_settings.hasValidExtent())
        return {};
    const QSize sz = m_settings.outputSize();
    geo::GeoRect r;
    for (QPointF p : {QPointF(0, 0), QPointF(sz.width(), 0), QPointF(0, sz.height()),
                      QPointF(sz.width(), sz.height())})
        r = r.including(pixelToLonLat(p));
    return r;
}

QPointF MapCanvas::lonLatToPixel(QPointF ll) const {
    if (m_settings.isWebMercator())
        return m_settings.worldToPixel(geo::WebMercator::fromLonLat(ll));
    try {
        if (!m_toLonLat || m_toLonLat->destination() != m_settings.destinationCrs())
            m_toLonLat = std::make_unique<geo::CrsTransform>(QStringLiteral("EPSG:4326"),
                                                             m_settings.destinationCrs());
        return m_settings.worldToPixel(m_toLonLat->transform(ll));
    } catch (const geo::GeoError&) {
        return {qQNaN(), qQNaN()};
    }
}

QPointF MapCanvas::pixelToLonLat(QPointF pixel) const {
    const QPointF world = m_settings.pixelToWorld(pixel);
    if (m_settings.isWebMercator())
        return geo::WebMercator::toLonLat(world);
    try {
        if (!m_toLonLat || m_toLonLat->destination() != m_settings.destinationCrs())
            m_toLonLat = std::make_unique<geo::CrsTransform>(QStringLiteral("EPSG:4326"),
                                                             m_settings.destinationCrs());
        return m_toLonLat->transform(world, geo::CrsTransform::Direction::Inverse);
    } catch (const geo::GeoError&) {
        return {qQNaN(), qQNaN()};
    }
}

void MapCanvas::setTime(std::int64_t ts) {
    if (ts == m_settings.time())
        return;
    render::MapSettings s = m_settings;
    s.setTime(ts);
    updateSettings(s);
}

void MapCanvas::setMessage(const QString& message) {
    m_message = message;
    update();
}

void MapCanvas::refresh() {
    QStringList visible;
    for (const auto& l : m_layers)
        if (l->isVisible())
            visible << l->id();
    m_settings.setVisibleLayers(visible);
    invalidateComposite();
    update();
    scheduleRender(false);
}

void MapCanvas::zoomIn() {
    userMoved(m_settings.zoomedAbout(rect().center(), 2.0));
}
void MapCanvas::zoomOut() {
    userMoved(m_settings.zoomedAbout(rect().center(), 0.5));
}
void MapCanvas::zoomToFullExtent() {
    if (!m_fullExtent.isValid())
        return;
    m_userMoved = false;
    setExtent(m_fullExtent);
}

void MapCanvas::userMoved(const render::MapSettings& s) {
    m_userMoved = true;
    updateSettings(s);
}

void MapCanvas::updateSettings(const render::MapSettings& s) {
    const bool viewChanged = !s.sameView(m_settings);
    m_settings = s;
    update();
    if (viewChanged) {
        // A new view makes the render in flight useless: stop it now, render after the burst.
        retireJob();
        scheduleRender(true);
        emit this->viewChanged();
    } else {
        // Time steps (playback) keep coming: let the render in flight finish and follow it.
        scheduleRender(false);
    }
}

// ---------------------------------------------------------------------------------- rendering

void MapCanvas::scheduleRender(bool debounce) {
    if (!m_settings.hasValidExtent())
        return;
    // Debounced for pan and zoom bursts (render once the hand rests), throttled for a stream of
    // time or layer changes (render at least every kRenderDelayMs while they last).
    if (debounce || !m_renderTimer.isActive())
        m_renderTimer.start();
}

bool MapCanvas::upToDate(const render::MapLayer& layer) const {
    const render::LayerCacheKey key = render::LayerCacheKey::of(layer, m_settings);
    // Drawn for this key, or tried for it (failed, or nothing to draw in this view).
    return m_cache->peek(key).has_value() || m_attempted.value(layer.id()) == key;
}

bool MapCanvas::needsRender() const {
    return std::any_of(m_layers.begin(), m_layers.end(), [this](const auto& l) {
        return l->isVisible() && l->opacity() > 0 && !upToDate(*l);
    });
}

void MapCanvas::retireJob() {
    if (!m_job)
        return;
    // Its layers arrive no more; it finishes on its own (a renderer stops at its next check) and
    // then deletes itself, so a new input never waits for a stale render.
    m_job->cancel();
    disconnect(m_job.get(), nullptr, this, nullptr);
    render::MapRenderJob* job = m_job.release();
    job->setParent(this); // deleted with the canvas at the latest (its destructor waits)
    if (job->isActive())
        connect(job, &render::MapRenderJob::finished, job, &QObject::deleteLater);
    else
        job->deleteLater();
}

void MapCanvas::startRender() {
    if (!m_settings.hasValidExtent())
        return;
    // Same view, render in flight: let it land; jobFinished() renders whatever is still stale.
    if (m_job && m_job->isActive())
        return;
    retireJob();
    if (!qFuzzyCompare(m_settings.devicePixelRatio(), devicePixelRatioF()))
        m_settings.setDevicePixelRatio(devicePixelRatioF());
    render::LayerStack todo;
    m_jobKeys.clear();
    for (const auto& l : m_layers)
        if (l->isVisible() && l->opacity() > 0 && !upToDate(*l)) {
            todo.push_back(l);
            m_jobKeys.insert(l->id(), render::LayerCacheKey::of(*l, m_settings));
        }
    m_renderClock.start();
    m_job = std::make_unique<render::MapRenderJob>(m_settings, todo);
    m_job->setCache(m_cache);
    m_job->setComposeImage(false); // the canvas composes the cached images itself
    connect(m_job.get(), &render::MapRenderJob::layerFinished, this, &MapCanvas::layerDone);
    connect(m_job.get(), &render::MapRenderJob::finished, this, &MapCanvas::jobFinished);
    m_job->start();
}

void MapCanvas::layerDone(int index) {
    if (!m_job)
        return;
    if (!m_job->isLayerFromCache(index))
        ++m_layerRenders;
    // The image is in the cache already; the next paint picks it up (and drops the old one).
    invalidateComposite();
    update();
    emit layerRendered(m_job->layerId(index));
}

void MapCanvas::jobFinished() {
    if (!m_job)
        return;
    const render::MapRenderOutput& out = m_job->output();
    ++m_finished;
    m_lastRenderMs = m_renderClock.isValid() ? m_renderClock.nsecsElapsed() / 1e6 : 0;
    if (!out.cancelled)
        for (auto it = m_jobKeys.cbegin(); it != m_jobKeys.cend(); ++it)
            m_attempted.insert(it.key(), it.value());
    for (const render::LayerRenderResult& r : out.layers) {
        render::LayerRenderResult meta = r;
        meta.image = {}; // the image lives in the cache
        m_results.insert(r.layerId, std::move(meta));
    }
    QStringList parts;
    for (const auto& l : m_layers)
        if (l->isVisible())
            if (auto it = m_results.constFind(l->id()); it != m_results.cend())
                parts << QStringLiteral("%1 %2 ms").arg(l->id()).arg(it->milliseconds, 0, 'f', 0);
    emit renderSummary(tr("Rendered in %1 ms (%2)")
                           .arg(m_lastRenderMs, 0, 'f', 0)
                           .arg(parts.join(QStringLiteral(", "))));
    invalidateComposite();
    update();
    if (needsRender())
        scheduleRender(false);
    else
        emit renderFinished();
}

std::vector<render::LayerImage> MapCanvas::shownLayers(QList<render::Legend>* legends) const {
    std::vector<render::LayerImage> shown;
    for (const auto& l : m_layers) {
        if (!l->isVisible() || l->opacity() <= 0)
            continue;
        const render::LayerCacheKey key = render::LayerCacheKey::of(*l, m_settings);
        std::optional<render::CachedLayer> c = m_cache->peek(key);
        // Until its image for this view arrives, the layer's last image stands in, moved and
        // scaled; unless the layer was tried for this view and has nothing to show in it.
        if (!c && m_attempted.value(l->id()) != key)
            c = m_cache->newest(l->id());
        if (!c || c->image.isNull())
            continue;
        if (legends && c->legend)
            *legends << *c->legend;
        shown.push_back({c->image, c->drawnFor, l->opacity()});
    }
    return shown;
}

const render::MapRenderOutput& MapCanvas::lastOutput() const {
    if (!m_outputDirty)
        return m_output;
    m_output = {};
    m_output.totalMilliseconds = m_lastRenderMs;
    const QSize size = m_settings.deviceOutputSize();
    if (!size.isEmpty()) {
        m_output.image = QImage(size, QImage::Format_ARGB32_Premultiplied);
        m_output.image.setDevicePixelRatio(m_settings.devicePixelRatio());
        m_output.image.fill(m_background);
        QPainter p(&m_output.image);
        paintLayers(p);
    }
    for (const auto& l : m_layers) {
        if (!l->isVisible() || l->opacity() <= 0)
            continue;
        const auto it = m_results.constFind(l->id());
        if (it == m_results.cend())
            continue;
        render::LayerRenderResult r = *it;
        r.name = l->name();
        r.opacity = l->opacity();
        const auto cached = m_cache->peek(render::LayerCacheKey::of(*l, m_settings));
        if (cached) {
            r.image = cached->image;
            if (cached->legend)
                m_output.legends << *cached->legend;
        }
        m_output.layers.push_back(std::move(r));
    }
    m_outputDirty = false;
    return m_output;
}

// ---------------------------------------------------------------------------------- painting

void MapCanvas::drawMoved(QPainter& p, const QImage& image, const render::MapSettings& from) const {
    if (from.sameView(m_settings)) {
        p.drawImage(QPointF(0, 0), image);
        return;
    }
    const geo::GeoRect e = from.visibleExtent();
    const QPointF tl = m_settings.worldToPixel({e.west, e.north});
    const QPointF br = m_settings.worldToPixel({e.east, e.south});
    const QRectF target(tl, br);
    const bool sameScale = std::abs(target.width() - from.outputSize().width()) < 0.5 &&
                           std::abs(target.height() - from.outputSize().height()) < 0.5;
    if (sameScale) {
        // A pan: a plain blit at a whole device pixel, no resampling.
        const double dpr = image.devicePixelRatio();
        p.drawImage(QPointF(std::round(tl.x() * dpr) / dpr, std::round(tl.y() * dpr) / dpr), image);
        return;
    }
    // A zoom in progress: nearest-neighbour is several times faster at 4K and the frame is
    // replaced by the new render a moment later.
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    p.drawImage(target, image);
}

void MapCanvas::paintLayers(QPainter& p) const {
    const std::vector<render::LayerImage> shown = shownLayers();
    // All drawn for one view (the usual case at rest and while panning): one image of them all,
    // so a frame is a single blit instead of one blend per layer. Rebuilt only when an image or
    // an opacity changes.
    const bool oneView =
        !shown.empty() && std::all_of(shown.begin(), shown.end(), [&](const auto& l) {
            return l.drawnFor.sameView(shown.front().drawnFor);
        });
    if (oneView) {
        std::vector<std::pair<qint64, double>> signature;
        for (const render::LayerImage& l : shown)
            signature.emplace_back(l.image.cacheKey(), l.opacity);
        if (!m_compositeValid || signature != m_compositeSignature ||
            !m_compositeSettings.sameView(shown.front().drawnFor)) {
            const render::MapSettings& view = shown.front().drawnFor;
            m_composite = QImage(view.deviceOutputSize(), QImage::Format_RGB32);
            m_composite.setDevicePixelRatio(view.devicePixelRatio());
            m_composite.fill(m_background);
            QPainter cp(&m_composite);
            for (const render::LayerImage& l : shown) {
                cp.setOpacity(l.opacity);
                cp.drawImage(QPointF(0, 0), l.image);
            }
            m_compositeSettings = view;
            m_compositeSignature = std::move(signature);
            m_compositeValid = true;
        }
        drawMoved(p, m_composite, m_compositeSettings);
        return;
    }
    for (const render::LayerImage& l : shown) {
        p.setOpacity(l.opacity);
        drawMoved(p, l.image, l.drawnFor);
    }
    p.setOpacity(1.0);
}

void MapCanvas::paintSelection(QPainter& p) const {
    if (!m_selection)
        return;
    const QPointF c = m_settings.worldToPixel(m_selection->world);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(QColor(255, 255, 255, 230), 5));
    p.drawEllipse(c, 12, 12);
    p.setPen(QPen(QColor(0x00, 0x78, 0xd4), 2.5));
    p.drawEllipse(c, 12, 12);
}

void MapCanvas::paintMeasurement(QPainter& p) const {
    if (m_measure.empty())
        return;
    std::vector<QPointF> ll = m_measure;
    if (!m_measureDone && m_measureCursor)
        ll.push_back(*m_measureCursor);
    QPolygonF poly;
    for (const QPointF& v : ll)
        poly << lonLatToPixel(v);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const bool area = m_tool == MapTool::MeasureArea;
    const QColor ink(0xd8, 0x3b, 0x01);
    if (area && poly.size() >= 3) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xd8, 0x3b, 0x01, 50));
        p.drawPolygon(poly);
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(QColor(255, 255, 255, 220), 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    area ? p.drawPolygon(poly) : p.drawPolyline(poly);
    p.setPen(QPen(ink, 2.5, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin));
    area ? p.drawPolygon(poly) : p.drawPolyline(poly);
    p.setPen(QPen(Qt::white, 1.5));
    p.setBrush(ink);
    for (const QPointF& v : poly)
        p.drawEllipse(v, 4, 4);
    // The running figure next to the last vertex.
    QString text;
    if (area) {
        text = geodesic::formatArea(geodesic::polygonAreaM2(ll));
    } else {
        text = geodesic::formatDistance(geodesic::pathLengthM(ll));
    }
    const QFont font = render::MapFonts::font(12, true);
    p.setFont(font);
    const QFontMetricsF fm(font);
    const QPointF at = area && poly.size() >= 3 ? poly.boundingRect().center() : poly.back();
    QRectF box(at + QPointF(10, -fm.height() - 8),
               QSizeF(fm.horizontalAdvance(text) + 12, fm.height() + 6));
    if (area && poly.size() >= 3)
        box.moveCenter(at);
    box = box.intersected(QRectF(rect())).isEmpty() ? box : box;
    p.setPen(QPen(ink, 1));
    p.setBrush(QColor(255, 255, 255, 235));
    p.drawRoundedRect(box, 3, 3);
    p.setPen(QColor(0x30, 0x20, 0x10));
    p.drawText(box, Qt::AlignCenter, text);
    p.restore();
}

void MapCanvas::paintFpsOverlay(QPainter& p) {
    const double fps = static_cast<double>(m_frameStamps.size());
    const QString text = tr("%1 fps  ·  frame %2 ms  ·  render %3 ms  ·  %4 layer images")
                             .arg(fps, 0, 'f', 0)
                             .arg(m_lastPaintMs, 0, 'f', 1)
                             .arg(m_lastRenderMs, 0, 'f', 0)
                             .arg(m_layerRenders);
    const QFont font = render::MapFonts::font(11);
    p.setFont(font);
    const QFontMetricsF fm(font);
    const QRectF box(10, 10, fm.horizontalAdvance(text) + 16, fm.height() + 10);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 170));
    p.drawRoundedRect(box, 4, 4);
    p.setPen(QColor(0x7f, 0xff, 0x7f));
    p.drawText(box, Qt::AlignCenter, text);
}

void MapCanvas::paintEvent(QPaintEvent*) {
    const qint64 t0 = m_clock.nsecsElapsed();
    QPainter p(this);
    p.fillRect(rect(), m_background);
    if (m_settings.hasValidExtent()) {
        paintLayers(p);
        paintSelection(p);
        paintMeasurement(p);
        QList<render::Legend> legends;
        shownLayers(&legends);
        render::MapDecorations::paint(p, m_settings, legends);
    }
    if (m_boxing) {
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setPen(QPen(QColor(0x00, 0x78, 0xd4), 1.5, Qt::DashLine));
        p.setBrush(QColor(0x00, 0x78, 0xd4, 40));
        p.drawRect(QRectF(m_pressPos, m_boxEnd).normalized());
    }
    if (!m_message.isEmpty()) {
        p.setRenderHint(QPainter::Antialiasing);
        const QFont font = render::MapFonts::font(18, true);
        p.setFont(font);
        const QRectF box = QRectF(rect()).adjusted(width() * 0.2, height() * 0.35, -width() * 0.2,
                                                   -height() * 0.35);
        p.setPen(QPen(QColor(0x80, 0x60, 0x20), 1.5));
        p.setBrush(QColor(255, 250, 235, 235));
        p.drawRoundedRect(box, 8, 8);
        p.setPen(QColor(0x40, 0x30, 0x10));
        p.drawText(box.adjusted(16, 12, -16, -12), Qt::AlignCenter | Qt::TextWordWrap, m_message);
    }
    const qint64 t1 = m_clock.nsecsElapsed();
    m_frameStamps.push_back(t1);
    while (!m_frameStamps.empty() && m_frameStamps.front() < t1 - 1'000'000'000)
        m_frameStamps.pop_front();
    m_lastPaintMs = (t1 - t0) / 1e6;
    if (m_showFps)
        paintFpsOverlay(p);
}

void MapCanvas::resizeEvent(QResizeEvent*) {
    render::MapSettings s = m_settings;
    const geo::GeoRect before = s.visibleExtent();
    const double mupp = s.mapUnitsPerPixel();
    s.setDevicePixelRatio(devicePixelRatioF());
    if (before.isValid() && mupp > 0 && m_userMoved) {
        // Keep the scale and the centre; show more or less of the map.
        const QPointF c = before.centre();
        const double hw = mupp * width() / 2, hh = mupp * height() / 2;
        s.setOutputSize(size());
        s.setExtent({c.x() - hw, c.y() - hh, c.x() + hw, c.y() + hh});
    } else {
        // Until the user moves the map, the extent asked for fills whatever size the window gets.
        s.setOutputSize(size());
    }
    updateSettings(s);
}

// ---------------------------------------------------------------------------------- input

void MapCanvas::setSelection(const std::optional<render::FeatureHit>& hit) {
    m_selection = hit;
    update();
}

void MapCanvas::setTool(MapTool tool) {
    if (tool == m_tool)
        return;
    m_tool = tool;
    clearMeasurement();
    setCursor(tool == MapTool::Pan ? Qt::ArrowCursor : Qt::CrossCursor);
    emit toolChanged(tool);
}

void MapCanvas::clearMeasurement() {
    m_measure.clear();
    m_measureDone = false;
    m_measureCursor.reset();
    update();
    emit measurementChanged({});
}

QString MapCanvas::measurementText() const {
    if (m_measure.size() < 2)
        return {};
    if (m_tool == MapTool::MeasureArea) {
        if (m_measure.size() < 3)
            return {};
        return tr("Area %1, perimeter %2")
            .arg(geodesic::formatArea(geodesic::polygonAreaM2(m_measure)),
                 geodesic::formatDistance(geodesic::polygonPerimeterM(m_measure)));
    }
    return tr("Distance %1").arg(geodesic::formatDistance(geodesic::pathLengthM(m_measure)));
}

void MapCanvas::finishMeasurement() {
    if (m_measure.empty())
        return;
    m_measureDone = true;
    m_measureCursor.reset();
    update();
    emit measurementChanged(measurementText());
}

void MapCanvas::setFpsOverlayVisible(bool on) {
    m_showFps = on;
    update();
}

std::optional<render::FeatureHit> MapCanvas::hitTestAt(QPointF pos) const {
    for (auto it = m_layers.rbegin(); it != m_layers.rend(); ++it) {
        if (!(*it)->isVisible())
            continue;
        if (auto hit = (*it)->hitTest(m_settings, pos, kHitRadiusPx))
            return hit;
    }
    return std::nullopt;
}

void MapCanvas::hover() {
    if (m_dragging || m_boxing || m_tool != MapTool::Pan || !m_settings.hasValidExtent())
        return;
    const auto hit = hitTestAt(m_hoverPos);
    if (!hit) {
        m_hoverText.clear();
        QToolTip::hideText();
        return;
    }
    m_hoverText = tooltipFor(*hit);
    QToolTip::showText(mapToGlobal(m_hoverPos.toPoint()), m_hoverText, this);
    emit featureHovered(*hit);
}

void MapCanvas::leaveEvent(QEvent* e) {
    m_hoverTimer.stop();
    QWidget::leaveEvent(e);
}

void MapCanvas::mousePressEvent(QMouseEvent* e) {
    if (e->button() == Qt::RightButton &&
        (m_tool == MapTool::MeasureDistance || m_tool == MapTool::MeasureArea)) {
        finishMeasurement();
        return;
    }
    if (e->button() != Qt::LeftButton)
        return;
    m_hoverTimer.stop();
    QToolTip::hideText();
    m_pressPos = m_lastDragPos = m_boxEnd = e->position();
    if (m_tool == MapTool::BoxZoom || (e->modifiers() & Qt::ShiftModifier))
        m_boxing = true;
    else
        m_dragging = true;
}

void MapCanvas::mouseMoveEvent(QMouseEvent* e) {
    if (m_settings.hasValidExtent())
        emit cursorMoved(pixelToLonLat(e->position()));
    if (m_boxing) {
        m_boxEnd = e->position();
        update();
        return;
    }
    if (!m_dragging) {
        if (!m_measure.empty() && !m_measureDone) {
            m_measureCursor = pixelToLonLat(e->position());
            update();
        }
        m_hoverPos = e->position();
        m_hoverTimer.start();
        return;
    }
    const QPointF d = e->position() - m_lastDragPos;
    m_lastDragPos = e->position();
    if ((e->position() - m_pressPos).manhattanLength() < kClickSlopPx)
        return;
    setCursor(Qt::ClosedHandCursor);
    userMoved(m_settings.pannedByPixels(d));
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* e) {
    if (e->button() != Qt::LeftButton)
        return;
    if (m_boxing) {
        m_boxing = false;
        const QRectF box = QRectF(m_pressPos, e->position()).normalized();
        if (box.width() >= kMinBoxPx && box.height() >= kMinBoxPx) {
            const QPointF a = m_settings.pixelToWorld(box.topLeft());
            const QPointF b = m_settings.pixelToWorld(box.bottomRight());
            render::MapSettings s = m_settings;
            s.setExtent({a.x(), b.y(), b.x(), a.y()});
            userMoved(s);
        } else {
            update();
        }
        return;
    }
    if (!m_dragging)
        return;
    m_dragging = false;
    setCursor(m_tool == MapTool::Pan ? Qt::ArrowCursor : Qt::CrossCursor);
    const bool click = (e->position() - m_pressPos).manhattanLength() < kClickSlopPx;
    if (!click) {
        update();
        return;
    }
    if (m_tool == MapTool::MeasureDistance || m_tool == MapTool::MeasureArea) {
        if (m_measureDone)
            m_measure.clear();
        m_measureDone = false;
        m_measure.push_back(pixelToLonLat(e->position()));
        update();
        emit measurementChanged(measurementText());
        return;
    }
    if (auto hit = hitTestAt(e->position())) {
        setSelection(*hit);
        emit featureClicked(*hit);
    } else {
        setSelection(std::nullopt);
        emit nothingClicked();
    }
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent* e) {
    if (m_tool == MapTool::MeasureDistance || m_tool == MapTool::MeasureArea) {
        // The double click's first press already added the vertex.
        finishMeasurement();
        e->accept();
        return;
    }
    if (e->button() == Qt::LeftButton)
        userMoved(m_settings.zoomedAbout(e->position(), 2.0));
}

void MapCanvas::wheelEvent(QWheelEvent* e) {
    const double notches = e->angleDelta().y() / 120.0;
    if (notches == 0)
        return;
    userMoved(m_settings.zoomedAbout(e->position(), std::pow(kWheelStep, notches)));
    e->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent* e) {
    const double step = std::min(width(), height()) / 4.0;
    switch (e->key()) {
    case Qt::Key_Left:
        userMoved(m_settings.pannedByPixels({step, 0}));
        break;
    case Qt::Key_Right:
        userMoved(m_settings.pannedByPixels({-step, 0}));
        break;
    case Qt::Key_Up:
        userMoved(m_settings.pannedByPixels({0, step}));
        break;
    case Qt::Key_Down:
        userMoved(m_settings.pannedByPixels({0, -step}));
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_F12:
        setFpsOverlayVisible(!m_showFps);
        break;
    case Qt::Key_Escape:
        if (!m_measure.empty())
            clearMeasurement();
        else if (m_tool != MapTool::Pan)
            setTool(MapTool::Pan);
        else
            setSelection(std::nullopt);
        break;
    default:
        QWidget::keyPressEvent(e);
        return;
    }
    e->accept();
}

} // namespace eco::ui
