// BackTrajectory: where the air arriving at a receptor came from, integrated backwards through a
// WindField with Heun's predictor-corrector (HYSPLIT's scheme) in steps of a few minutes. Its
// error grows to 15-30 % of the travel distance, so candidates are ranked with a cone or kernel
// around it, never by distance to the line.
#pragma once

#include "core/trace/WindField.h"

#include <QPointF>

#include <cstdint>
#include <vector>

namespace eco::trace {

struct TrajectoryPoint {
    std::int64_t ts = 0;
    QPointF positionM;
    double travelM = 0; // path length from the receptor
};

// speedFactor scales the station (10 m) winds to the transport height of an elevated plume.
std::vector<TrajectoryPoint> backTrajectory(const WindField& field, QPointF receptorM,
                                            std::int64_t arrivalTs, double hours,
                                            double stepSeconds = 300, double speedFactor = 1.0);

// Smallest signed difference b - a of two bearings, in (-180, 180].
double bearingDifferenceDeg(double aDeg, double bDeg);
// Bearing (clockwise from north, [0, 360)) of `to` seen from `from`.
double bearingDeg(QPointF fromM, QPointF toM);

// The upwind cone: a candidate's weight by its bearing offset from the upwind direction,
// Gaussian with the half-angle as one standard deviation; never narrower than 11.25 degrees
// (16-point compass directions).
double coneWeight(double upwindBearingDeg, double candidateBearingDeg, double halfAngleDeg);

} // namespace eco::trace
