#include "core/screen/ScreeningEngine.h"

#include "core/screen/DayCache.h"
#include "core/screen/GridMemory.h"
#include "core/screen/ScreeningCatalog.h"
#include "core/screen/SubjectLoader.h"
#include "core/store/Database.h"
#include "core/store/StoreError.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QThreadPool>
#include <QUuid>
#include <QtConcurrent/QtConcurrentMap>

#include <QScopeGuard>

#include <atomic>
#include <ctime>
#include <mutex>

namespace eco::screen {

namespace {

struct WorkItem {
    bool site = false;
    QString id;
};

struct Chunk {
    std::vector<WorkItem> items;
    std::vector<Finding> findings;
    std::vector<DayBlob> blobs;
    std::vector<GridMemoryEntry> kept;
    int memoryGrids = 0;
    std::int64_t readNs = 0;
    std::int64_t ruleNs = 0;
    QString error;
};

std::int64_t threadCpuNs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<std::int64_t>(t.tv_sec) * 1000000000 + t.tv_nsec;
}

} // namespace

class ScreeningEngine::ReaderPool {
public:
    explicit ReaderPool(QString path) : m_path(std::move(path)) {}

    std::unique_ptr<store::Database> acquire() {
        {
            const std::lock_guard lock(m_mutex);
            if (!m_free.empty()) {
                auto db = std::move(m_free.back());
                m_free.pop_back();
                return db;
            }
        }
        auto db = std::make_unique<store::Database>(
            store::Database::open(m_path, store::Database::Mode::ReadOnly));
        // Nothing is copied through read(). SQLite drops a reader's mapping (and its page cache)
        // when the store changed since that reader's last transaction, so a run after an ingest
        // faults in again every page it touches. SQLite caps the size at its compile-time
        // maximum.
        db->exec("PRAGMA mmap_size=17179869184");
        return db;
    }
    void release(std::unique_ptr<store::Database> db) {
        const std::lock_guard lock(m_mutex);
        m_free.push_back(std::move(db));
    }
    const QString& path() const { return m_path; }

private:
    QString m_path;
    std::mutex m_mutex;
    std::vector<std::unique_ptr<store::Database>> m_free;
};

ScreeningEngine::ScreeningEngine(store::Database& db, ScreeningSettings settings, RuleSet rules)
    : m_db(db), m_settings(settings), m_rules(std::move(rules)),
      m_readers(std::make_shared<ReaderPool>(db.path())) {}

