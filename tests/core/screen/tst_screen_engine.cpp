// The engine against a real store: a full run equals a chain of incremental runs, a rerun raises
// nothing twice, an ongoing finding is extended under the same id, and the CLI prints the CSV
// header the data contract names.
#include "core/clue/ClueRepository.h"
#include "core/model/Time.h"
#include "core/screen/ClueWriter.h"
#include "core/screen/DayCache.h"
#include "core/screen/ScreeningEngine.h"
#include "core/store/CatalogRepository.h"
#include "core/store/Database.h"
#include "core/store/PowerWriter.h"
#include "core/store/ReadingWriter.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace eco;

namespace {

constexpr std::int64_t kT0 = 1790784000; // local midnight
constexpr int kDays = 24;

void writeCatalog(store::Database& db) {
    store::CatalogRepository cat(db);
    model::Enterprise e;
    e.id = QStringLiteral("E1");
    e.name = QStringLiteral("Plant");
    e.industry = QStringLiteral("power");
    e.district = QStringLiteral("East");
    e.lon = 104;
    e.lat = 30.6;
    e.tags = QStringList{QStringLiteral("key emitter")};
    cat.upsert(e);
    model::Outlet o;
    o.id = QStringLiteral("E1-G1");
    o.enterpriseId = e.id;
    o.medium = QStringLiteral("gas");
    o.lon = 104;
    o.lat = 30.6;
    o.o2RefPct = 6.0;
    cat.upsert(o);
    for (const char* iv : {"hour", "day"})
        cat.upsert(model::EmissionLimit{o.id, QStringLiteral("a21026"), QLatin1String(iv), 35,
                                        QStringLiteral("mg/m3")});
    model::Alert a;
    a.level = QStringLiteral("yellow");
    a.startTs = kT0 + 20 * 86400;
    a.endTs = kT0 + 22 * 86400;
    a.region = QStringLiteral("全市");
    cat.upsert(a);
    cat.upsert(model::Measure{e.id, QStringLiteral("yellow"), 50});
}

// Hours [fromHour, toHour) of CEMS and power, with an exceedance, a frozen value, a treatment
// outage and an ignored alert reduction planted in them.
void writeData(store::Database& db, int fromHour, int toHour) {
    store::Transaction tx(db);
    store::ReadingWriter rw(db);
    store::PowerWriter pw(db);
    const auto prod =
        pw.meter(model::PowerMeter{QStringLiteral("E1-PROD"), QStringLiteral("E1"),
                                   QStringLiteral("production"), QStringLiteral("E1-TREAT")});
    const auto treat =
        pw.meter(model::PowerMeter{QStringLiteral("E1-TREAT"), QStringLiteral("E1"),
                                   QStringLiteral("treatment"), QStringLiteral("E1-PROD")});
    const auto flow =
        rw.series(QStringLiteral("E1-G1"), QStringLiteral("a00000"), model::Interval::Hour);
    const auto o2 =
        rw.series(QStringLiteral("E1-G1"), QStringLiteral("a19001"), model::Interval::Hour);
    const auto so2 =
        rw.series(QStringLiteral("E1-G1"), QStringLiteral("a21026"), model::Interval::Hour);
    for (int h = fromHour; h < toHour; ++h) {
        const std::int64_t t = kT0 + h * 3600LL;
        rw.add(flow, t, 20000 + 800 * std::sin(h * 0.7));
        rw.add(o2, t, 7 + 0.3 * std::sin(h * 1.1));
        double v = 20 * (1 + 0.08 * std::sin(h * 1.7));
        if (h >= 200 && h < 209) // exceedance over 9 h: crosses run boundaries below
            v = 50;
        if (h >= 300 && h < 310)
            v = 18.25; // frozen
        rw.add(so2, t, v, h == 150 ? 'C' : 'N');
        for (int k = 0; k < 4; ++k) {
            const std::int64_t ts = t + k * 900;
            const int slotOfDay = static_cast<int>((ts - kT0) % 86400 / 900);
            const bool alert = ts >= kT0 + 20 * 86400 && ts < kT0 + 22 * 86400;
            double p = slotOfDay >= 28 && slotOfDay < 80 ? (alert ? 900 : 1000) : 10;
            double tr = slotOfDay >= 26 && slotOfDay < 82 ? 200 : 2;
            if (h >= 400 && h < 402 && slotOfDay >= 28 && slotOfDay < 80)
                tr = 2; // treatment off while producing
            pw.add(prod, ts, p + std::sin(ts * 0.001));
            pw.add(treat, ts, tr);
        }
    }
    tx.commit();
}

struct Row {
    QString id;
    std::int64_t start, end;
    int severity;
    double score;
    QString summary, evidence;
    bool operator==(const Row& o) const {
        return id == o.id && start == o.start && end == o.end && severity == o.severity &&
               score == o.score && summary == o.summary && evidence == o.evidence;
    }
};

std::vector<Row> clues(store::Database& db) {
    std::vector<Row> out;
    auto st =
        db.prepare("SELECT id, start_ts, end_ts, severity, score, summary, evidence FROM clues "
                   "ORDER BY id");
    while (st.step())
        out.push_back(Row{st.text(0), st.int64(1), st.int64(2), st.integer(3), st.real(4),
                          st.text(5), st.text(6)});
    return out;
}

// Hour 90 of SO2 corrected upwards (an exceedance), through the writer as an importer writes it
// (outside a transaction: the writer reads the watermark per row).
void correctHour90(store::Database& db) {
    store::ReadingWriter rw(db);
    rw.add(rw.series(QStringLiteral("E1-G1"), QStringLiteral("a21026"), model::Interval::Hour),
           kT0 + 90 * 3600, 80.0);
}

void compareClues(store::Database& db, const std::vector<Row>& expected) {
    const auto got = clues(db);
    QCOMPARE(got.size(), expected.size());
    for (size_t i = 0; i < got.size(); ++i) {
        if (!(got[i] == expected[i]))
            qWarning() << got[i].id << got[i].start << got[i].end << got[i].summary << "vs"
                       << expected[i].id << expected[i].start << expected[i].end
                       << expected[i].summary;
        QVERIFY(got[i] == expected[i]);
    }
}

} // namespace

