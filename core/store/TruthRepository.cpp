#include "core/store/TruthRepository.h"

#include "core/store/Database.h"

namespace eco::store {

TruthRepository::TruthRepository(Database& db)
    : m_db(db),
      m_violation(db.prepare("INSERT OR REPLACE INTO truth_violations(id,rule,subject_kind,"
                             "subject_id,start_ts,end_ts,detail) VALUES(?1,?2,?3,?4,?5,?6,?7)")),
      m_episode(db.prepare("INSERT OR REPLACE INTO truth_episodes(id,enterprise_id,outlet_id,"
                           "pollutant,start_ts,end_ts,rate_gps,lon,lat,detail) "
                           "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)")),
      m_observation(db.prepare("INSERT OR REPLACE INTO truth_observations(episode_id,"
                               "receptor_kind,receptor_id,ts,lon,lat,excess) "
                               "VALUES(?1,?2,?3,?4,?5,?6,?7)")) {}

void TruthRepository::write(const model::TruthViolation& v) {
    m_violation.bind(1, v.id).bind(2, v.rule).bind(3, v.subjectKind).bind(4, v.subjectId);
    m_violation.bind(5, v.startTs).bind(6, v.endTs);
    m_violation.bind(7, v.detail.isNull() ? QStringLiteral("") : v.detail).execute();
}

void TruthRepository::write(const model::TruthEpisode& e) {
    m_episode.bind(1, e.id).bind(2, e.enterpriseId);
    if (e.outletId.isEmpty())
        m_episode.bindNull(3);
    else
        m_episode.bind(3, e.outletId);
    m_episode.bind(4, e.pollutant).bind(5, e.startTs).bind(6, e.endTs).bind(7, e.rateGps);
    m_episode.bind(8, e.lon).bind(9, e.lat);
    m_episode.bind(10, e.detail.isNull() ? QStringLiteral("") : e.detail).execute();
}

void TruthRepository::write(const model::TruthObservation& o) {
    m_observation.bind(1, o.episodeId).bind(2, o.receptorKind).bind(3, o.receptorId);
    m_observation.bind(4, o.ts).bind(5, o.lon).bind(6, o.lat).bind(7, o.excess).execute();
}

QList<model::TruthViolation> TruthRepository::violations() const {
    QList<model::TruthViolation> out;
    auto st = m_db.prepare("SELECT id,rule,subject_kind,subject_id,start_ts,end_ts,detail FROM "
                           "truth_violations ORDER BY rule,subject_id,start_ts");
    while (st.step())
        out.append(
            {st.text(0), st.text(1), st.text(2), st.text(3), st.int64(4), st.int64(5), st.text(6)});
    return out;
}

QList<model::TruthEpisode> TruthRepository::episodes() const {
    QList<model::TruthEpisode> out;
    auto st = m_db.prepare("SELECT id,enterprise_id,coalesce(outlet_id,''),pollutant,start_ts,"
                           "end_ts,rate_gps,lon,lat,detail FROM truth_episodes ORDER BY start_ts");
    while (st.step())
        out.append({st.text(0), st.text(1), st.text(2), st.text(3), st.int64(4), st.int64(5),
                    st.real(6), st.real(7), st.real(8), st.text(9)});
    return out;
}

QList<model::TruthObservation> TruthRepository::observations(const QString& episodeId) const {
    QList<model::TruthObservation> out;
    auto st = m_db.prepare("SELECT episode_id,receptor_kind,receptor_id,ts,lon,lat,excess FROM "
                           "truth_observations WHERE ?1 IS NULL OR episode_id=?1 "
                           "ORDER BY episode_id,ts");
    if (episodeId.isEmpty())
        st.bindNull(1);
    else
        st.bind(1, episodeId);
    while (st.step())
        out.append(
            {st.text(0), st.text(1), st.text(2), st.int64(3), st.real(4), st.real(5), st.real(6)});
    return out;
}

} // namespace eco::store
