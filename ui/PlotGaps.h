// PlotGaps: building QCustomPlot line data from hourly values so that missing or invalid hours
// show as breaks, not as straight lines drawn across them (a line over a gap would suggest data
// that were never measured). QCustomPlot breaks a line at a NaN value.
#pragma once

#include <QVector>

#include <cmath>
#include <cstdint>
#include <limits>

namespace eco::ui {

struct GappedSeries {
    QVector<double> keys;
    QVector<double> values;
    // Appends (ts, value); when more than `step` seconds passed since the previous point, a NaN
    // goes in between first.
    void append(std::int64_t ts, double value, std::int64_t step = 3600) {
        if (!keys.isEmpty() && static_cast<double>(ts) - keys.last() > static_cast<double>(step)) {
            keys << (keys.last() + static_cast<double>(ts)) / 2;
            values << std::numeric_limits<double>::quiet_NaN();
        }
        keys << static_cast<double>(ts);
        values << value;
    }
    // Points with a value (the NaN breaks not counted).
    int validCount() const {
        int n = 0;
        for (double v : values)
            n += std::isfinite(v) ? 1 : 0;
        return n;
    }
};

} // namespace eco::ui
