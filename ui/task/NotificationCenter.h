// NotificationCenter: in-app notifications for the signed-in user: a new task dispatched to my
// team (or to me), a task of mine gone overdue, a task reported and waiting for a supervisor to
// close it. It polls the event log for events newer than the last hlc it saw (cheap: one indexed
// range read) and the board for deadlines passed, so it works the same when another process or
// a sync wrote the events. Each notification appears once; read ones are kept until cleared.
#pragma once

#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <cstdint>
#include <optional>

namespace eco::ui {

class TaskWorkspace;

struct Notification {
    enum class Kind { NewTask, Overdue, Reported };
    Kind kind = Kind::NewTask;
    QString taskId;
    QString title;
    std::int64_t ts = 0;
    bool read = false;
    QString text() const;
};

class NotificationCenter : public QObject {
    Q_OBJECT
public:
    explicit NotificationCenter(TaskWorkspace* workspace, QObject* parent = nullptr);

    const QList<Notification>& notifications() const { return m_items; }
    int unreadCount() const;
    void setPollInterval(int ms) { m_timer.setInterval(ms); }

public slots:
    // Reads what is new since the last poll; emits changed() when anything was added.
    void poll();
    void markAllRead();
    void clear();
    // Starts over for a new user: tasks already waiting for them are notified at once.
    void restart();

signals:
    void changed();
    // A timed poll found events written elsewhere (another process, a sync): panels reload.
    void logAdvanced();

private:
    bool concernsMe(const QString& team, const QString& officer) const;
    void add(Notification::Kind kind, const QString& taskId, const QString& title, std::int64_t ts);

    TaskWorkspace* m_ws;
    QTimer m_timer;
    std::int64_t m_lastHlc = 0;
    QList<Notification> m_items;
    QSet<QString> m_keys; // kind:task:ts, so nothing is notified twice
    QSet<QString> m_overdueSeen;
    std::int64_t m_boardHlc = -1;               // the log position the last board query saw
    std::optional<std::int64_t> m_nextDeadline; // earliest deadline still ahead at that query
};

} // namespace eco::ui
