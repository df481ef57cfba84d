// EmissionLimit: a permit limit for one pollutant at one outlet over an hour or a day.
#pragma once

#include <QString>

namespace eco::model {

struct EmissionLimit {
    QString outletId;
    QString pollutant; // HJ 212-2017 code
    QString interval;  // hour / day
    double limit = 0;
    QString unit;
};

} // namespace eco::model
