// Placeholder while the GUI is being built; replaced by its owner.
#include "app/Commands.h"

#include <cstdio>

namespace eco::app {

int runGui(int, char**) {
    std::fputs("ecosentry: GUI not built yet\n", stderr);
    return 1;
}

} // namespace eco::app
