#include "core/aq/Cems.h"

#include <cmath>

namespace eco::aq {

namespace {
bool finite(double v) {
    return std::isfinite(v);
}
} // namespace

std::optional<double> o2Corrected(double c, double o2, double o2Ref) {
    if (!finite(c) || !finite(o2) || !finite(o2Ref) || o2 < 0 || o2 >= kAirO2Pct || o2Ref < 0 ||
        o2Ref >= kAirO2Pct)
        return std::nullopt;
    return c * (kAirO2Pct - o2Ref) / (kAirO2Pct - o2);
}

std::optional<double> toStandardState(double c, double tC, double pKPa) {
    const double tK = tC + kStandardTempK;
    if (!finite(c) || !finite(tK) || !finite(pKPa) || tK <= 0 || pKPa <= 0)
        return std::nullopt;
    return c * (tK / kStandardTempK) * (kStandardPressureKPa / pKPa);
}

std::optional<double> toDryBasis(double cWet, double moisturePct) {
    if (!finite(cWet) || !finite(moisturePct) || moisturePct < 0 || moisturePct >= 100)
        return std::nullopt;
    return cWet / (1.0 - moisturePct / 100.0);
}

std::optional<double> standardDryFlow(double q, double tC, double pKPa, double moisturePct) {
    const double tK = tC + kStandardTempK;
    if (!finite(q) || !finite(tK) || !finite(pKPa) || !finite(moisturePct) || tK <= 0 ||
        pKPa <= 0 || moisturePct < 0 || moisturePct >= 100)
        return std::nullopt;
    return q * (kStandardTempK / tK) * (pKPa / kStandardPressureKPa) * (1.0 - moisturePct / 100.0);
}

double referenceO2Pct(PlantType type) {
    switch (type) {
    case PlantType::CoalPowerBoiler:
        return 6.0;
    case PlantType::OilGasPowerBoiler:
        return 3.0;
    case PlantType::GasTurbine:
        return 15.0;
    case PlantType::IndustrialCoalBoiler:
        return 9.0;
    case PlantType::IndustrialOilGasBoiler:
        return 3.5;
    }
    return 6.0;
}

} // namespace eco::aq
