// StoreError: the one exception type the store throws. It carries SQLite's own message plus the
// statement or file at fault, so a caller can print it as is and the user sees what and where.
#pragma once

#include <stdexcept>
#include <string>

namespace eco::store {

class StoreError : public std::runtime_error {
public:
    explicit StoreError(const std::string& what, int sqliteCode = 0)
        : std::runtime_error(what), m_code(sqliteCode) {}
    int sqliteCode() const noexcept { return m_code; }

private:
    int m_code;
};

} // namespace eco::store
