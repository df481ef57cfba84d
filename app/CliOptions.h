// CliOptions: the small, strict option parser every subcommand shares. Options are
// `--name value` or `--name=value`; flags take no value; anything unknown is a usage error that
// names the option, so a typo never silently falls back to a default.
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace eco::app {

class CliOptions {
public:
    // valued: options taking a value; flags: options without one.
    CliOptions(QStringList valued, QStringList flags) : m_valued(valued), m_flags(flags) {}

    // False on a usage error; error() then says what is wrong.
    bool parse(const QStringList& args);
    QString error() const { return m_error; }

    bool has(const QString& name) const { return m_values.contains(name) || m_set.contains(name); }
    QString value(const QString& name, const QString& fallback = {}) const {
        return m_values.value(name, fallback);
    }
    std::optional<long long> integer(const QString& name) const;
    QStringList positional() const { return m_positional; }

    // The --db value, or the default store under the user's data directory.
    QString dbPath() const;

private:
    QStringList m_valued;
    QStringList m_flags;
    QHash<QString, QString> m_values;
    QSet<QString> m_set;
    QStringList m_positional;
    QString m_error;
};

// Prints "ecosentry CMD: message" to stderr and returns 2 (usage) for convenience.
int usageError(const char* command, const QString& message);
int failure(const char* command, const QString& message);

} // namespace eco::app
