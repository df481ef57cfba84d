// KnownIds: the ids of one kind of stored entity (enterprises, outlets, sites, ...), loaded once
// per import so that reference checks on every row are a set lookup with no SQL and no QString.
#pragma once

#include <set>
#include <string>
#include <string_view>

namespace eco::store {
class Database;
}

namespace eco::ingest {

class KnownIds {
public:
    KnownIds() = default;
    // sql selects one text column.
    static KnownIds load(const store::Database& db, std::string_view sql);

    bool contains(std::string_view id) const { return m_ids.find(id) != m_ids.end(); }
    void insert(std::string_view id) { m_ids.emplace(id); }
    void merge(const KnownIds& other) { m_ids.insert(other.m_ids.begin(), other.m_ids.end()); }

private:
    std::set<std::string, std::less<>> m_ids;
};

} // namespace eco::ingest
