// CEMS arithmetic for exhaust-gas monitoring (HJ 75 / HJ 212-2017 Appendix D): converting a
// measured concentration to the standard state (273.15 K, 101.325 kPa), to the dry basis and to
// the reference oxygen content a limit is written for. Loggers send converted ("Zs") values too,
// but the store keeps only raw values and recomputes conversions here, so a logger's wrong
// reference O2 cannot hide an exceedance. Reference O2 per boiler type is configurable
// (CONTEXT.md marks the table "verify").
#pragma once

#include <optional>

namespace eco::aq {

constexpr double kStandardTempK = 273.15;
constexpr double kStandardPressureKPa = 101.325;
constexpr double kAirO2Pct = 21.0;

// C_zs = C * (21 - O2_ref) / (21 - O2). nullopt when O2 >= 21 % (no combustion gas left: the
// formula diverges) or any input is not finite or negative O2.
std::optional<double> o2Corrected(double concentration, double o2Pct, double o2RefPct);

// Concentration at actual flue conditions -> standard state: the same mass in a smaller volume.
std::optional<double> toStandardState(double concentration, double gasTempC, double pressureKPa);
// Wet -> dry basis with the flue-gas moisture content (volume %, a01014).
std::optional<double> toDryBasis(double concentrationWet, double moisturePct);
// Actual (wet) volume flow -> standard dry flow, as permits count emitted mass.
std::optional<double> standardDryFlow(double actualFlow, double gasTempC, double pressureKPa,
                                      double moisturePct);

// Reference O2 by combustion plant (CONTEXT.md section 3, "verify": keep configurable).
enum class PlantType {
    CoalPowerBoiler,
    OilGasPowerBoiler,
    GasTurbine,
    IndustrialCoalBoiler,
    IndustrialOilGasBoiler
};
double referenceO2Pct(PlantType type);

} // namespace eco::aq
