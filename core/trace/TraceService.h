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
};

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
    TraceResult result; // trajectory and cone in metres around (lon, lat)
    std::vector<TraceCandidateRow> rows;
};

struct EvaluationReport {
    int episodes = 0; // with at least one station observation
    int top1Hits = 0;
    int top3Hits = 0;
    double top1Rate() const { return episodes ? double(top1Hits) / episodes : 0; }
    double top3Rate() const { return episodes ? double(top3Hits) / episodes : 0; }
    QStringList lines; // one per episode: id, source, station, rank found
};

class TraceService {
public:
    explicit TraceService(store::Database& db) : m_db(db) {}

    TraceReport run(const TraceRequest& request) const;
    EvaluationReport evaluate(const TraceRequest& defaults) const;

    // Ambient pollutant -> the CEMS factor whose mass rate explains it.
    static QString emissionFactorFor(const QString& ambientPollutant);

private:
    store::Database& m_db;
};

} // namespace eco::trace
