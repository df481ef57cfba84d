#include "core/render/EnterpriseStatus.h"

#include "core/store/Database.h"
#include "core/store/Statement.h"

#include <QCoreApplication>

namespace eco::render {

QColor enterpriseStatusColour(EnterpriseStatus s) {
    switch (s) {
    case EnterpriseStatus::Online:
        return QColor(0x2e, 0x7d, 0x32);
    case EnterpriseStatus::Offline:
        return QColor(0x61, 0x61, 0x61);
    case EnterpriseStatus::Alarm:
        return QColor(0xd3, 0x2f, 0x2f);
    case EnterpriseStatus::UnderTask:
        return QColor(0x15, 0x65, 0xc0);
    case EnterpriseStatus::Unmonitored:
        break;
    }
    return QColor(0xb0, 0xa8, 0x98);
}

QString enterpriseStatusName(EnterpriseStatus s) {
    const char* ctx = "eco::render::EnterpriseStatus";
    switch (s) {
    case EnterpriseStatus::Online:
        return QCoreApplication::translate(ctx, "online");
    case EnterpriseStatus::Offline:
        return QCoreApplication::translate(ctx, "offline");
    case EnterpriseStatus::Alarm:
        return QCoreApplication::translate(ctx, "alarm");
    case EnterpriseStatus::UnderTask:
        return QCoreApplication::translate(ctx, "under task");
    case EnterpriseStatus::Unmonitored:
        break;
    }
    return QCoreApplication::translate(ctx, "not monitored");
}

QHash<QString, EnterpriseStatus> EnterpriseStatusLoader::load(const store::Database& db,
                                                              std::int64_t ts) {
    QHash<QString, EnterpriseStatus> out;
    auto mark = [&](store::Statement& st, EnterpriseStatus s) {
        while (st.step())
            out.insert(st.text(0), s);
    };
    // Weakest first: each later query overrides.
    {
        auto st = db.prepare("SELECT DISTINCT o.enterprise_id FROM outlets o "
                             "JOIN series s ON s.source_id = o.id AND s.interval = 'hour'");
        mark(st, EnterpriseStatus::Offline);
    }
    {
        auto st = db.prepare("SELECT DISTINCT o.enterprise_id FROM outlets o "
                             "JOIN series s ON s.source_id = o.id AND s.interval = 'hour' "
                             "JOIN readings r ON r.series_id = s.id AND r.ts > ?1 AND r.ts <= ?2");
        st.bind(1, ts - kWindowS).bind(2, ts);
        mark(st, EnterpriseStatus::Online);
    }
    {
        auto st = db.prepare("SELECT DISTINCT o.enterprise_id FROM outlets o "
                             "JOIN limits l ON l.outlet_id = o.id AND l.interval = 'hour' "
                             "JOIN series s ON s.source_id = o.id AND s.pollutant = l.pollutant "
                             "AND s.interval = 'hour' "
                             "JOIN readings r ON r.series_id = s.id AND r.ts > ?1 AND r.ts <= ?2 "
                             "WHERE r.value > l.limit_value");
        st.bind(1, ts - kWindowS).bind(2, ts);
        mark(st, EnterpriseStatus::Alarm);
    }
    {
        // Stores before the task schema have no tasks table: no task, no status from it.
        auto probe =
            db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'tasks'");
        if (probe.step()) {
            auto st = db.prepare(
                "SELECT DISTINCT COALESCE(t.enterprise_id, o.enterprise_id) FROM tasks t "
                "LEFT JOIN outlets o ON o.id = t.outlet_id "
                "WHERE t.state NOT IN ('closed', 'cancelled') "
                "AND COALESCE(t.enterprise_id, o.enterprise_id) IS NOT NULL");
            mark(st, EnterpriseStatus::UnderTask);
        }
    }
    return out;
}

} // namespace eco::render
