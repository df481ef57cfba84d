// PasswordHasher: salted Argon2id password hashes from libsodium (crypto_pwhash). Only the salt,
// the derived key and the parameters are stored (users.pw_algo / pw_salt / pw_hash), never the
// password. The parameters travel with each record ("argon2id13:t=3:m=268435456"), so raising the
// policy later does not lock out old accounts. Comparison is constant-time.
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <functional>

namespace eco::task {

struct PasswordPolicy {
    unsigned long long opsLimit = 0;
    std::size_t memLimit = 0;
    // libsodium's MODERATE limits (3 passes, 256 MiB): the default for real accounts.
    static PasswordPolicy moderate();
    // libsodium's INTERACTIVE limits (2 passes, 64 MiB): only for tests.
    static PasswordPolicy interactive();
};

struct PasswordRecord {
    QString algo;
    QByteArray salt;
    QByteArray hash;
};

class PasswordHasher {
public:
    // saltSource fills a buffer with salt bytes; by default libsodium's randombytes. A seeded one
    // is only for the deterministic demo store, whose passwords are published anyway.
    explicit PasswordHasher(PasswordPolicy policy = PasswordPolicy::moderate(),
                            std::function<void(unsigned char*, std::size_t)> saltSource = {});

    PasswordRecord hash(const QByteArray& password) const;
    // False for a wrong password or a malformed record.
    static bool verify(const PasswordRecord& record, const QByteArray& password);

    static constexpr int kMinLength = 8;

private:
    PasswordPolicy m_policy;
    std::function<void(unsigned char*, std::size_t)> m_salt;
};

} // namespace eco::task
