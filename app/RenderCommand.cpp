// Placeholder while the Render command is being built; replaced by its owner.
#include "app/CliOptions.h"
#include "app/Commands.h"

namespace eco::app {

int runRenderCommand(const QStringList&) {
    return failure("render", QStringLiteral("not built yet"));
}

} // namespace eco::app
