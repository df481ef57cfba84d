// Which data logger (HJ 212 MN) reports for which outlet or station, and the access password it
// must send. Loaded from outlets.mn/pw and sites.mn/pw; tests may build one by hand. Lookup takes
// the MN as a view into the packet, so the hot path does not copy it.
#pragma once

#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace eco::store {
class Database;
}

namespace eco::ingest::hj212 {

struct LoggerEntry {
    QString sourceId;                    // outlet id or site id
    bool outlet = true;                  // false: an ambient station
    std::optional<std::string> password; // nullopt: any PW is accepted
};

class LoggerDirectory {
public:
    static LoggerDirectory load(const store::Database& db);

    void add(std::string mn, LoggerEntry entry);
    const LoggerEntry* find(std::string_view mn) const;
    std::size_t size() const { return m_entries.size(); }

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const {
            return std::hash<std::string_view>{}(s);
        }
    };
    std::unordered_map<std::string, LoggerEntry, Hash, std::equal_to<>> m_entries;
};

} // namespace eco::ingest::hj212
