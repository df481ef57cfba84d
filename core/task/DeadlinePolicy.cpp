#include "core/task/DeadlinePolicy.h"

#include "core/store/Database.h"

namespace eco::task {

std::int64_t DeadlinePolicy::hoursFor(Severity s) const {
    switch (s) {
    case Severity::High:
        return highHours;
    case Severity::Medium:
        return mediumHours;
    case Severity::Low:
        return lowHours;
    }
    return mediumHours;
}

QString DeadlinePolicy::metaKey(Severity s) {
    return QStringLiteral("task.deadline_hours.") + toString(s);
}

DeadlinePolicy DeadlinePolicy::fromStore(const store::Database& db) {
    DeadlinePolicy p;
    const auto read = [&](Severity s, std::int64_t& field) {
        bool ok = false;
        const qint64 v = db.meta(metaKey(s)).toLongLong(&ok);
        if (ok && v > 0)
            field = v;
    };
    read(Severity::High, p.highHours);
    read(Severity::Medium, p.mediumHours);
    read(Severity::Low, p.lowHours);
    return p;
}

} // namespace eco::task
