#include "ClueTestStore.h"

#include <cmath>

namespace eco::cluetest {

namespace {

void text(store::Statement& st, int i, const QString& s) {
    const QByteArray u = s.toUtf8();
    st.bind(i, std::string_view(u.constData(), static_cast<std::size_t>(u.size())));
}

std::int64_t series(store::Database& db, const QString& source, const char* pollutant) {
    auto st = db.prepare("INSERT INTO series(source_id, pollutant, interval) VALUES(?1,?2,'hour')");
    st.bind(1, source).bind(2, pollutant).execute();
    return db.lastInsertRowId();
}

} // namespace

void insertUser(store::Database& db, const QString& name, const QString& role,
                const QString& district, const QString& team) {
    auto st = db.prepare("INSERT INTO users(username, role, district, team, pw_algo, pw_salt, "
                         "pw_hash, created_ts) VALUES(?1,?2,?3,?4,'none',x'00',x'00',0)");
    text(st, 1, name);
    text(st, 2, role);
    text(st, 3, district);
    text(st, 4, team);
    st.execute();
}

void insertClue(store::Database& db, const QString& id, const QString& rule, const QString& kind,
                const QString& subject, std::int64_t start, std::int64_t end, int severity,
                double score, const QString& summary, const QString& district,
                const QString& industry, const QString& evidenceJson) {
    auto st = db.prepare(
        "INSERT INTO clues(id, rule, subject_kind, subject_id, start_ts, end_ts, severity, score, "
        "summary, evidence, district, industry, created_ts, updated_ts) "
        "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?5,?5)");
    text(st, 1, id);
    text(st, 2, rule);
    text(st, 3, kind);
    text(st, 4, subject);
    st.bind(5, start).bind(6, end).bind(7, severity).bind(8, score);
    text(st, 9, summary);
    text(st, 10, evidenceJson);
    text(st, 11, district);
    text(st, 12, industry);
    st.execute();
}

void build(store::Database& db) {
    store::Transaction tx(db);
    insertUser(db, QStringLiteral("viewer"), QStringLiteral("viewer"));
    insertUser(db, QStringLiteral("duty"), QStringLiteral("duty_officer"));
    insertUser(db, QStringLiteral("duty2"), QStringLiteral("duty_officer"), QStringLiteral("D2"));
    insertUser(db, QStringLiteral("field1"), QStringLiteral("field_officer"), {},
               QStringLiteral("t1"));
    insertUser(db, QStringLiteral("sup"), QStringLiteral("supervisor"));
    insertUser(db, QStringLiteral("admin"), QStringLiteral("administrator"));
    db.exec("INSERT INTO enterprises(id,name,industry,district,lon,lat) VALUES"
            "('E1','锦江钢铁厂','steel','D1',104.10,30.60),"
            "('E2','Cement Works','cement','D2',104.00,30.70)");
    db.exec("INSERT INTO outlets(id,enterprise_id,medium,lon,lat,o2_ref_pct) VALUES"
            "('O1','E1','gas',104.101,30.601,6)");
    db.exec("INSERT INTO limits(outlet_id,pollutant,interval,limit_value,unit) VALUES"
            "('O1','a21026','hour',50,'mg/m3'),('O1','a21026','day',40,'mg/m3')");
    db.exec("INSERT INTO sites(id,name,kind,lon,lat,district) VALUES"
            "('M1','Micro One','micro',104.05,30.65,'D1'),"
            "('N1','National One','national',104.06,30.66,'D1')");
    db.exec("INSERT INTO power_meters(meter_id,enterprise_id,circuit) VALUES"
            "('E1-PROD','E1','production'),('E1-TREAT','E1','treatment'),"
            "('E2-PROD','E2','production'),('E2-TREAT','E2','treatment')");

    // Hourly SO2 and O2 for O1 and PM2.5 for the stations over four days around kT0.
    const std::int64_t so2 = series(db, QStringLiteral("O1"), "a21026");
    const std::int64_t o2 = series(db, QStringLiteral("O1"), "a19001");
    const std::int64_t m1 = series(db, QStringLiteral("M1"), "a34004");
    const std::int64_t n1 = series(db, QStringLiteral("N1"), "a34004");
    auto reading =
        db.prepare("INSERT INTO readings(series_id, ts, value, flag) VALUES(?1,?2,?3,?4)");
    for (int h = -48; h < 48; ++h) {
        const std::int64_t ts = kT0 + h * 3600;
        const bool spike = h >= 2 && h < 5;
        reading.bind(1, so2).bind(2, ts).bind(3, spike ? 120.0 : 30.0 + 5 * std::sin(h));
        reading.bind(4, h == 10 ? "M" : "N").execute();
        reading.bind(1, o2).bind(2, ts).bind(3, 9.0).bind(4, "N").execute();
        reading.bind(1, m1).bind(2, ts).bind(3, h >= 0 && h < 8 ? 73.1 : 40.0 + h % 7);
        reading.bind(4, "N").execute();
        reading.bind(1, n1).bind(2, ts).bind(3, 38.0 + h % 5).bind(4, "N").execute();
    }
    auto power = db.prepare("INSERT INTO power_readings(meter, ts, kw) SELECT id, ?2, ?3 FROM "
                            "power_meters WHERE meter_id=?1");
    for (int q = -96; q < 96; ++q) {
        const std::int64_t ts = kT0 + q * 900;
        const bool treatmentOff = q >= 8 && q < 14;
        power.bind(1, "E1-PROD").bind(2, ts).bind(3, 500.0).execute();
        power.bind(1, "E1-TREAT").bind(2, ts).bind(3, treatmentOff ? 2.0 : 80.0).execute();
        power.bind(1, "E2-PROD").bind(2, ts).bind(3, 900.0).execute();
    }
    db.exec("INSERT INTO alerts(level,start_ts,end_ts,region) VALUES('orange',1791129600,"
            "1791302400,'city')");

    const std::int64_t h = 3600;
    insertClue(db, "C-E1", "E1", "outlet", "O1", kT0 + 2 * h, kT0 + 5 * h, 3, 0.95,
               "a21026 hourly O2-corrected 144 mg/m3 = 2.9 x hour limit 50", "D1", "steel",
               R"({"corrected":144,"enterprise_id":"E1","facet":"a21026","limit":50,)"
               R"("limit_interval":"hour","o2_ref":6,"peak_ts":"2026-10-05T03:00:00+08:00",)"
               R"("series":[{"interval":"hour","pollutant":"a21026","source_id":"O1"}],)"
               R"("window":{"end_ts":1791147600,"start_ts":1791136800}})");
    insertClue(db, "C-F4", "F4", "outlet", "O1", kT0 - 24 * h, kT0 + 24 * h, 1, 0.35,
               "40% of hours flagged or missing (100% promised)", "D1", "steel",
               R"({"bad_share":0.4,"enterprise_id":"E1","facet":"",)"
               R"("series":[{"interval":"hour","source_id":"O1"}]})");
    insertClue(db, "C-P1", "P1", "enterprise", "E1", kT0 + 2 * h, kT0 + 7 * h / 2, 3, 0.85,
               "treatment off for 90 min while producing", "D1", "steel",
               R"({"circuits":[{"circuit":"production","meter_id":"E1-PROD","off_kw":100,)"
               R"("on_kw":400}],"facet":"E1-PROD","minutes_so_far":90})");
    insertClue(db, "C-P3", "P3", "enterprise", "E2", kT0, kT0 + 24 * h, 2, 0.7,
               "orange alert: production energy at 100% of baseline, 50% reduction required", "D2",
               "cement",
               R"({"alert":{"end":"2026-10-07T00:00:00+08:00","id":1,"level":"orange",)"
               R"("required_reduction_pct":50,"start":"2026-10-05T00:00:00+08:00"},)"
               R"("allowed_ratio":0.6,"energy_ratio":1.0,"facet":"alert-1",)"
               R"("circuits":[{"circuit":"production","meter_id":"E2-PROD","on_kw":700}]})");
    insertClue(db, "C-P4", "P4", "enterprise", "E2", kT0 + 30 * h, kT0 + 33 * h, 2, 0.55,
               "power data missing 3 h during the orange alert", "D2", "cement",
               R"({"alert":{"end":"2026-10-07T00:00:00+08:00","id":1,"level":"orange",)"
               R"("start":"2026-10-05T00:00:00+08:00"},"facet":"alert-1",)"
               R"("missing_meters":["E2-TREAT"]})");
    insertClue(db, "C-A1", "A1", "site", "M1", kT0, kT0 + 8 * h, 1, 0.15,
               "PM2.5 constant at 73.1 for 8 h (100% flat)", "D1", "",
               R"({"facet":"constant:a34004","kind":"constant","value":73.1,)"
               R"("series":[{"interval":"hour","pollutant":"a34004","source_id":"M1"},)"
               R"({"interval":"hour","pollutant":"a34004","source_id":"N1"}]})");
    tx.commit();
}

} // namespace eco::cluetest
