#include "core/clue/CluePermissions.h"

namespace eco::clue {

task::Permission CluePermissions::permissionFor(ClueAction a) {
    switch (a) {
    case ClueAction::ChangeOutcome:
    case ClueAction::Reopen:
        return task::Permission::ReopenTask;
    case ClueAction::Dismiss:
    case ClueAction::Merge:
    case ClueAction::RecordOutcome:
    case ClueAction::MakeTask:
        break;
    }
    return task::Permission::CreateTask;
}

QString CluePermissions::toString(ClueAction a) {
    switch (a) {
    case ClueAction::Dismiss:
        return QStringLiteral("dismiss");
    case ClueAction::Merge:
        return QStringLiteral("merge");
    case ClueAction::RecordOutcome:
        return QStringLiteral("outcome");
    case ClueAction::ChangeOutcome:
        return QStringLiteral("change-outcome");
    case ClueAction::MakeTask:
        return QStringLiteral("task");
    case ClueAction::Reopen:
        break;
    }
    return QStringLiteral("reopen");
}

} // namespace eco::clue
