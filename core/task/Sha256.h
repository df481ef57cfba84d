// Sha256: an incremental SHA-256 over OpenSSL's EVP interface, which uses the CPU's SHA
// instructions where present (about three times libsodium's portable code on this hardware).
// The audit hashes every event of the store, so this is its hot path. RAII over EVP_MD_CTX;
// one object per thread, reused across messages with reset().
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <string_view>

struct evp_md_ctx_st;

namespace eco::task {

class Sha256 {
public:
    Sha256();
    void reset();
    void update(std::string_view bytes);
    void update(const QByteArray& bytes) {
        update(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    }
    // Finishes the message: 64 lowercase hex characters into out.
    void finalHex(char (&out)[64]);
    QString finalHex();

    static QString hex(const QByteArray& bytes);

private:
    struct Free {
        void operator()(evp_md_ctx_st* ctx) const;
    };
    std::unique_ptr<evp_md_ctx_st, Free> m_ctx;
};

} // namespace eco::task
