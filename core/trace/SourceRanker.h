// SourceRanker: ranks candidate sources for one pollution event with honest uncertainty. The
// air's path comes from a back-trajectory through the station wind field; each candidate's
// contribution at the receptor is a Gaussian plume (Briggs sigmas, plume rise, stability from the
// sun and the wind) along that path, times its own emission rate at the time its air left it.
// A Monte Carlo ensemble over wind direction (+- the direction spread), speed (+- 20 %) and
// stability (+- 1 class) turns the ranking into P(top-1) and P(top-3). Candidates on the same
// bearing at different distances cannot be told apart by wind alone: they are flagged.
#pragma once

#include "core/trace/BackTrajectory.h"
#include "core/trace/WindField.h"

#include <QPointF>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <span>
#include <vector>

namespace eco::trace {

struct Candidate {
    QString enterpriseId;
    QString outletId;
    QPointF positionM;
    double stackHeightM = 10;
    double exitVelocityMs = 0;
    double diameterM = 0;
    double exitTempK = 0;
    double rateGps = 0; // used where the hourly series does not reach
    std::int64_t ratesStartTs = 0;
    std::vector<float> hourlyRateGps; // measured mass rate per hour from ratesStartTs
    bool rateFromPower = false;       // a proxy: no CEMS

    double rateAt(std::int64_t ts) const;
};

struct TraceEvent {
    QPointF receptorM;
    double receptorLon = 0; // for the solar elevation
    double receptorLat = 0;
    std::int64_t ts = 0;
    double excess = 0; // ug/m3 above the baseline
    double receptorHeightM = 3;
};

struct RankOptions {
    double hours = 6; // back-trajectory length
    double stepSeconds = 300;
    int members = 200; // Monte Carlo ensemble size (member 0 is the unperturbed one)
    std::uint64_t seed = 1;
    bool urban = true;
    double speedSpread = 0.2;
    double minDirectionSigmaDeg = 11.25;
    double airTempK = 288;
    int maxResults = 50;
};

struct RankedCandidate {
    int index = 0;    // into the candidate span
    double score = 0; // ensemble-mean modelled contribution, ug/m3
    double pTop1 = 0;
    double pTop3 = 0;
    double distanceM = 0;
    double bearingDeg = 0;     // from the receptor
    double explainedShare = 0; // score / excess, capped at 1
    double coneWeight = 0;
    QStringList flags;
};

struct TraceResult {
    std::vector<RankedCandidate> ranked;
    std::vector<TrajectoryPoint> trajectory;
    double upwindBearingDeg = 0;
    double coneHalfAngleDeg = 0;
};

class SourceRanker {
public:
    TraceResult rank(const WindField& wind, const TraceEvent& event,
                     std::span<const Candidate> candidates, const RankOptions& options) const;
};

} // namespace eco::trace
