// ExceedanceRules: E1 (hourly O2-corrected mean above the hour limit) and E2 (valid daily mean,
// >= 20 valid hours, above the day limit; local Asia/Shanghai days). Severity grows with the
// multiple (C-L)/L; the evidence names the series, the limit and the peak hour or day.
#pragma once

#include "core/screen/Rule.h"

namespace eco::screen {

class HourlyExceedanceRule final : public Rule {
public:
    QString id() const override { return QStringLiteral("E1"); }
    SubjectKind subject() const override { return SubjectKind::Outlet; }
    std::int64_t contextSeconds(const ScreeningSettings&) const override { return 0; }
    void evaluate(const OutletData& o, const ScreeningSettings& s, const EvalWindow& w,
                  std::vector<Finding>& out) const override;
};

class DailyExceedanceRule final : public Rule {
public:
    QString id() const override { return QStringLiteral("E2"); }
    SubjectKind subject() const override { return SubjectKind::Outlet; }
    std::int64_t contextSeconds(const ScreeningSettings&) const override { return 86400; }
    void evaluate(const OutletData& o, const ScreeningSettings& s, const EvalWindow& w,
                  std::vector<Finding>& out) const override;
};

// Shared by the outlet rules: a finding on an outlet with the usual evidence fields.
Finding outletFinding(const QString& rule, const OutletData& o, const QString& facet,
                      std::int64_t start, std::int64_t end, int severity, double score,
                      const QString& summary, QJsonObject evidence);

} // namespace eco::screen
