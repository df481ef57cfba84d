// ClueError: the one exception type of the clue desk. Like TaskError it carries a kind the GUI can
// react to and a complete message naming the clue, the user and the field at fault.
#pragma once

#include <QString>

#include <stdexcept>

namespace eco::clue {

class ClueError : public std::runtime_error {
public:
    enum class Kind { InvalidInput, NotFound, PermissionDenied, IllegalAction };
    ClueError(Kind kind, const QString& message)
        : std::runtime_error(message.toStdString()), m_kind(kind) {}
    Kind kind() const noexcept { return m_kind; }
    QString message() const { return QString::fromStdString(what()); }

private:
    Kind m_kind;
};

} // namespace eco::clue
