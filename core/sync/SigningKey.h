// SigningKey: the installation's Ed25519 key pair (libsodium) that signs its bundles. Made on
// first use and kept beside the store as STORE.sync-key (hex, mode 0600); the public half is what
// other installations list as trusted. Bundles are signed over a BLAKE2b-512 digest of their
// bytes so a big bundle is hashed while it streams and signed once at the end.
#pragma once

#include <QByteArray>
#include <QString>

namespace eco::sync {

class SigningKey {
public:
    static QString keyPath(const QString& storePath);
    // Loads the key beside the store, creating it (0600) when missing; throws SyncError.
    static SigningKey loadOrCreate(const QString& storePath);

    QByteArray publicKey() const { return m_public; }
    QString publicKeyHex() const { return QString::fromLatin1(m_public.toHex()); }
    QByteArray sign(const QByteArray& digest) const;
    static bool verify(const QByteArray& publicKey, const QByteArray& digest,
                       const QByteArray& signature);
    // A 64-hex-character public key, or the keys in a file (one per line, # comments).
    static QList<QByteArray> parseTrusted(const QString& keyOrFile, QString* error);

private:
    QByteArray m_secret;
    QByteArray m_public;
};

} // namespace eco::sync
