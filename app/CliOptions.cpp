#include "app/CliOptions.h"

#include <QDir>
#include <QStandardPaths>

#include <cstdio>

namespace eco::app {

bool CliOptions::parse(const QStringList& args) {
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (!a.startsWith(QLatin1String("--")) || a == QLatin1String("--")) {
            if (a == QLatin1String("-") || !a.startsWith(u'-')) {
                m_positional << a;
                continue;
            }
            m_error = QStringLiteral("unknown option '%1'").arg(a);
            return false;
        }
        QString name = a.mid(2);
        std::optional<QString> inlineValue;
        if (const auto eq = name.indexOf(u'='); eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (m_flags.contains(name)) {
            if (inlineValue) {
                m_error = QStringLiteral("option --%1 takes no value").arg(name);
                return false;
            }
            m_set.insert(name);
        } else if (m_valued.contains(name)) {
            if (inlineValue) {
                m_values.insert(name, *inlineValue);
            } else if (i + 1 < args.size()) {
                m_values.insert(name, args[++i]);
            } else {
                m_error = QStringLiteral("option --%1 needs a value").arg(name);
                return false;
            }
        } else {
            m_error = QStringLiteral("unknown option '--%1'").arg(name);
            return false;
        }
    }
    return true;
}

std::optional<long long> CliOptions::integer(const QString& name) const {
    if (!m_values.contains(name))
        return std::nullopt;
    bool ok = false;
    const long long v = m_values.value(name).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return v;
}

QString CliOptions::dbPath() const {
    if (m_values.contains(QStringLiteral("db")))
        return m_values.value(QStringLiteral("db"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("ecosentry.db"));
}

int usageError(const char* command, const QString& message) {
    std::fprintf(stderr, "ecosentry %s: %s\n", command, qPrintable(message));
    return 2;
}

int failure(const char* command, const QString& message) {
    std::fprintf(stderr, "ecosentry %s: %s\n", command, qPrintable(message));
    return 1;
}

} // namespace eco::app
