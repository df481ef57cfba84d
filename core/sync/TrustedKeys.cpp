#include "core/sync/TrustedKeys.h"

#include "core/store/Database.h"

#include <QDateTime>

namespace eco::sync {

namespace {

std::string hexOf(const QByteArray& key) {
    return key.toHex().toStdString();
}

} // namespace

int TrustedKeys::add(const QList<QByteArray>& publicKeys) {
    store::Transaction tx(m_db);
    auto st = m_db.prepare("INSERT INTO sync_trusted_keys(public_key, added_ts) VALUES(?1, ?2) "
                           "ON CONFLICT(public_key) DO NOTHING");
    int added = 0;
    const std::int64_t now = QDateTime::currentSecsSinceEpoch();
    for (const QByteArray& k : publicKeys) {
        st.bind(1, std::string_view(hexOf(k))).bind(2, now);
        st.execute();
        added += m_db.changes();
    }
    tx.commit();
    return added;
}

bool TrustedKeys::remove(const QByteArray& publicKey) {
    auto st = m_db.prepare("DELETE FROM sync_trusted_keys WHERE public_key = ?1");
    st.bind(1, std::string_view(hexOf(publicKey)));
    st.execute();
    return m_db.changes() > 0;
}

QList<TrustedKey> TrustedKeys::list() const {
    auto st = m_db.prepare("SELECT public_key, added_ts FROM sync_trusted_keys ORDER BY added_ts, "
                           "public_key");
    QList<TrustedKey> out;
    while (st.step())
        out.append({QByteArray::fromHex(QByteArray(st.textView(0).data(),
                                                   static_cast<qsizetype>(st.textView(0).size()))),
                    st.int64(1)});
    return out;
}

bool TrustedKeys::contains(const QByteArray& publicKey) const {
    auto st = m_db.prepare("SELECT 1 FROM sync_trusted_keys WHERE public_key = ?1");
    st.bind(1, std::string_view(hexOf(publicKey)));
    return st.step();
}

} // namespace eco::sync
