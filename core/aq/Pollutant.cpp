#include "core/aq/Pollutant.h"

#include <array>

namespace eco::aq {

namespace {

// Source: HJ 212-2017 Appendix B code tables as summarised in CONTEXT.md section 3. a05024 (O3)
// is not in the 2017 table but is what ambient analysers send.
constexpr std::array kCatalogue{
    PollutantInfo{"a00000", "B02", "废气流量", "Flue-gas flow", "m3/h"},
    PollutantInfo{"a01011", "S02", "烟气流速", "Flue-gas velocity", "m/s"},
    PollutantInfo{"a01012", "S03", "烟气温度", "Flue-gas temperature", "°C"},
    PollutantInfo{"a01013", "S08", "烟气压力", "Flue-gas pressure", "kPa"},
    PollutantInfo{"a01014", "S05", "烟气湿度", "Flue-gas humidity", "%"},
    PollutantInfo{"a19001", "S01", "氧气含量", "O2", "%"},
    PollutantInfo{"a21026", "02", "二氧化硫", "SO2", "mg/m3"},
    PollutantInfo{"a21002", "03", "氮氧化物", "NOx", "mg/m3"},
    PollutantInfo{"a21003", "", "一氧化氮", "NO", "mg/m3"},
    PollutantInfo{"a21004", "", "二氧化氮", "NO2", "ug/m3"},
    PollutantInfo{"a21005", "04", "一氧化碳", "CO", "mg/m3"},
    PollutantInfo{"a34013", "01", "颗粒物", "Particulate", "mg/m3"},
    PollutantInfo{"a24088", "", "非甲烷总烃", "NMHC", "mg/m3"},
    PollutantInfo{"a34002", "", "PM10", "PM10", "ug/m3"},
    PollutantInfo{"a34004", "", "PM2.5", "PM2.5", "ug/m3"},
    PollutantInfo{"a05024", "", "臭氧", "O3", "ug/m3"},
    PollutantInfo{"a01001", "", "气温", "Temperature", "°C"},
    PollutantInfo{"a01002", "", "湿度", "Humidity", "%"},
    PollutantInfo{"a01006", "", "气压", "Pressure", "kPa"},
    PollutantInfo{"a01007", "", "风速", "Wind speed", "m/s"},
    PollutantInfo{"a01008", "", "风向", "Wind direction", "°"},
    PollutantInfo{"w00000", "B01", "废水流量", "Wastewater flow", "L/s"},
    PollutantInfo{"w01001", "001", "pH值", "pH", ""},
    PollutantInfo{"w01018", "011", "化学需氧量", "COD", "mg/L"},
    PollutantInfo{"w21003", "060", "氨氮", "Ammonia nitrogen", "mg/L"},
    PollutantInfo{"w21001", "065", "总氮", "Total nitrogen", "mg/L"},
    PollutantInfo{"w21011", "101", "总磷", "Total phosphorus", "mg/L"},
};

} // namespace

std::span<const PollutantInfo> pollutantCatalogue() {
    return kCatalogue;
}

std::optional<PollutantInfo> pollutantInfo(std::string_view code) {
    for (const auto& p : kCatalogue)
        if (p.code == code)
            return p;
    return std::nullopt;
}

std::optional<std::string_view> modernCode(std::string_view code) {
    for (const auto& p : kCatalogue) {
        if (p.code == code)
            return p.code;
        if (!p.oldCode.empty() && p.oldCode == code)
            return p.code;
    }
    return std::nullopt;
}

QString pollutantLabel(const QString& code, bool chinese) {
    const QByteArray c = code.toLatin1();
    const auto info = pollutantInfo(std::string_view(c.constData(), static_cast<size_t>(c.size())));
    if (!info)
        return code;
    const auto name = chinese ? info->nameZh : info->nameEn;
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

} // namespace eco::aq
