// TraceService: runs a trace against the store. It turns a request (a station and an hour, a
// point and a time, or a clue) into an event with its excess over the baseline, builds the wind
// field from the stations' hourly winds, gathers candidates with their measured emission rates
// (CEMS concentration x flow; production power times a factor learned from enterprises that have
// both, where there is no CEMS) and ranks them. evaluate() scores the ranking against the demo's
// ground-truth episodes.
#pragma once

#include "core/trace/SourceRanker.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace eco::model {
struct TruthEpisode;
struct TruthObservation;
} // namespace eco::model

namespace eco::store {
class Database;
}

namespace eco::trace {

struct TraceRequest {
    QString siteId;                 // a station event, or
    std::optional<double> lon, lat; // a manual point event, or
    QString clueId;                 // a clue (its subject station and start time)
    std::int64_t ts = 0;
    QString pollutant; // HJ 212 code; empty: the station's strongest spike at ts
    double hours = 6;
    int members = 200;
    std::uint64_t seed = 1;
    int maxResults = 20;
    std::optional<double> excess; // a point event's excess when a detector measured it
    // Height of the observation above ground: 3 m for stations and vehicles; a lidar beam at
    // elevation e sees the air r sin(e) higher at range r, inside an elevated plume.
    std::optional<double> receptorHeightM;
    // Station events over several hours (hours > 1): fit the hours' excess (SourceRanker).
    FitMode fit = FitMode::None;
};

// Height (m) a PPI beam at elevationDeg reaches at rangeM, from a lidar mounted at 3 m.
double lidarBeamHeightM(double rangeM, double elevationDeg);

struct TraceCandidateRow {
    int rank = 0;
    QString enterpriseId;
    QString outletId;
    double score = 0;
    double pTop1 = 0;
    double pTop3 = 0;
    double distanceM = 0;
    double bearingDeg = 0;
    double explainedShare = 0;
    QStringList flags;
    double kernelScore = 0; // before the NNLS fit
    double fitFactor = 1;
};

struct TraceReport {
    bool ok = false;
    QString error;
    QString pollutant;
    double lon = 0, lat = 0;
    std::int64_t ts = 0;
    double observed = 0;
    double baseline = 0;
    double excess = 0;
    QString baselineMethod; // rolling_24h_p10, network_hour_p10 or station_hours_p10
    TraceResult result;     // trajectory and cone in metres around (lon, lat)
    std::vector<TraceCandidateRow> rows;
};

// Hit counts over the ground-truth episodes seen by one kind of receptor.
struct EvaluationTally {
    int episodes = 0;
    int top1Hits = 0;
    int top3Hits = 0;
    double top1Rate() const { return episodes ? double(top1Hits) / episodes : 0; }
    double top3Rate() const { return episodes ? double(top3Hits) / episodes : 0; }
};

struct EvaluationReport {
    int episodes = 0; // with at least one station observation
    int top1Hits = 0;
    int top3Hits = 0;
    double top1Rate() const { return episodes ? double(top1Hits) / episodes : 0; }
    double top3Rate() const { return episodes ? double(top3Hits) / episodes : 0; }
    // The same episodes traced from what a lidar or a vehicle saw of them (the strongest
    // observation, as a point event): separate figures, not part of the station rates.
    EvaluationTally lidar;
    EvaluationTally vehicle;
    QStringList lines; // one per episode and receptor kind: id, source, receptor, rank, geometry
};

// Everything a ranking needs, resolved from the store: the event (position, time, excess), the
// wind field around it and the candidates with their hourly emission rates. Kept apart from the
// ranking so diagnostics and the GUI can look at the inputs.
struct PreparedTrace {
    TraceReport report; // ok/error, position, pollutant, observed/baseline/excess; no result yet
    WindField wind;
    std::vector<Candidate> candidates;
    TraceEvent event;
    RankOptions options;
};

class TraceService {
public:
    explicit TraceService(store::Database& db) : m_db(db) {}

    TraceReport run(const TraceRequest& request) const;
    PreparedTrace prepare(const TraceRequest& request) const;
    // Ranks a prepared trace and fills the report's rows.
    static TraceReport rank(const PreparedTrace& prepared);
    EvaluationReport evaluate(const TraceRequest& defaults) const;

    // Ambient pollutant -> the CEMS factor whose mass rate explains it.
    static QString emissionFactorFor(const QString& ambientPollutant);

private:
    double lidarHeightOf(const model::TruthObservation& observation) const;
    static QString diagnose(const PreparedTrace& prepared, const model::TruthEpisode& episode,
                            std::int64_t observedTs);
    store::Database& m_db;
};

} // namespace eco::trace
