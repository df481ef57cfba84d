// ChinaOffsets: the obfuscated coordinate systems Chinese web maps publish in. GCJ-02 ("Mars
// coordinates", AutoNavi/Tencent) is WGS84 shifted by a published non-linear offset of up to a
// few hundred metres; BD-09 (Baidu) is GCJ-02 with a further rotation-like offset. Neither is a
// PROJ CRS, so coordinates in them are converted here: the forward transforms are closed-form,
// the inverses are found by fixed-point iteration on the forward transform to better than 1e-7
// degrees (about 1 cm). Outside mainland China's bounding box GCJ-02 equals WGS84, as the
// official rule says. CGCS2000 (EPSG:4490) needs no conversion: it differs from WGS84 by a few
// centimetres, below anything this application measures.
#pragma once

namespace eco::geo {

struct LonLat {
    double lon = 0;
    double lat = 0;
};

// True inside the rectangle where GCJ-02 applies its offset.
bool insideChinaOffsetArea(LonLat p);

LonLat wgs84ToGcj02(LonLat wgs);
LonLat gcj02ToWgs84(LonLat gcj);
LonLat gcj02ToBd09(LonLat gcj);
LonLat bd09ToGcj02(LonLat bd);
LonLat wgs84ToBd09(LonLat wgs);
LonLat bd09ToWgs84(LonLat bd);

} // namespace eco::geo
