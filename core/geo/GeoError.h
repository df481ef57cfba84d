// GeoError: the exception core/geo throws when a CRS is unknown, a transform cannot be built or a
// point cannot be transformed. The message names the CRS or the value at fault so that a caller
// can show it as is.
#pragma once

#include <stdexcept>
#include <string>

namespace eco::geo {

class GeoError : public std::runtime_error {
public:
    explicit GeoError(const std::string& what) : std::runtime_error(what) {}
};

} // namespace eco::geo
