// StationNetwork: the demo city's ambient monitoring network: ~59 national stations, 2 super
// stations, 5 photochemical and 2 transport-channel stations, and ~200 micro-stations clustered
// around the industrial parks and along the centre, each with an id, a Chinese name, its
// district (CityFrame::districtAt), an HJ 212 MN number and, for micro-stations, the nearest
// national station they are compared with.
#pragma once

#include "core/demo/CityFrame.h"
#include "core/model/Site.h"

#include <QPointF>

#include <cstdint>
#include <vector>

namespace eco::demo {

struct StationInfo {
    model::Site site;
    QPointF localM;
    bool micro = false;
    int nearestNational = -1; // index into the plan, for micro-stations
};

class StationNetwork {
public:
    static std::vector<StationInfo> plan(const CityFrame& frame, std::uint64_t seed);
};

} // namespace eco::demo
