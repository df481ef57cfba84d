// EnterpriseStatus: what the map says about an enterprise at the map time, derived from the store
// (nothing is stored for it):
//   under task  an enforcement task on it or one of its outlets is open (not closed/cancelled);
//   alarm       an outlet's hourly value exceeded its hourly permit limit within the last 3 hours
//               (the reading as stored, not O2-corrected: a screen, the clue desk judges);
//   online      an outlet reported an hourly value within the last 3 hours;
//   offline     it has monitored outlets but none reported within the last 3 hours;
//   unmonitored no outlet with online monitoring.
// The first that applies wins, in that order. Outlets take their enterprise's status.
#pragma once

#include <QColor>
#include <QHash>
#include <QString>

#include <cstdint>

namespace eco::store {
class Database;
}

namespace eco::render {

enum class EnterpriseStatus { Unmonitored, Online, Offline, Alarm, UnderTask };
inline constexpr int kEnterpriseStatusCount = 5;

QColor enterpriseStatusColour(EnterpriseStatus s);
QString enterpriseStatusName(EnterpriseStatus s); // translated

class EnterpriseStatusLoader {
public:
    static constexpr std::int64_t kWindowS = 3 * 3600;
    // Status per enterprise id at ts (enterprises absent: Unmonitored). Throws StoreError.
    static QHash<QString, EnterpriseStatus> load(const store::Database& db, std::int64_t ts);
};

} // namespace eco::render
