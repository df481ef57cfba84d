// BasemapFeature: one vector feature of the city basemap (district, road, river, park) in WGS84
// as WKB, the form GDAL/OGR reads and writes.
#pragma once

#include <QByteArray>
#include <QString>

namespace eco::model {

struct BasemapFeature {
    QString id;
    QString layer; // district / ring_road / road / river / water / park
    QString name;
    int rank = 0; // drawing order / importance within the layer
    QByteArray wkb;
};

} // namespace eco::model
