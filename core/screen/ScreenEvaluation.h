// ScreenEvaluation: precision and recall of the stored clues per rule against the demo's ground
// truth (truth_violations). A clue matches a truth row when the rule is the same, the windows
// overlap, and the subjects agree: the same kind and id, or, when one side names an enterprise
// and the other an outlet or a meter of it, the same enterprise.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace eco::store {
class Database;
}

namespace eco::screen {

struct RuleScore {
    QString rule;
    int clues = 0;
    int truePositives = 0; // clues matching some truth row
    int truths = 0;
    int found = 0; // truth rows matched by some clue
    double precision() const { return clues ? double(truePositives) / clues : 0; }
    double recall() const { return truths ? double(found) / truths : 0; }
};

class ScreenEvaluation {
public:
    static std::vector<RuleScore> evaluate(const store::Database& db);
};

} // namespace eco::screen
