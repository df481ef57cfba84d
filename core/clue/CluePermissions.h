// CluePermissions: who may do what at the clue desk, expressed through core/task's
// PermissionMatrix so one table governs clues and tasks alike. Dismissing, merging, recording an
// outcome and making a task need `create_task` (duty officers and supervisors); reopening a
// decided clue, or changing an outcome already recorded, needs `reopen_task` (supervisors).
// Viewers, field officers (who judge through their task's report) and administrators (who manage
// accounts, not cases) cannot act. A user bound to a district acts on that district's clues only.
#pragma once

#include "core/task/PermissionMatrix.h"
#include "core/task/TaskTypes.h"

#include <QString>

namespace eco::clue {

enum class ClueAction { Dismiss, Merge, RecordOutcome, ChangeOutcome, MakeTask, Reopen };
inline constexpr ClueAction kAllClueActions[] = {
    ClueAction::Dismiss,       ClueAction::Merge,    ClueAction::RecordOutcome,
    ClueAction::ChangeOutcome, ClueAction::MakeTask, ClueAction::Reopen};

class CluePermissions {
public:
    static task::Permission permissionFor(ClueAction a);
    static bool allows(task::Role role, ClueAction a) {
        return task::PermissionMatrix::allows(role, permissionFor(a));
    }
    static QString toString(ClueAction a); // dismiss, merge, outcome, change-outcome, task, reopen
};

} // namespace eco::clue
