#include "ui/map/BookmarkStore.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace eco::ui {

BookmarkStore::BookmarkStore(QSettings& settings, const QString& storePath)
    : m_settings(settings), m_group(groupFor(storePath)) {}

QString BookmarkStore::groupFor(const QString& storePath) {
    const QString absolute = QFileInfo(storePath).absoluteFilePath();
    const QByteArray hash =
        QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("bookmarks/") + QString::fromLatin1(hash);
}

QList<Bookmark> BookmarkStore::bookmarks() const {
    QList<Bookmark> out;
    const int n = m_settings.beginReadArray(m_group);
    for (int i = 0; i < n; ++i) {
        m_settings.setArrayIndex(i);
        Bookmark b;
        b.name = m_settings.value(QStringLiteral("name")).toString();
        b.lonLat = {m_settings.value(QStringLiteral("west")).toDouble(),
                    m_settings.value(QStringLiteral("south")).toDouble(),
                    m_settings.value(QStringLiteral("east")).toDouble(),
                    m_settings.value(QStringLiteral("north")).toDouble()};
        // A hand-edited or damaged entry is skipped rather than shown as a broken bookmark.
        if (!b.name.isEmpty() && b.lonLat.isValid())
            out << b;
    }
    m_settings.endArray();
    return out;
}

void BookmarkStore::save(const QList<Bookmark>& list) {
    m_settings.remove(m_group);
    m_settings.beginWriteArray(m_group, static_cast<int>(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        m_settings.setArrayIndex(i);
        const Bookmark& b = list[i];
        m_settings.setValue(QStringLiteral("name"), b.name);
        m_settings.setValue(QStringLiteral("west"), b.lonLat.west);
        m_settings.setValue(QStringLiteral("south"), b.lonLat.south);
        m_settings.setValue(QStringLiteral("east"), b.lonLat.east);
        m_settings.setValue(QStringLiteral("north"), b.lonLat.north);
    }
    m_settings.endArray();
    m_settings.sync();
}

bool BookmarkStore::add(const Bookmark& bookmark) {
    if (bookmark.name.trimmed().isEmpty() || !bookmark.lonLat.isValid())
        return false;
    QList<Bookmark> list = bookmarks();
    Bookmark b = bookmark;
    b.name = b.name.trimmed();
    auto it =
        std::find_if(list.begin(), list.end(), [&](const Bookmark& x) { return x.name == b.name; });
    if (it != list.end())
        *it = b;
    else
        list << b;
    save(list);
    return true;
}

bool BookmarkStore::remove(const QString& name) {
    QList<Bookmark> list = bookmarks();
    const auto n = list.removeIf([&](const Bookmark& b) { return b.name == name; });
    if (n == 0)
        return false;
    save(list);
    return true;
}

std::optional<Bookmark> BookmarkStore::find(const QString& name) const {
    for (const Bookmark& b : bookmarks())
        if (b.name == name)
            return b;
    return std::nullopt;
}

} // namespace eco::ui
