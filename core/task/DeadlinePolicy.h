// DeadlinePolicy: how long the field has, from dispatch, by severity. Defaults follow common
// bureau practice (high 24 h, medium 72 h, low 7 days) and are configurable per store through the
// meta keys task.deadline_hours.high / .medium / .low, since each bureau sets its own.
#pragma once

#include "core/task/TaskTypes.h"

#include <cstdint>

namespace eco::store {
class Database;
}

namespace eco::task {

struct DeadlinePolicy {
    std::int64_t highHours = 24;
    std::int64_t mediumHours = 72;
    std::int64_t lowHours = 7 * 24;

    std::int64_t hoursFor(Severity s) const;
    std::int64_t deadlineFrom(std::int64_t dispatchTs, Severity s) const {
        return dispatchTs + hoursFor(s) * 3600;
    }

    // Reads the meta overrides; a missing or non-positive value keeps the default.
    static DeadlinePolicy fromStore(const store::Database& db);
    static QString metaKey(Severity s);
};

} // namespace eco::task
