// PowerReading: active power of one circuit meter at an enterprise (15-minute data).
#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace eco::model {

struct PowerMeter {
    QString meterId;
    QString enterpriseId;
    QString circuit;       // production / treatment / total
    QString linkedMeterId; // a treatment meter names the production meter it serves, and back
};

struct PowerReading {
    QString meterId;
    std::int64_t ts = 0;
    std::optional<double> kw;
};

} // namespace eco::model