ScreeningReport ScreeningEngine::run(const ScreeningRequest& req, const Progress& progress) {
    QElapsedTimer clock;
    clock.start();
    ScreeningReport rep;
    if (m_readers->path() != m_db.path())
        m_readers = std::make_shared<ReaderPool>(m_db.path());
    DayCacheStore cacheStore(m_db);
    if (req.mode != ScreeningRequest::Mode::Range)
        cacheStore.markEverythingDuringRun();
    const std::int64_t catalogCpu0 = threadCpuNs();
    const QString hwmText = m_db.meta(QLatin1String(kHighWaterKey));
    // The last run's grids (and the series' first times) serve only when nothing can have
    // changed behind them: same store and settings, no other run moved the high-water mark since
    // (its dirty marks are gone), and per series no dirty mark (checked where they are used).
    const QString fingerprint = DayCacheStore::fingerprint(m_settings);
    const bool memoryValid = req.mode == ScreeningRequest::Mode::Incremental && m_memory &&
                             m_memory->dbPath == m_db.path() && m_memory->hwm == hwmText &&
                             m_memory->fingerprint == fingerprint &&
                             m_memory->run == m_db.meta(QLatin1String(kRunKey));
    const std::vector<DayCacheStore::Mark> allMarks =
        req.mode == ScreeningRequest::Mode::Incremental ? cacheStore.dirtyMarks()
                                                        : std::vector<DayCacheStore::Mark>{};
    FirstTimes knownFirst;
    if (memoryValid) {
        knownFirst = m_memory->firstTimes;
        for (const DayCacheStore::Mark& m : allMarks)
            (m.kind == CacheKind::Hourly ? knownFirst.hourly : knownFirst.power).remove(m.key);
    }
    const ScreeningCatalog catalog = [this, &knownFirst] {
        auto reader = m_readers->acquire();
        ScreeningCatalog c = ScreeningCatalog::load(*reader, &knownFirst);
        m_readers->release(std::move(reader));
        return c;
    }();
    rep.catalogCpuSeconds = (threadCpuNs() - catalogCpu0) / 1e9;
    if (catalog.empty())
        return rep;
    const std::int64_t context = m_rules.contextSeconds(m_settings);
    std::int64_t evalFrom = catalog.dataStart;
    std::int64_t to = catalog.dataEnd;
    std::int64_t loadFrom = evalFrom;
    ScreeningRequest::Mode mode = req.mode;
    if (mode == ScreeningRequest::Mode::Incremental && !hwmText.isEmpty()) {
        bool ok = false;
        const std::int64_t hwm = hwmText.toLongLong(&ok);
        if (!ok)
            throw store::StoreError("meta key screen.hwm: '" + hwmText.toStdString() +
                                    "' is not a time");
        evalFrom = std::max(hwm, catalog.dataStart);
        loadFrom = std::max(catalog.dataStart, evalFrom - context);
    } else if (mode == ScreeningRequest::Mode::Incremental) {
        mode = ScreeningRequest::Mode::Full;
    }
    // The cache: late data moves the judged range back to the oldest dirty day of a series the
    // run screens; a settings change or a full run drops it.
    DayCachePlan plan;
    std::vector<DayCacheStore::Mark> marks;
    const bool settingsMatch = cacheStore.matches(m_settings);
    if (mode == ScreeningRequest::Mode::Incremental) {
        QSet<std::int64_t> hourlyIds, meterKeys;
        for (const auto& bySource : catalog.hourlySeries)
            for (const SeriesInfo& si : bySource)
                hourlyIds.insert(si.id);
        for (const auto& meters : catalog.metersByEnterprise)
            for (const MeterInfo& mi : meters)
                meterKeys.insert(mi.key);
        marks = allMarks;
        for (const DayCacheStore::Mark& m : marks) {
            if (!(m.kind == CacheKind::Hourly ? hourlyIds : meterKeys).contains(m.key))
                continue;
            plan.dirty.insert(DayCachePlan::dirtyKey(m.kind, m.key, m.day));
            plan.dirtySeries.insert(GridMemory::slot(
                m.kind == CacheKind::Thresholds ? CacheKind::Power : m.kind, m.key));
            evalFrom = std::min(evalFrom, std::max(catalog.dataStart, cacheDayStart(m.day)));
        }
        rep.dirtyDays = static_cast<int>(plan.dirty.size());
        loadFrom = std::max(catalog.dataStart, evalFrom - context);
        plan.read = settingsMatch;
    }
    if (mode != ScreeningRequest::Mode::Range) {
        plan.write = true;
        // What the next incremental run can need: its context before this run's end.
        plan.keepFromDay = cacheDay(std::max(catalog.dataStart, to - context)) - 1;
    }
    rep.cacheUsed = plan.read;
    rep.cacheRebuilt = plan.write && !plan.read;
    if (mode == ScreeningRequest::Mode::Range) {
        evalFrom = std::max(catalog.dataStart, req.from.value_or(catalog.dataStart));
        to = std::min(catalog.dataEnd, req.to.value_or(catalog.dataEnd));
        loadFrom = std::max(catalog.dataStart, evalFrom - context);
    }
    rep.mode = mode == ScreeningRequest::Mode::Full
                   ? QStringLiteral("full")
                   : (mode == ScreeningRequest::Mode::Range ? QStringLiteral("range")
                                                            : QStringLiteral("incremental"));
    rep.evalFrom = evalFrom;
    rep.to = to;
    if (to <= evalFrom) {
        if (mode != ScreeningRequest::Mode::Range && !hwmText.isEmpty())
            cacheStore.restoreWatermark(hwmText.toLongLong());
        rep.totalSeconds = clock.elapsed() / 1000.0;
        return rep;
    }
    const EvalWindow window{loadFrom, evalFrom, to};
    const GridMemory* memory = plan.read && memoryValid ? m_memory.get() : nullptr;
    const std::optional<std::int64_t> keepFrom =
        mode == ScreeningRequest::Mode::Range
            ? std::nullopt
            : std::optional<std::int64_t>(cacheDayStart(plan.keepFromDay));

    // Work: enterprises (outlets + circuits together, so F3/F8 see the production state) and
    // stations; chunked so each chunk opens one read connection.
    std::vector<WorkItem> items;
    bool needEnterprises = false, needSites = false;
    for (const auto& r : m_rules.rules())
        (r->subject() == SubjectKind::Site ? needSites : needEnterprises) = true;
    if (needEnterprises)
        for (const QString& id : catalog.enterpriseIds())
            items.push_back(WorkItem{false, id});
    if (needSites)
        for (const model::Site& s : catalog.sites)
            if (catalog.hourlySeries.contains(s.id))
                items.push_back(WorkItem{true, s.id});
    rep.subjects = static_cast<int>(items.size());
    const int threads = std::max(1, QThreadPool::globalInstance()->maxThreadCount());
    const size_t chunkCount = std::min<size_t>(items.size(), static_cast<size_t>(threads) * 8);
    std::vector<Chunk> chunks(std::max<size_t>(1, chunkCount));
    for (size_t i = 0; i < items.size(); ++i)
        chunks[i % chunks.size()].items.push_back(items[i]);
    std::atomic<int> done{0};
    auto work = [&](Chunk& chunk) {
        try {
            auto reader = m_readers->acquire();
            const auto give = qScopeGuard([&] { m_readers->release(std::move(reader)); });
            SubjectLoader loader(*reader, catalog, m_settings, plan.write ? &plan : nullptr, memory,
                                 keepFrom);
            // Thread CPU time: on a loaded machine the wall time of a thread says little.
            std::int64_t phase = threadCpuNs();
            auto lap = [&phase](std::int64_t& acc) {
                const std::int64_t now = threadCpuNs();
                acc += now - phase;
                phase = now;
            };
            for (const WorkItem& item : chunk.items) {
                if (item.site) {
                    const std::optional<model::Site> s = catalog.site(item.id);
                    const SiteData d = loader.site(*s, loadFrom, to);
                    lap(chunk.readNs);
                    for (const auto& r : m_rules.rules())
                        if (r->subject() == SubjectKind::Site)
                            r->evaluate(d, m_settings, window, chunk.findings);
                    lap(chunk.ruleNs);
                } else {
                    const EnterpriseData e = loader.enterprise(item.id, loadFrom, to);
                    lap(chunk.readNs);
                    for (const auto& r : m_rules.rules())
                        if (r->subject() == SubjectKind::Enterprise)
                            r->evaluate(e, m_settings, window, chunk.findings);
                    lap(chunk.ruleNs);
                    for (const model::Outlet& o : catalog.outletsByEnterprise.value(item.id)) {
                        const OutletData d = loader.outlet(o, e, loadFrom, to);
                        lap(chunk.readNs);
                        for (const auto& r : m_rules.rules())
                            if (r->subject() == SubjectKind::Outlet)
                                r->evaluate(d, m_settings, window, chunk.findings);
                        lap(chunk.ruleNs);
                    }
                }
                const int n = ++done;
                if (progress && (n % 50 == 0 || n == static_cast<int>(items.size())))
                    progress(n, static_cast<int>(items.size()));
            }
            chunk.findings = normalizeFindings(std::move(chunk.findings));
            chunk.blobs = loader.takeBlobs();
            chunk.kept = loader.takeKept();
            chunk.memoryGrids = loader.memoryGrids();
        } catch (const std::exception& e) {
            chunk.error = QString::fromUtf8(e.what());
        }
    };
    QtConcurrent::blockingMap(chunks, work);
    rep.loadSeconds = clock.elapsed() / 1000.0;

    std::vector<Finding> all;
    for (Chunk& c : chunks) {
        if (!c.error.isEmpty())
            throw store::StoreError("screening failed: " + c.error.toStdString());
        rep.findings += static_cast<std::int64_t>(c.findings.size());
        rep.readThreadSeconds += c.readNs / 1e9;
        rep.ruleThreadSeconds += c.ruleNs / 1e9;
        rep.memoryGrids += c.memoryGrids;
        std::move(c.findings.begin(), c.findings.end(), std::back_inserter(all));
    }
    all = normalizeFindings(std::move(all));

    auto tags = [&catalog](const Finding& f) {
        ClueTags t;
        QString enterpriseId;
        if (f.subjectKind == QLatin1String("enterprise"))
            enterpriseId = f.subjectId;
        else if (f.subjectKind == QLatin1String("outlet"))
            enterpriseId = f.evidence.value(QStringLiteral("enterprise_id")).toString();
        if (!enterpriseId.isEmpty()) {
            const model::Enterprise e = catalog.enterprises.value(enterpriseId);
            t.district = e.district;
            t.industry = e.industry;
            t.problem = e.tags.join(u';');
        } else if (f.subjectKind == QLatin1String("site")) {
            if (const auto s = catalog.site(f.subjectId))
                t.district = s->district;
        }
        return t;
    };
    QElapsedTimer writeClock;
    writeClock.start();
    QString runId;
    store::Transaction tx(m_db);
    ClueWriter writer(m_db, tags);
    rep.changed = writer.write(all, QDateTime::currentSecsSinceEpoch());
    if (mode != ScreeningRequest::Mode::Range) {
        const std::int64_t old = hwmText.toLongLong();
        const std::int64_t hwm = std::max(old, to);
        m_db.setMeta(QLatin1String(kHighWaterKey), QString::number(hwm));
        if (rep.cacheRebuilt)
            cacheStore.clearAll();
        else
            cacheStore.clearMarks(marks);
        for (const Chunk& c : chunks) {
            cacheStore.write(c.blobs);
            rep.cacheRowsWritten += static_cast<std::int64_t>(c.blobs.size());
        }
        cacheStore.prune(plan.keepFromDay);
        cacheStore.finish(hwm, m_settings);
        runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_db.setMeta(QLatin1String(kRunKey), runId);
    }
    tx.commit();
    rep.writeSeconds = writeClock.elapsed() / 1000.0;
    if (keepFrom) {
        auto next = std::make_shared<GridMemory>();
        next->dbPath = m_db.path();
        next->hwm = m_db.meta(QLatin1String(kHighWaterKey));
        next->fingerprint = fingerprint;
        next->run = runId;
        for (const auto& bySource : catalog.hourlySeries)
            for (const SeriesInfo& si : bySource)
                next->firstTimes.hourly.insert(si.id, si.firstTs);
        for (const auto& meters : catalog.metersByEnterprise)
            for (const MeterInfo& mi : meters)
                if (mi.hasData)
                    next->firstTimes.power.insert(mi.key, mi.firstTs);
        for (Chunk& c : chunks)
            for (GridMemoryEntry& e : c.kept)
                next->insert(std::move(e));
        m_memory = std::move(next);
    }
    rep.totalSeconds = clock.elapsed() / 1000.0;
    return rep;
}

} // namespace eco::screen
