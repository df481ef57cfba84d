// TaskTypes: the vocabulary of the task workflow (states, actions, severities, roles, report
// conclusions) and their stable string forms. The strings are stored in events and in the store,
// exchanged by sync and shown on the command line, so they never change once released; parse*
// returns nullopt for anything else so callers can name the bad field.
#pragma once

#include <QString>

#include <array>
#include <optional>

namespace eco::task {

enum class TaskState {
    Created,
    Dispatched,
    Accepted,
    OnSite,
    Verified,
    Reported,
    Closed,
    Reopened,
    Cancelled,
};
inline constexpr std::array kAllStates{
    TaskState::Created, TaskState::Dispatched, TaskState::Accepted,
    TaskState::OnSite,  TaskState::Verified,   TaskState::Reported,
    TaskState::Closed,  TaskState::Reopened,   TaskState::Cancelled};

// What a user does to a task. Each action appends exactly one event whose kind is eventKind().
enum class TaskAction {
    Create,
    Dispatch,
    Accept,
    Arrive,
    VerifySite,
    Report,
    Close,
    Reopen,
    Cancel,
    Comment,
};
inline constexpr std::array kAllTaskActions{
    TaskAction::Create,     TaskAction::Dispatch, TaskAction::Accept, TaskAction::Arrive,
    TaskAction::VerifySite, TaskAction::Report,   TaskAction::Close,  TaskAction::Reopen,
    TaskAction::Cancel,     TaskAction::Comment};

enum class Severity { High, Medium, Low };

enum class Role { Viewer, DutyOfficer, FieldOfficer, Supervisor, Administrator };
inline constexpr std::array kAllRoles{Role::Viewer, Role::DutyOfficer, Role::FieldOfficer,
                                      Role::Supervisor, Role::Administrator};

// The on-site verification's conclusion, as written in the disposal report.
enum class Conclusion { ViolationConfirmed, NotConfirmed, DataFault };

QString toString(TaskState s);  // created, dispatched, accepted, on_site, verified, ...
QString toString(TaskAction a); // create, dispatch, accept, arrive, verify-site, ... (CLI words)
QString toString(Severity s);   // high, medium, low
QString toString(Role r);       // viewer, duty_officer, field_officer, supervisor, administrator
QString toString(Conclusion c); // violation_confirmed, not_confirmed, data_fault

// The event kind an action appends: created, dispatched, accepted, arrived, site_verified,
// reported, closed, reopened, cancelled, commented.
QString eventKind(TaskAction a);

std::optional<TaskState> parseTaskState(const QString& s);
std::optional<TaskAction> parseTaskAction(const QString& s);
std::optional<TaskAction> actionForEventKind(const QString& kind);
std::optional<Severity> parseSeverity(const QString& s);
std::optional<Role> parseRole(const QString& s);
std::optional<Conclusion> parseConclusion(const QString& s);

} // namespace eco::task
