// The clue desk's core: filters, sorting and paging of ClueRepository; every action with its
// permission (role x action from the matrix, district scope), status rules and log; making a task
// through TaskService and the outcome a task report writes; ClueStatistics' precision per rule
// and score band and counts per local week/month; EvidencePlan/EvidenceData for every rule shape.
#include "ClueTestStore.h"

#include "core/clue/ClueError.h"
#include "core/clue/ClueEvidence.h"
#include "core/clue/ClueRepository.h"
#include "core/clue/ClueStatistics.h"
#include "core/store/Database.h"
#include "core/task/TaskService.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace eco;
using namespace eco::clue;
using store::Database;

Q_DECLARE_METATYPE(eco::clue::ClueAction)

namespace {

constexpr std::int64_t kNow = cluetest::kT0 + 10 * 24 * 3600;

QStringList ids(const CluePage& page) {
    QStringList out;
    for (const ClueRow& r : page.rows)
        out << r.id;
    return out;
}

ClueFilter all() {
    ClueFilter f;
    f.sort = ClueSortKey::Score;
    f.descending = true;
    return f;
}

QString statusOf(Database& db, const QString& id) {
    auto st = db.prepare("SELECT status FROM clues WHERE id=?1");
    st.bind(1, id);
    return st.step() ? st.text(0) : QString();
}

std::int64_t actionCount(Database& db) {
    auto st = db.prepare("SELECT count(*) FROM clue_actions");
    st.step();
    return st.int64(0);
}

struct FakeRuntime {
    std::int64_t ms = kNow * 1000;
    int next = 0;
    task::TaskRuntime runtime() {
        return {[this] { return ms; },
                [this] {
                    return QStringLiteral("00000000-0000-4000-8000-%1")
                        .arg(++next, 12, 10, QLatin1Char('0'));
                }};
    }
};

} // namespace

class TestClueDesk : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Database> fresh() {
        auto db = std::make_unique<Database>(
            Database::open(m_dir.filePath(QStringLiteral("c%1.db").arg(++m_n))));
        cluetest::build(*db);
        return db;
    }

