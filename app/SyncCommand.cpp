// `ecosentry sync`: exchange with the PostgreSQL hub (--hub), or write/read a signed bundle
// (--export/--import), or print this installation's public signing key (--show-key).
#include "app/CliOptions.h"
#include "app/Commands.h"

#include "core/model/Time.h"
#include "core/store/Database.h"
#include "core/store/StoreError.h"
#include "core/sync/Bundle.h"
#include "core/sync/HubSync.h"
#include "core/sync/PgConnection.h"
#include "core/sync/SigningKey.h"
#include "core/sync/SyncError.h"
#include "core/sync/TrustedKeys.h"
#include "core/task/CredentialSource.h"

#include <QFileInfo>
#include <QThread>

#include <cstdio>

namespace eco::app {

namespace {

void printUsage() {
    std::fputs(
        "usage: ecosentry sync --db PATH --hub URL [--user NAME [--password-file FILE]]\n"
        "       ecosentry sync --db PATH --export FILE [--since T]\n"
        "       ecosentry sync --db PATH --import FILE [--trust KEY_OR_FILE[,...]]\n"
        "       ecosentry sync --db PATH --trust KEY_OR_FILE[,...]\n"
        "       ecosentry sync --db PATH --trusted\n"
        "       ecosentry sync --db PATH --untrust KEY\n"
        "       ecosentry sync --db PATH --show-key\n"
        "  --hub      push what is new locally, then pull what is new on the hub\n"
        "  --user     authenticate (password from --password-file or ECOSENTRY_PASSWORD); a\n"
        "             district-scoped user pulls only that district, a viewer pushes nothing\n"
        "  --export   write every row (or time series and task events from T on) to a bundle\n"
        "             signed with this installation's key (STORE.sync-key, made on first use)\n"
        "  --import   apply a bundle; refused unless signed by this installation or a trusted\n"
        "             key, from this city, intact and complete; nothing is applied when refused\n"
        "  --trust    trust these signers from now on (64 hex digits, or a file with one key\n"
        "             per line); kept in the store, so later imports need not repeat it\n"
        "  --trusted  list the trusted keys;  --untrust KEY: trust KEY no more\n"
        "  --show-key print this installation's public key (give it to others' --trust)\n",
        stderr);
}

int hubSync(store::Database& db, const CliOptions& opts) {
    const QString url = opts.value(QStringLiteral("hub"));
    sync::SyncResult result;
    try {
        auto pg = sync::PgConnection::open(url);
        sync::HubSync hub(db, pg);
        // For the crash tests: ECOSENTRY_SYNC_STALL=POINT[:ROWS] stops there until killed.
        const QString stall = qEnvironmentVariable("ECOSENTRY_SYNC_STALL");
        if (!stall.isEmpty()) {
            const QString point = stall.section(u':', 0, 0);
            const long long rows = stall.section(u':', 1, 1).toLongLong();
            hub.setHook([point, rows](const char* at, std::int64_t n) {
                if (point != QLatin1String(at) || n < rows)
                    return;
                std::fprintf(stderr, "STALLED at %s after %lld rows\n", at,
                             static_cast<long long>(n));
                std::fflush(stderr);
                for (;;)
                    QThread::sleep(60);
            });
        }
        sync::SyncIdentity who;
        if (opts.has(QStringLiteral("user"))) {
            QString err;
            const auto password = task::CredentialSource::read(
                opts.value(QStringLiteral("password-file")), "ECOSENTRY_PASSWORD", &err);
            if (!password)
                return failure("sync", err);
            who = hub.authenticate(opts.value(QStringLiteral("user")), *password);
        }
        result = hub.run(who);
    } catch (const sync::SyncError& e) {
        sync::recordSyncOutcome(db, e.message(), nullptr);
        return failure("sync", e.message());
    } catch (const store::StoreError& e) {
        const QString m = QString::fromStdString(e.what());
        sync::recordSyncOutcome(db, m, nullptr);
        return failure("sync", m);
    }
    sync::recordSyncOutcome(db, {}, &result);
    std::printf("pushed %lld rows in %.2f s; pulled %lld rows in %.2f s (%lld new task events); "
                "city %s\n",
                static_cast<long long>(result.pushed), result.pushSeconds,
                static_cast<long long>(result.pulled), result.pullSeconds,
                static_cast<long long>(result.newTaskEvents), qPrintable(result.cityId));
    for (const auto& [table, n] : result.pulledByTable)
        if (n > 0)
            std::printf("  pulled %-16s %lld\n", table.c_str(), static_cast<long long>(n));
    return 0;
}

} // namespace

int runSyncCommand(const QStringList& args) {
    if (args.contains(QLatin1String("--help"))) {
        printUsage();
        return 0;
    }
    CliOptions opts({QStringLiteral("db"), QStringLiteral("hub"), QStringLiteral("user"),
                     QStringLiteral("password-file"), QStringLiteral("export"),
                     QStringLiteral("import"), QStringLiteral("since"), QStringLiteral("trust"),
                     QStringLiteral("untrust")},
                    {QStringLiteral("show-key"), QStringLiteral("trusted")});
    if (!opts.parse(args))
        return usageError("sync", opts.error());
    const int modes =
        int(opts.has(QStringLiteral("hub"))) + int(opts.has(QStringLiteral("export"))) +
        int(opts.has(QStringLiteral("import"))) + int(opts.has(QStringLiteral("show-key"))) +
        int(opts.has(QStringLiteral("trusted"))) + int(opts.has(QStringLiteral("untrust"))) +
        int(opts.has(QStringLiteral("trust")) && !opts.has(QStringLiteral("import")));
    if (modes != 1) {
        printUsage();
        return usageError("sync", QStringLiteral("give exactly one of --hub, --export, --import, "
                                                 "--trust, --trusted, --untrust, --show-key"));
    }
    const QString path = opts.dbPath();
    // A hub pull or a bundle import may start a new store; the rest needs an existing one.
    if (!opts.has(QStringLiteral("import")) && !opts.has(QStringLiteral("hub")) &&
        !QFileInfo::exists(path))
        return failure("sync", path + QStringLiteral(": store does not exist"));
    try {
        auto db = store::Database::open(path);
        if (opts.has(QStringLiteral("show-key"))) {
            std::printf("%s\n", qPrintable(sync::SigningKey::loadOrCreate(path).publicKeyHex()));
            return 0;
        }
        if (opts.has(QStringLiteral("hub")))
            return hubSync(db, opts);
        if (opts.has(QStringLiteral("export"))) {
            std::optional<std::int64_t> since;
            if (opts.has(QStringLiteral("since"))) {
                since = model::parseUserTime(opts.value(QStringLiteral("since")));
                if (!since)
                    return usageError("sync", QStringLiteral("--since: not a time: '%1'")
                                                  .arg(opts.value(QStringLiteral("since"))));
            }
            const QString file = opts.value(QStringLiteral("export"));
            const auto info = sync::Bundle::exportTo(db, file, since);
            std::printf("exported %lld rows to %s, signed by %s\n",
                        static_cast<long long>(info.rows), qPrintable(file),
                        qPrintable(info.signer));
            return 0;
        }
        if (opts.has(QStringLiteral("trusted"))) {
            for (const auto& k : sync::TrustedKeys(db).list())
                std::printf("%s  trusted since %s\n", k.publicKey.toHex().constData(),
                            qPrintable(model::formatLocal(k.addedTs)));
            return 0;
        }
        if (opts.has(QStringLiteral("untrust"))) {
            QString err;
            const auto keys =
                sync::SigningKey::parseTrusted(opts.value(QStringLiteral("untrust")), &err);
            if (!err.isEmpty() || keys.size() != 1)
                return usageError("sync", QStringLiteral("--untrust: not a 64-hex-digit public "
                                                         "key: '%1'")
                                              .arg(opts.value(QStringLiteral("untrust"))));
            if (!sync::TrustedKeys(db).remove(keys.front()))
                return failure("sync", QStringLiteral("%1 was not a trusted key")
                                           .arg(QString::fromLatin1(keys.front().toHex())));
            std::printf("%s is no longer trusted\n", keys.front().toHex().constData());
            return 0;
        }
        if (opts.has(QStringLiteral("trust"))) {
            QList<QByteArray> trusted;
            QString err;
            for (const QString& t : opts.value(QStringLiteral("trust")).split(u',')) {
                const auto keys = sync::SigningKey::parseTrusted(t.trimmed(), &err);
                if (!err.isEmpty())
                    return usageError("sync", err);
                trusted += keys;
            }
            const int added = sync::TrustedKeys(db).add(trusted);
            std::printf("trusted %lld key(s) (%d new)\n", static_cast<long long>(trusted.size()),
                        added);
            if (!opts.has(QStringLiteral("import")))
                return 0;
        }
        const QString file = opts.value(QStringLiteral("import"));
        const auto info = sync::Bundle::importFrom(db, file, {});
        std::printf("imported %lld rows from %s (signed by %s, %lld new task events)\n",
                    static_cast<long long>(info.rows), qPrintable(file), qPrintable(info.signer),
                    static_cast<long long>(info.newTaskEvents));
        return 0;
    } catch (const sync::SyncError& e) {
        return failure("sync", e.message());
    } catch (const store::StoreError& e) {
        return failure("sync", QString::fromStdString(e.what()));
    }
}

} // namespace eco::app
