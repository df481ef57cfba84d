#include "core/task/TaskTypes.h"

namespace eco::task {

namespace {

template <typename E, std::size_t N>
std::optional<E> parseBy(const QString& s, const std::array<E, N>& all, QString (*name)(E)) {
    for (E e : all)
        if (name(e) == s)
            return e;
    return std::nullopt;
}

constexpr std::array kAllSeverities{Severity::High, Severity::Medium, Severity::Low};
constexpr std::array kAllConclusions{Conclusion::ViolationConfirmed, Conclusion::NotConfirmed,
                                     Conclusion::DataFault};

} // namespace

QString toString(TaskState s) {
    switch (s) {
    case TaskState::Created:
        return QStringLiteral("created");
    case TaskState::Dispatched:
        return QStringLiteral("dispatched");
    case TaskState::Accepted:
        return QStringLiteral("accepted");
    case TaskState::OnSite:
        return QStringLiteral("on_site");
    case TaskState::Verified:
        return QStringLiteral("verified");
    case TaskState::Reported:
        return QStringLiteral("reported");
    case TaskState::Closed:
        return QStringLiteral("closed");
    case TaskState::Reopened:
        return QStringLiteral("reopened");
    case TaskState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString toString(TaskAction a) {
    switch (a) {
    case TaskAction::Create:
        return QStringLiteral("create");
    case TaskAction::Dispatch:
        return QStringLiteral("dispatch");
    case TaskAction::Accept:
        return QStringLiteral("accept");
    case TaskAction::Arrive:
        return QStringLiteral("arrive");
    case TaskAction::VerifySite:
        return QStringLiteral("verify-site");
    case TaskAction::Report:
        return QStringLiteral("report");
    case TaskAction::Close:
        return QStringLiteral("close");
    case TaskAction::Reopen:
        return QStringLiteral("reopen");
    case TaskAction::Cancel:
        return QStringLiteral("cancel");
    case TaskAction::Comment:
        return QStringLiteral("comment");
    }
    return {};
}

QString eventKind(TaskAction a) {
    switch (a) {
    case TaskAction::Create:
        return QStringLiteral("created");
    case TaskAction::Dispatch:
        return QStringLiteral("dispatched");
    case TaskAction::Accept:
        return QStringLiteral("accepted");
    case TaskAction::Arrive:
        return QStringLiteral("arrived");
    case TaskAction::VerifySite:
        return QStringLiteral("site_verified");
    case TaskAction::Report:
        return QStringLiteral("reported");
    case TaskAction::Close:
        return QStringLiteral("closed");
    case TaskAction::Reopen:
        return QStringLiteral("reopened");
    case TaskAction::Cancel:
        return QStringLiteral("cancelled");
    case TaskAction::Comment:
        return QStringLiteral("commented");
    }
    return {};
}

QString toString(Severity s) {
    switch (s) {
    case Severity::High:
        return QStringLiteral("high");
    case Severity::Medium:
        return QStringLiteral("medium");
    case Severity::Low:
        return QStringLiteral("low");
    }
    return {};
}

QString toString(Role r) {
    switch (r) {
    case Role::Viewer:
        return QStringLiteral("viewer");
    case Role::DutyOfficer:
        return QStringLiteral("duty_officer");
    case Role::FieldOfficer:
        return QStringLiteral("field_officer");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

QString toString(Conclusion c) {
    switch (c) {
    case Conclusion::ViolationConfirmed:
        return QStringLiteral("violation_confirmed");
    case Conclusion::NotConfirmed:
        return QStringLiteral("not_confirmed");
    case Conclusion::DataFault:
        return QStringLiteral("data_fault");
    }
    return {};
}

std::optional<TaskState> parseTaskState(const QString& s) {
    return parseBy<TaskState>(s, kAllStates, &toString);
}
std::optional<TaskAction> parseTaskAction(const QString& s) {
    return parseBy<TaskAction>(s, kAllTaskActions, &toString);
}
std::optional<TaskAction> actionForEventKind(const QString& kind) {
    return parseBy<TaskAction>(kind, kAllTaskActions, &eventKind);
}
std::optional<Severity> parseSeverity(const QString& s) {
    return parseBy<Severity>(s, kAllSeverities, &toString);
}
std::optional<Role> parseRole(const QString& s) {
    return parseBy<Role>(s, kAllRoles, &toString);
}
std::optional<Conclusion> parseConclusion(const QString& s) {
    return parseBy<Conclusion>(s, kAllConclusions, &toString);
}

} // namespace eco::task
