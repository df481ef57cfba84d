// Finding: what one rule found for one subject over one window, before it becomes a stored clue.
// A rule reports many small windows (one per detection step); findings with the same key (rule,
// subject, facet) whose windows overlap or touch are one finding. Merging keeps the widest
// window, the highest severity and the evidence of the strongest window (earliest on ties), so
// merging is associative and order-free: that is what lets an incremental run equal a full run.
#pragma once

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <vector>

namespace eco::screen {

struct Finding {
    QString rule;
    QString subjectKind; // outlet / enterprise / site
    QString subjectId;
    QString facet; // what within the subject: a pollutant, a circuit pair, an alert ...
    std::int64_t startTs = 0;
    std::int64_t endTs = 0; // exclusive
    int severity = 1;       // 1..3
    double score = 0;       // 0..1
    QString summary;
    QJsonObject evidence;

    bool sameKey(const Finding& o) const {
        return rule == o.rule && subjectKind == o.subjectKind && subjectId == o.subjectId &&
               facet == o.facet;
    }
    bool touches(const Finding& o) const { return startTs <= o.endTs && o.startTs <= endTs; }
    // Folds `o` (same key, touching) into this finding.
    void absorb(const Finding& o);
};

// Sorts by key and start and merges every touching pair of the same key.
std::vector<Finding> normalizeFindings(std::vector<Finding> findings);

// Stable clue id from (rule, subject, facet, window start).
QString clueId(const Finding& f);

} // namespace eco::screen
