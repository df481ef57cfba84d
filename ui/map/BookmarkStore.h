// BookmarkStore: named map extents, kept per store in QSettings (the GUI opens the store
// read-only, and bookmarks are a user's view preference rather than shared data). Each store gets
// its own group, keyed by a hash of its absolute path, so two stores never mix their bookmarks.
// Extents are WGS84 lon/lat so they survive a change of display CRS.
#pragma once

#include "core/geo/GeoRect.h"

#include <QList>
#include <QString>
#include <optional>

class QSettings;

namespace eco::ui {

struct Bookmark {
    QString name;
    geo::GeoRect lonLat;
    friend bool operator==(const Bookmark&, const Bookmark&) = default;
};

class BookmarkStore {
public:
    // settings is not owned and must outlive the store.
    BookmarkStore(QSettings& settings, const QString& storePath);

    QList<Bookmark> bookmarks() const;
    // Adds, or replaces the bookmark of the same name. An empty name or invalid extent is refused.
    bool add(const Bookmark& bookmark);
    bool remove(const QString& name);
    std::optional<Bookmark> find(const QString& name) const;

    static QString groupFor(const QString& storePath);

private:
    void save(const QList<Bookmark>& list);
    QSettings& m_settings;
    QString m_group;
};

} // namespace eco::ui
