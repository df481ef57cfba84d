// Site: an ambient air monitoring station (national, super, photochemical, transport or micro).
#pragma once

#include <QString>

namespace eco::model {

struct Site {
    QString id;
    QString name;
    QString kind; // national / super / photochemical / transport / micro
    double lon = 0;
    double lat = 0;
    QString district;
    QString mn; // HJ 212 device number, empty when unknown
};

} // namespace eco::model
