// Placeholder while the ingest command is being built; replaced by its owner.
#include "app/CliOptions.h"
#include "app/Commands.h"

namespace eco::app {

int runIngestCommand(const QStringList&) {
    return failure("ingest", QStringLiteral("not built yet"));
}

} // namespace eco::app
