// InputCrs: the coordinate systems a CSV `crs` column may name, and their conversion to WGS84.
// CGCS2000 (EPSG:4490) is taken as WGS84: the two agree to a few centimetres, far below the
// accuracy of any position we import. GCJ-02 and BD-09 are converted with geo::ChinaOffsets.
#pragma once

#include "core/geo/ChinaOffsets.h"

#include <optional>
#include <string_view>

namespace eco::ingest {

enum class InputCrs { Wgs84, Cgcs2000, Gcj02, Bd09 };

// Accepts (case-insensitively) "", EPSG:4326, WGS84, EPSG:4490, CGCS2000, GCJ02, GCJ-02, BD09,
// BD-09. An empty name is WGS84.
std::optional<InputCrs> parseInputCrs(std::string_view name);
geo::LonLat toWgs84(InputCrs crs, geo::LonLat p);

} // namespace eco::ingest
