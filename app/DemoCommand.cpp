// Placeholder while the Demo command is being built; replaced by its owner.
#include "app/CliOptions.h"
#include "app/Commands.h"

namespace eco::app {

int runDemoCommand(const QStringList&) {
    return failure("demo", QStringLiteral("not built yet"));
}

} // namespace eco::app
