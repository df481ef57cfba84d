// Event detectors: the things that start a trace. A station spike (the hour's value against a
// baseline from a rolling low percentile), a vehicle hotspot (1 Hz track against a rolling
// median, aggregated to 30 m road cells and repeated on >= 2 passes), and a lidar plume (PPI
// cells above each range ring's background, with the plume's axis). Thresholds follow
// CONTEXT.md section 5 and live in one options struct per detector.
#pragma once

#include "core/model/LidarScan.h"

#include <QPointF>

#include <cstdint>
#include <span>
#include <vector>

namespace eco::trace {

// ---- station spikes -------------------------------------------------------------------------

struct SpikeOptions {
    int baselineHours = 24; // window before the hour
    double baselinePercentile = 0.1;
    double minExcessMad = 4;       // excess > this many MADs of the window
    double minExcessAbsolute = 15; // and > this many ug/m3
};

struct Spike {
    std::int64_t ts = 0;
    double value = 0;
    double baseline = 0;
    double excess = 0;
};

// hourly: values at consecutive hours from firstTs (NaN = missing).
std::vector<Spike> detectSpikes(std::span<const double> hourly, std::int64_t firstTs,
                                const SpikeOptions& options = {});

// ---- vehicle hotspots -----------------------------------------------------------------------

struct TrackSample {
    std::int64_t ts = 0;
    QPointF positionM; // local metres
    double value = 0;  // NaN when missing
};

struct HotspotOptions {
    int baselineSeconds = 1020; // ~17 min rolling median
    double minExcessMad = 3;
    double minExcessFraction = 0.10;
    double minSpeedMs = 2; // slower: idling or self-sampling
    int mergeGapSeconds = 10;
    double cellM = 30;
    int minPasses = 2;
    int passGapSeconds = 300; // samples further apart than this belong to different passes
};

struct Hotspot {
    QPointF centreM;
    double meanExcess = 0;
    double maxExcess = 0;
    int passes = 0;
    int samples = 0;
    std::int64_t firstTs = 0;
    std::int64_t lastTs = 0;
    std::int64_t peakTs = 0; // the sample with the largest excess: the time to trace from
};

std::vector<Hotspot> detectHotspots(std::span<const TrackSample> track,
                                    const HotspotOptions& options = {});

// ---- lidar plumes ---------------------------------------------------------------------------

struct LidarPlumeOptions {
    double minExcessMad = 4;
    double minExcessAbsolute = 10;
    int minCells = 3;
    double strongFactor = 5; // a smaller cluster counts when a cell exceeds 5x the threshold
};

struct LidarPlume {
    QPointF centroidM;         // relative to the lidar, metres east/north
    double axisBearingDeg = 0; // the plume axis, pointing away from the lidar-side end
    double maxExcess = 0;
    int cells = 0;
    QPointF headM; // the highest-excess cell: the end nearest the source
};

std::vector<LidarPlume> detectLidarPlumes(const model::LidarScan& scan,
                                          const LidarPlumeOptions& options = {});

// ---- conditional probability function -------------------------------------------------------

struct WindSample {
    double speedMs = 0;
    double directionDeg = 0;
    double value = 0;
};

// CPF per wind sector: the share of samples from that sector above the overall percentile
// (the 75th by default), as in the openair package. sectors: 16 gives 22.5 degree bins centred
// on N, NNE, ... Calms (< 0.5 m/s) are left out. Sectors with no samples get NaN.
std::vector<double> conditionalProbability(std::span<const WindSample> samples, int sectors = 16,
                                           double percentile = 0.75);

// Quantile with linear interpolation of sorted values; NaN for an empty input.
double quantile(std::vector<double> values, double q);

} // namespace eco::trace
