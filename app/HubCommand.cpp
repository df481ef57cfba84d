// `ecosentry hub init --hub URL`: prepares (or upgrades) a PostgreSQL database as the city's hub.
#include "app/CliOptions.h"
#include "app/Commands.h"

#include "core/sync/HubSchema.h"
#include "core/sync/PgConnection.h"
#include "core/sync/SyncError.h"

#include <cstdio>

namespace eco::app {

int runHubCommand(const QStringList& args) {
    const auto usage = [] {
        std::fputs("usage: ecosentry hub init --hub URL\n"
                   "  URL: a libpq connection string or URI, e.g.\n"
                   "       postgresql://user:password@host:5432/ecosentry\n"
                   "  Creates the hub schema in an empty database, or upgrades it; running it\n"
                   "  again is harmless. A database holding other tables is refused.\n",
                   stderr);
    };
    if (args.isEmpty() || args.first() == QLatin1String("--help")) {
        usage();
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() != QLatin1String("init"))
        return usageError("hub", QStringLiteral("unknown action '%1' (init)").arg(args.first()));
    CliOptions opts({QStringLiteral("hub")}, {});
    if (!opts.parse(args.mid(1)))
        return usageError("hub", opts.error());
    const QString url = opts.value(QStringLiteral("hub"));
    if (url.isEmpty())
        return usageError("hub", QStringLiteral("--hub URL is required"));
    try {
        auto pg = sync::PgConnection::open(url);
        const sync::HubInfo info = sync::HubSchema::init(pg);
        std::printf("hub %s: %s, schema version %d, city %s\n", qPrintable(sync::redactedUrl(url)),
                    info.created ? "created" : "already initialised", info.version,
                    qPrintable(info.cityId));
        return 0;
    } catch (const sync::SyncError& e) {
        return failure("hub", e.message());
    }
}

} // namespace eco::app
