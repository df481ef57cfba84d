// `ecosentry info --db PATH`: prints what the store holds.
#include "app/CliOptions.h"
#include "app/Commands.h"

#include "core/store/Database.h"
#include "core/store/StoreError.h"
#include "core/store/StoreSummary.h"

#include <QFileInfo>

#include <cstdio>

namespace eco::app {

int runInfoCommand(const QStringList& args) {
    CliOptions opts({QStringLiteral("db")}, {});
    if (!opts.parse(args))
        return usageError("info", opts.error());
    const QString path = opts.dbPath();
    if (!QFileInfo::exists(path))
        return failure("info", path + QStringLiteral(": store does not exist"));
    try {
        const auto db = store::Database::open(path, store::Database::Mode::ReadOnly);
        std::fputs(qPrintable(path + QLatin1Char('\n') + store::StoreSummary::of(db).toText()),
                   stdout);
        return 0;
    } catch (const store::StoreError& e) {
        return failure("info", QString::fromStdString(e.what()));
    }
}

} // namespace eco::app
