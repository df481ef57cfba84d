// SubjectLoader: reads one subject's series from the store onto the rules' time grid. A worker
// thread owns one loader and its own read connection; statements are prepared once and every
// series is one range scan of its (series, ts) B-tree, in time order.
#pragma once

#include "core/screen/ScreeningCatalog.h"
#include "core/screen/ScreeningSettings.h"
#include "core/screen/SubjectData.h"
#include "core/store/Database.h"

#include <vector>

namespace eco::screen {

class SubjectLoader {
public:
    SubjectLoader(const QString& dbPath, const ScreeningCatalog& catalog,
                  const ScreeningSettings& settings);

    // Power circuits (with ON/OFF states) and duties of an enterprise over [from, to).
    EnterpriseData enterprise(const QString& id, std::int64_t from, std::int64_t to);
    // One outlet's CEMS over [from, to), with the enterprise's production state per hour.
    OutletData outlet(const model::Outlet& o, const EnterpriseData& power, std::int64_t from,
                      std::int64_t to);
    SiteData site(const model::Site& s, std::int64_t from, std::int64_t to);

private:
    Samples hourly(const QString& source, const QString& pollutant, std::int64_t from,
                   std::int64_t to, std::int64_t* firstTs = nullptr);
    Samples power(const MeterInfo& m, std::int64_t from, std::int64_t to);

    store::Database m_db;
    const ScreeningCatalog& m_catalog;
    const ScreeningSettings& m_settings;
    store::Statement m_readings;
    store::Statement m_power;
};

} // namespace eco::screen
