#include "core/screen/SeriesMath.h"

#include <cmath>

namespace eco::screen {

double SortedWindow::quantile(double q) const {
    if (m_v.empty())
        return std::nan("");
    const double pos = q * static_cast<double>(m_v.size() - 1);
    const size_t lo = static_cast<size_t>(std::floor(pos));
    const size_t hi = std::min(lo + 1, m_v.size() - 1);
    const double f = pos - static_cast<double>(lo);
    return m_v[lo] * (1 - f) + m_v[hi] * f;
}

double quantileOf(std::vector<float>& v, double q) {
    if (v.empty())
        return std::nan("");
    std::sort(v.begin(), v.end());
    const double pos = q * static_cast<double>(v.size() - 1);
    const size_t lo = static_cast<size_t>(std::floor(pos));
    const size_t hi = std::min(lo + 1, v.size() - 1);
    const double f = pos - static_cast<double>(lo);
    return v[lo] * (1 - f) + v[hi] * f;
}

int severityFromMultiple(double m, const ScreeningSettings& s) {
    if (m >= s.severity3Multiple)
        return 3;
    if (m >= s.severity2Multiple)
        return 2;
    return 1;
}

} // namespace eco::screen
