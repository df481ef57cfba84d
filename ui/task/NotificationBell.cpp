#include "ui/task/NotificationBell.h"

#include "core/model/Time.h"
#include "ui/task/NotificationCenter.h"

#include <QMenu>

namespace eco::ui {

NotificationBell::NotificationBell(NotificationCenter* center, QWidget* parent)
    : QToolButton(parent), m_center(center), m_menu(new QMenu(this)) {
    setObjectName(QStringLiteral("notificationBell"));
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setPopupMode(QToolButton::InstantPopup);
    setMenu(m_menu);
    connect(m_menu, &QMenu::aboutToShow, this, &NotificationBell::fillMenu);
    connect(m_menu, &QMenu::aboutToHide, m_center, &NotificationCenter::markAllRead);
    connect(m_center, &NotificationCenter::changed, this, &NotificationBell::update);
    update();
}

void NotificationBell::update() {
    const int n = m_center->unreadCount();
    // U+1F514 is missing from many CJK fonts; the plain bell sign U+237E is not much better, so
    // the button says what it is in words.
    setText(n > 0 ? tr("Notifications (%1)").arg(n) : tr("Notifications"));
    setStyleSheet(n > 0 ? QStringLiteral("QToolButton { color: #b71c1c; font-weight: bold; }")
                        : QString());
    setToolTip(tr("%n unread notification(s)", nullptr, n));
}

void NotificationBell::fillMenu() {
    m_menu->clear();
    if (m_center->notifications().isEmpty()) {
        m_menu->addAction(tr("No notifications"))->setEnabled(false);
        return;
    }
    int shown = 0;
    for (const Notification& n : m_center->notifications()) {
        if (++shown > 30)
            break;
        QAction* a = m_menu->addAction(QStringLiteral("%1%2  —  %3")
                                           .arg(n.read ? QString() : QStringLiteral("● "), n.text(),
                                                model::formatLocal(n.ts)));
        const QString id = n.taskId;
        connect(a, &QAction::triggered, this, [this, id] { emit taskRequested(id); });
    }
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Clear all")), &QAction::triggered, m_center,
            &NotificationCenter::clear);
}

} // namespace eco::ui
