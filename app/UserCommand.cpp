// `ecosentry user ACTION ...`: account management for administrators. The acting administrator
// authenticates with --user and a password from --password-file or ECOSENTRY_PASSWORD; a new or
// reset password comes from --new-password-file or ECOSENTRY_NEW_PASSWORD. On an empty store the
// first account may be added without --user; it must be an administrator.
#include "app/CliOptions.h"
#include "app/Commands.h"

#include "core/model/Time.h"
#include "core/store/Database.h"
#include "core/store/StoreError.h"
#include "core/task/CredentialSource.h"
#include "core/task/TaskError.h"
#include "core/task/UserDirectory.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace eco::app {

namespace {

using task::TaskError;
constexpr const char* kCmd = "user";

void printUsage() {
    std::fputs("usage: ecosentry user ACTION --db PATH --user ADMIN [--password-file FILE] ...\n"
               "  add NAME --role viewer|duty_officer|field_officer|supervisor|administrator\n"
               "           [--district D] [--team T] [--display-name TEXT]\n"
               "           [--new-password-file FILE]   (or ECOSENTRY_NEW_PASSWORD)\n"
               "  list [--format text|csv|json]\n"
               "  set-role NAME ROLE\n"
               "  set-team NAME TEAM            (an empty TEAM '' removes the team)\n"
               "  set-district NAME DISTRICT    (an empty DISTRICT '' means the whole city)\n"
               "  disable NAME | enable NAME\n"
               "  passwd NAME [--new-password-file FILE]\n"
               "On an empty store the first administrator is added without --user.\n",
               stderr);
}

} // namespace

int runUserCommand(const QStringList& args) {
    if (args.isEmpty() || args[0] == QLatin1String("--help") || args[0] == QLatin1String("-h")) {
        printUsage();
        return args.isEmpty() ? 2 : 0;
    }
    const QString action = args[0];
    CliOptions opts({QStringLiteral("db"), QStringLiteral("user"), QStringLiteral("password-file"),
                     QStringLiteral("new-password-file"), QStringLiteral("role"),
                     QStringLiteral("district"), QStringLiteral("team"),
                     QStringLiteral("display-name"), QStringLiteral("format")},
                    {});
    if (!opts.parse(args.mid(1)))
        return usageError(kCmd, opts.error());
    const QStringList pos = opts.positional();
    const QMap<QString, int> arity{
        {QStringLiteral("add"), 1},          {QStringLiteral("list"), 0},
        {QStringLiteral("set-role"), 2},     {QStringLiteral("set-team"), 2},
        {QStringLiteral("set-district"), 2}, {QStringLiteral("disable"), 1},
        {QStringLiteral("enable"), 1},       {QStringLiteral("passwd"), 1}};
    if (!arity.contains(action)) {
        printUsage();
        return usageError(kCmd, QStringLiteral("unknown action '%1'").arg(action));
    }
    if (pos.size() != arity.value(action))
        return usageError(kCmd, QStringLiteral("%1 takes %2 argument(s), %3 given")
                                    .arg(action)
                                    .arg(arity.value(action))
                                    .arg(pos.size()));
    const QString format = opts.value(QStringLiteral("format"), QStringLiteral("text"));
    try {
        auto db = store::Database::open(opts.dbPath());
        task::UserDirectory users(db);
        const std::int64_t now = QDateTime::currentSecsSinceEpoch();
        QString actor = opts.value(QStringLiteral("user"));
        const bool bootstrap = action == QLatin1String("add") && actor.isEmpty() && users.isEmpty();
        QString err;
        if (!bootstrap) {
            if (actor.isEmpty())
                return usageError(kCmd, QStringLiteral("--user ADMIN is required"));
            const auto pw = task::CredentialSource::read(
                opts.value(QStringLiteral("password-file")), "ECOSENTRY_PASSWORD", &err);
            if (!pw)
                return usageError(kCmd, err);
            users.authenticate(actor, *pw);
        }
        const auto newPassword = [&]() {
            return task::CredentialSource::read(opts.value(QStringLiteral("new-password-file")),
                                                "ECOSENTRY_NEW_PASSWORD", &err);
        };
        const auto role = [&](const QString& s) {
            const auto r = task::parseRole(s);
            if (!r)
                throw TaskError(TaskError::Kind::InvalidInput,
                                QStringLiteral("role '%1': use viewer, duty_officer, "
                                               "field_officer, supervisor or administrator")
                                    .arg(s));
            return *r;
        };
        if (action == QLatin1String("add")) {
            task::NewUser u;
            u.username = pos[0];
            u.role = role(opts.value(QStringLiteral("role")));
            u.district = opts.value(QStringLiteral("district"));
            u.team = opts.value(QStringLiteral("team"));
            u.displayName = opts.value(QStringLiteral("display-name"));
            const auto pw = newPassword();
            if (!pw)
                return usageError(kCmd, err.replace(QLatin1String("--password-file"),
                                                    QLatin1String("--new-password-file")));
            users.add(bootstrap ? QString() : actor, u, *pw, now);
            std::fprintf(stdout, "user %s added (%s)\n", qPrintable(u.username),
                         qPrintable(task::toString(u.role)));
        } else if (action == QLatin1String("list")) {
            const auto all = users.list(actor);
            if (format == QLatin1String("json")) {
                QJsonArray a;
                for (const auto& u : all)
                    a.append(QJsonObject{{QStringLiteral("username"), u.username},
                                         {QStringLiteral("display_name"), u.displayName},
                                         {QStringLiteral("role"), task::toString(u.role)},
                                         {QStringLiteral("district"), u.district},
                                         {QStringLiteral("team"), u.team},
                                         {QStringLiteral("disabled"), u.disabled}});
                std::fputs(QJsonDocument(a).toJson().constData(), stdout);
            } else {
                const bool csv = format == QLatin1String("csv");
                if (csv)
                    std::fputs("username,role,district,team,disabled,display_name\n", stdout);
                for (const auto& u : all)
                    std::fprintf(stdout,
                                 csv ? "%s,%s,%s,%s,%s,%s\n" : "%-16s %-14s %-10s %-12s %-9s %s\n",
                                 qPrintable(u.username), qPrintable(task::toString(u.role)),
                                 qPrintable(u.district), qPrintable(u.team),
                                 u.disabled ? "disabled" : (csv ? "" : "enabled"),
                                 qPrintable(u.displayName));
            }
        } else if (action == QLatin1String("set-role")) {
            users.setRole(actor, pos[0], role(pos[1]));
        } else if (action == QLatin1String("set-team")) {
            users.setTeam(actor, pos[0], pos[1], now);
        } else if (action == QLatin1String("set-district")) {
            users.setDistrict(actor, pos[0], pos[1]);
        } else if (action == QLatin1String("disable") || action == QLatin1String("enable")) {
            users.setDisabled(actor, pos[0], action == QLatin1String("disable"));
        } else if (action == QLatin1String("passwd")) {
            const auto pw = newPassword();
            if (!pw)
                return usageError(kCmd, err.replace(QLatin1String("--password-file"),
                                                    QLatin1String("--new-password-file")));
            users.resetPassword(actor, pos[0], *pw);
        }
        return 0;
    } catch (const TaskError& e) {
        return failure(kCmd, e.message()) + (e.kind() == TaskError::Kind::InvalidInput ? 1 : 0);
    } catch (const store::StoreError& e) {
        return failure(kCmd, QString::fromStdString(e.what()));
    }
}

} // namespace eco::app
