#include "core/sync/Bundle.h"

#include "core/store/Database.h"
#include "core/sync/ChangeApplier.h"
#include "core/sync/LocalChanges.h"
#include "core/sync/SigningKey.h"
#include "core/sync/SyncError.h"
#include "core/sync/SyncTables.h"
#include "core/sync/TrustedKeys.h"

#include <sodium.h>

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

namespace eco::sync {

namespace {

constexpr const char* kMagic = "ECOSENTRY-BUNDLE 1";

class Digest {
public:
    Digest() { crypto_generichash_init(&m_state, nullptr, 0, crypto_generichash_BYTES_MAX); }
    void update(std::string_view bytes) {
        crypto_generichash_update(&m_state, reinterpret_cast<const unsigned char*>(bytes.data()),
                                  bytes.size());
    }
    QByteArray final() {
        QByteArray out(crypto_generichash_BYTES_MAX, '\0');
        crypto_generichash_final(&m_state, reinterpret_cast<unsigned char*>(out.data()),
                                 static_cast<size_t>(out.size()));
        return out;
    }

private:
    crypto_generichash_state m_state;
};

class BundleSink : public RowSink {
public:
    BundleSink(QSaveFile& out, Digest& digest) : m_out(out), m_digest(digest) {}
    void line(std::string_view s) {
        m_buffer.append(s);
        m_buffer += '\n';
        if (m_buffer.size() >= (1 << 20))
            flush();
    }
    void flush() {
        m_digest.update(m_buffer);
        if (m_out.write(m_buffer.data(), static_cast<qint64>(m_buffer.size())) !=
            static_cast<qint64>(m_buffer.size()))
            throw SyncError(
                QStringLiteral("%1: write failed: %2").arg(m_out.fileName(), m_out.errorString()));
        m_buffer.clear();
    }
    void beginTable(const TableSpec& t) override { line("T " + std::string(t.name)); }
    void row(std::string_view s) override { line(s); }
    void endTable(const TableSpec& t, std::int64_t rows) override {
        line("E " + std::string(t.name) + " " + std::to_string(rows));
    }

private:
    QSaveFile& m_out;
    Digest& m_digest;
    std::string m_buffer;
};

QString ensureCity(store::Database& db) {
    QString city = db.meta(QStringLiteral("city_id"));
    if (city.isEmpty()) {
        city = QUuid::createUuid().toString(QUuid::WithoutBraces);
        store::Transaction tx(db);
        db.setMeta(QStringLiteral("city_id"), city);
        tx.commit();
    }
    return city;
}

} // namespace

BundleInfo Bundle::exportTo(store::Database& db, const QString& file,
                            std::optional<std::int64_t> since) {
    const SigningKey key = SigningKey::loadOrCreate(db.path());
    BundleInfo info;
    info.city = ensureCity(db);
    info.signer = key.publicKeyHex();
    info.node = db.meta(QStringLiteral("node_id"));
    info.created = QDateTime::currentSecsSinceEpoch();
    info.since = since;
    QJsonObject h{{QStringLiteral("city"), info.city},
                  {QStringLiteral("created"), static_cast<qint64>(info.created)},
                  {QStringLiteral("node"), info.node},
                  {QStringLiteral("signer"), info.signer}};
    if (since)
        h.insert(QStringLiteral("since"), static_cast<qint64>(*since));

    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        throw SyncError(QStringLiteral("%1: cannot write: %2").arg(file, out.errorString()));
    Digest digest;
    BundleSink sink(out, digest);
    sink.line(kMagic);
    sink.line("H " + QJsonDocument(h).toJson(QJsonDocument::Compact).toStdString());
    {
        // One read transaction: the bundle is a consistent snapshot of the store.
        store::Transaction snapshot(db, false);
        info.rows = LocalChanges(db).readAll(sink, since);
    }
    sink.line("Z " + std::to_string(info.rows));
    sink.flush();
    const QByteArray sig = key.sign(digest.final());
    const QByteArray last = "S " + sig.toHex() + '\n';
    out.write(last);
    if (!out.commit())
        throw SyncError(QStringLiteral("%1: cannot write: %2").arg(file, out.errorString()));
    return info;
}

BundleInfo Bundle::importFrom(store::Database& db, const QString& file,
                              const QList<QByteArray>& trusted) {
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        throw SyncError(QStringLiteral("%1: cannot read: %2").arg(file, in.errorString()));
    const auto refuse = [&](const QString& why) -> SyncError {
        return SyncError(QStringLiteral("%1: bundle refused: %2").arg(file, why));
    };
    Digest digest;
    std::int64_t lineNo = 0;
    QByteArray raw;
    const auto next = [&]() -> bool {
        raw = in.readLine();
        if (raw.isEmpty())
            return false;
        ++lineNo;
        if (!raw.endsWith('\n'))
            throw refuse(QStringLiteral("truncated at line %1 (no end of line)").arg(lineNo));
        return true;
    };
    const auto body = [&] {
        return std::string_view(raw.constData(), static_cast<size_t>(raw.size() - 1));
    };

    if (!next() || body() != kMagic)
        throw refuse(QStringLiteral("not an EcoSentry bundle (no '%1' on line 1)")
                         .arg(QLatin1String(kMagic)));
    digest.update(std::string_view(raw.constData(), static_cast<size_t>(raw.size())));
    if (!next() || !raw.startsWith("H "))
        throw refuse(QStringLiteral("line 2: no header"));
    digest.update(std::string_view(raw.constData(), static_cast<size_t>(raw.size())));
    const QJsonObject h = QJsonDocument::fromJson(raw.mid(2)).object();
    BundleInfo info;
    info.city = h.value(QLatin1String("city")).toString();
    info.signer = h.value(QLatin1String("signer")).toString();
    info.node = h.value(QLatin1String("node")).toString();
    info.created = h.value(QLatin1String("created")).toInteger();
    if (h.contains(QLatin1String("since")))
        info.since = h.value(QLatin1String("since")).toInteger();
    if (info.city.isEmpty() || info.signer.isEmpty())
        throw refuse(QStringLiteral("line 2: the header names no city or signer"));

    // Refuse before touching anything: an untrusted signer, another city.
    const SigningKey own = SigningKey::loadOrCreate(db.path());
    const QByteArray signer = QByteArray::fromHex(info.signer.toLatin1());
    if (signer != own.publicKey() && !trusted.contains(signer) && !TrustedKeys(db).contains(signer))
        throw refuse(QStringLiteral("signed by %1, which is not a trusted key (add it with "
                                    "--trust)")
                         .arg(info.signer));
    const QString localCity = db.meta(QStringLiteral("city_id"));
    if (!localCity.isEmpty() && localCity != info.city)
        throw refuse(QStringLiteral("it comes from city %1 and this store belongs to city %2")
                         .arg(info.city, localCity));

    store::Transaction tx(db);
    ChangeApplier applier(db, file, ChangeApplier::Marking::MarkPending);
    const TableSpec* table = nullptr;
    std::int64_t tableRows = 0;
    std::int64_t total = 0;
    bool signatureChecked = false;
    while (next()) {
        if (raw.startsWith("S ")) {
            const QByteArray sig = QByteArray::fromHex(raw.mid(2).trimmed());
            if (!SigningKey::verify(signer, digest.final(), sig))
                throw refuse(QStringLiteral("the signature does not match its contents: the "
                                            "bundle was altered"));
            if (next())
                throw refuse(QStringLiteral("line %1: data after the signature").arg(lineNo));
            signatureChecked = true;
            break;
        }
        digest.update(std::string_view(raw.constData(), static_cast<size_t>(raw.size())));
        const std::string_view line = body();
        if (line.starts_with("T ")) {
            table = findTable(line.substr(2));
            if (!table)
                throw refuse(QStringLiteral("line %1: unknown table '%2'")
                                 .arg(lineNo)
                                 .arg(QString::fromUtf8(raw.mid(2).trimmed())));
            applier.beginTable(*table);
            tableRows = 0;
        } else if (line.starts_with("E ")) {
            if (!table ||
                line.substr(2) != std::string(table->name) + " " + std::to_string(tableRows))
                throw refuse(
                    QStringLiteral("line %1: the table's row count does not match").arg(lineNo));
            table = nullptr;
        } else if (line.starts_with("Z ")) {
            if (line.substr(2) != std::to_string(total))
                throw refuse(
                    QStringLiteral("line %1: the total row count does not match").arg(lineNo));
        } else {
            if (!table)
                throw refuse(QStringLiteral("line %1: a row outside any table").arg(lineNo));
            applier.apply(line);
            ++tableRows;
            ++total;
        }
    }
    if (!signatureChecked)
        throw refuse(QStringLiteral("truncated: the signature at the end is missing"));
    applier.finish();
    if (localCity.isEmpty())
        db.setMeta(QStringLiteral("city_id"), info.city);
    tx.commit();
    info.rows = total;
    info.newTaskEvents = applier.newTaskEvents();
    return info;
}

} // namespace eco::sync
