#include "core/screen/ClueWriter.h"

#include "core/store/Database.h"

#include <QJsonDocument>

namespace eco::screen {

namespace {

struct Row {
    QString id;
    Finding f;
    QString status;
    std::int64_t createdTs = 0;
};

Finding fromRow(const store::Statement& st, int c0) {
    Finding f;
    f.rule = st.text(c0 + 1);
    f.subjectKind = st.text(c0 + 2);
    f.subjectId = st.text(c0 + 3);
    f.startTs = st.int64(c0 + 4);
    f.endTs = st.int64(c0 + 5);
    f.severity = st.integer(c0 + 6);
    f.score = st.real(c0 + 7);
    f.summary = st.text(c0 + 8);
    f.evidence = QJsonDocument::fromJson(st.text(c0 + 9).toUtf8()).object();
    f.facet = f.evidence.value(QStringLiteral("facet")).toString();
    return f;
}

QString evidenceText(const Finding& f) {
    QJsonObject ev = f.evidence;
    ev.insert(QStringLiteral("window"),
              QJsonObject{{"start_ts", double(f.startTs)}, {"end_ts", double(f.endTs)}});
    return QString::fromUtf8(QJsonDocument(ev).toJson(QJsonDocument::Compact));
}

} // namespace

std::vector<StoredClue> ClueWriter::write(const std::vector<Finding>& findings, std::int64_t now) {
    auto touching = m_db.prepare(
        "SELECT id, rule, subject_kind, subject_id, start_ts, end_ts, severity, score, summary, "
        "evidence, status, created_ts FROM clues WHERE rule=?1 AND subject_kind=?2 AND "
        "subject_id=?3 AND start_ts<=?5 AND end_ts>=?4");
    auto remove = m_db.prepare("DELETE FROM clues WHERE id=?1");
    auto upsert = m_db.prepare(
        "INSERT INTO clues(id, rule, subject_kind, subject_id, start_ts, end_ts, severity, score, "
        "summary, evidence, district, industry, problem, status, created_ts, updated_ts) "
        "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16) ON CONFLICT(id) DO UPDATE "
        "SET start_ts=excluded.start_ts, end_ts=excluded.end_ts, severity=excluded.severity, "
        "score=excluded.score, summary=excluded.summary, evidence=excluded.evidence, "
        "district=excluded.district, industry=excluded.industry, problem=excluded.problem, "
        "updated_ts=excluded.updated_ts");
    std::vector<StoredClue> changed;
    for (const Finding& in : findings) {
        Finding merged = in;
        std::vector<Row> absorbed;
        QSet<QString> seen;
        for (bool grew = true; grew;) {
            grew = false;
            touching.reset();
            touching.bind(1, merged.rule).bind(2, merged.subjectKind).bind(3, merged.subjectId);
            touching.bind(4, merged.startTs).bind(5, merged.endTs);
            while (touching.step()) {
                Row r;
                r.id = touching.text(0);
                if (seen.contains(r.id))
                    continue;
                r.f = fromRow(touching, 0);
                if (r.f.facet != merged.facet)
                    continue;
                r.status = touching.text(10);
                r.createdTs = touching.int64(11);
                // A clue the desk merged away lives on inside its survivor; absorbing it again
                // would delete the record of that decision.
                if (r.status == QLatin1String("merged"))
                    continue;
                seen.insert(r.id);
                const std::int64_t s0 = merged.startTs, e0 = merged.endTs;
                // Stored first, so ties keep the stored (earlier) evidence.
                Finding combined = r.f;
                combined.absorb(merged);
                merged = combined;
                grew = grew || merged.startTs != s0 || merged.endTs != e0;
                absorbed.push_back(std::move(r));
            }
            touching.reset();
        }
        // A clue's id is what the desk and tasks hold on to (an officer's decision, a desk merge
        // pointing at its survivor, a task's clue_id): a finding that grows over stored clues
        // keeps an id it found, whatever the window's start has become. A clue an officer has
        // acted on first, else the earliest one (the one a full run names, since findings grow
        // forward in time); a finding that touches nothing stored gets the id of its start.
        QString id = clueId(merged);
        const Row* keep = nullptr;
        for (const Row& r : absorbed) {
            const bool acted = r.status != QLatin1String("new");
            const bool keptActed = keep && keep->status != QLatin1String("new");
            if (!keep || (acted && !keptActed) ||
                (acted == keptActed && (r.f.startTs < keep->f.startTs ||
                                        (r.f.startTs == keep->f.startTs && r.id < keep->id))))
                keep = &r;
        }
        if (keep)
            id = keep->id;
        QString status = QStringLiteral("new");
        std::int64_t created = now;
        bool unchanged = false;
        for (const Row& r : absorbed) {
            if (r.id == id) {
                status = r.status;
                created = r.createdTs;
                unchanged = absorbed.size() == 1 && r.f.startTs == merged.startTs &&
                            r.f.endTs == merged.endTs && r.f.severity == merged.severity &&
                            r.f.score == merged.score && r.f.summary == merged.summary;
            } else if (status == QLatin1String("new") && r.status != QLatin1String("new")) {
                status = r.status; // keep an officer's decision on the merged clue
                created = r.createdTs;
            }
        }
        if (unchanged)
            continue;
        for (const Row& r : absorbed)
            if (r.id != id) {
                remove.bind(1, r.id);
                remove.execute();
            }
        ClueTags tags = m_tags(merged);
        for (QString* t : {&tags.district, &tags.industry, &tags.problem})
            if (t->isNull())
                *t = QLatin1String(""); // NOT NULL columns: a null QString binds as NULL
        upsert.bind(1, id)
            .bind(2, merged.rule)
            .bind(3, merged.subjectKind)
            .bind(4, merged.subjectId);
        upsert.bind(5, merged.startTs).bind(6, merged.endTs).bind(7, merged.severity);
        upsert.bind(8, merged.score).bind(9, merged.summary).bind(10, evidenceText(merged));
        upsert.bind(11, tags.district).bind(12, tags.industry).bind(13, tags.problem);
        upsert.bind(14, status).bind(15, created).bind(16, now);
        upsert.execute();
        changed.push_back(StoredClue{id, merged, tags, status});
    }
    return changed;
}

std::vector<StoredClue> ClueWriter::all(const store::Database& db) {
    auto st = db.prepare(
        "SELECT id, rule, subject_kind, subject_id, start_ts, end_ts, severity, score, summary, "
        "evidence, status, district, industry, problem FROM clues ORDER BY rule, subject_kind, "
        "subject_id, start_ts, id");
    std::vector<StoredClue> out;
    while (st.step()) {
        StoredClue c;
        c.id = st.text(0);
        c.finding = fromRow(st, 0);
        c.status = st.text(10);
        c.tags = ClueTags{st.text(11), st.text(12), st.text(13)};
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace eco::screen
