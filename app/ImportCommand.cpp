// Placeholder while the Import command is being built; replaced by its owner.
#include "app/CliOptions.h"
#include "app/Commands.h"

namespace eco::app {

int runImportCommand(const QStringList&) {
    return failure("import", QStringLiteral("not built yet"));
}

} // namespace eco::app