class TestScreenEngine : public QObject {
    Q_OBJECT
private slots:
    void incrementalEqualsFull() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fullPath = dir.filePath(QStringLiteral("full.db"));
        const QString incPath = dir.filePath(QStringLiteral("inc.db"));
        auto full = store::Database::open(fullPath);
        auto inc = store::Database::open(incPath);
        writeCatalog(full);
        writeCatalog(inc);
        writeData(full, 0, kDays * 24);
        screen::ScreeningEngine(full, screen::ScreeningSettings{})
            .run({screen::ScreeningRequest::Mode::Full, {}, {}});
        const auto expected = clues(full);
        QVERIFY(expected.size() >= 4); // E1, E2?, F1, P1, P3 at least four of them

        // Incremental: the first 16 days, then chunks of 5 h, 1 h and 31 h (across the
        // exceedance, the frozen run, the outage and the alert).
        writeData(inc, 0, 16 * 24);
        screen::ScreeningEngine engine(inc, screen::ScreeningSettings{});
        engine.run({});
        int h = 16 * 24;
        const int steps[] = {5, 1, 31, 7, 24, 3, 50};
        for (int i = 0; h < kDays * 24; ++i) {
            const int next = std::min(kDays * 24, h + steps[i % 7]);
            writeData(inc, h, next);
            const auto rep = engine.run({});
            QCOMPARE(rep.mode, QStringLiteral("incremental"));
            QVERIFY(rep.memoryGrids > 0); // the same engine: context from its last run's grids
            h = next;
        }
        compareClues(inc, expected);
    }
    // The cache path: hour by hour and day by day from the cache, late data into a past day (a
    // gap filled, a value corrected) judged again, a setting change that drops the cache.
    void incrementalFromTheCacheEqualsFull() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        screen::ScreeningSettings changed;
        changed.p1HighMinutes = 90; // the outage (hours 400-402) is judged after the change
        auto full = store::Database::open(dir.filePath(QStringLiteral("full.db")));
        writeCatalog(full);
        writeData(full, 0, kDays * 24);
        correctHour90(full);
        screen::ScreeningEngine(full, changed).run({screen::ScreeningRequest::Mode::Full, {}, {}});
        const auto expected = clues(full);

        auto inc = store::Database::open(dir.filePath(QStringLiteral("inc.db")));
        writeCatalog(inc);
        writeData(inc, 0, 16 * 24);
        inc.exec("DELETE FROM readings WHERE series_id=(SELECT id FROM series WHERE "
                 "pollutant='a21026') AND ts>=" +
                 std::to_string(kT0 + 100 * 3600) + " AND ts<" + std::to_string(kT0 + 103 * 3600));
        screen::ScreeningEngine before(inc, screen::ScreeningSettings{});
        QVERIFY(before.run({}).cacheRebuilt);
        QVERIFY(screen::DayCacheStore::rowCount(inc) > 0);
        int h = 16 * 24;
        for (; h < 16 * 24 + 6; ++h) {
            writeData(inc, h, h + 1);
            const auto rep = before.run({});
            QVERIFY(rep.cacheUsed);
            QVERIFY(!rep.cacheRebuilt);
            QCOMPARE(rep.evalFrom, kT0 + h * 3600LL);
            QCOMPARE(rep.cacheRowsWritten, 5); // the newest day of each series only
            QCOMPARE(rep.memoryGrids, 5);      // the context from the engine's last run
        }
        // Late data: the gap of hours 100-102 arrives, hour 90 is corrected.
        writeData(inc, 100, 103);
        correctHour90(inc);
        auto marks = inc.prepare("SELECT count(*), min(day) FROM screen_dirty");
        QVERIFY(marks.step());
        QCOMPARE(marks.int64(0), 2); // unchanged rewrites are no-ops: SO2 on days 3 and 4
        QCOMPARE(marks.int64(1), screen::cacheDay(kT0 + 90 * 3600));
        marks.reset();
        writeData(inc, h, h + 1);
        ++h;
        const auto late = before.run({});
        QCOMPARE(late.dirtyDays, 2);
        QCOMPARE(late.memoryGrids, 4); // SO2 has late data: from the cache and the store
        QCOMPARE(late.evalFrom, screen::cacheDayStart(screen::cacheDay(kT0 + 90 * 3600)));
        QVERIFY(marks.step());
        QCOMPARE(marks.int64(0), 0);
        marks.reset();
        // Another engine (another process) runs in between: this engine's memory is stale and
        // it falls back to the cache.
        writeData(inc, h, h + 1);
        ++h;
        QCOMPARE(screen::ScreeningEngine(inc, screen::ScreeningSettings{}).run({}).memoryGrids, 0);
        writeData(inc, h, h + 1);
        ++h;
        const auto afterOther = before.run({});
        QVERIFY(afterOther.cacheUsed);
        QCOMPARE(afterOther.memoryGrids, 0);
        // An engine per run (as a worker thread builds it) gets the last engine's memory.
        writeData(inc, h, h + 1);
        ++h;
        screen::ScreeningEngine next(inc, screen::ScreeningSettings{});
        next.setMemory(before.memory());
        QCOMPARE(next.run({}).memoryGrids, 5);
        // A setting changes: the cache is dropped and rebuilt, later runs read it again.
        screen::ScreeningEngine after(inc, changed);
        writeData(inc, h, h + 1);
        ++h;
        QVERIFY(after.run({}).cacheRebuilt);
        const int steps[] = {1, 24, 1, 1, 24, 3, 24, 24};
        for (int i = 0; h < kDays * 24; ++i) {
            const int next = std::min(kDays * 24, h + steps[i % 8]);
            writeData(inc, h, next);
            const auto rep = after.run({});
            QVERIFY(rep.cacheUsed);
            QCOMPARE(rep.dirtyDays, 0);
            QCOMPARE(rep.memoryGrids, 5);
            h = next;
        }
        compareClues(inc, expected);
    }
    // A reading that arrives while a run reads (after its snapshot, before its commit) is judged
    // by the next run, not lost under the new high-water mark.
    void dataWrittenDuringARunIsJudgedNext() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.db"));
        auto db = store::Database::open(path);
        writeCatalog(db);
        writeData(db, 0, 10 * 24);
        screen::ScreeningEngine engine(db, screen::ScreeningSettings{},
                                       screen::RuleSet::standard().only({QStringLiteral("E1")}));
        engine.run({screen::ScreeningRequest::Mode::Full, {}, {}});
        writeData(db, 10 * 24, 10 * 24 + 1);
        bool written = false;
        engine.run({}, [&](int, int) {
            if (written)
                return;
            written = true;
            auto other = store::Database::open(path); // an importer's connection
            store::Transaction tx(other);
            store::ReadingWriter rw(other);
            rw.add(
                rw.series(QStringLiteral("E1-G1"), QStringLiteral("a21026"), model::Interval::Hour),
                kT0 + 240 * 3600, 95.0); // the hour this run judges
            tx.commit();
        });
        QVERIFY(written);
        auto late = db.prepare("SELECT count(*) FROM clues WHERE start_ts=?1");
        late.bind(1, kT0 + 240 * 3600);
        QVERIFY(late.step());
        QCOMPARE(late.int64(0), 0); // the run had read hour 240 before it changed
        late.reset();
        const auto next = engine.run({});
        QCOMPARE(next.dirtyDays, 1);
        QVERIFY(late.step());
        QCOMPARE(late.int64(0), 1);
    }
    // A desk merge widens the survivor; the finding then grows over it: the survivor keeps its id,
    // the merged clue still points at it, and so does the task made from it.
    void aMergedSurvivorKeepsItsIdWhenTheFindingGrows() {
        QTemporaryDir dir;
        auto db = store::Database::open(dir.filePath(QStringLiteral("s.db")));
        db.exec("INSERT INTO users(username, role, district, team, pw_algo, pw_salt, pw_hash, "
                "created_ts) VALUES('duty','duty_officer','','','none',x'00',x'00',0)");
        const auto tags = [](const screen::Finding&) { return screen::ClueTags{}; };
        screen::ClueWriter writer(db, tags);
        screen::Finding a;
        a.rule = QStringLiteral("F2");
        a.subjectKind = QStringLiteral("outlet");
        a.subjectId = QStringLiteral("O1");
        a.facet = QStringLiteral("a21026");
        a.evidence.insert(QStringLiteral("facet"), a.facet);
        a.startTs = kT0 + 10 * 3600;
        a.endTs = kT0 + 20 * 3600;
        a.summary = QStringLiteral("earlier");
        screen::Finding b = a;
        b.startTs = kT0 + 30 * 3600;
        b.endTs = kT0 + 40 * 3600;
        b.summary = QStringLiteral("later");
        writer.write({a, b}, kT0);
        const QString idA = screen::clueId(a), idB = screen::clueId(b);
        // The desk merges the earlier clue into the later one: the survivor now starts at 10 h.
        clue::ClueRepository repo(db, [] { return kT0 + 41 * 3600; });
        repo.merge(QStringLiteral("duty"), idA, idB);
        db.exec("INSERT INTO tasks(id, severity, state, clue_id, created_ts, updated_ts, "
                "event_count, head_hash) VALUES('T1','high','dispatched','" +
                idB.toStdString() + "',0,0,1,'x')");
        // New data extends the finding that made the survivor.
        screen::Finding grown = b;
        grown.startTs = kT0 + 38 * 3600;
        grown.endTs = kT0 + 50 * 3600;
        grown.score = 0.9;
        grown.summary = QStringLiteral("grown");
        const auto changedClues = writer.write({grown}, kT0 + 50 * 3600);
        QCOMPARE(int(changedClues.size()), 1);
        QCOMPARE(changedClues.front().id, idB);
        auto st = db.prepare("SELECT id, status, merged_into, start_ts, end_ts FROM clues ORDER BY "
                             "status='merged'");
        QVERIFY(st.step());
        QCOMPARE(st.text(0), idB);
        QCOMPARE(st.text(1), QStringLiteral("new"));
        QCOMPARE(st.int64(3), kT0 + 10 * 3600); // the desk's widened window is kept ...
        QCOMPARE(st.int64(4), kT0 + 50 * 3600); // ... and extended
        QVERIFY(st.step());
        QCOMPARE(st.text(0), idA);
        QCOMPARE(st.text(1), QStringLiteral("merged"));
        QCOMPARE(st.text(2), idB);
        QVERIFY(!st.step());
        auto task = db.prepare("SELECT count(*) FROM tasks t JOIN clues c ON c.id=t.clue_id");
        QVERIFY(task.step());
        QCOMPARE(task.int64(0), 1);
        // A full rerun of the same finding changes nothing.
        QCOMPARE(int(writer.write({grown}, kT0 + 51 * 3600).size()), 0);
    }
    void rerunRaisesNothingTwice() {
        QTemporaryDir dir;
        auto db = store::Database::open(dir.filePath(QStringLiteral("s.db")));
        writeCatalog(db);
        writeData(db, 0, kDays * 24);
        screen::ScreeningEngine engine(db, screen::ScreeningSettings{});
        const auto first = engine.run({screen::ScreeningRequest::Mode::Full, {}, {}});
        QVERIFY(!first.changed.empty());
        const auto before = clues(db);
        const auto again = engine.run({screen::ScreeningRequest::Mode::Full, {}, {}});
        QCOMPARE(int(again.changed.size()), 0);
        QVERIFY(clues(db) == before);
        // An officer's status survives a rerun.
        db.exec("UPDATE clues SET status='dismissed'");
        engine.run({screen::ScreeningRequest::Mode::Full, {}, {}});
        auto st = db.prepare("SELECT count(*) FROM clues WHERE status<>'dismissed'");
        QVERIFY(st.step());
        QCOMPARE(st.integer(0), 0);
    }
    void ongoingFindingIsExtended() {
        QTemporaryDir dir;
        auto db = store::Database::open(dir.filePath(QStringLiteral("s.db")));
        writeCatalog(db);
        writeData(db, 0, 204); // the exceedance has run 4 of its 9 hours
        screen::ScreeningEngine engine(db, screen::ScreeningSettings{},
                                       screen::RuleSet::standard().only({QStringLiteral("E1")}));
        engine.run({});
        auto st = db.prepare("SELECT id, start_ts, end_ts FROM clues WHERE rule='E1'");
        QVERIFY(st.step());
        const QString id = st.text(0);
        QCOMPARE(st.int64(1), kT0 + 200 * 3600);
        QCOMPARE(st.int64(2), kT0 + 204 * 3600);
        QVERIFY(!st.step());
        st.reset();
        writeData(db, 204, 240);
        const auto rep = engine.run({});
        QCOMPARE(int(rep.changed.size()), 1);
        QVERIFY(st.step());
        QCOMPARE(st.text(0), id); // same clue, end moved
        QCOMPARE(st.int64(2), kT0 + 209 * 3600);
        QVERIFY(!st.step());
        st.reset();
        // Tags come from the enterprise.
        auto tags = db.prepare("SELECT district, industry, problem FROM clues");
        QVERIFY(tags.step());
        QCOMPARE(tags.text(0), QStringLiteral("East"));
        QCOMPARE(tags.text(1), QStringLiteral("power"));
        QCOMPARE(tags.text(2), QStringLiteral("key emitter"));
    }
    void aJudgedClueKeepsItsIdWhenTheFindingGrowsOverIt() {
        QTemporaryDir dir;
        auto db = store::Database::open(dir.filePath(QStringLiteral("s.db")));
        const auto tags = [](const screen::Finding&) { return screen::ClueTags{}; };
        screen::Finding f;
        f.rule = QStringLiteral("E1");
        f.subjectKind = QStringLiteral("outlet");
        f.subjectId = QStringLiteral("O1");
        f.facet = QStringLiteral("a21026");
        f.evidence.insert(QStringLiteral("facet"), f.facet); // as the rules store it
        f.startTs = kT0 + 10 * 3600;
        f.endTs = kT0 + 12 * 3600;
        f.summary = QStringLiteral("first");
        screen::ClueWriter writer(db, tags);
        writer.write({f}, kT0);
        const QString id = screen::clueId(f);
        db.exec("UPDATE clues SET status='dismissed'");
        // A later run sees the exceedance began earlier: the window grows backwards over the
        // dismissed clue, whose id (and the officer's decision) must survive.
        screen::Finding earlier = f;
        earlier.startTs = kT0 + 5 * 3600;
        earlier.endTs = kT0 + 11 * 3600;
        writer.write({earlier}, kT0 + 3600);
        auto st = db.prepare("SELECT id, status, start_ts, end_ts FROM clues");
        QVERIFY(st.step());
        QCOMPARE(st.text(0), id);
        QCOMPARE(st.text(1), QStringLiteral("dismissed"));
        QCOMPARE(st.int64(2), kT0 + 5 * 3600);
        QCOMPARE(st.int64(3), kT0 + 12 * 3600);
        QVERIFY(!st.step());
        // A clue merged away at the desk is not swallowed by the next run.
        db.exec("UPDATE clues SET status='merged'");
        writer.write({earlier}, kT0 + 7200);
        auto merged = db.prepare("SELECT count(*) FROM clues WHERE status='merged' AND id=?1");
        merged.bind(1, id);
        QVERIFY(merged.step());
        QCOMPARE(merged.int64(0), 1);
    }

    void settingsRoundTrip() {
        QTemporaryDir dir;
        auto db = store::Database::open(dir.filePath(QStringLiteral("s.db")));
        screen::ScreeningSettings s;
        s.f1MinHours = 9;
        s.save(db);
        QCOMPARE(screen::ScreeningSettings::load(db).f1MinHours, 9.0);
        db.setMeta(QStringLiteral("screen.F1.min_hours"), QStringLiteral("six"));
        QVERIFY_THROWS_EXCEPTION(std::exception, screen::ScreeningSettings::load(db));
    }
    void cliCsvHeader() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cli.db"));
        {
            auto db = store::Database::open(path);
            writeCatalog(db);
            writeData(db, 0, 10 * 24);
        }
        QProcess p;
        p.start(QStringLiteral(ECOSENTRY_BINARY), {QStringLiteral("screen"), QStringLiteral("--db"),
                                                   path, QStringLiteral("--quiet")});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
        QCOMPARE(
            lines.first(),
            QByteArray("clue_id,rule,subject_kind,subject_id,start,end,severity,score,summary"));
        QVERIFY(lines.size() > 2);
        QVERIFY(lines[1].contains("+08:00"));
        QProcess bad;
        bad.start(QStringLiteral(ECOSENTRY_BINARY),
                  {QStringLiteral("screen"), QStringLiteral("--db"), path, QStringLiteral("--from"),
                   QStringLiteral("yesterday-ish")});
        QVERIFY(bad.waitForFinished(60000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardError().contains("--from"));
    }
};

QTEST_GUILESS_MAIN(TestScreenEngine)
#include "tst_screen_engine.moc"
