// Non-negative least squares (Lawson and Hanson's active-set method): the emission rates q >= 0
// that best explain a receptor's excess series through the candidates' unit kernels,
// min ||A q - b||. Small dense problems only (hours x candidates after pre-selection).
#pragma once

#include <span>
#include <vector>

namespace eco::trace {

struct NnlsResult {
    std::vector<double> x;
    double residualNorm = 0;
    int iterations = 0;
    bool converged = false;
};

// a is row-major, rows x cols.
NnlsResult nnls(std::span<const double> a, int rows, int cols, std::span<const double> b,
                int maxIterations = 0);

} // namespace eco::trace
