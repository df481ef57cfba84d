#include "core/ingest/InputCrs.h"

#include <cctype>
#include <string>

namespace eco::ingest {

std::optional<InputCrs> parseInputCrs(std::string_view name) {
    std::string n;
    n.reserve(name.size());
    for (const char c : name)
        if (c != '-' && c != '_' && c != ' ')
            n.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    if (n.empty() || n == "EPSG:4326" || n == "WGS84")
        return InputCrs::Wgs84;
    if (n == "EPSG:4490" || n == "CGCS2000")
        return InputCrs::Cgcs2000;
    if (n == "GCJ02")
        return InputCrs::Gcj02;
    if (n == "BD09")
        return InputCrs::Bd09;
    return std::nullopt;
}

geo::LonLat toWgs84(InputCrs crs, geo::LonLat p) {
    switch (crs) {
    case InputCrs::Wgs84:
    case InputCrs::Cgcs2000:
        return p;
    case InputCrs::Gcj02:
        return geo::gcj02ToWgs84(p);
    case InputCrs::Bd09:
        return geo::bd09ToWgs84(p);
    }
    return p;
}

} // namespace eco::ingest
