// NotificationBell: the tool bar button of the NotificationCenter: a bell with the unread count,
// and a popup list of the notifications; choosing one asks to open its task.
#pragma once

#include <QToolButton>

class QMenu;

namespace eco::ui {

class NotificationCenter;

class NotificationBell : public QToolButton {
    Q_OBJECT
public:
    explicit NotificationBell(NotificationCenter* center, QWidget* parent = nullptr);

signals:
    void taskRequested(const QString& taskId);

private:
    void update();
    void fillMenu();

    NotificationCenter* m_center;
    QMenu* m_menu;
};

} // namespace eco::ui
