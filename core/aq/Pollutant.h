// Pollutant catalogue: HJ 212-2017 codes with their names (zh, en), display units and the
// HJ/T 212-2005 codes old data loggers still send (CONTEXT.md section 3). Parsers map old codes
// through here; the UI labels series through here.
#pragma once

#include <QString>

#include <optional>
#include <span>
#include <string_view>

namespace eco::aq {

struct PollutantInfo {
    std::string_view code;    // HJ 212-2017
    std::string_view oldCode; // HJ/T 212-2005, empty when none
    std::string_view nameZh;
    std::string_view nameEn;
    std::string_view unit;
};

std::span<const PollutantInfo> pollutantCatalogue();
std::optional<PollutantInfo> pollutantInfo(std::string_view code);
// Maps a 2005 code (e.g. "02" SO2, "B02" flow) to the 2017 code; a 2017 code maps to itself.
std::optional<std::string_view> modernCode(std::string_view code);
// "PM2.5 (a34004)" style label in the current UI language (zh when `chinese`).
QString pollutantLabel(const QString& code, bool chinese);

} // namespace eco::aq
