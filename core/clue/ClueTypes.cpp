#include "core/clue/ClueTypes.h"

namespace eco::clue {

QStringList allStatuses() {
    return {QLatin1String(status::kNew),      QLatin1String(status::kTasked),
            QLatin1String(status::kReported), QLatin1String(status::kClosed),
            QLatin1String(status::kJudged),   QLatin1String(status::kDismissed),
            QLatin1String(status::kMerged)};
}

QString toString(Outcome o) {
    switch (o) {
    case Outcome::ConfirmedViolation:
        return QStringLiteral("confirmed_violation");
    case Outcome::DataQualityFault:
        return QStringLiteral("data_quality_fault");
    case Outcome::Explained:
        return QStringLiteral("explained");
    case Outcome::FalseAlarm:
        break;
    }
    return QStringLiteral("false_alarm");
}

std::optional<Outcome> parseOutcome(const QString& s) {
    for (Outcome o : kAllOutcomes)
        if (toString(o) == s)
            return o;
    return std::nullopt;
}

} // namespace eco::clue
