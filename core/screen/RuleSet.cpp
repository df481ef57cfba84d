#include "core/screen/RuleSet.h"

#include "core/screen/AmbientRules.h"
#include "core/screen/ExceedanceRules.h"
#include "core/screen/FalsificationRules.h"
#include "core/screen/PowerRules.h"

#include <algorithm>

namespace eco::screen {

RuleSet RuleSet::standard() {
    RuleSet r;
    r.m_rules = {
        std::make_shared<HourlyExceedanceRule>(),   std::make_shared<DailyExceedanceRule>(),
        std::make_shared<ConstantValueRule>(),      std::make_shared<LowVarianceBandRule>(),
        std::make_shared<NearDetectionLimitRule>(), std::make_shared<FlagAbuseRule>(),
        std::make_shared<StepChangeRule>(),         std::make_shared<LimitHuggingRule>(),
        std::make_shared<DilutionRule>(),           std::make_shared<FlowProductionRule>(),
        std::make_shared<TreatmentOffRule>(),       std::make_shared<StartStopOrderRule>(),
        std::make_shared<EmergencyReductionRule>(), std::make_shared<AlertPowerGapRule>(),
        std::make_shared<StationAnomalyRule>()};
    return r;
}

RuleSet RuleSet::only(const QStringList& ids) const {
    if (ids.isEmpty())
        return *this;
    RuleSet r;
    for (const auto& rule : m_rules)
        if (ids.contains(rule->id()))
            r.m_rules.push_back(rule);
    return r;
}

std::int64_t RuleSet::contextSeconds(const ScreeningSettings& s) const {
    std::int64_t c = 0;
    for (const auto& rule : m_rules)
        c = std::max(c, rule->contextSeconds(s));
    return c;
}

QStringList RuleSet::ids() const {
    QStringList out;
    for (const auto& rule : m_rules)
        out << rule->id();
    return out;
}

} // namespace eco::screen
