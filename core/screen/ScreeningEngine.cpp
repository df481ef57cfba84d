#include "core/screen/ScreeningEngine.h"

#include "core/screen/ScreeningCatalog.h"
#include "core/screen/SubjectLoader.h"
#include "core/store/Database.h"
#include "core/store/StoreError.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>

namespace eco::screen {

namespace {

struct WorkItem {
    bool site = false;
    QString id;
};

struct Chunk {
    std::vector<WorkItem> items;
    std::vector<Finding> findings;
    QString error;
};

} // namespace

ScreeningEngine::ScreeningEngine(store::Database& db, ScreeningSettings settings, RuleSet rules)
    : m_db(db), m_settings(settings), m_rules(std::move(rules)) {}

ScreeningReport ScreeningEngine::run(const ScreeningRequest& req, const Progress& progress) {
    QElapsedTimer clock;
    clock.start();
    ScreeningReport rep;
    const ScreeningCatalog catalog = ScreeningCatalog::load(m_db);
    if (catalog.empty())
        return rep;
    const std::int64_t context = m_rules.contextSeconds(m_settings);
    std::int64_t evalFrom = catalog.dataStart;
    std::int64_t to = catalog.dataEnd;
    std::int64_t loadFrom = evalFrom;
    ScreeningRequest::Mode mode = req.mode;
    const QString hwmText = m_db.meta(QLatin1String(kHighWaterKey));
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
        rep.totalSeconds = clock.elapsed() / 1000.0;
        return rep;
    }
    const EvalWindow window{loadFrom, evalFrom, to};

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
    const QString path = m_db.path();
    auto work = [&](Chunk& chunk) {
        try {
            SubjectLoader loader(path, catalog, m_settings);
            for (const WorkItem& item : chunk.items) {
                if (item.site) {
                    const std::optional<model::Site> s = catalog.site(item.id);
                    const SiteData d = loader.site(*s, loadFrom, to);
                    for (const auto& r : m_rules.rules())
                        if (r->subject() == SubjectKind::Site)
                            r->evaluate(d, m_settings, window, chunk.findings);
                } else {
                    const EnterpriseData e = loader.enterprise(item.id, loadFrom, to);
                    for (const auto& r : m_rules.rules())
                        if (r->subject() == SubjectKind::Enterprise)
                            r->evaluate(e, m_settings, window, chunk.findings);
                    for (const model::Outlet& o : catalog.outletsByEnterprise.value(item.id)) {
                        const OutletData d = loader.outlet(o, e, loadFrom, to);
                        for (const auto& r : m_rules.rules())
                            if (r->subject() == SubjectKind::Outlet)
                                r->evaluate(d, m_settings, window, chunk.findings);
                    }
                }
                const int n = ++done;
                if (progress && (n % 50 == 0 || n == static_cast<int>(items.size())))
                    progress(n, static_cast<int>(items.size()));
            }
            chunk.findings = normalizeFindings(std::move(chunk.findings));
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
    store::Transaction tx(m_db);
    ClueWriter writer(m_db, tags);
    rep.changed = writer.write(all, QDateTime::currentSecsSinceEpoch());
    if (mode != ScreeningRequest::Mode::Range) {
        const std::int64_t old = hwmText.toLongLong();
        m_db.setMeta(QLatin1String(kHighWaterKey), QString::number(std::max(old, to)));
    }
    tx.commit();
    rep.totalSeconds = clock.elapsed() / 1000.0;
    return rep;
}

} // namespace eco::screen
