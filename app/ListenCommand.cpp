// Placeholder while the listen command is being built; replaced by its owner.
#include "app/CliOptions.h"
#include "app/Commands.h"

namespace eco::app {

int runListenCommand(const QStringList&) {
    return failure("listen", QStringLiteral("not built yet"));
}

} // namespace eco::app