private Q_SLOTS:
    void filtersSortAndPage() {
        auto db = fresh();
        ClueRepository repo(*db, [] { return kNow; });
        QCOMPARE(ids(repo.query(all())),
                 (QStringList{"C-E1", "C-P1", "C-P3", "C-P4", "C-F4", "C-A1"}));
        ClueFilter f = all();
        f.descending = false;
        QCOMPARE(repo.query(f).rows.front().id, QStringLiteral("C-A1"));

        f = all();
        f.rules = {"P"};
        QCOMPARE(ids(repo.query(f)), (QStringList{"C-P1", "C-P3", "C-P4"}));
        f.rules = {"E1", "a1"};
        QCOMPARE(ids(repo.query(f)), (QStringList{"C-E1", "C-A1"}));

        f = all();
        f.district = "D2";
        QCOMPARE(ids(repo.query(f)), (QStringList{"C-P3", "C-P4"}));
        f = all();
        f.industry = "steel";
        QCOMPARE(repo.count(f), 3);
        f = all();
        f.minSeverity = 3;
        QCOMPARE(ids(repo.query(f)), (QStringList{"C-E1", "C-P1"}));
        f = all();
        f.statuses = {"new"};
        QCOMPARE(repo.count(f), 6);
        f.statuses = {"dismissed"};
        QCOMPARE(repo.count(f), 0);

        // Time: the window overlaps [from, to).
        f = all();
        f.from = cluetest::kT0 + 25 * 3600;
        QCOMPARE(ids(repo.query(f)), (QStringList{"C-P4"}));
        f.from = std::nullopt;
        f.to = cluetest::kT0;
        QCOMPARE(ids(repo.query(f)), (QStringList{"C-F4"}));

        // Free text: the subject's name (Chinese), the summary, the subject id; LIKE wildcards
        // are literal.
        f = all();
        f.text = QStringLiteral("钢铁");
        QCOMPARE(ids(repo.query(f)), (QStringList{"C-E1", "C-P1", "C-F4"}));
        f.text = QStringLiteral("cement works");
        QCOMPARE(ids(repo.query(f)), (QStringList{"C-P3", "C-P4"}));
        f.text = QStringLiteral("constant");
        QCOMPARE(ids(repo.query(f)), (QStringList{"C-A1"}));
        f.text = QStringLiteral("M1");
        QCOMPARE(ids(repo.query(f)), (QStringList{"C-A1"}));
        f.text = QStringLiteral("100%");
        QCOMPARE(ids(repo.query(f)), (QStringList{"C-P3", "C-F4", "C-A1"}));
        f.text = QStringLiteral("_");
        QCOMPARE(repo.count(f), 0);

        // Paging: total counts every match, rows only the page.
        const CluePage p = repo.query(all(), 2, 3);
        QCOMPARE(p.total, 6);
        QCOMPARE(ids(p), (QStringList{"C-P3", "C-P4", "C-F4"}));
        QCOMPARE(repo.query(all(), 6, 3).rows.size(), std::size_t(0));

        // Subject names and positions are joined in.
        const ClueRow e1 = *repo.find("C-E1");
        QCOMPARE(e1.subjectName, QStringLiteral("锦江钢铁厂"));
        QCOMPARE(*e1.lon, 104.101);
        QCOMPARE(repo.find("C-A1")->subjectName, QStringLiteral("Micro One"));
        QCOMPARE(*repo.find("C-P3")->lat, 30.70);
        QVERIFY(!repo.find("nope"));
        QCOMPARE(repo.districts(), (QStringList{"D1", "D2"}));
        QCOMPARE(repo.industries(), (QStringList{"cement", "steel"}));
        QCOMPARE(repo.rules().size(), 6);

        for (ClueSortKey k : {ClueSortKey::Start, ClueSortKey::End, ClueSortKey::Rule,
                              ClueSortKey::Severity, ClueSortKey::Status, ClueSortKey::District,
                              ClueSortKey::Industry, ClueSortKey::Subject}) {
            ClueFilter s = all();
            s.sort = k;
            QCOMPARE(repo.query(s).rows.size(), std::size_t(6));
        }
        f = all();
        f.sort = ClueSortKey::Subject;
        f.descending = false;
        QCOMPARE(repo.query(f).rows.front().subjectName, QStringLiteral("Cement Works"));
    }

    void permissionMatrix_data() {
        QTest::addColumn<QString>("user");
        QTest::addColumn<ClueAction>("action");
        QTest::addColumn<bool>("allowed");
        const QStringList users{"viewer", "duty", "field1", "sup", "admin"};
        for (const QString& u : users)
            for (ClueAction a : kAllClueActions) {
                const bool worker = u == QLatin1String("duty") || u == QLatin1String("sup");
                const bool supervisorOnly =
                    a == ClueAction::Reopen || a == ClueAction::ChangeOutcome;
                const bool allowed = supervisorOnly ? u == QLatin1String("sup") : worker;
                QTest::addRow("%s %s", qPrintable(u), qPrintable(CluePermissions::toString(a)))
                    << u << a << allowed;
            }
    }
    void permissionMatrix() {
        QFETCH(QString, user);
        QFETCH(ClueAction, action);
        QFETCH(bool, allowed);
        auto db = fresh();
        ClueRepository repo(*db, [] { return kNow; });
        QVERIFY(repo.roleOf(user));
        QCOMPARE(CluePermissions::allows(*repo.roleOf(user), action), allowed);
        // Through the repository with a clue whose status allows the action.
        ClueRow c = *repo.find("C-E1");
        if (action == ClueAction::Reopen)
            c.status = QLatin1String(status::kDismissed);
        if (action == ClueAction::ChangeOutcome)
            c.outcome = QStringLiteral("false_alarm");
        QString why;
        QCOMPARE(repo.may(user, action, c, &why), allowed);
        if (!allowed)
            QVERIFY2(why.contains(user) && why.contains(QStringLiteral("may not")),
                     qPrintable(why));
    }

    void dismissRules() {
        auto db = fresh();
        ClueRepository repo(*db, [] { return kNow; });
        QVERIFY_THROWS_EXCEPTION(ClueError, repo.dismiss("duty", "C-E1", "  "));
        QVERIFY_THROWS_EXCEPTION(ClueError, repo.dismiss("viewer", "C-E1", "no"));
        QVERIFY_THROWS_EXCEPTION(ClueError, repo.dismiss("ghost", "C-E1", "no"));
        QVERIFY_THROWS_EXCEPTION(ClueError, repo.dismiss("duty", "C-none", "no"));
        // District scope: duty2 works in D2 only.
        try {
            repo.dismiss("duty2", "C-E1", "not mine");
            QFAIL("duty2 dismissed a clue of D1");
        } catch (const ClueError& e) {
            QCOMPARE(e.kind(), ClueError::Kind::PermissionDenied);
            QVERIFY(e.message().contains(QStringLiteral("D2")));
        }
        QCOMPARE(statusOf(*db, "C-E1"), QStringLiteral("new"));
        QCOMPARE(actionCount(*db), 0);

        repo.dismiss("duty2", "C-P3", "plant shut for maintenance, confirmed by phone");
        const ClueRow c = *repo.find("C-P3");
        QCOMPARE(c.status, QStringLiteral("dismissed"));
        QCOMPARE(c.dismissReason, QStringLiteral("plant shut for maintenance, confirmed by phone"));
        const auto log = repo.actions("C-P3");
        QCOMPARE(log.size(), std::size_t(1));
        QCOMPARE(log[0].actor, QStringLiteral("duty2"));
        QCOMPARE(log[0].action, QStringLiteral("dismiss"));
        QCOMPARE(log[0].ts, kNow);
        QVERIFY(log[0].detail.contains(QStringLiteral("maintenance")));
        try {
            repo.dismiss("duty", "C-P3", "again");
            QFAIL("dismissed twice");
        } catch (const ClueError& e) {
            QCOMPARE(e.kind(), ClueError::Kind::IllegalAction);
            QVERIFY(e.message().contains(QStringLiteral("C-P3")));
            QVERIFY(e.message().contains(QStringLiteral("dismissed")));
        }
        // A dismissed clue takes no outcome until reopened, and only a supervisor reopens.
        QVERIFY_THROWS_EXCEPTION(ClueError,
                                 repo.recordOutcome("duty", "C-P3", Outcome::FalseAlarm));
        QVERIFY_THROWS_EXCEPTION(ClueError, repo.reopen("duty", "C-P3", "wrong"));
        QVERIFY_THROWS_EXCEPTION(ClueError, repo.reopen("sup", "C-P3", ""));
        repo.reopen("sup", "C-P3", "the plant was running after all");
        QCOMPARE(repo.find("C-P3")->status, QStringLiteral("new"));
        QCOMPARE(repo.find("C-P3")->dismissReason, QString());
        QCOMPARE(repo.actions("C-P3").back().action, QStringLiteral("reopen"));
        QVERIFY_THROWS_EXCEPTION(ClueError, repo.reopen("sup", "C-P3", "open already"));
    }

    void mergeFoldsWindow() {
        auto db = fresh();
        ClueRepository repo(*db, [] { return kNow; });
        QVERIFY_THROWS_EXCEPTION(ClueError, repo.merge("duty", "C-E1", "C-E1"));
        QVERIFY_THROWS_EXCEPTION(ClueError, repo.merge("viewer", "C-F4", "C-E1"));
        QVERIFY_THROWS_EXCEPTION(ClueError, repo.merge("duty", "C-F4", "C-nope"));
        // duty2 (D2) may not fold a D1 clue into a D2 clue, nor the other way round.
        QVERIFY_THROWS_EXCEPTION(ClueError, repo.merge("duty2", "C-P4", "C-E1"));

        const ClueRow before = *repo.find("C-E1");
        repo.merge("duty", "C-F4", "C-E1");
        const ClueRow merged = *repo.find("C-F4");
        const ClueRow survivor = *repo.find("C-E1");
        QCOMPARE(merged.status, QStringLiteral("merged"));
        QCOMPARE(merged.mergedInto, QStringLiteral("C-E1"));
        QCOMPARE(survivor.startTs, merged.startTs);
        QCOMPARE(survivor.endTs, merged.endTs);
        QVERIFY(survivor.startTs < before.startTs);
        QCOMPARE(survivor.severity, 3);
        QCOMPARE(repo.actions("C-F4").front().action, QStringLiteral("merge"));
        QVERIFY(repo.actions("C-E1").front().detail.contains(QStringLiteral("C-F4")));
        // Merged clues leave the default list and every action but reopen.
        QVERIFY(!ids(repo.query(all())).contains(QStringLiteral("C-F4")));
        ClueFilter f = all();
        f.statuses = {"merged"};
        QCOMPARE(ids(repo.query(f)), QStringList{"C-F4"});
        QVERIFY_THROWS_EXCEPTION(ClueError, repo.merge("duty", "C-A1", "C-F4"));
        QVERIFY_THROWS_EXCEPTION(ClueError, repo.dismiss("duty", "C-F4", "x"));
        repo.reopen("sup", "C-F4", "different problem");
        QCOMPARE(repo.find("C-F4")->mergedInto, QString());
        QCOMPARE(repo.find("C-F4")->status, QStringLiteral("new"));
    }

    void outcomes() {
        auto db = fresh();
        ClueRepository repo(*db, [] { return kNow; });
        QVERIFY_THROWS_EXCEPTION(ClueError,
                                 repo.recordOutcome("viewer", "C-A1", Outcome::DataQualityFault));
        QVERIFY_THROWS_EXCEPTION(ClueError,
                                 repo.recordOutcome("field1", "C-A1", Outcome::DataQualityFault));
        repo.recordOutcome("duty", "C-A1", Outcome::DataQualityFault, "analyser stuck");
        ClueRow c = *repo.find("C-A1");
        QCOMPARE(c.status, QStringLiteral("judged"));
        QCOMPARE(c.outcome, QStringLiteral("data_quality_fault"));
        {
            auto st = db->prepare("SELECT outcome_ts, outcome_by FROM clues WHERE id='C-A1'");
            QVERIFY(st.step());
            QCOMPARE(st.int64(0), kNow);
            QCOMPARE(st.text(1), QStringLiteral("duty"));
        }
        // Changing a recorded outcome is a supervisor's call.
        QVERIFY_THROWS_EXCEPTION(ClueError,
                                 repo.recordOutcome("duty", "C-A1", Outcome::FalseAlarm));
        repo.recordOutcome("sup", "C-A1", Outcome::Explained);
        QCOMPARE(repo.find("C-A1")->outcome, QStringLiteral("explained"));
        QVERIFY(repo.actions("C-A1").back().detail.contains(QStringLiteral("data_quality_fault")));
        QVERIFY(parseOutcome("confirmed_violation") == Outcome::ConfirmedViolation);
        QVERIFY(!parseOutcome("maybe"));
        for (Outcome o : kAllOutcomes)
            QVERIFY(parseOutcome(toString(o)) == o);
    }

    void makeTaskAndReport() {
        auto db = fresh();
        ClueRepository repo(*db, [] { return kNow; });
        FakeRuntime clock;
        task::TaskService tasks(*db, clock.runtime());
        QVERIFY_THROWS_EXCEPTION(ClueError, repo.makeTask("viewer", "C-P1", tasks));
        QVERIFY_THROWS_EXCEPTION(ClueError, repo.makeTask("admin", "C-P1", tasks));
        const QString taskId = repo.makeTask("duty", "C-P1", tasks, "check the scrubber fan");
        QVERIFY(!taskId.isEmpty());
        QCOMPARE(statusOf(*db, "C-P1"), QStringLiteral("tasked"));
        QCOMPARE(repo.actions("C-P1").back().action, QStringLiteral("task"));
        QVERIFY(repo.actions("C-P1").back().detail.contains(taskId));
        {
            auto st = db->prepare("SELECT clue_id, enterprise_id FROM tasks WHERE id=?1");
            st.bind(1, taskId);
            QVERIFY(st.step());
            QCOMPARE(st.text(0), QStringLiteral("C-P1"));
            QCOMPARE(st.text(1), QStringLiteral("E1"));
        }
        // A tasked clue: no second task, no dismissal, no desk reopen.
        QVERIFY_THROWS_EXCEPTION(ClueError, repo.makeTask("duty", "C-P1", tasks));
        QVERIFY_THROWS_EXCEPTION(ClueError, repo.dismiss("duty", "C-P1", "x"));
        QVERIFY_THROWS_EXCEPTION(ClueError, repo.reopen("sup", "C-P1", "x"));

        // The task's report sets the clue's outcome, which the statistics count.
        tasks.dispatch("duty", taskId, {QStringLiteral("t1"), {}, std::nullopt, {}});
        tasks.accept("field1", taskId);
        tasks.arrive("field1", taskId);
        task::SiteVerification v;
        v.findings = QStringLiteral("treatment fan off");
        tasks.verifySite("field1", taskId, v);
        task::DisposalReport r;
        r.conclusion = task::Conclusion::ViolationConfirmed;
        r.summary = QStringLiteral("confirmed");
        tasks.report("field1", taskId, r);
        QCOMPARE(repo.find("C-P1")->outcome, QStringLiteral("confirmed_violation"));
        QCOMPARE(repo.find("C-P1")->status, QStringLiteral("reported"));

        // A refused task creation leaves the clue as it was (duty2 works in D2 only).
        QVERIFY_THROWS_EXCEPTION(ClueError, repo.makeTask("duty2", "C-E1", tasks));
        QCOMPARE(statusOf(*db, "C-E1"), QStringLiteral("new"));
    }

    void statistics() {
        auto db = fresh();
        ClueRepository repo(*db, [] { return kNow; });
        repo.recordOutcome("duty", "C-E1", Outcome::ConfirmedViolation);
        repo.recordOutcome("duty", "C-P1", Outcome::FalseAlarm);
        repo.recordOutcome("duty", "C-P3", Outcome::ConfirmedViolation);
        repo.recordOutcome("duty", "C-A1", Outcome::DataQualityFault);
        repo.dismiss("duty", "C-P4", "duplicate of C-P3");
        repo.merge("duty", "C-F4", "C-E1");
        const ClueStatistics stats(*db);

        const auto byRule = stats.precisionByRule();
        QCOMPARE(byRule.size(), std::size_t(5)); // F4 merged away
        auto rule = [&](const QString& r) {
            for (const auto& row : byRule)
                if (row.key == r)
                    return row;
            return PrecisionRow{};
        };
        QCOMPARE(rule("E1").precision().value(), 1.0);
        QCOMPARE(rule("P1").precision().value(), 0.0);
        QCOMPARE(rule("P1").falseAlarm, 1);
        QCOMPARE(rule("A1").dataFault, 1);
        QVERIFY(!rule("P4").precision());
        QCOMPARE(rule("P4").dismissed, 1);

        const auto bands = stats.precisionByScoreBand(5);
        QCOMPARE(bands.size(), std::size_t(5));
        QCOMPARE(bands[4].key, QStringLiteral("0.8-1.0"));
        QCOMPARE(bands[4].clues, 2); // E1 0.95, P1 0.85
        QCOMPARE(bands[4].precision().value(), 0.5);
        QCOMPARE(bands[3].clues, 1); // P3 0.7
        QCOMPARE(bands[3].precision().value(), 1.0);
        QCOMPARE(bands[0].clues, 1); // A1 0.15
        QCOMPARE(bands[0].precision().value(), 0.0);
        QCOMPARE(bands[1].clues, 0);
        const PrecisionRow total = stats.overall();
        QCOMPARE(total.clues, 5);
        QCOMPARE(total.judged, 4);
        QCOMPARE(total.precision().value(), 0.5);
    }

    void countsUseLocalWeeksAndMonths() {
        auto db = fresh();
        db->exec("DELETE FROM clues");
        const std::int64_t h = 3600;
        // Sunday 23:30 local and Monday 00:30 local fall in different weeks; 31 Oct 23:30 and
        // 1 Nov 00:30 local in different months, although both pairs share a UTC day.
        const std::int64_t sunday = cluetest::kT0 - h / 2;
        const std::int64_t monday = cluetest::kT0 + h / 2;
        const std::int64_t oct31 = 1793460600; // 2026-10-31T23:30:00+08:00
        const std::int64_t nov1 = oct31 + h;
        int n = 0;
        for (std::int64_t t : {sunday, monday, monday, oct31, nov1}) {
            ++n;
            cluetest::insertClue(*db, QStringLiteral("K%1").arg(n), "E1", "outlet", "O1", t, t + h,
                                 1, 0.5, "x", n == 3 ? "D2" : "D1", "steel", "{}");
        }
        const ClueStatistics stats(*db);
        const auto weeks =
            stats.counts(ClueStatistics::Dimension::District, ClueStatistics::Period::Week);
        QCOMPARE(weeks.size(), std::size_t(4));
        QCOMPARE(weeks[0].period, QStringLiteral("2026-09-28"));
        QCOMPARE(weeks[0].count, 1);
        QCOMPARE(weeks[1].period, QStringLiteral("2026-10-05"));
        QCOMPARE(weeks[1].key, QStringLiteral("D1"));
        QCOMPARE(weeks[2].key, QStringLiteral("D2"));
        QCOMPARE(weeks[3].period, QStringLiteral("2026-10-26")); // Sunday 1 Nov: same week
        QCOMPARE(weeks[3].count, 2);
        const auto months =
            stats.counts(ClueStatistics::Dimension::Industry, ClueStatistics::Period::Month);
        QCOMPARE(months.size(), std::size_t(2));
        QCOMPARE(months[0].period, QStringLiteral("2026-10"));
        QCOMPARE(months[0].count, 4);
        QCOMPARE(months[1].period, QStringLiteral("2026-11")); // 00:30 local, still 31 Oct UTC
        QCOMPARE(months[1].key, QStringLiteral("steel"));
    }

    void evidenceShapes() {
        auto db = fresh();
        ClueRepository repo(*db, [] { return kNow; });
        auto plan = [&](const QString& id) {
            return EvidencePlan::build(*db, *repo.find(id), repo.evidence(id));
        };
        // E1: the series, its limit, the window, the O2-corrected companion.
        EvidencePlan e1 = plan("C-E1");
        QCOMPARE(e1.series.size(), std::size_t(1));
        QCOMPARE(e1.series[0].pollutant, QStringLiteral("a21026"));
        QCOMPARE(*e1.limit, 50.0);
        QCOMPARE(e1.windowStart, cluetest::kT0 + 2 * 3600);
        QCOMPARE(*e1.peakTs, cluetest::kT0 + 3 * 3600);
        QCOMPARE(*e1.o2RefPct, 6.0);
        QVERIFY(e1.plotFrom <= e1.windowStart - 12 * 3600);
        const EvidenceData d = EvidenceData::load(*db, e1);
        QVERIFY(!d.empty());
        QCOMPARE(d.series[0].points.size(), d.series[0].corrected.size());
        // 120 mg/m3 at 9 % O2 to 6 %: 120 * 15 / 12 = 150.
        for (std::size_t i = 0; i < d.series[0].points.size(); ++i)
            if (d.series[0].points[i].ts == cluetest::kT0 + 3 * 3600)
                QCOMPARE(d.series[0].corrected[i].value, 150.0);

        // F4 names no pollutant: the outlet's limited one; the limit comes from the store.
        EvidencePlan f4 = plan("C-F4");
        QCOMPARE(f4.series.size(), std::size_t(1));
        QCOMPARE(f4.series[0].pollutant, QStringLiteral("a21026"));
        QCOMPARE(*f4.limit, 50.0);
        QCOMPARE(f4.windowStart, cluetest::kT0 - 24 * 3600); // no window in evidence: the clue's
        // F4 shows flags: the maintenance hour is there with its flag.
        const EvidenceData f4d = EvidenceData::load(*db, f4);
        bool sawM = false;
        for (const auto& p : f4d.series[0].points)
            sawM = sawM || p.flag == 'M';
        QVERIFY(sawM);

        // P1: production from the evidence, treatment from the enterprise's meters.
        EvidencePlan p1 = plan("C-P1");
        QCOMPARE(p1.circuits.size(), std::size_t(2));
        QCOMPARE(p1.circuits[0].meterId, QStringLiteral("E1-PROD"));
        QCOMPARE(*p1.circuits[0].onKw, 400.0);
        QCOMPARE(p1.circuits[1].circuit, QStringLiteral("treatment"));
        QVERIFY(p1.series.empty());
        const EvidenceData p1d = EvidenceData::load(*db, p1);
        QVERIFY(!p1d.circuits[1].points.empty());

        // P3: the alert band.
        EvidencePlan p3 = plan("C-P3");
        QVERIFY(p3.alert);
        QCOMPARE(p3.alert->level, QStringLiteral("orange"));
        QCOMPARE(p3.alert->startTs, cluetest::kT0);
        QCOMPARE(p3.alert->endTs, cluetest::kT0 + 48 * 3600);
        QCOMPARE(*p3.alert->requiredReductionPct, 50.0);
        QVERIFY(p3.plotTo >= p3.alert->endTs);

        // P4: the missing meter is marked, and its empty data is a note, not a failure.
        EvidencePlan p4 = plan("C-P4");
        auto missing = std::find_if(p4.circuits.begin(), p4.circuits.end(),
                                    [](const CircuitRef& c) { return c.missing; });
        QVERIFY(missing != p4.circuits.end());
        QCOMPARE(missing->meterId, QStringLiteral("E2-TREAT"));
        const EvidenceData p4d = EvidenceData::load(*db, p4);
        QVERIFY(p4d.plan.notes.join(' ').contains(QStringLiteral("E2-TREAT")));

        // A1: the station and its reference.
        EvidencePlan a1 = plan("C-A1");
        QCOMPARE(a1.series.size(), std::size_t(2));
        QVERIFY(!a1.series[0].reference);
        QVERIFY(a1.series[1].reference);
        QVERIFY(!a1.limit);

        // Broken or empty evidence never throws; it says what is missing.
        ClueRow junk = *repo.find("C-E1");
        junk.subjectKind = "site";
        junk.subjectId = "nowhere";
        const EvidencePlan none = EvidencePlan::build(*db, junk, QJsonObject{});
        QVERIFY(!none.notes.isEmpty());
        QVERIFY(EvidenceData::load(*db, none).empty());
        const QJsonObject bad =
            QJsonDocument::fromJson(R"({"series":[{"source_id":"O1","pollutant":"a21026",)"
                                    R"("interval":"fortnight"}],"alert":{"start":"x"},)"
                                    R"("window":{"start_ts":"late"},"circuits":[7]})")
                .object();
        const EvidencePlan weird = EvidencePlan::build(*db, *repo.find("C-E1"), bad);
        QVERIFY(weird.notes.join(' ').contains(QStringLiteral("alert")));
        const EvidenceData wd = EvidenceData::load(*db, weird);
        QVERIFY(wd.plan.notes.join(' ').contains(QStringLiteral("fortnight")));
    }
};

QTEST_GUILESS_MAIN(TestClueDesk)
#include "test_clue_desk.moc"
