#include "core/task/Sha256.h"

#include <openssl/evp.h>

#include <stdexcept>

namespace eco::task {

void Sha256::Free::operator()(evp_md_ctx_st* ctx) const {
    EVP_MD_CTX_free(ctx);
}

Sha256::Sha256() : m_ctx(EVP_MD_CTX_new()) {
    if (!m_ctx)
        throw std::bad_alloc();
    reset();
}

void Sha256::reset() {
    if (EVP_DigestInit_ex(m_ctx.get(), EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("SHA-256 unavailable in libcrypto");
}

void Sha256::update(std::string_view bytes) {
    EVP_DigestUpdate(m_ctx.get(), bytes.data(), bytes.size());
}

void Sha256::finalHex(char (&out)[64]) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    EVP_DigestFinal_ex(m_ctx.get(), digest, &n);
    static constexpr char kHex[] = "0123456789abcdef";
    for (unsigned int i = 0; i < 32; ++i) {
        out[2 * i] = kHex[digest[i] >> 4];
        out[2 * i + 1] = kHex[digest[i] & 0xF];
    }
    reset();
}

QString Sha256::finalHex() {
    char out[64];
    finalHex(out);
    return QString::fromLatin1(out, 64);
}

QString Sha256::hex(const QByteArray& bytes) {
    Sha256 h;
    h.update(bytes);
    return h.finalHex();
}

} // namespace eco::task
