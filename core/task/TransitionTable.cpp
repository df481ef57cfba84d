#include "core/task/TransitionTable.h"

#include <array>

namespace eco::task {

namespace {

using A = TaskAction;
using S = TaskState;

// Dispatch again from dispatched or accepted reassigns the task (new team, officer or deadline).
// Reopen sends a reported, closed or cancelled task back for another dispatch. Cancel is allowed
// until the site has been verified; after that the report has to be written and closed.
constexpr std::array kRows{
    Transition{A::Dispatch, S::Created, S::Dispatched},
    Transition{A::Dispatch, S::Reopened, S::Dispatched},
    Transition{A::Dispatch, S::Dispatched, S::Dispatched},
    Transition{A::Dispatch, S::Accepted, S::Dispatched},
    Transition{A::Accept, S::Dispatched, S::Accepted},
    Transition{A::Arrive, S::Accepted, S::OnSite},
    Transition{A::VerifySite, S::OnSite, S::Verified},
    Transition{A::Report, S::Verified, S::Reported},
    Transition{A::Close, S::Reported, S::Closed},
    Transition{A::Reopen, S::Reported, S::Reopened},
    Transition{A::Reopen, S::Closed, S::Reopened},
    Transition{A::Reopen, S::Cancelled, S::Reopened},
    Transition{A::Cancel, S::Created, S::Cancelled},
    Transition{A::Cancel, S::Dispatched, S::Cancelled},
    Transition{A::Cancel, S::Accepted, S::Cancelled},
    Transition{A::Cancel, S::OnSite, S::Cancelled},
    Transition{A::Cancel, S::Reopened, S::Cancelled},
    Transition{A::Comment, S::Created, S::Created},
    Transition{A::Comment, S::Dispatched, S::Dispatched},
    Transition{A::Comment, S::Accepted, S::Accepted},
    Transition{A::Comment, S::OnSite, S::OnSite},
    Transition{A::Comment, S::Verified, S::Verified},
    Transition{A::Comment, S::Reported, S::Reported},
    Transition{A::Comment, S::Closed, S::Closed},
    Transition{A::Comment, S::Reopened, S::Reopened},
    Transition{A::Comment, S::Cancelled, S::Cancelled},
};

} // namespace

std::span<const Transition> TransitionTable::rows() {
    return kRows;
}

std::optional<TaskState> TransitionTable::next(TaskState from, TaskAction action) {
    for (const Transition& t : kRows)
        if (t.action == action && t.from == from)
            return t.to;
    return std::nullopt;
}

bool TransitionTable::isDeadlineRunning(TaskState s) {
    return s == S::Dispatched || s == S::Accepted || s == S::OnSite || s == S::Verified;
}

bool TransitionTable::isFinal(TaskState s) {
    return s == S::Closed || s == S::Cancelled;
}

} // namespace eco::task
