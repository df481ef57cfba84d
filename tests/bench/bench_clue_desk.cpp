// bench_clue_desk: the clue desk on 100,000 clues (1,000 enterprises with an outlet each, 15
// rules, 20 districts, 12 industries, mixed statuses and outcomes, a year of start times): the
// list's first page with its total under typical filters, a free-text search over subject names,
// a deep page, sorting, the statistics, and building the map's clue layer from every clue.
// Prints milliseconds per operation (median of 5).
#include "core/clue/ClueRepository.h"
#include "core/clue/ClueStatistics.h"
#include "core/render/ClueLayer.h"
#include "core/store/Database.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>
#include <vector>

using namespace eco;

namespace {

double medianMs(const std::function<void()>& f) {
    std::vector<double> t;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer c;
        c.start();
        f();
        t.push_back(static_cast<double>(c.nsecsElapsed()) / 1e6);
    }
    std::sort(t.begin(), t.end());
    return t[2];
}

} // namespace

int main() {
    QTemporaryDir dir;
    auto db = store::Database::open(dir.filePath(QStringLiteral("bench.db")));
    const int kClues = 100000;
    std::mt19937 rng(7);
    const char* rules[] = {"E1", "E2", "F1", "F2", "F3", "F4", "F5", "F6",
                           "F7", "F8", "P1", "P2", "P3", "P4", "A1"};
    const char* statuses[] = {"new",    "new",       "new",    "tasked", "reported",
                              "closed", "dismissed", "judged", "merged"};
    const char* outcomes[] = {"confirmed_violation", "data_quality_fault", "explained",
                              "false_alarm"};
    {
        store::Transaction tx(db);
        auto e = db.prepare("INSERT INTO enterprises(id,name,industry,district,lon,lat) "
                            "VALUES(?1,?2,?3,?4,?5,?6)");
        auto o = db.prepare(
            "INSERT INTO outlets(id,enterprise_id,medium,lon,lat) VALUES(?1,?2,'gas',?3,?4)");
        for (int i = 0; i < 1000; ++i) {
            const QString id = QStringLiteral("E%1").arg(i, 4, 10, QLatin1Char('0'));
            const double lon = 103.8 + (rng() % 5000) / 10000.0,
                         lat = 30.4 + (rng() % 5000) / 10000.0;
            e.bind(1, id).bind(2, QStringLiteral("企业%1有限公司").arg(i));
            e.bind(3, QStringLiteral("industry%1").arg(i % 12))
                .bind(4, QStringLiteral("D%1").arg(i % 20));
            e.bind(5, lon).bind(6, lat).execute();
            o.bind(1, id + QStringLiteral("-G1")).bind(2, id).bind(3, lon).bind(4, lat).execute();
        }
        auto c = db.prepare(
            "INSERT INTO clues(id, rule, subject_kind, subject_id, start_ts, end_ts, severity, "
            "score, summary, evidence, district, industry, status, outcome, created_ts, "
            "updated_ts) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,'{}',?10,?11,?12,?13,?5,?5)");
        for (int i = 0; i < kClues; ++i) {
            const int ent = static_cast<int>(rng() % 1000);
            const char* rule = rules[rng() % 15];
            const bool outlet = rule[0] == 'E' || rule[0] == 'F';
            const QString subject =
                QStringLiteral("E%1%2").arg(ent, 4, 10, QLatin1Char('0')).arg(outlet ? "-G1" : "");
            const std::int64_t start = 1767196800 + static_cast<std::int64_t>(rng() % 31536000);
            const char* status = statuses[rng() % 9];
            c.bind(1, QStringLiteral("C%1").arg(i, 6, 10, QLatin1Char('0'))).bind(2, rule);
            c.bind(3, outlet ? "outlet" : "enterprise").bind(4, subject);
            c.bind(5, start).bind(6, start + static_cast<std::int64_t>(3600 * (1 + rng() % 48)));
            c.bind(7, static_cast<int>(1 + rng() % 3)).bind(8, (rng() % 1000) / 1000.0);
            c.bind(9, QStringLiteral("%1 finding number %2").arg(QLatin1String(rule)).arg(i));
            c.bind(10, QStringLiteral("D%1").arg(ent % 20))
                .bind(11, QStringLiteral("industry%1").arg(ent % 12));
            c.bind(12, status);
            if (rng() % 3 == 0)
                c.bind(13, outcomes[rng() % 4]);
            else
                c.bindNull(13);
            c.execute();
        }
        tx.commit();
    }
    db.exec("ANALYZE");
    clue::ClueRepository repo(db);
    std::printf("clues: %d\n", kClues);

    clue::ClueFilter all;
    std::printf("first page (200) + total, default filter:   %8.1f ms\n",
                medianMs([&] { repo.query(all, 0, 200); }));
    clue::ClueFilter open;
    open.statuses = {"new", "tasked", "reported"};
    open.minSeverity = 2;
    std::printf("first page, open + severity >= 2:            %8.1f ms\n",
                medianMs([&] { repo.query(open, 0, 200); }));
    clue::ClueFilter narrow;
    narrow.rules = {"F"};
    narrow.district = "D7";
    narrow.from = 1767196800 + 90 * 86400;
    narrow.to = 1767196800 + 120 * 86400;
    std::printf("first page, family F + district + 30 days:  %8.1f ms\n",
                medianMs([&] { repo.query(narrow, 0, 200); }));
    clue::ClueFilter text;
    text.text = QStringLiteral("企业42有限");
    std::printf("free-text search over subject names:         %8.1f ms\n",
                medianMs([&] { repo.query(text, 0, 200); }));
    clue::ClueFilter byScore;
    byScore.sort = clue::ClueSortKey::Score;
    std::printf("sorted by score, first page:                 %8.1f ms\n",
                medianMs([&] { repo.query(byScore, 0, 200); }));
    clue::ClueFilter bySubject;
    bySubject.sort = clue::ClueSortKey::Subject;
    std::printf("sorted by subject name, first page:          %8.1f ms\n",
                medianMs([&] { repo.query(bySubject, 0, 200); }));
    std::printf("deep page (offset 50,000):                   %8.1f ms\n",
                medianMs([&] { repo.query(all, 50000, 500); }));
    const clue::ClueStatistics stats(db);
    std::printf("precision by rule + by score band:           %8.1f ms\n", medianMs([&] {
                    stats.precisionByRule();
                    stats.precisionByScoreBand();
                }));
    std::printf("counts by district per week:                 %8.1f ms\n", medianMs([&] {
                    stats.counts(clue::ClueStatistics::Dimension::District,
                                 clue::ClueStatistics::Period::Week);
                }));
    std::vector<clue::ClueRow> rows;
    std::printf("load every clue for the map layer:           %8.1f ms\n", medianMs([&] {
                    clue::ClueFilter f;
                    rows = repo.query(f, 0, kClues).rows;
                }));
    std::printf("build ClueLayer from %zu clues:            %8.1f ms\n", rows.size(),
                medianMs([&] { render::ClueLayer layer(rows); }));
    return 0;
}
