// RuleSet: the screening rules the engine runs, in report order, and the data context the
// longest of them needs (how far before the judged range a run must read).
#pragma once

#include "core/screen/Rule.h"

#include <memory>
#include <vector>

namespace eco::screen {

class RuleSet {
public:
    // Every rule of CONTEXT.md section 2: E1 E2 F1-F8 P1-P4 A1.
    static RuleSet standard();
    // Only the rules whose ids are listed (all when empty).
    RuleSet only(const QStringList& ids) const;

    const std::vector<std::shared_ptr<const Rule>>& rules() const { return m_rules; }
    std::int64_t contextSeconds(const ScreeningSettings& s) const;
    QStringList ids() const;

private:
    std::vector<std::shared_ptr<const Rule>> m_rules;
};

} // namespace eco::screen
