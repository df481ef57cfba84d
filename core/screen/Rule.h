// Rule: the one interface every screening rule implements. A rule names itself (E1 ... A1),
// says which kind of subject it judges and how much data before the judged range it needs, and
// turns a subject's data into findings. It reports only detection steps inside
// [evalFrom, to) and every per-step decision depends on data up to that step, so evaluating a
// range in pieces gives the same findings as evaluating it whole (incremental = full).
#pragma once

#include "core/screen/Finding.h"
#include "core/screen/ScreeningSettings.h"
#include "core/screen/SubjectData.h"

#include <cstdint>
#include <vector>

namespace eco::screen {

enum class SubjectKind { Outlet, Enterprise, Site };

class Rule {
public:
    virtual ~Rule() = default;
    virtual QString id() const = 0;
    virtual SubjectKind subject() const = 0;
    // Seconds of data before evalFrom the rule reads.
    virtual std::int64_t contextSeconds(const ScreeningSettings& s) const = 0;

    virtual void evaluate(const OutletData&, const ScreeningSettings&, const EvalWindow&,
                          std::vector<Finding>&) const {}
    virtual void evaluate(const EnterpriseData&, const ScreeningSettings&, const EvalWindow&,
                          std::vector<Finding>&) const {}
    virtual void evaluate(const SiteData&, const ScreeningSettings&, const EvalWindow&,
                          std::vector<Finding>&) const {}
};

} // namespace eco::screen
