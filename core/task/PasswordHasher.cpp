#include "core/task/PasswordHasher.h"

#include "core/task/TaskError.h"

#include <sodium.h>

#include <QStringList>

namespace eco::task {

namespace {

constexpr std::size_t kKeyBytes = 32;

void ensureSodium() {
    if (sodium_init() < 0)
        throw TaskError(TaskError::Kind::InvalidInput, QStringLiteral("libsodium unavailable"));
}

bool derive(QByteArray& out, const QByteArray& password, const QByteArray& salt,
            unsigned long long ops, std::size_t mem) {
    out.resize(static_cast<qsizetype>(kKeyBytes));
    return crypto_pwhash(reinterpret_cast<unsigned char*>(out.data()), kKeyBytes,
                         password.constData(), static_cast<unsigned long long>(password.size()),
                         reinterpret_cast<const unsigned char*>(salt.constData()), ops, mem,
                         crypto_pwhash_ALG_ARGON2ID13) == 0;
}

} // namespace

PasswordPolicy PasswordPolicy::moderate() {
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

PasswordPolicy PasswordPolicy::interactive() {
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PasswordHasher::PasswordHasher(PasswordPolicy policy,
                               std::function<void(unsigned char*, std::size_t)> saltSource)
    : m_policy(policy), m_salt(std::move(saltSource)) {}

PasswordRecord PasswordHasher::hash(const QByteArray& password) const {
    ensureSodium();
    if (password.size() < kMinLength)
        throw TaskError(TaskError::Kind::InvalidInput,
                        QStringLiteral("password: at least %1 characters needed").arg(kMinLength));
    PasswordRecord r;
    r.salt.resize(crypto_pwhash_SALTBYTES);
    auto* salt = reinterpret_cast<unsigned char*>(r.salt.data());
    if (m_salt)
        m_salt(salt, crypto_pwhash_SALTBYTES);
    else
        randombytes_buf(salt, crypto_pwhash_SALTBYTES);
    if (!derive(r.hash, password, r.salt, m_policy.opsLimit, m_policy.memLimit))
        throw TaskError(TaskError::Kind::InvalidInput,
                        QStringLiteral("password hashing failed (out of memory?)"));
    r.algo = QStringLiteral("argon2id13:t=%1:m=%2").arg(m_policy.opsLimit).arg(m_policy.memLimit);
    return r;
}

bool PasswordHasher::verify(const PasswordRecord& record, const QByteArray& password) {
    ensureSodium();
    const QStringList parts = record.algo.split(u':');
    if (parts.size() != 3 || parts[0] != QLatin1String("argon2id13") ||
        !parts[1].startsWith(QLatin1String("t=")) || !parts[2].startsWith(QLatin1String("m=")))
        return false;
    bool okT = false;
    bool okM = false;
    const unsigned long long ops = parts[1].mid(2).toULongLong(&okT);
    const unsigned long long mem = parts[2].mid(2).toULongLong(&okM);
    if (!okT || !okM || ops < crypto_pwhash_OPSLIMIT_MIN || mem < crypto_pwhash_MEMLIMIT_MIN ||
        ops > crypto_pwhash_OPSLIMIT_SENSITIVE || mem > crypto_pwhash_MEMLIMIT_SENSITIVE ||
        record.salt.size() != static_cast<qsizetype>(crypto_pwhash_SALTBYTES) ||
        record.hash.size() != static_cast<qsizetype>(kKeyBytes))
        return false;
    QByteArray derived;
    if (!derive(derived, password, record.salt, ops, static_cast<std::size_t>(mem)))
        return false;
    return sodium_memcmp(derived.constData(), record.hash.constData(), kKeyBytes) == 0;
}

} // namespace eco::task
