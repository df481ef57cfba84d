// ScreeningRunner: runs the screening engine in the background for the GUI. Each run is a
// QtConcurrent task with its own read-write store connection (a connection belongs to one
// thread), so the window stays responsive; progress arrives as signals on the GUI thread. A timer
// watches the store: when another connection committed (PRAGMA data_version) and the newest
// hourly reading or power reading moved past what the last run saw, an incremental run starts by
// itself; "run now" starts one at once. One run at a time; a request during a run is remembered
// and served when it ends. The destructor waits for a running task.
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <cstdint>
#include <memory>

namespace eco::screen {
class GridMemory;
}

class QTimer;

namespace eco::store {
class Database;
}

namespace eco::ui {

struct ScreeningRunResult {
    bool ok = false;
    QString mode;
    QString error;
    int subjects = 0;
    std::int64_t findings = 0;
    int changedClues = 0;
    double seconds = 0;
    std::int64_t dataMark = 0; // newest data the run saw (for the watcher)
    // The engine's memory of this run, handed to the next run so an incremental run after an
    // ingest reads only the new rows (the engine checks it still matches the store).
    std::shared_ptr<const screen::GridMemory> memory;
    int memoryGrids = 0; // series this run took from the previous run's memory
};

class ScreeningRunner : public QObject {
    Q_OBJECT
public:
    explicit ScreeningRunner(QObject* parent = nullptr);
    ~ScreeningRunner() override;

    // The store to watch and screen; empty stops watching.
    void setDatabasePath(const QString& path);
    // Poll interval of the watcher in ms (0: no automatic runs).
    void setWatchInterval(int ms);
    bool isRunning() const { return m_watcher.isRunning(); }
    // Newest hourly reading / power reading timestamp in the store (0 when none).
    static std::int64_t dataMark(const store::Database& db);

public slots:
    void runNow(bool full = false);
    void checkStore();

signals:
    void started(const QString& mode);
    void progress(int done, int total);
    void finished(const eco::ui::ScreeningRunResult& result);

private:
    void onFinished();

    QString m_path;
    QTimer* m_timer = nullptr;
    QFutureWatcher<ScreeningRunResult> m_watcher;
    std::unique_ptr<store::Database> m_watch;           // read-only, for the poll
    std::shared_ptr<const screen::GridMemory> m_memory; // the last good run's, for the next
    std::int64_t m_dataVersion = -1;
    std::int64_t m_lastMark = -1;
    bool m_pending = false;
    bool m_pendingFull = false;
};

} // namespace eco::ui

Q_DECLARE_METATYPE(eco::ui::ScreeningRunResult)
