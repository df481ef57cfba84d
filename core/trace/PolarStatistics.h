// PolarStatistics: a station's concentration by wind direction and speed, the openair way: the
// hourly samples are binned into direction sectors x speed rings, each bin gets its mean and its
// CPF (the share of its samples above the overall 75th percentile), and the polar bins are then
// sampled onto a square grid of wind components (x = ws sin(wd), y = ws cos(wd), the direction
// the wind comes FROM pointing outwards) so a plain colour map draws a polar plot. Bins with too
// few samples stay NaN: a single hour is not a statistic.
#pragma once

#include "core/trace/EventDetectors.h"

#include <span>
#include <vector>

namespace eco::trace {

struct PolarOptions {
    int sectors = 16;         // 22.5 degree sectors centred on N, NNE, ...
    double ringMs = 1.0;      // speed ring width
    double maxSpeedMs = 0;    // 0: the 98th percentile of the speeds, rounded up to a ring
    int minSamples = 3;       // fewer samples in a bin: NaN
    double percentile = 0.75; // CPF threshold
    int gridCells = 41;       // cells across the square grid (odd: a cell on the centre)
};

struct PolarGrid {
    int sectors = 0;
    int rings = 0;
    double ringMs = 1;
    double maxSpeedMs = 0;
    double threshold = 0;     // the CPF threshold (overall percentile)
    std::vector<double> mean; // sectors x rings (sector-major), NaN = too few samples
    std::vector<double> cpf;  // same layout
    std::vector<int> counts;  // same layout
    double meanAt(int sector, int ring) const { return mean[idx(sector, ring)]; }
    double cpfAt(int sector, int ring) const { return cpf[idx(sector, ring)]; }
    int countAt(int sector, int ring) const { return counts[idx(sector, ring)]; }
    // Which polar bin a (speed, direction) falls into; false when calm or beyond the grid.
    bool binOf(double speedMs, double directionDeg, int& sector, int& ring) const;

    // The square grid (cells x cells, row-major from the south-west corner, x east, y north)
    // spanning [-maxSpeed, maxSpeed] on both axes; cells outside the outer ring are NaN.
    int cells = 0;
    std::vector<double> meanGrid;
    std::vector<double> cpfGrid;

private:
    size_t idx(int s, int r) const { return static_cast<size_t>(s * rings + r); }
};

PolarGrid polarStatistics(std::span<const WindSample> samples, const PolarOptions& options = {});

} // namespace eco::trace
