#include "core/screen/ScreeningSettings.h"

#include "core/store/Database.h"
#include "core/store/StoreError.h"

#include <QHash>

#include <array>

namespace eco::screen {

namespace {

using S = ScreeningSettings;
constexpr std::array kEntries{
    S::Entry{
        "E1", "o2_max_pct", &S::o2MaxPct,
        QT_TRANSLATE_NOOP("ScreeningSettings", "O2 (%) at or above which no correction is valid")},
    S::Entry{"E1", "severity2_multiple", &S::severity2Multiple,
             QT_TRANSLATE_NOOP("ScreeningSettings", "(C-L)/L for severity 2")},
    S::Entry{"E1", "severity3_multiple", &S::severity3Multiple,
             QT_TRANSLATE_NOOP("ScreeningSettings", "(C-L)/L for severity 3")},
    S::Entry{"E2", "min_valid_hours", &S::e2MinValidHours,
             QT_TRANSLATE_NOOP("ScreeningSettings", "valid hours for a daily mean")},
    S::Entry{"F1", "min_hours", &S::f1MinHours,
             QT_TRANSLATE_NOOP("ScreeningSettings", "consecutive constant hours")},
    S::Entry{"F1", "tolerance_pct", &S::f1TolerancePct,
             QT_TRANSLATE_NOOP("ScreeningSettings", "max-min as % of the value")},
    S::Entry{
        "F1", "flow_vary_pct", &S::f1FlowVaryPct,
        QT_TRANSLATE_NOOP("ScreeningSettings", "flow range (% of mean) that counts as varying")},
    S::Entry{"F1", "o2_vary_pts", &S::f1O2VaryPts,
             QT_TRANSLATE_NOOP("ScreeningSettings", "O2 range (points) that counts as varying")},
    S::Entry{"F1", "severity3_hours", &S::f1Severity3Hours,
             QT_TRANSLATE_NOOP("ScreeningSettings", "constant this long: severity 3")},
    S::Entry{"F2", "window_hours", &S::f2WindowHours,
             QT_TRANSLATE_NOOP("ScreeningSettings", "band window")},
    S::Entry{"F2", "min_valid_hours", &S::f2MinValidHours,
             QT_TRANSLATE_NOOP("ScreeningSettings", "valid hours in the window")},
    S::Entry{"F2", "band_pct_of_span", &S::f2BandPctOfSpan,
             QT_TRANSLATE_NOOP("ScreeningSettings", "range below this % of span")},
    S::Entry{
        "F2", "span_per_limit", &S::f2SpanPerLimit,
        QT_TRANSLATE_NOOP("ScreeningSettings", "analyser span as a multiple of the hour limit")},
    S::Entry{"F3", "window_hours", &S::f3WindowHours,
             QT_TRANSLATE_NOOP("ScreeningSettings", "median window")},
    S::Entry{"F3", "min_valid_hours", &S::f3MinValidHours,
             QT_TRANSLATE_NOOP("ScreeningSettings", "valid hours in the window")},
    S::Entry{"F3", "dl_multiple", &S::f3DlMultiple,
             QT_TRANSLATE_NOOP("ScreeningSettings", "median below this multiple of the DL")},
    S::Entry{"F3", "dl_a21026", &S::f3DlSo2,
             QT_TRANSLATE_NOOP("ScreeningSettings", "SO2 detection limit, mg/m3")},
    S::Entry{"F3", "dl_a21002", &S::f3DlNox,
             QT_TRANSLATE_NOOP("ScreeningSettings", "NOx detection limit, mg/m3")},
    S::Entry{"F3", "dl_a34013", &S::f3DlDust,
             QT_TRANSLATE_NOOP("ScreeningSettings", "particulate detection limit, mg/m3")},
    S::Entry{"F3", "dl_a24088", &S::f3DlNmhc,
             QT_TRANSLATE_NOOP("ScreeningSettings", "NMHC detection limit, mg/m3")},
    S::Entry{"F3", "min_producing_share", &S::f3MinProducingShare,
             QT_TRANSLATE_NOOP("ScreeningSettings", "share of window hours producing")},
    S::Entry{"F4", "window_hours", &S::f4WindowHours,
             QT_TRANSLATE_NOOP("ScreeningSettings", "trailing window")},
    S::Entry{"F4", "max_bad_share", &S::f4MaxBadShare,
             QT_TRANSLATE_NOOP("ScreeningSettings", "share of flagged or missing hours")},
    S::Entry{"F4", "high_load_ratio", &S::f4HighLoadRatio,
             QT_TRANSLATE_NOOP("ScreeningSettings", "high-load vs low-load bad share: severity 3")},
    S::Entry{"F5", "min_drop_pct", &S::f5MinDropPct,
             QT_TRANSLATE_NOOP("ScreeningSettings",
                               "a median shift must fall this % below the usual level")},
    S::Entry{"F5", "usual_days", &S::f5UsualDays,
             QT_TRANSLATE_NOOP("ScreeningSettings",
                               "days whose median is the usual level a fall must go below")},
    S::Entry{"F5", "baseline_hours", &S::f5BaselineHours,
             QT_TRANSLATE_NOOP("ScreeningSettings", "rolling-median baseline")},
    S::Entry{"F5", "recent_hours", &S::f5RecentHours,
             QT_TRANSLATE_NOOP("ScreeningSettings", "recent median compared with the baseline")},
    S::Entry{"F5", "mad_multiple", &S::f5MadMultiple,
             QT_TRANSLATE_NOOP("ScreeningSettings", "shift in MADs")},
    S::Entry{"F5", "fall_ratio", &S::f5FallRatio,
             QT_TRANSLATE_NOOP("ScreeningSettings", "hour-to-hour fall below this ratio")},
    S::Entry{"F5", "max_load_change", &S::f5MaxLoadChange,
             QT_TRANSLATE_NOOP("ScreeningSettings", "flow change that explains a step")},
    S::Entry{"F5", "min_level_dl", &S::f5MinLevelDl,
             QT_TRANSLATE_NOOP("ScreeningSettings",
                               "hour falls judged only from this many detection limits up")},
    S::Entry{"F5", "rises", &S::f5Rises,
             QT_TRANSLATE_NOOP("ScreeningSettings", "1: rises count as steps too")},
    S::Entry{"F6", "window_days", &S::f6WindowDays,
             QT_TRANSLATE_NOOP("ScreeningSettings", "trailing window")},
    S::Entry{"F6", "min_valid_hours", &S::f6MinValidHours,
             QT_TRANSLATE_NOOP("ScreeningSettings", "valid hours in the window")},
    S::Entry{"F6", "band_low", &S::f6BandLow,
             QT_TRANSLATE_NOOP("ScreeningSettings", "lower edge of the band as a share of L")},
    S::Entry{"F6", "share", &S::f6Share,
             QT_TRANSLATE_NOOP("ScreeningSettings", "share of valid hours in the band")},
    S::Entry{"F6", "cliff_min_share", &S::f6CliffMinShare,
             QT_TRANSLATE_NOOP("ScreeningSettings", "band share for a histogram cliff")},
    S::Entry{"F6", "cliff_ratio", &S::f6CliffRatio,
             QT_TRANSLATE_NOOP("ScreeningSettings",
                               "hours in [L,1.1L) per band hour below which it is a cliff")},
    S::Entry{"F7", "baseline_days", &S::f7BaselineDays,
             QT_TRANSLATE_NOOP("ScreeningSettings", "O2 P90 baseline (complete days before)")},
    S::Entry{"F7", "min_baseline_hours", &S::f7MinBaselineHours,
             QT_TRANSLATE_NOOP("ScreeningSettings", "valid hours in the baseline")},
    S::Entry{"F7", "o2_margin_pts", &S::f7O2MarginPts,
             QT_TRANSLATE_NOOP("ScreeningSettings", "O2 above P90 by this many points")},
    S::Entry{
        "F7", "coal_o2_pct", &S::f7CoalO2Pct,
        QT_TRANSLATE_NOOP("ScreeningSettings", "O2 above this at a coal boiler (O2 ref 6 or 9 %)")},
    S::Entry{"F7", "raw_fall_ratio", &S::f7RawFallRatio,
             QT_TRANSLATE_NOOP("ScreeningSettings",
                               "raw concentrations below this share of their median")},
    S::Entry{"F7", "min_hours", &S::f7MinHours,
             QT_TRANSLATE_NOOP("ScreeningSettings", "consecutive hours")},
    S::Entry{"F8", "correlation_hours", &S::f8CorrelationHours,
             QT_TRANSLATE_NOOP("ScreeningSettings", "window of the flow-power correlation")},
    S::Entry{"F8", "correlation_baseline_days", &S::f8CorrelationBaselineDays,
             QT_TRANSLATE_NOOP("ScreeningSettings", "days of the usual correlation before it")},
    S::Entry{"F8", "broken_correlation", &S::f8BrokenCorrelation,
             QT_TRANSLATE_NOOP("ScreeningSettings", "correlation under this is broken")},
    S::Entry{"F8", "usual_correlation", &S::f8UsualCorrelation,
             QT_TRANSLATE_NOOP("ScreeningSettings", "usual correlation at least this")},
    S::Entry{"F8", "min_load_cv", &S::f8MinLoadCv,
             QT_TRANSLATE_NOOP("ScreeningSettings", "production power variation needed to judge")},
    S::Entry{"F8", "baseline_days", &S::f8BaselineDays,
             QT_TRANSLATE_NOOP("ScreeningSettings", "flow P90 baseline (complete days before)")},
    S::Entry{"F8", "flow_zero_share", &S::f8FlowZeroShare,
             QT_TRANSLATE_NOOP("ScreeningSettings", "flow below this share of its P90 is ~0")},
    S::Entry{"F8", "min_hours", &S::f8MinHours,
             QT_TRANSLATE_NOOP("ScreeningSettings", "consecutive hours")},
    S::Entry{"circuit", "dwell_min", &S::circuitDwellMin,
             QT_TRANSLATE_NOOP("ScreeningSettings", "minimum dwell before a state change")},
    S::Entry{"circuit", "learn_days", &S::circuitLearnDays,
             QT_TRANSLATE_NOOP("ScreeningSettings", "days of history to learn thresholds")},
    S::Entry{"circuit", "min_on_kw", &S::circuitMinOnKw,
             QT_TRANSLATE_NOOP("ScreeningSettings", "below this a circuit is never ON")},
    S::Entry{"circuit", "off_at", &S::circuitOffAt,
             QT_TRANSLATE_NOOP("ScreeningSettings", "OFF threshold between the two modes")},
    S::Entry{"circuit", "on_at", &S::circuitOnAt,
             QT_TRANSLATE_NOOP("ScreeningSettings", "ON threshold between the two modes")},
    S::Entry{
        "circuit", "off_max_share", &S::circuitOffMaxShare,
        QT_TRANSLATE_NOOP("ScreeningSettings",
                          "lower mode above this share of the upper: two load levels, not OFF/ON")},
    S::Entry{"P1", "min_minutes", &S::p1MinMinutes,
             QT_TRANSLATE_NOOP("ScreeningSettings", "treatment OFF while producing")},
    S::Entry{"P1", "high_minutes", &S::p1HighMinutes,
             QT_TRANSLATE_NOOP("ScreeningSettings", "... this long: severity 3")},
    S::Entry{"P2", "max_lag_minutes", &S::p2MaxLagMinutes,
             QT_TRANSLATE_NOOP("ScreeningSettings", "lag beyond which the order is wrong")},
    S::Entry{"P2", "window_minutes", &S::p2WindowMinutes,
             QT_TRANSLATE_NOOP("ScreeningSettings", "longest lag still read as start/stop order")},
    S::Entry{"P3", "margin", &S::p3Margin,
             QT_TRANSLATE_NOOP("ScreeningSettings", "allowed excess over (1 - reduction)")},
    S::Entry{"P3", "baseline_min_days", &S::p3BaselineMinDays,
             QT_TRANSLATE_NOOP("ScreeningSettings", "working days in the baseline, at least")},
    S::Entry{"P3", "baseline_max_days", &S::p3BaselineMaxDays,
             QT_TRANSLATE_NOOP("ScreeningSettings", "working days in the baseline, at most")},
    S::Entry{
        "P3", "baseline_short_days", &S::p3BaselineShortDays,
        QT_TRANSLATE_NOOP(
            "ScreeningSettings",
            "working days judged (thin baseline) when the history is shorter than the minimum")},
    S::Entry{"P3", "min_hours", &S::p3MinHours,
             QT_TRANSLATE_NOOP(
                 "ScreeningSettings",
                 "baseline production hours of the alert before the energy ratio is judged")},
    S::Entry{"P4", "min_missing_minutes", &S::p4MinMissingMinutes,
             QT_TRANSLATE_NOOP("ScreeningSettings", "missing power during an alert")},
    S::Entry{"A1", "step_recent_hours", &S::a1StepRecentHours,
             QT_TRANSLATE_NOOP("ScreeningSettings", "hours a station step must hold")},
    S::Entry{"A1", "constant_floor", &S::a1ConstantFloor,
             QT_TRANSLATE_NOOP("ScreeningSettings",
                               "a station value held at or under this is the instrument floor")},
    S::Entry{"A1", "min_hours", &S::a1MinHours,
             QT_TRANSLATE_NOOP("ScreeningSettings", "constant hours at a station")},
    S::Entry{"A1", "tolerance_pct", &S::a1TolerancePct,
             QT_TRANSLATE_NOOP("ScreeningSettings", "max-min as % of the value")},
    S::Entry{"A1", "band_window_hours", &S::a1BandWindowHours,
             QT_TRANSLATE_NOOP("ScreeningSettings", "low-variance window")},
    S::Entry{"A1", "band_pct", &S::a1BandPct,
             QT_TRANSLATE_NOOP("ScreeningSettings", "range below this % of the observed span")},
    S::Entry{"A1", "span_days", &S::a1SpanDays,
             QT_TRANSLATE_NOOP("ScreeningSettings", "days over which the observed span is taken")},
    S::Entry{"A1", "step_min_factor", &S::a1StepMinFactor,
             QT_TRANSLATE_NOOP("ScreeningSettings",
                               "a step must change the ratio to the reference beyond this factor")},
    S::Entry{"A1", "disagree_factor", &S::a1DisagreeFactor,
             QT_TRANSLATE_NOOP("ScreeningSettings", "micro/national ratio beyond this factor")},
    S::Entry{"A1", "disagree_hours", &S::a1DisagreeHours,
             QT_TRANSLATE_NOOP("ScreeningSettings", "median window of the ratio")},
    S::Entry{"A1", "disagree_min_level", &S::a1DisagreeMinLevel,
             QT_TRANSLATE_NOOP("ScreeningSettings",
                               "ug/m3 (CO: mg/m3 x 10) below which no station ratio is judged")},
};

} // namespace

std::span<const ScreeningSettings::Entry> ScreeningSettings::entries() {
    return kEntries;
}

QString ScreeningSettings::key(const Entry& e) {
    return QStringLiteral("screen.%1.%2").arg(QLatin1String(e.rule), QLatin1String(e.name));
}

ScreeningSettings ScreeningSettings::load(const store::Database& db) {
    ScreeningSettings s;
    auto st = db.prepare("SELECT key, value FROM meta WHERE key LIKE 'screen.%'");
    QHash<QString, QString> stored;
    while (st.step())
        stored.insert(st.text(0), st.text(1));
    for (const Entry& e : kEntries) {
        const auto it = stored.constFind(key(e));
        if (it == stored.constEnd())
            continue;
        bool ok = false;
        const double v = it->toDouble(&ok);
        if (!ok)
            throw store::StoreError(
                ("meta key " + key(e) + ": '" + *it + "' is not a number").toStdString());
        s.*(e.member) = v;
    }
    return s;
}

void ScreeningSettings::save(store::Database& db) const {
    store::Transaction tx(db);
    for (const Entry& e : kEntries)
        db.setMeta(key(e), QString::number(this->*(e.member), 'g', 12));
    tx.commit();
}

} // namespace eco::screen
