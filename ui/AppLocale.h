// AppLocale: the user-interface language. Simplified Chinese is the default; English on request.
// It installs EcoSentry's own compiled translations (embedded as :/i18n/ecosentry_<lang>.qm) and,
// for Chinese, Qt's own qtbase translations (standard dialogs and buttons) when installed.
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace eco::ui::AppLocale {

inline QStringList supported() {
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}
inline QString defaultLanguage() {
    return QStringLiteral("zh_CN");
}

// Returns false when lang is not supported or its translation cannot be loaded.
bool install(QCoreApplication& app, const QString& lang);

} // namespace eco::ui::AppLocale
