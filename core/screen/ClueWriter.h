// ClueWriter: turns normalised findings into rows of the `clues` table without ever raising the
// same finding twice. A finding that overlaps or touches a stored clue of the same rule, subject
// and facet extends it (end_ts moves, the stronger evidence wins); if it bridges two stored clues
// they become one. A new clue's id is derived from (rule, subject, facet, window start), so a full
// run and a chain of incremental runs over the same data write the same rows; a clue that grows
// keeps its id even when its start moves (a desk merge widens a survivor's window, and the merged
// clues and tasks point at that id). Status, outcome and
// created_ts of a stored clue are kept: an officer's work is never lost to a rerun.
#pragma once

#include "core/screen/Finding.h"

#include <QHash>
#include <QString>

#include <functional>
#include <vector>

namespace eco::store {
class Database;
}

namespace eco::screen {

struct ClueTags {
    QString district;
    QString industry;
    QString problem; // the subject's problem-type tags, ';'-separated
};

struct StoredClue {
    QString id;
    Finding finding;
    ClueTags tags;
    QString status;
};

class ClueWriter {
public:
    using TagLookup = std::function<ClueTags(const Finding&)>;
    ClueWriter(store::Database& db, TagLookup tags) : m_db(db), m_tags(std::move(tags)) {}

    // Writes (inside the caller's transaction) and returns the clues inserted or changed.
    std::vector<StoredClue> write(const std::vector<Finding>& normalized, std::int64_t nowTs);

    // Every stored clue, ordered by rule, subject and start.
    static std::vector<StoredClue> all(const store::Database& db);

private:
    store::Database& m_db;
    TagLookup m_tags;
};

} // namespace eco::screen
