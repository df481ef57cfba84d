// SyncStatusWidget: the sync state in the main window's status bar - when the store last synced
// with the hub, how many local changes wait to be pushed, and the last error - with "sync now"
// and a settings button. Syncing runs on a worker thread with its own store connection, so the
// window never blocks, and a hub that cannot be reached only shows an error: everything else
// keeps working offline. With a hub configured (meta sync_hub_url) and automatic sync on, it
// syncs every sync_interval_min minutes.
#pragma once

#include <QFutureWatcher>
#include <QString>
#include <QWidget>

class QLabel;
class QTimer;
class QToolButton;

namespace eco::ui {

struct SyncOutcome {
    QString error; // empty: success
    qint64 pushed = 0;
    qint64 pulled = 0;
};

class SyncStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit SyncStatusWidget(const QString& dbPath, QWidget* parent = nullptr);
    ~SyncStatusWidget() override;

    bool isSyncing() const { return m_watcher.isRunning(); }
    QString statusText() const;

public slots:
    void syncNow();
    void refresh();
    void openSettings();

signals:
    void syncFinished(const QString& error);

private:
    void applySettings();
    QString m_dbPath;
    QLabel* m_label = nullptr;
    QToolButton* m_syncButton = nullptr;
    QToolButton* m_settingsButton = nullptr;
    QTimer* m_timer = nullptr;
    QFutureWatcher<SyncOutcome> m_watcher;
};

} // namespace eco::ui
