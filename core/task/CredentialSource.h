// CredentialSource: where a command-line password comes from. Never a command-line argument
// (visible to every user in the process list and kept in shell history): a file (first line,
// trailing CR/LF dropped) or an environment variable.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace eco::task {

class CredentialSource {
public:
    // The password from `file` when given, else from the environment variable `envVar`;
    // nullopt with *error set when neither gives one.
    static std::optional<QByteArray> read(const QString& file, const char* envVar, QString* error);
};

} // namespace eco::task
