// DemoCity: builds the demo store from scratch: removes an old store file (with its -wal/-shm)
// and its raster folder, plans the emitter side, writes it, lets the AmbientSimulator write the
// ambient side from the same plan, records the scenario in meta and checkpoints. What
// `ecosentry demo` runs; tests build small cities with it.
#pragma once

#include "core/demo/DemoWorld.h"

#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace eco::demo {

class DemoCity {
public:
    using Progress = std::function<void(const QString& stage, double fraction)>;

    struct Report {
        QList<QPair<QString, double>> stageSeconds; // in build order
        std::int64_t cemsRows = 0;
        std::int64_t powerRows = 0;
        std::int64_t truthRows = 0;
        int tasks = 0;
        double totalSeconds = 0;
    };

    // The raster folder of a store: <store dir>/<store basename>.rasters/
    static QString rasterDirFor(const QString& dbPath);

    // Throws store::StoreError (or std::runtime_error) naming the file on failure.
    static Report build(const DemoConfig& config, const Progress& progress = {});
};

} // namespace eco::demo
