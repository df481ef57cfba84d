#include "ui/map/TimeSlider.h"

#include "core/model/Time.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPolygonF>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

#include <algorithm>

namespace eco::ui {

namespace {

constexpr int kSpeeds[] = {1, 2, 5, 10, 30, 60};

// Drawn in the button's text colour: the style's media icons are dark and vanish on the dark
// wall theme.
QIcon mediaIcon(bool pause, const QColor& ink) {
    QPixmap pm(QSize(32, 32));
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(ink);
    if (pause) {
        p.drawRect(QRectF(8, 6, 6, 20));
        p.drawRect(QRectF(18, 6, 6, 20));
    } else {
        p.drawPolygon(QPolygonF({QPointF(9, 5), QPointF(26, 16), QPointF(9, 27)}));
    }
    return QIcon(pm);
}

} // namespace

TimeSlider::TimeSlider(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("timeSlider"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(6, 2, 6, 2);
    m_play = new QToolButton(this);
    m_play->setObjectName(QStringLiteral("timePlay"));
    m_play->setIcon(mediaIcon(false, m_play->palette().color(QPalette::ButtonText)));
    m_play->setToolTip(tr("Play / pause the map time"));
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("timeSliderBar"));
    m_slider->setMinimumWidth(240);
    m_slider->setPageStep(24);
    m_speedBox = new QComboBox(this);
    m_speedBox->setObjectName(QStringLiteral("timeSpeed"));
    m_speedBox->setToolTip(tr("Playback speed in data hours per second"));
    for (int s : kSpeeds)
        m_speedBox->addItem(tr("%1 h/s").arg(s), s);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("timeLabel"));
    m_label->setMinimumWidth(130);
    row->addWidget(new QLabel(tr("Time"), this));
    row->addWidget(m_play);
    row->addWidget(m_slider, 1);
    row->addWidget(m_label);
    row->addWidget(m_speedBox);

    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &TimeSlider::tick);
    connect(m_play, &QToolButton::clicked, this, &TimeSlider::togglePlay);
    connect(m_speedBox, &QComboBox::currentIndexChanged, this,
            [this](int i) { setSpeed(m_speedBox->itemData(i).toInt()); });
    connect(m_slider, &QSlider::valueChanged, this, [this] {
        updateLabel();
        emit timeChanged(time());
    });
    setRange(0, 0);
}

void TimeSlider::setRange(std::int64_t first, std::int64_t last) {
    m_first = first - first % kStepS;
    m_last = std::max(m_first, last - last % kStepS);
    const bool valid = last > 0 && last >= first;
    const QSignalBlocker block(m_slider);
    m_slider->setRange(0, static_cast<int>((m_last - m_first) / kStepS));
    setEnabled(valid);
    updateLabel();
}

std::int64_t TimeSlider::time() const {
    return m_first + static_cast<std::int64_t>(m_slider->value()) * kStepS;
}

void TimeSlider::setTime(std::int64_t ts) {
    const std::int64_t clamped = std::clamp(ts, m_first, m_last);
    m_slider->setValue(static_cast<int>((clamped - m_first) / kStepS));
    updateLabel();
}

void TimeSlider::setSpeed(int hoursPerSecond) {
    m_speed = std::clamp(hoursPerSecond, 1, 60);
    const int index = m_speedBox->findData(m_speed);
    if (index >= 0 && index != m_speedBox->currentIndex()) {
        const QSignalBlocker block(m_speedBox);
        m_speedBox->setCurrentIndex(index);
    }
    // One data hour per tick: the tick interval carries the speed.
    m_timer.setInterval(1000 / m_speed);
}

void TimeSlider::play() {
    if (!isEnabled() || m_slider->maximum() == 0)
        return;
    if (m_slider->value() >= m_slider->maximum())
        m_slider->setValue(0); // play again from the start
    m_timer.start(1000 / m_speed);
    updateIcon();
}

void TimeSlider::pause() {
    m_timer.stop();
    updateIcon();
}

void TimeSlider::togglePlay() {
    isPlaying() ? pause() : play();
}

void TimeSlider::stepBy(int hours) {
    m_slider->setValue(std::clamp(m_slider->value() + hours, 0, m_slider->maximum()));
}

void TimeSlider::tick() {
    if (m_slider->value() >= m_slider->maximum()) {
        pause();
        return;
    }
    stepBy(1);
}

void TimeSlider::updateIcon() {
    m_play->setIcon(mediaIcon(isPlaying(), m_play->palette().color(QPalette::ButtonText)));
}

void TimeSlider::changeEvent(QEvent* e) {
    // A style sheet or palette arriving after construction changes the button's text colour.
    if (e->type() == QEvent::StyleChange || e->type() == QEvent::PaletteChange)
        updateIcon();
    QWidget::changeEvent(e);
}

void TimeSlider::updateLabel() {
    m_label->setText(m_last > 0 ? model::formatLocal(time()) : tr("no data"));
}

} // namespace eco::ui
