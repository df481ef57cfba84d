// FalsificationRules: the CEMS data-quality and falsification patterns F1-F8 of CONTEXT.md
// section 2, one small class each. All judge valid (flag N) data only, except F4 which is about
// the flags and gaps themselves. Per-hour decisions use only data up to that hour.
#pragma once

#include "core/screen/Rule.h"

namespace eco::screen {

#define ECO_OUTLET_RULE(Class, Id)                                                                 \
    class Class final : public Rule {                                                              \
    public:                                                                                        \
        QString id() const override { return QStringLiteral(Id); }                                 \
        SubjectKind subject() const override { return SubjectKind::Outlet; }                       \
        std::int64_t contextSeconds(const ScreeningSettings& s) const override;                    \
        void evaluate(const OutletData& o, const ScreeningSettings& s, const EvalWindow& w,        \
                      std::vector<Finding>& out) const override;                                   \
    };

ECO_OUTLET_RULE(ConstantValueRule, "F1")      // >= 6 h constant while flow/O2 vary
ECO_OUTLET_RULE(LowVarianceBandRule, "F2")    // 24 h range < 2 % of the analyser span
ECO_OUTLET_RULE(NearDetectionLimitRule, "F3") // 24 h median < 1.5 DL while producing
ECO_OUTLET_RULE(FlagAbuseRule, "F4")          // flagged or missing hours > 20 %
ECO_OUTLET_RULE(StepChangeRule, "F5")         // median shift > 5 MAD or a > 50 % fall
ECO_OUTLET_RULE(LimitHuggingRule, "F6")       // >= 80 % of a month in [0.9L, L), or a cliff
ECO_OUTLET_RULE(DilutionRule, "F7")           // O2 above its own P90 while raw falls
ECO_OUTLET_RULE(FlowProductionRule, "F8")     // production on, flow ~ 0

#undef ECO_OUTLET_RULE

} // namespace eco::screen
