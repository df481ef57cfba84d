// SyncError: every failure of a hub exchange or a bundle, with a message that names the hub, the
// file, the table or the key at fault. Thrown by core/sync, caught by the CLI and the GUI.
#pragma once

#include <QString>

#include <stdexcept>

namespace eco::sync {

class SyncError : public std::runtime_error {
public:
    explicit SyncError(const QString& message) : std::runtime_error(message.toStdString()) {}
    QString message() const { return QString::fromStdString(what()); }
};

} // namespace eco::sync
