// AmbientRules: A1, anomalies of ambient station series. Four checks under one rule id, told
// apart by the clue's facet: constant value (F1 on a station series), low-variance band (F2, the
// span being the series' own observed range over a month, as ambient analysers have no permit
// limit to scale from), step change (F5 on the log ratio to the reference station, so weather that
// moves the whole city is not a step), and micro-station vs nearest national station disagreement.
#pragma once

#include "core/screen/Rule.h"

namespace eco::screen {

class StationAnomalyRule final : public Rule {
public:
    QString id() const override { return QStringLiteral("A1"); }
    SubjectKind subject() const override { return SubjectKind::Site; }
    std::int64_t contextSeconds(const ScreeningSettings& s) const override;
    void evaluate(const SiteData& site, const ScreeningSettings& s, const EvalWindow& w,
                  std::vector<Finding>& out) const override;

private:
    void constant(const SiteData&, const StationSeries&, const ScreeningSettings&, int from,
                  std::vector<Finding>&) const;
    void band(const SiteData&, const StationSeries&, const ScreeningSettings&, int from,
              std::vector<Finding>&) const;
    void step(const SiteData&, const StationSeries&, const StationSeries&, const ScreeningSettings&,
              int from, std::vector<Finding>&) const;
    void disagreement(const SiteData&, const ScreeningSettings&, int from,
                      std::vector<Finding>&) const;
};

} // namespace eco::screen
