// ClueEvidence: what the detail view plots for a clue, read from the evidence JSON the screening
// rules write (core/screen: `series`, `limit`, `window`, `circuits`, `alert`, `missing_meters`)
// and completed from the store where the evidence is silent: the permit limit of an outlet's
// pollutant, the O2-corrected series next to the raw one, the enterprise's production and
// treatment meters for P rules and for F3/F8 (production evidence), a pollutant for F4 (flags and
// gaps of the whole outlet). Every rule family has a shape; anything missing is noted in `notes`
// instead of failing, so the view can say what it could not show.
#pragma once

#include "core/clue/ClueTypes.h"
#include "core/store/SeriesRepository.h"

#include <QJsonObject>

#include <optional>
#include <vector>

namespace eco::store {
class Database;
}

namespace eco::clue {

struct SeriesRef {
    QString sourceId;
    QString pollutant;
    QString interval = QStringLiteral("hour");
    bool reference = false; // a comparison series (A1: the nearest national station)
};

struct CircuitRef {
    QString meterId;
    QString circuit; // production / treatment / total
    std::optional<double> onKw;
    std::optional<double> offKw;
    bool missing = false; // P4: named as missing during the alert
};

struct AlertBand {
    QString level; // yellow / orange / red
    std::int64_t startTs = 0;
    std::int64_t endTs = 0;
    std::optional<double> requiredReductionPct;
};

struct EvidencePlan {
    QString rule;
    std::int64_t windowStart = 0;
    std::int64_t windowEnd = 0;
    std::int64_t plotFrom = 0;
    std::int64_t plotTo = 0;
    std::optional<std::int64_t> peakTs;
    std::optional<double> limit;
    QString limitInterval;          // hour / day
    std::optional<double> o2RefPct; // to plot the O2-corrected series next to the raw one
    std::vector<SeriesRef> series;
    std::vector<CircuitRef> circuits;
    std::optional<AlertBand> alert;
    QStringList notes; // what the evidence lacked
    QJsonObject facts; // the scalar evidence fields (for the facts table)

    static EvidencePlan build(const store::Database& db, const ClueRow& clue,
                              const QJsonObject& evidence);
};

struct LoadedSeries {
    SeriesRef ref;
    std::vector<store::SeriesPoint> points;
    std::vector<store::SeriesPoint> corrected; // O2-corrected, when o2RefPct and O2 exist
};

struct LoadedCircuit {
    CircuitRef ref;
    std::vector<store::SeriesPoint> points;
};

struct EvidenceData {
    EvidencePlan plan;
    std::vector<LoadedSeries> series;
    std::vector<LoadedCircuit> circuits;

    static EvidenceData load(const store::Database& db, EvidencePlan plan);
    bool empty() const;
};

} // namespace eco::clue
