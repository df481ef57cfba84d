#include "core/ingest/hj212/PacketStore.h"

#include "core/ingest/hj212/Hj212Time.h"
#include "core/model/Time.h"
#include "core/store/Database.h"

#include <cmath>

namespace eco::ingest::hj212 {

namespace {

std::optional<model::Interval> intervalFor(int cn) {
    switch (cn) {
    case cn::kRealtime:
    case cn::kEquipmentState:
        return model::Interval::Realtime;
    case cn::kMinute:
        return model::Interval::Minute;
    case cn::kHour:
        return model::Interval::Hour;
    case cn::kDay:
        return model::Interval::Day;
    default:
        return std::nullopt;
    }
}

// DataTime is the interval's start; a logger stamping a few seconds late still lands on it.
std::int64_t intervalStart(std::int64_t ts, model::Interval i) {
    switch (i) {
    case model::Interval::Realtime:
        return ts;
    case model::Interval::Minute:
        return ts - ((ts % 60) + 60) % 60;
    case model::Interval::Hour:
        return ts - ((ts % 3600) + 3600) % 3600; // Asia/Shanghai is a whole-hour offset
    case model::Interval::Day:
        return model::localDayStart(ts);
    }
    return ts;
}

} // namespace

PacketStore::PacketStore(store::Database& db, LoggerDirectory directory)
    : m_db(db), m_directory(std::move(directory)), m_writer(db),
      m_findQuarantine(
          db.prepare("SELECT 1 FROM quarantine WHERE reason_code=?1 AND raw=?2 LIMIT 1")),
      m_insertQuarantine(db.prepare("INSERT INTO quarantine(received_ts,origin,mn,reason_code,"
                                    "reason,raw) VALUES(?1,?2,?3,?4,?5,?6)")),
      m_logUpsert(db.prepare(
          "INSERT INTO ingest_log(origin,minute_ts,accepted,quarantined) VALUES(?1,?2,?3,?4) "
          "ON CONFLICT(origin,minute_ts) DO UPDATE SET accepted=accepted+excluded.accepted, "
          "quarantined=quarantined+excluded.quarantined")) {}

void PacketStore::count(std::string_view origin, std::int64_t receivedTs, bool accepted) {
    auto& c = m_log[{std::string(origin), receivedTs - ((receivedTs % 60) + 60) % 60}];
    (accepted ? c.first : c.second) += 1;
}

void PacketStore::flushLog() {
    for (const auto& [key, counts] : m_log) {
        m_logUpsert.bind(1, std::string_view(key.first)).bind(2, key.second);
        m_logUpsert.bind(3, counts.first).bind(4, counts.second).execute();
    }
    m_log.clear();
}

void PacketStore::quarantine(std::int64_t receivedTs, std::string_view origin, std::string_view mn,
                             RejectCode code, std::string_view reason, std::string_view raw) {
    count(mn.empty() ? origin : mn, receivedTs, false);
    const auto codeName = rejectCodeName(code);
    const std::span<const std::byte> bytes(reinterpret_cast<const std::byte*>(raw.data()),
                                           raw.size());
    m_findQuarantine.bind(1, codeName).bindBlob(2, bytes);
    const bool seen = m_findQuarantine.step();
    m_findQuarantine.reset();
    if (seen)
        return;
    m_insertQuarantine.bind(1, receivedTs).bind(2, origin);
    if (mn.empty())
        m_insertQuarantine.bindNull(3);
    else
        m_insertQuarantine.bind(3, mn);
    m_insertQuarantine.bind(4, codeName).bind(5, reason).bindBlob(6, bytes).execute();
}

std::int64_t PacketStore::seriesFor(const QString& sourceId, std::string_view code,
                                    model::Interval interval) {
    m_key.clear();
    // The directory entry's address stands for the source: no UTF-8 conversion per reading.
    const void* const entry = &sourceId;
    m_key.append(reinterpret_cast<const char*>(&entry), sizeof entry);
    m_key.append(code).push_back(static_cast<char>('0' + static_cast<int>(interval)));
    if (const auto it = m_series.find(m_key); it != m_series.end())
        return it->second;
    const std::int64_t id = m_writer.series(
        sourceId, QString::fromUtf8(code.data(), static_cast<qsizetype>(code.size())), interval);
    m_series.emplace(m_key, id);
    return id;
}

StoreOutcome PacketStore::store(const Packet& p, std::int64_t receivedTs, std::string_view origin,
                                std::string_view raw) {
    StoreOutcome out;
    auto refuse = [&](RejectCode code, const std::string& why) {
        quarantine(receivedTs, origin, p.mn, code, why, raw);
        out.rejected = code;
        out.reason = why;
        return out;
    };
    const LoggerEntry* logger = m_directory.find(p.mn);
    if (!logger)
        return refuse(RejectCode::UnknownMn,
                      "unknown MN " + std::string(p.mn) + ": no outlet or site has it");
    if (logger->password && *logger->password != p.pw)
        return refuse(RejectCode::WrongPassword, "wrong PW for MN " + std::string(p.mn));
    const auto interval = intervalFor(p.cn);
    if (interval) {
        const CpField* dt = p.find("DataTime");
        if (!dt)
            return refuse(RejectCode::MissingField,
                          "missing field DataTime in CN=" + std::to_string(p.cn) + " data");
        const auto local = parseLocalTime(dt->value, true);
        if (!local)
            return refuse(RejectCode::BadTime, "bad DataTime '" + std::string(dt->value) + "'");
        const std::int64_t ts = intervalStart(*local, *interval);
        const bool aggregate = *interval != model::Interval::Realtime;
        // Fields of one pollutant are contiguous: gather each group, then write it.
        size_t i = 0;
        const size_t n = p.fields.size();
        while (i < n) {
            const CpField& first = p.fields[i];
            if (first.suffix == Suffix::None) {
                ++i;
                continue;
            }
            const std::string_view code = first.modern;
            double value = std::nan("");
            bool have = false;
            char flag = 'N';
            size_t j = i;
            for (; j < n && p.fields[j].group == first.group && p.fields[j].code == first.code;
                 ++j) {
                const CpField& f = p.fields[j];
                if (f.suffix == (aggregate ? Suffix::Avg : Suffix::Rtd)) {
                    value = f.number;
                    have = true;
                } else if (f.suffix == Suffix::Flag) {
                    flag = f.value[0];
                } else if (f.suffix == Suffix::Rs) {
                    // Equipment state: its own series at the packet's time.
                    std::string name(f.code);
                    name += "-RS";
                    m_writer.add(seriesFor(logger->sourceId, name, model::Interval::Realtime),
                                 intervalStart(*local, model::Interval::Realtime), f.number, 'N');
                    ++out.readings;
                }
            }
            if (have && p.cn != cn::kEquipmentState) {
                m_writer.add(seriesFor(logger->sourceId, code, *interval), ts, value, flag);
                ++out.readings;
            }
            i = j;
        }
    }
    count(p.mn, receivedTs, true);
    out.accepted = true;
    return out;
}

} // namespace eco::ingest::hj212
