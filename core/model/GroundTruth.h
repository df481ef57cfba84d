// Ground truth injected by the demo city: violations by rule, and pollution episodes from known
// sources with the receptors that saw them. Screening and tracing are scored against these.
#pragma once

#include <QString>

#include <cstdint>

namespace eco::model {

struct TruthViolation {
    QString id;
    QString rule;        // E1, E2, F1..F8, P1..P4, A1
    QString subjectKind; // enterprise / outlet / site / meter
    QString subjectId;
    std::int64_t startTs = 0;
    std::int64_t endTs = 0;
    QString detail;
};

struct TruthEpisode {
    QString id;
    QString enterpriseId;
    QString outletId;
    QString pollutant;
    std::int64_t startTs = 0;
    std::int64_t endTs = 0;
    double rateGps = 0;
    double lon = 0;
    double lat = 0;
    QString detail;
};

struct TruthObservation {
    QString episodeId;
    QString receptorKind; // site / vehicle / lidar
    QString receptorId;
    std::int64_t ts = 0;
    double lon = 0;
    double lat = 0;
    double excess = 0;
};

} // namespace eco::model
