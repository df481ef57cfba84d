#include "core/trace/Nnls.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace eco::trace {

namespace {

// Least squares on the columns in `set` by normal equations with Cholesky; the problems here
// are small and well scaled, and a tiny ridge keeps near-collinear kernels solvable.
std::vector<double> solveSubset(std::span<const double> a, int rows, int cols,
                                std::span<const double> b, const std::vector<int>& set) {
    const size_t n = set.size();
    std::vector<double> m(n * n, 0.0), rhs(n, 0.0);
    for (size_t i = 0; i < n; ++i) {
        for (size_t j = 0; j <= i; ++j) {
            double s = 0;
            for (int r = 0; r < rows; ++r)
                s += a[static_cast<size_t>(r * cols + set[i])] *
                     a[static_cast<size_t>(r * cols + set[j])];
            m[i * n + j] = m[j * n + i] = s;
        }
        double s = 0;
        for (int r = 0; r < rows; ++r)
            s += a[static_cast<size_t>(r * cols + set[i])] * b[static_cast<size_t>(r)];
        rhs[i] = s;
    }
    double trace = 0;
    for (size_t i = 0; i < n; ++i)
        trace += m[i * n + i];
    const double ridge = 1e-12 * (trace > 0 ? trace / static_cast<double>(n) : 1.0);
    for (size_t i = 0; i < n; ++i)
        m[i * n + i] += ridge;
    // Cholesky in place (lower).
    for (size_t j = 0; j < n; ++j) {
        double d = m[j * n + j];
        for (size_t k = 0; k < j; ++k)
            d -= m[j * n + k] * m[j * n + k];
        d = std::sqrt(std::max(d, std::numeric_limits<double>::min()));
        m[j * n + j] = d;
        for (size_t i = j + 1; i < n; ++i) {
            double s = m[i * n + j];
            for (size_t k = 0; k < j; ++k)
                s -= m[i * n + k] * m[j * n + k];
            m[i * n + j] = s / d;
        }
    }
    std::vector<double> y(n);
    for (size_t i = 0; i < n; ++i) {
        double s = rhs[i];
        for (size_t k = 0; k < i; ++k)
            s -= m[i * n + k] * y[k];
        y[i] = s / m[i * n + i];
    }
    std::vector<double> x(n);
    for (size_t ii = n; ii-- > 0;) {
        double s = y[ii];
        for (size_t k = ii + 1; k < n; ++k)
            s -= m[k * n + ii] * x[k];
        x[ii] = s / m[ii * n + ii];
    }
    return x;
}

} // namespace

NnlsResult nnls(std::span<const double> a, int rows, int cols, std::span<const double> b,
                int maxIterations) {
    NnlsResult out;
    out.x.assign(static_cast<size_t>(cols), 0.0);
    if (maxIterations <= 0)
        maxIterations = 3 * cols + 10;
    std::vector<bool> passive(static_cast<size_t>(cols), false);
    const auto gradient = [&](std::vector<double>& w) {
        std::vector<double> resid(static_cast<size_t>(rows));
        for (int r = 0; r < rows; ++r) {
            double s = b[static_cast<size_t>(r)];
            for (int c = 0; c < cols; ++c)
                s -= a[static_cast<size_t>(r * cols + c)] * out.x[static_cast<size_t>(c)];
            resid[static_cast<size_t>(r)] = s;
        }
        w.assign(static_cast<size_t>(cols), 0.0);
        for (int c = 0; c < cols; ++c)
            for (int r = 0; r < rows; ++r)
                w[static_cast<size_t>(c)] +=
                    a[static_cast<size_t>(r * cols + c)] * resid[static_cast<size_t>(r)];
    };
    double scale = 0;
    for (const double v : a)
        scale = std::max(scale, std::abs(v));
    const double tol = 1e-10 * std::max(1.0, scale) * std::max(1.0, scale) * rows;
    std::vector<double> w;
    for (; out.iterations < maxIterations; ++out.iterations) {
        gradient(w);
        int best = -1;
        double bestW = tol;
        for (int c = 0; c < cols; ++c)
            if (!passive[static_cast<size_t>(c)] && w[static_cast<size_t>(c)] > bestW) {
                bestW = w[static_cast<size_t>(c)];
                best = c;
            }
        if (best < 0) {
            out.converged = true;
            break;
        }
        passive[static_cast<size_t>(best)] = true;
        for (int inner = 0; inner < 3 * cols + 10; ++inner) {
            std::vector<int> set;
            for (int c = 0; c < cols; ++c)
                if (passive[static_cast<size_t>(c)])
                    set.push_back(c);
            const std::vector<double> z = solveSubset(a, rows, cols, b, set);
            bool allPositive = true;
            for (const double v : z)
                allPositive = allPositive && v > 0;
            if (allPositive) {
                for (size_t i = 0; i < set.size(); ++i)
                    out.x[static_cast<size_t>(set[i])] = z[i];
                break;
            }
            // Step back towards the feasible point until a variable reaches zero.
            double alpha = 1.0;
            for (size_t i = 0; i < set.size(); ++i)
                if (z[i] <= 0) {
                    const double xi = out.x[static_cast<size_t>(set[i])];
                    alpha = std::min(alpha, xi / (xi - z[i]));
                }
            for (size_t i = 0; i < set.size(); ++i) {
                auto& xi = out.x[static_cast<size_t>(set[i])];
                xi += alpha * (z[i] - xi);
                if (xi <= 1e-15) {
                    xi = 0;
                    passive[static_cast<size_t>(set[i])] = false;
                }
            }
        }
    }
    double rss = 0;
    for (int r = 0; r < rows; ++r) {
        double s = b[static_cast<size_t>(r)];
        for (int c = 0; c < cols; ++c)
            s -= a[static_cast<size_t>(r * cols + c)] * out.x[static_cast<size_t>(c)];
        rss += s * s;
    }
    out.residualNorm = std::sqrt(rss);
    return out;
}

} // namespace eco::trace
