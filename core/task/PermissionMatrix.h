// PermissionMatrix: which role may do what, in one table (action x role). Core checks it for
// every action before touching the store; the CLI and the GUI only call core, so hiding a button
// is a convenience, never the protection. Administrators manage accounts but do not work cases
// (separation of duties); supervisors close, reopen and cancel what duty officers dispatched and
// field officers reported.
#pragma once

#include "core/task/TaskTypes.h"

#include <array>

namespace eco::task {

enum class Permission {
    ViewTasks,
    CreateTask,
    DispatchTask,
    AcceptTask,
    ArriveOnSite,
    VerifySite,
    ReportTask,
    CloseTask,
    ReopenTask,
    CancelTask,
    CommentTask,
    AuditChain,
    ManageUsers,
};
inline constexpr std::array kAllPermissions{
    Permission::ViewTasks,  Permission::CreateTask,   Permission::DispatchTask,
    Permission::AcceptTask, Permission::ArriveOnSite, Permission::VerifySite,
    Permission::ReportTask, Permission::CloseTask,    Permission::ReopenTask,
    Permission::CancelTask, Permission::CommentTask,  Permission::AuditChain,
    Permission::ManageUsers};

class PermissionMatrix {
public:
    static bool allows(Role role, Permission permission);
    static Permission forAction(TaskAction action);
    static QString toString(Permission p); // view_tasks, create_task, ...
};

} // namespace eco::task
