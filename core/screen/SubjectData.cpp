#include "core/screen/SubjectData.h"

#include <limits>

namespace eco::screen {

namespace {

std::int64_t floorTo(std::int64_t ts, std::int64_t step) {
    return ts >= 0 ? ts / step * step : -((-ts + step - 1) / step) * step;
}

} // namespace

void Samples::resize(std::int64_t from, std::int64_t to, std::int64_t stepS) {
    step = stepS;
    t0 = floorTo(from, stepS);
    const std::int64_t end = floorTo(to + stepS - 1, stepS);
    const size_t n = end > t0 ? static_cast<size_t>((end - t0) / stepS) : 0;
    value.assign(n, std::numeric_limits<float>::quiet_NaN());
    flag.assign(n, 0);
}

} // namespace eco::screen
