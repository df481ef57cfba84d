// PowerRules: the electricity-monitoring rules. P1 treatment OFF while production is ON; P2
// wrong start/stop order (production starts before treatment, or treatment stops first); P3
// emergency reduction not applied during an alert (energy vs the same hours of previous non-alert
// working days, or a line that must stop drawing power above its OFF level); P4 missing power data
// during an alert. The subject is the enterprise; the circuits are in the evidence.
#pragma once

#include "core/screen/Rule.h"

namespace eco::screen {

#define ECO_POWER_RULE(Class, Id)                                                                  \
    class Class final : public Rule {                                                              \
    public:                                                                                        \
        QString id() const override { return QStringLiteral(Id); }                                 \
        SubjectKind subject() const override { return SubjectKind::Enterprise; }                   \
        std::int64_t contextSeconds(const ScreeningSettings& s) const override;                    \
        void evaluate(const EnterpriseData& e, const ScreeningSettings& s, const EvalWindow& w,    \
                      std::vector<Finding>& out) const override;                                   \
    };

ECO_POWER_RULE(TreatmentOffRule, "P1")
ECO_POWER_RULE(StartStopOrderRule, "P2")
ECO_POWER_RULE(EmergencyReductionRule, "P3")
ECO_POWER_RULE(AlertPowerGapRule, "P4")

#undef ECO_POWER_RULE

// The (production, treatment) circuit pairs of an enterprise: by linked_meter, or the only
// treatment circuit when there is one.
std::vector<std::pair<const Circuit*, const Circuit*>> circuitPairs(const EnterpriseData& e);

} // namespace eco::screen
