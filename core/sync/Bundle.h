// Bundle: the hub exchange in one signed file, for installations that never see the hub.
//
//   ECOSENTRY-BUNDLE 1
//   H {"city":..,"created":..,"node":..,"signer":HEX,"since":..}
//   T table                     then its rows as COPY text lines (CopyText)
//   E table count
//   ... more tables ...
//   Z total-rows
//   S HEX-SIGNATURE             Ed25519 (crypto_sign_detached) over the BLAKE2b-512 digest of
//                               every byte before this line, by the signer's key
//
// Export streams the store into a temporary file and renames it at the end. Import refuses an
// untrusted signer or another city before touching anything, then applies the rows inside one
// transaction while hashing, and commits only when the signature, the counts and the structure
// all check out; a tampered, truncated or foreign bundle leaves the store as it was.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace eco::store {
class Database;
}

namespace eco::sync {

struct BundleInfo {
    QString city;
    QString signer; // hex public key
    QString node;
    std::int64_t created = 0;
    std::optional<std::int64_t> since;
    std::int64_t rows = 0;
    std::int64_t newTaskEvents = 0;
};

class Bundle {
public:
    static BundleInfo exportTo(store::Database& db, const QString& file,
                               std::optional<std::int64_t> since);
    // Own key and the store's TrustedKeys are always trusted; `trusted` adds others for this
    // import only. Throws SyncError with the reason.
    static BundleInfo importFrom(store::Database& db, const QString& file,
                                 const QList<QByteArray>& trusted);
};

} // namespace eco::sync
