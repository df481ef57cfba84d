// ClueTypes: the vocabulary of the clue desk (a clue's row as the desk shows it, the filter and
// sort of the list, the statuses and outcomes) with their stable string forms. Statuses `new`,
// `tasked`, `reported` and `closed` are also written by core/task; the outcomes are the ones a
// task's disposal report writes (TaskService), so a clue judged at the desk and one judged on site
// count the same in the statistics.
#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace eco::clue {

namespace status {
inline constexpr const char* kNew = "new";
inline constexpr const char* kTasked = "tasked";     // a task was made from it (core/task)
inline constexpr const char* kReported = "reported"; // its task reported (core/task)
inline constexpr const char* kClosed = "closed";     // its task closed (core/task)
inline constexpr const char* kDismissed = "dismissed";
inline constexpr const char* kMerged = "merged";
inline constexpr const char* kJudged = "judged"; // outcome recorded at the desk, no task
} // namespace status

QStringList allStatuses();

enum class Outcome { ConfirmedViolation, DataQualityFault, Explained, FalseAlarm };
inline constexpr Outcome kAllOutcomes[] = {Outcome::ConfirmedViolation, Outcome::DataQualityFault,
                                           Outcome::Explained, Outcome::FalseAlarm};
// confirmed_violation, data_quality_fault, explained, false_alarm (as core/task writes them).
QString toString(Outcome o);
std::optional<Outcome> parseOutcome(const QString& s);

struct ClueRow {
    QString id;
    QString rule;
    QString subjectKind;
    QString subjectId;
    QString subjectName; // enterprise or station name ("" when the subject is unknown)
    std::int64_t startTs = 0;
    std::int64_t endTs = 0;
    int severity = 1;
    double score = 0;
    QString summary;
    QString district;
    QString industry;
    QString problem;
    QString status;
    QString outcome; // "" when not judged
    QString mergedInto;
    QString dismissReason;
    std::int64_t updatedTs = 0;
    std::optional<double> lon; // the subject's position
    std::optional<double> lat;
};

enum class ClueSortKey { Start, End, Rule, Severity, Score, Status, District, Industry, Subject };

struct ClueFilter {
    QStringList rules;    // exact ids (E1, F4, ...) or families ("F" matches F1-F8); empty: all
    QString district;     // empty: all
    QString industry;     // empty: all
    int minSeverity = 1;  // 1..3
    QStringList statuses; // empty: all but merged
    std::optional<std::int64_t> from; // the window overlaps [from, to)
    std::optional<std::int64_t> to;
    QString text; // free text over summary, subject id and subject name (case-insensitive)
    ClueSortKey sort = ClueSortKey::Start;
    bool descending = true;
};

struct CluePage {
    std::vector<ClueRow> rows;
    std::int64_t total = 0; // rows matching the filter
};

struct ClueActionRecord {
    std::int64_t id = 0;
    QString clueId;
    std::int64_t ts = 0;
    QString actor;
    QString action; // dismiss, merge, outcome, task, reopen, note
    QString detail; // compact JSON
};

} // namespace eco::clue
