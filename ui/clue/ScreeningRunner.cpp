#include "ui/clue/ScreeningRunner.h"

#include "core/screen/ScreeningEngine.h"
#include "core/store/Database.h"
#include "core/store/SeriesRepository.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QtConcurrent>

#include <exception>

namespace eco::ui {

namespace {

std::int64_t dataVersion(const store::Database& db) {
    auto st = db.prepare("PRAGMA data_version");
    return st.step() ? st.int64(0) : -1;
}

} // namespace

ScreeningRunner::ScreeningRunner(QObject* parent) : QObject(parent) {
    qRegisterMetaType<ScreeningRunResult>();
    m_timer = new QTimer(this);
    m_timer->setInterval(5000);
    connect(m_timer, &QTimer::timeout, this, &ScreeningRunner::checkStore);
    connect(&m_watcher, &QFutureWatcher<ScreeningRunResult>::finished, this,
            &ScreeningRunner::onFinished);
}

ScreeningRunner::~ScreeningRunner() {
    m_watcher.waitForFinished();
}

std::int64_t ScreeningRunner::dataMark(const store::Database& db) {
    const std::int64_t readings = store::SeriesRepository(db).hourlySpan().last;
    // The newest power reading per meter through its clustered index, not a table scan.
    auto st = db.prepare("SELECT max((SELECT max(ts) FROM power_readings WHERE meter=m.id)) "
                         "FROM power_meters m");
    const std::int64_t power = st.step() && !st.isNull(0) ? st.int64(0) : 0;
    return std::max(readings, power);
}

void ScreeningRunner::setDatabasePath(const QString& path) {
    m_path = path;
    m_watch.reset();
    m_memory.reset();
    m_dataVersion = -1;
    m_lastMark = -1;
    if (path.isEmpty()) {
        m_timer->stop();
        return;
    }
    try {
        m_watch = std::make_unique<store::Database>(
            store::Database::open(path, store::Database::Mode::ReadOnly));
        m_dataVersion = dataVersion(*m_watch);
        m_lastMark = dataMark(*m_watch);
    } catch (const std::exception&) {
        m_watch.reset();
    }
    if (m_timer->interval() > 0)
        m_timer->start();
}

void ScreeningRunner::setWatchInterval(int ms) {
    if (ms <= 0) {
        m_timer->stop();
        return;
    }
    m_timer->setInterval(ms);
    if (!m_path.isEmpty())
        m_timer->start();
}

void ScreeningRunner::checkStore() {
    if (!m_watch || isRunning())
        return;
    try {
        const std::int64_t v = dataVersion(*m_watch);
        if (v == m_dataVersion)
            return; // nobody committed since the last look
        m_dataVersion = v;
        const std::int64_t mark = dataMark(*m_watch);
        if (mark > m_lastMark)
            runNow(false);
    } catch (const std::exception&) {
        // A locked or vanished store is tried again on the next tick.
    }
}

void ScreeningRunner::runNow(bool full) {
    if (m_path.isEmpty())
        return;
    if (isRunning()) {
        m_pending = true;
        m_pendingFull = m_pendingFull || full;
        return;
    }
    const QString path = m_path;
    // A full run rebuilds everything, so the last run's memory is of no use to it.
    std::shared_ptr<const screen::GridMemory> memory = full ? nullptr : m_memory;
    QPointer<ScreeningRunner> self(this);
    emit started(full ? QStringLiteral("full") : QStringLiteral("incremental"));
    m_watcher.setFuture(QtConcurrent::run([path, full, self, memory]() {
        ScreeningRunResult r;
        r.mode = full ? QStringLiteral("full") : QStringLiteral("incremental");
        QElapsedTimer clock;
        clock.start();
        try {
            auto db = store::Database::open(path);
            r.dataMark = dataMark(db);
            screen::ScreeningEngine engine(db, screen::ScreeningSettings::load(db));
            engine.setMemory(memory);
            screen::ScreeningRequest request;
            request.mode = full ? screen::ScreeningRequest::Mode::Full
                                : screen::ScreeningRequest::Mode::Incremental;
            const auto report = engine.run(request, [self](int done, int total) {
                // Queued to the GUI thread; dropped if the runner is gone by then.
                if (self)
                    QMetaObject::invokeMethod(
                        self.data(),
                        [self, done, total] {
                            if (self)
                                emit self->progress(done, total);
                        },
                        Qt::QueuedConnection);
            });
            r.subjects = report.subjects;
            r.findings = report.findings;
            r.changedClues = static_cast<int>(report.changed.size());
            r.memory = engine.memory();
            r.memoryGrids = report.memoryGrids;
            r.ok = true;
        } catch (const std::exception& e) {
            r.error = QString::fromUtf8(e.what());
        }
        r.seconds = static_cast<double>(clock.elapsed()) / 1000.0;
        return r;
    }));
}

void ScreeningRunner::onFinished() {
    const ScreeningRunResult r = m_watcher.result();
    if (r.ok) {
        m_lastMark = std::max(m_lastMark, r.dataMark);
        m_memory = r.memory;
    }
    if (m_watch) {
        try {
            m_dataVersion = dataVersion(*m_watch); // our own run's commit is not news
        } catch (const std::exception&) {
        }
    }
    emit finished(r);
    if (m_pending) {
        const bool full = m_pendingFull;
        m_pending = m_pendingFull = false;
        runNow(full);
    }
}

} // namespace eco::ui
