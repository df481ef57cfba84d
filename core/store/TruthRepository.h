// TruthRepository: writes and reads the demo's recorded ground truth (violations by rule,
// pollution episodes and their observations), against which screening and tracing are scored.
#pragma once

#include "core/model/GroundTruth.h"
#include "core/store/Statement.h"

#include <QList>

namespace eco::store {

class Database;

class TruthRepository {
public:
    explicit TruthRepository(Database& db);

    void write(const model::TruthViolation& v);
    void write(const model::TruthEpisode& e);
    void write(const model::TruthObservation& o);

    QList<model::TruthViolation> violations() const;
    QList<model::TruthEpisode> episodes() const;
    QList<model::TruthObservation> observations(const QString& episodeId = {}) const;

private:
    Database& m_db;
    Statement m_violation;
    Statement m_episode;
    Statement m_observation;
};

} // namespace eco::store
