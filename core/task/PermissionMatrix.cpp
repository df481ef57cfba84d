#include "core/task/PermissionMatrix.h"

namespace eco::task {

namespace {

// Columns: viewer, duty_officer, field_officer, supervisor, administrator.
struct Row {
    Permission permission;
    std::array<bool, 5> roles;
};

constexpr bool Y = true;
constexpr bool n = false;

constexpr std::array kMatrix{
    //                          view dut  fld  sup  adm
    Row{Permission::ViewTasks, {Y, Y, Y, Y, Y}},    Row{Permission::CreateTask, {n, Y, n, Y, n}},
    Row{Permission::DispatchTask, {n, Y, n, Y, n}}, Row{Permission::AcceptTask, {n, n, Y, n, n}},
    Row{Permission::ArriveOnSite, {n, n, Y, n, n}}, Row{Permission::VerifySite, {n, n, Y, n, n}},
    Row{Permission::ReportTask, {n, n, Y, n, n}},   Row{Permission::CloseTask, {n, n, n, Y, n}},
    Row{Permission::ReopenTask, {n, n, n, Y, n}},   Row{Permission::CancelTask, {n, Y, n, Y, n}},
    Row{Permission::CommentTask, {n, Y, Y, Y, n}},  Row{Permission::AuditChain, {n, n, n, Y, Y}},
    Row{Permission::ManageUsers, {n, n, n, n, Y}},
};
static_assert(kMatrix.size() == kAllPermissions.size());

} // namespace

bool PermissionMatrix::allows(Role role, Permission permission) {
    for (const Row& r : kMatrix)
        if (r.permission == permission)
            return r.roles[static_cast<std::size_t>(role)];
    return false;
}

Permission PermissionMatrix::forAction(TaskAction action) {
    switch (action) {
    case TaskAction::Create:
        return Permission::CreateTask;
    case TaskAction::Dispatch:
        return Permission::DispatchTask;
    case TaskAction::Accept:
        return Permission::AcceptTask;
    case TaskAction::Arrive:
        return Permission::ArriveOnSite;
    case TaskAction::VerifySite:
        return Permission::VerifySite;
    case TaskAction::Report:
        return Permission::ReportTask;
    case TaskAction::Close:
        return Permission::CloseTask;
    case TaskAction::Reopen:
        return Permission::ReopenTask;
    case TaskAction::Cancel:
        return Permission::CancelTask;
    case TaskAction::Comment:
        return Permission::CommentTask;
    }
    return Permission::ManageUsers;
}

QString PermissionMatrix::toString(Permission p) {
    switch (p) {
    case Permission::ViewTasks:
        return QStringLiteral("view_tasks");
    case Permission::CreateTask:
        return QStringLiteral("create_task");
    case Permission::DispatchTask:
        return QStringLiteral("dispatch_task");
    case Permission::AcceptTask:
        return QStringLiteral("accept_task");
    case Permission::ArriveOnSite:
        return QStringLiteral("arrive_on_site");
    case Permission::VerifySite:
        return QStringLiteral("verify_site");
    case Permission::ReportTask:
        return QStringLiteral("report_task");
    case Permission::CloseTask:
        return QStringLiteral("close_task");
    case Permission::ReopenTask:
        return QStringLiteral("reopen_task");
    case Permission::CancelTask:
        return QStringLiteral("cancel_task");
    case Permission::CommentTask:
        return QStringLiteral("comment_task");
    case Permission::AuditChain:
        return QStringLiteral("audit_chain");
    case Permission::ManageUsers:
        return QStringLiteral("manage_users");
    }
    return {};
}

} // namespace eco::task
