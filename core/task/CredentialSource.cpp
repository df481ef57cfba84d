#include "core/task/CredentialSource.h"

#include <QFile>

namespace eco::task {

std::optional<QByteArray> CredentialSource::read(const QString& file, const char* envVar,
                                                 QString* error) {
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: cannot read the password file").arg(file);
            return std::nullopt;
        }
        QByteArray line = f.readLine(4096);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            *error = QStringLiteral("%1: the password file is empty").arg(file);
            return std::nullopt;
        }
        return line;
    }
    const QByteArray env = qgetenv(envVar);
    if (!env.isEmpty())
        return env;
    *error = QStringLiteral("a password is needed: --password-file FILE or the %1 environment "
                            "variable")
                 .arg(QLatin1String(envVar));
    return std::nullopt;
}

} // namespace eco::task
