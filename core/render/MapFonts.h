// MapFonts: the fonts the map paints its text with. Chinese names must render on every machine,
// so the family list starts with Noto Sans CJK SC (Debian's fonts-noto-cjk) and falls back to
// other CJK and Latin families. Sizes are in device-independent pixels so text looks the same on
// a QImage at any devicePixelRatio.
#pragma once

#include <QFont>
#include <QStringList>

namespace eco::render::MapFonts {

inline QStringList families() {
    return {QStringLiteral("Noto Sans CJK SC"),   QStringLiteral("Noto Sans SC"),
            QStringLiteral("Source Han Sans SC"), QStringLiteral("WenQuanYi Micro Hei"),
            QStringLiteral("Noto Sans"),          QStringLiteral("DejaVu Sans")};
}

inline QFont font(int pixelSize, bool bold = false) {
    QFont f;
    f.setFamilies(families());
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

} // namespace eco::render::MapFonts
