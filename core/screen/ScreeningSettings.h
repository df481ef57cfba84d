// ScreeningSettings: every threshold of every screening rule, with the defaults of CONTEXT.md
// section 2, in one value. It loads from and saves to the store's `meta` table under keys
// `screen.<rule>.<name>` so an administrator can tune a rule without a rebuild; a key that is
// absent keeps its default, and a key that does not parse is reported, never silently ignored.
#pragma once

#include <QString>
#include <QStringList>

#include <span>

namespace eco::store {
class Database;
}

namespace eco::screen {

struct ScreeningSettings {
    // E1 / E2: exceedance of the permit limit on O2-corrected valid data.
    double o2MaxPct = 20.0; // O2 at or above this cannot be corrected: the hour is not valid
    double severity2Multiple = 0.5; // (C-L)/L at which severity becomes 2
    double severity3Multiple = 1.0; // ... and 3
    double e2MinValidHours = 20;

    // F1: constant value while flow/O2 vary.
    double f1MinHours = 6;
    double f1TolerancePct = 0.5;
    double f1FlowVaryPct = 2.0;
    double f1O2VaryPts = 0.3;
    double f1Severity3Hours = 24;

    // F2: 24 h range below a share of the analyser span (span = multiple of the hour limit).
    double f2WindowHours = 24;
    double f2MinValidHours = 20;
    double f2BandPctOfSpan = 2.0;
    double f2SpanPerLimit = 2.0; // HJ 75: full scale 2-3 x the limit; the lower end

    // F3: 24 h median near the detection limit while production runs.
    double f3WindowHours = 24;
    double f3MinValidHours = 20;
    double f3DlMultiple = 1.5;
    double f3DlSo2 = 3.0;   // mg/m3 (HJ 57 / HJ 629 analysers)
    double f3DlNox = 3.0;   // mg/m3 (HJ 693)
    double f3DlDust = 1.0;  // mg/m3 (HJ 836 low-concentration method)
    double f3DlNmhc = 0.07; // mg/m3 as C (HJ 38)
    double f3MinProducingShare = 0.75;

    // F4: flags and gaps.
    double f4WindowHours = 72;
    double f4MaxBadShare = 0.20;
    double f4HighLoadRatio = 1.5; // bad share in high-load hours over low-load hours: severity 3

    // F5: step change on O2-corrected values.
    double f5BaselineHours = 24;
    double f5RecentHours = 6;
    double f5MadMultiple = 5;
    double f5FallRatio = 0.5;
    double f5MaxLoadChange = 0.2;
    double f5MinLevelDl = 3;  // hour-to-hour falls are judged from levels >= this many DLs
    double f5MinDropPct = 30; // a median shift must take the level this far below the usual one
    double f5UsualDays = 7;   // days whose median is the outlet's usual level
    double f5Rises = 0;       // 1: rises are steps too (off by default: a rise is an E1/E2 matter)

    // F6: limit hugging over a month.
    double f6WindowDays = 30;
    double f6MinValidHours = 168;
    double f6BandLow = 0.9;
    double f6Share = 0.8;
    double f6CliffMinShare = 0.3;
    double f6CliffRatio = 0.05;

    // F7: dilution.
    double f7BaselineDays = 30;
    double f7MinBaselineHours = 72;
    double f7O2MarginPts = 1.0;
    double f7CoalO2Pct = 15.0;
    double f7RawFallRatio = 0.95;
    double f7MinHours = 2;

    // F8: flow vs production.
    double f8BaselineDays = 30;
    double f8FlowZeroShare = 0.05; // of the outlet's own P90 flow
    double f8MinHours = 2;
    double f8CorrelationHours = 72;        // window whose flow-power correlation is judged
    double f8CorrelationBaselineDays = 14; // the outlet's usual correlation, before the window
    double f8BrokenCorrelation = 0.3;      // correlation under this is broken ...
    double f8UsualCorrelation = 0.7;       // ... where it used to be at least this
    double f8MinLoadCv = 0.1; // production power must swing (coefficient of variation) to judge

    // Circuits (all P rules, F3, F8): ON/OFF from power.
    double circuitDwellMin = 15;
    double circuitLearnDays = 14;
    double circuitMinOnKw = 1.0;
    double circuitOffAt = 0.4; // share of the way from the OFF mode to the ON mode
    double circuitOnAt = 0.6;
    double circuitOffMaxShare = 0.3; // an OFF mode above this share of the ON mode is a load level
                                     // (standby draws a few %; an alert cut runs at 40-70 %)

    // P1 / P2.
    double p1MinMinutes = 15;
    double p1HighMinutes = 60;
    double p2MaxLagMinutes = 10;
    double p2WindowMinutes = 120;

    // P3 / P4.
    double p3Margin = 0.10;
    double p3BaselineMinDays = 7;
    double p3BaselineMaxDays = 14;
    double p3BaselineShortDays = 5; // fewer days of history than the minimum: judged, flagged thin
    double p3MinHours = 3;
    double p4MinMissingMinutes = 60;

    // A1: station series.
    double a1MinHours = 6;
    double a1TolerancePct = 0.5;
    double a1ConstantFloor =
        1; // ug/m3 (CO: a tenth, mg/m3): a value held at or under it is the floor
    double a1BandWindowHours = 24;
    double a1BandPct = 2.0;
    double a1SpanDays = 30;
    double a1StepMinFactor = 0.5; // a station step must also be material: ratio to reference halves
    double a1DisagreeFactor = 2.0;
    double a1DisagreeHours = 12;   // half a day: longer than a kerbside rush-hour excursion
    double a1StepRecentHours = 12; // a station step holds this long (outlets: f5RecentHours)
    double a1DisagreeMinLevel = 10;

    // One row per setting: rule, name and what it means (for `screen --settings` and the GUI).
    struct Entry {
        const char* rule;
        const char* name;
        double ScreeningSettings::*member;
        const char* meaning;
    };
    static std::span<const Entry> entries();

    // Keys missing from meta keep the defaults. Throws StoreError naming the key when a stored
    // value is not a number.
    static ScreeningSettings load(const store::Database& db);
    void save(store::Database& db) const;
    static QString key(const Entry& e);
};

} // namespace eco::screen
