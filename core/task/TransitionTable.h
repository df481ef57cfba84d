// TransitionTable: the one place that says which action is legal in which state and where it
// leads. The workflow engine, the fold over a task's log, the tests (data-driven from rows())
// and later the GUI board (which columns a card may be dragged to) all read it from here.
// Create has no "from" state: it starts a task. Comment is legal in every state and keeps it.
#pragma once

#include "core/task/TaskTypes.h"

#include <optional>
#include <span>

namespace eco::task {

struct Transition {
    TaskAction action;
    TaskState from;
    TaskState to;
};

class TransitionTable {
public:
    // Every legal (action, from) pair with its target, Create excluded.
    static std::span<const Transition> rows();
    // The state after `action` in `from`, or nullopt when the action is illegal there.
    static std::optional<TaskState> next(TaskState from, TaskAction action);
    // States in which the work is still owed by the field (a deadline can be missed).
    static bool isDeadlineRunning(TaskState s);
    // States where nothing more is expected (closed, cancelled).
    static bool isFinal(TaskState s);
};

} // namespace eco::task
