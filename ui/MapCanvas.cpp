#include "ui/MapCanvas.h"

#include "core/geo/WebMercator.h"
#include "core/render/MapDecorations.h"
#include "core/render/MapFonts.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <cmath>

namespace eco::ui {

namespace {

constexpr double kWheelStep = 1.25; // zoom factor per wheel notch
constexpr double kClickSlopPx = 4;  // a press and release closer than this is a click
constexpr double kHitRadiusPx = 4;
constexpr int kRenderDelayMs = 40; // coalesces bursts of wheel and drag events

} // namespace

MapCanvas::MapCanvas(QWidget* parent) : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(kRenderDelayMs);
    connect(&m_renderTimer, &QTimer::timeout, this, &MapCanvas::startRender);
}

MapCanvas::~MapCanvas() = default;

void MapCanvas::setLayers(std::vector<std::shared_ptr<render::MapLayer>> layers,
                          const QColor& background) {
    m_layers = std::move(layers);
    m_background = background.isValid() ? background : QColor(0xf3, 0xf1, 0xec);
    refresh();
}

void MapCanvas::setExtent(const geo::GeoRect& extent) {
    render::MapSettings s = m_settings;
    s.setExtent(extent);
    updateSettings(s);
}

void MapCanvas::setTime(std::int64_t ts) {
    render::MapSettings s = m_settings;
    s.setTime(ts);
    updateSettings(s);
}

void MapCanvas::setMessage(const QString& message) {
    m_message = message;
    update();
}

void MapCanvas::refresh() {
    render::MapSettings s = m_settings;
    QStringList visible;
    for (const auto& l : m_layers)
        if (l->isVisible())
            visible << l->id();
    s.setVisibleLayers(visible);
    m_settings = s;
    scheduleRender();
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
    m_settings = s;
    update();
    scheduleRender();
}

void MapCanvas::scheduleRender() {
    if (!m_settings.hasValidExtent())
        return;
    m_renderTimer.start();
}

void MapCanvas::startRender() {
    if (!m_settings.hasValidExtent())
        return;
    if (m_job) {
        // The finished signal of a cancelled job is not wanted: disconnect before it can fire.
        m_job->disconnect(this);
        m_job->cancel();
        m_job.reset();
    }
    m_job = std::make_unique<render::MapRenderJob>(
        m_settings, render::LayerStack(m_layers.begin(), m_layers.end()));
    m_job->setBackground(m_background);
    connect(m_job.get(), &render::MapRenderJob::finished, this, &MapCanvas::jobFinished);
    m_job->start();
}

void MapCanvas::jobFinished() {
    if (!m_job)
        return;
    m_output = m_job->output();
    m_outputSettings = m_job->settings();
    // Delete later: we are inside the job's own signal.
    m_job.release()->deleteLater();
    ++m_finished;
    QStringList parts;
    for (const auto& l : m_output.layers)
        parts << QStringLiteral("%1 %2 ms").arg(l.layerId).arg(l.milliseconds, 0, 'f', 0);
    emit renderSummary(tr("Rendered in %1 ms (%2)")
                           .arg(m_output.totalMilliseconds, 0, 'f', 0)
                           .arg(parts.join(QStringLiteral(", "))));
    update();
    if (!m_outputSettings.sameView(m_settings) ||
        m_outputSettings.visibleLayers() != m_settings.visibleLayers())
        scheduleRender();
    else
        emit renderFinished();
}

void MapCanvas::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), m_background);
    if (!m_output.image.isNull() && m_outputSettings.hasValidExtent()) {
        // The last image, placed where its extent falls in the current view.
        const geo::GeoRect e = m_outputSettings.visibleExtent();
        const QPointF tl = m_settings.worldToPixel({e.west, e.north});
        const QPointF br = m_settings.worldToPixel({e.east, e.south});
        p.setRenderHint(QPainter::SmoothPixmapTransform, !m_dragging);
        p.drawImage(QRectF(tl, br), m_output.image);
    }
    if (m_settings.hasValidExtent())
        render::MapDecorations::paint(p, m_settings, m_output.legends);
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

void MapCanvas::mousePressEvent(QMouseEvent* e) {
    if (e->button() != Qt::LeftButton)
        return;
    m_pressPos = m_lastDragPos = e->position();
    m_dragging = true;
}

void MapCanvas::mouseMoveEvent(QMouseEvent* e) {
    if (m_settings.hasValidExtent() && m_settings.isWebMercator())
        emit cursorMoved(geo::WebMercator::toLonLat(m_settings.pixelToWorld(e->position())));
    if (!m_dragging)
        return;
    const QPointF d = e->position() - m_lastDragPos;
    m_lastDragPos = e->position();
    if ((e->position() - m_pressPos).manhattanLength() < kClickSlopPx)
        return;
    setCursor(Qt::ClosedHandCursor);
    userMoved(m_settings.pannedByPixels(d));
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* e) {
    if (e->button() != Qt::LeftButton || !m_dragging)
        return;
    m_dragging = false;
    unsetCursor();
    if ((e->position() - m_pressPos).manhattanLength() < kClickSlopPx)
        hitTest(e->position());
    else
        update();
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
    default:
        QWidget::keyPressEvent(e);
        return;
    }
    e->accept();
}

void MapCanvas::hitTest(QPointF pos) {
    for (auto it = m_layers.rbegin(); it != m_layers.rend(); ++it) {
        if (!(*it)->isVisible())
            continue;
        if (auto hit = (*it)->hitTest(m_settings, pos, kHitRadiusPx)) {
            emit featureClicked(*hit);
            return;
        }
    }
    emit nothingClicked();
}

} // namespace eco::ui
