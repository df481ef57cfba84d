// TrustedKeys: the signers whose bundles this store accepts, besides its own key. Kept in the
// store (table sync_trusted_keys, schema v6) so a key trusted once with `sync --trust` stays
// trusted for every later `--import`; `--trusted` lists them and `--untrust KEY` removes one.
// Keys are the 32-byte Ed25519 public keys, stored as 64 lowercase hex digits.
#pragma once

#include <QByteArray>
#include <QList>

#include <cstdint>

namespace eco::store {
class Database;
}

namespace eco::sync {

struct TrustedKey {
    QByteArray publicKey;
    std::int64_t addedTs = 0;
};

class TrustedKeys {
public:
    explicit TrustedKeys(store::Database& db) : m_db(db) {}

    // Adds the keys (already trusted ones are kept as they were); returns how many were new.
    int add(const QList<QByteArray>& publicKeys);
    // Removes a key; false when it was not trusted.
    bool remove(const QByteArray& publicKey);
    QList<TrustedKey> list() const;
    bool contains(const QByteArray& publicKey) const;

private:
    store::Database& m_db;
};

} // namespace eco::sync
