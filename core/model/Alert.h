// Alert and Measure: a heavy-pollution alert (yellow/orange/red) for a region and time, and one
// enterprise's own measure for an alert level ("one plant one policy": 100 % means stop).
#pragma once

#include <QString>

#include <cstdint>

namespace eco::model {

struct Alert {
    std::int64_t id = 0;
    QString level; // yellow / orange / red
    std::int64_t startTs = 0;
    std::int64_t endTs = 0;
    QString region;
};

struct Measure {
    QString enterpriseId;
    QString level;
    double reductionPct = 0;
};

} // namespace eco::model
