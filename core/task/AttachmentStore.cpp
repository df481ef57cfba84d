#include "core/task/AttachmentStore.h"

#include "core/task/Sha256.h"
#include "core/task/TaskError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <optional>

namespace eco::task {

namespace {

using Kind = TaskError::Kind;

// Streams the file so large photos or videos never sit in memory whole.
std::optional<QString> hashFile(const QString& path, std::int64_t* size) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    Sha256 sha;
    std::int64_t total = 0;
    QByteArray buf(1 << 16, Qt::Uninitialized);
    for (;;) {
        const qint64 n = f.read(buf.data(), buf.size());
        if (n < 0)
            return std::nullopt;
        if (n == 0)
            break;
        total += n;
        sha.update(std::string_view(buf.constData(), static_cast<std::size_t>(n)));
    }
    if (size)
        *size = total;
    return sha.finalHex();
}

} // namespace

AttachmentStore::AttachmentStore(const QString& storePath) {
    const QFileInfo fi(storePath);
    m_dir = fi.absoluteDir().filePath(fi.fileName() + QStringLiteral(".attachments"));
}

QString AttachmentStore::pathFor(const QString& sha256) const {
    return QDir(m_dir).filePath(sha256);
}

Attachment AttachmentStore::add(const QString& sourceFile) const {
    const QFileInfo src(sourceFile);
    if (!src.isFile())
        throw TaskError(Kind::NotFound,
                        QStringLiteral("attachment %1: no such file").arg(sourceFile));
    Attachment a;
    a.name = src.fileName();
    const auto hash = hashFile(sourceFile, &a.size);
    if (!hash)
        throw TaskError(Kind::InvalidInput,
                        QStringLiteral("attachment %1: cannot read the file").arg(sourceFile));
    a.sha256 = *hash;
    if (!QDir().mkpath(m_dir))
        throw TaskError(Kind::InvalidInput,
                        QStringLiteral("attachments: cannot create directory %1").arg(m_dir));
    const QString dest = pathFor(a.sha256);
    if (check(a.sha256).isEmpty())
        return a; // same content stored already
    QFile in(sourceFile);
    QSaveFile out(dest);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        throw TaskError(Kind::InvalidInput,
                        QStringLiteral("attachment %1: cannot copy to %2").arg(sourceFile, dest));
    QByteArray buf(1 << 16, Qt::Uninitialized);
    for (;;) {
        const qint64 n = in.read(buf.data(), buf.size());
        if (n < 0 || (n > 0 && out.write(buf.constData(), n) != n))
            throw TaskError(
                Kind::InvalidInput,
                QStringLiteral("attachment %1: copy to %2 failed").arg(sourceFile, dest));
        if (n == 0)
            break;
    }
    if (!out.commit())
        throw TaskError(Kind::InvalidInput,
                        QStringLiteral("attachment %1: cannot write %2").arg(sourceFile, dest));
    return a;
}

QString AttachmentStore::check(const QString& sha256) const {
    const QString path = pathFor(sha256);
    if (!QFileInfo::exists(path))
        return QStringLiteral("attachment file %1 is missing").arg(path);
    const auto actual = hashFile(path, nullptr);
    if (!actual)
        return QStringLiteral("attachment file %1 cannot be read").arg(path);
    if (*actual != sha256)
        return QStringLiteral("attachment file %1 was changed (its SHA-256 is now %2)")
            .arg(path, *actual);
    return {};
}

} // namespace eco::task
