// Placeholder while the aqi command is being built; replaced by its owner.
#include "app/CliOptions.h"
#include "app/Commands.h"

namespace eco::app {

int runAqiCommand(const QStringList&) {
    return failure("aqi", QStringLiteral("not built yet"));
}

} // namespace eco::app
