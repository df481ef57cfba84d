// TimeSlider: the map's clock: a slider over the store's hourly data span, a play/pause button
// and a speed choice in data hours per second of wall time (1x to 60x). It emits timeChanged()
// on every step, whether the user dragged or playback advanced; MainWindow feeds it to
// MapCanvas::setTime and reloads the time-dependent layers. Times are shown in Asia/Shanghai.
#pragma once

#include <QTimer>
#include <QWidget>

#include <cstdint>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace eco::ui {

class TimeSlider : public QWidget {
    Q_OBJECT
public:
    static constexpr std::int64_t kStepS = 3600; // one data hour per slider step

    explicit TimeSlider(QWidget* parent = nullptr);

    // The span of data (UTC seconds, floored to the hour); an invalid span disables the slider.
    void setRange(std::int64_t first, std::int64_t last);
    std::int64_t first() const { return m_first; }
    std::int64_t last() const { return m_last; }
    std::int64_t time() const;
    // Data hours per second of playback.
    void setSpeed(int hoursPerSecond);
    int speed() const { return m_speed; }
    bool isPlaying() const { return m_timer.isActive(); }

    QSlider* slider() const { return m_slider; }
    QToolButton* playButton() const { return m_play; }
    QComboBox* speedBox() const { return m_speedBox; }

public slots:
    void setTime(std::int64_t ts);
    void play();
    void pause();
    void togglePlay();
    void stepBy(int hours);

signals:
    void timeChanged(std::int64_t ts);

protected:
    void changeEvent(QEvent* e) override;

private:
    void tick();
    void updateIcon();
    void updateLabel();

    QSlider* m_slider = nullptr;
    QToolButton* m_play = nullptr;
    QComboBox* m_speedBox = nullptr;
    QLabel* m_label = nullptr;
    QTimer m_timer;
    std::int64_t m_first = 0;
    std::int64_t m_last = 0;
    int m_speed = 1;
};

} // namespace eco::ui
