// TaskError: the one exception type of the task engine. The kind lets the CLI and the GUI react
// (a refused permission is not a malformed request); the message is complete and names the task,
// its state, the action or the field at fault, so it can be shown as is.
#pragma once

#include <QString>

#include <stdexcept>

namespace eco::task {

class TaskError : public std::runtime_error {
public:
    enum class Kind {
        InvalidInput,      // a field is missing or malformed
        NotFound,          // no such task, user, clue, enterprise, outlet, team or file
        PermissionDenied,  // the role (or district, or assignment) does not allow it
        IllegalTransition, // the action is not legal in the task's state
        AuthenticationFailed,
        Conflict, // e.g. the user exists already
    };
    TaskError(Kind kind, const QString& message)
        : std::runtime_error(message.toStdString()), m_kind(kind) {}
    Kind kind() const noexcept { return m_kind; }
    QString message() const { return QString::fromStdString(what()); }

private:
    Kind m_kind;
};

} // namespace eco::task
