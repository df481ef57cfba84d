#include "core/sync/SigningKey.h"

#include "core/sync/SyncError.h"

#include <sodium.h>

#include <QFile>
#include <QList>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace eco::sync {

QString SigningKey::keyPath(const QString& storePath) {
    return storePath + QStringLiteral(".sync-key");
}

SigningKey SigningKey::loadOrCreate(const QString& storePath) {
    if (sodium_init() < 0)
        throw SyncError(QStringLiteral("libsodium could not be initialised"));
    const QString path = keyPath(storePath);
    SigningKey key;
    QFile f(path);
    if (f.exists()) {
        if (!f.open(QIODevice::ReadOnly))
            throw SyncError(QStringLiteral("%1: cannot read the signing key").arg(path));
        key.m_secret = QByteArray::fromHex(f.readAll().trimmed());
        if (key.m_secret.size() != crypto_sign_SECRETKEYBYTES)
            throw SyncError(QStringLiteral("%1: not an Ed25519 secret key").arg(path));
        key.m_public = key.m_secret.right(crypto_sign_PUBLICKEYBYTES);
        return key;
    }
    key.m_secret.resize(crypto_sign_SECRETKEYBYTES);
    key.m_public.resize(crypto_sign_PUBLICKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(key.m_public.data()),
                        reinterpret_cast<unsigned char*>(key.m_secret.data()));
    // O_EXCL with 0600 from the start: the secret is never readable by others, not even briefly.
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL, S_IRUSR | S_IWUSR);
    if (fd < 0)
        throw SyncError(QStringLiteral("%1: cannot create the signing key").arg(path));
    const QByteArray hex = key.m_secret.toHex() + '\n';
    const bool ok = ::write(fd, hex.constData(), static_cast<size_t>(hex.size())) == hex.size();
    ::close(fd);
    if (!ok)
        throw SyncError(QStringLiteral("%1: cannot write the signing key").arg(path));
    return key;
}

QByteArray SigningKey::sign(const QByteArray& digest) const {
    QByteArray sig(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(sig.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(digest.constData()),
                         static_cast<unsigned long long>(digest.size()),
                         reinterpret_cast<const unsigned char*>(m_secret.constData()));
    return sig;
}

bool SigningKey::verify(const QByteArray& publicKey, const QByteArray& digest,
                        const QByteArray& signature) {
    if (sodium_init() < 0 || publicKey.size() != crypto_sign_PUBLICKEYBYTES ||
        signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char*>(signature.constData()),
               reinterpret_cast<const unsigned char*>(digest.constData()),
               static_cast<unsigned long long>(digest.size()),
               reinterpret_cast<const unsigned char*>(publicKey.constData())) == 0;
}

QList<QByteArray> SigningKey::parseTrusted(const QString& keyOrFile, QString* error) {
    const auto parseOne = [](const QByteArray& text) -> std::optional<QByteArray> {
        const QByteArray t = text.trimmed();
        if (t.size() != 2 * crypto_sign_PUBLICKEYBYTES)
            return std::nullopt;
        for (const char c : t)
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
                return std::nullopt;
        return QByteArray::fromHex(t);
    };
    QList<QByteArray> out;
    if (const auto k = parseOne(keyOrFile.toLatin1())) {
        out << *k;
        return out;
    }
    QFile f(keyOrFile);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("--trust %1: neither a 64-hex-digit public key nor a readable file")
                     .arg(keyOrFile);
        return {};
    }
    int lineNo = 0;
    while (!f.atEnd()) {
        ++lineNo;
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const auto k = parseOne(line);
        if (!k) {
            *error =
                QStringLiteral("%1:%2: not a 64-hex-digit public key").arg(keyOrFile).arg(lineNo);
            return {};
        }
        out << *k;
    }
    return out;
}

} // namespace eco::sync
