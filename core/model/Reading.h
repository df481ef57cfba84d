// Reading: one value of one series (source, pollutant, interval) at the start of its interval.
// Flags are HJ 212 data flags: N normal, F stopped, M maintenance, S manual, D fault,
// C calibration, T over range, B communication error.
#pragma once

#include "core/model/Interval.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace eco::model {

struct Reading {
    QString sourceId;
    QString pollutant;
    Interval interval = Interval::Hour;
    std::int64_t ts = 0; // Unix seconds, UTC
    std::optional<double> value;
    char flag = 'N';
};

constexpr bool isValidFlag(char f) {
    switch (f) {
    case 'N':
    case 'F':
    case 'M':
    case 'S':
    case 'D':
    case 'C':
    case 'T':
    case 'B':
        return true;
    default:
        return false;
    }
}

} // namespace eco::model
