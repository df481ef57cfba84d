// Outlet: a stack (gas) or discharge point (water) of an enterprise, with the geometry that plume
// models need and the reference O2 its concentrations are corrected to.
#pragma once

#include <QString>

#include <optional>

namespace eco::model {

struct Outlet {
    QString id;
    QString enterpriseId;
    QString mn;
    QString medium; // gas / water
    double lon = 0;
    double lat = 0;
    std::optional<double> heightM;
    std::optional<double> diameterM;
    std::optional<double> gasTempC;
    std::optional<double> gasVelocityMs;
    std::optional<double> o2RefPct;
};

} // namespace eco::model
