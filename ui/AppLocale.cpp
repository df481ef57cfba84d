#include "ui/AppLocale.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace eco::ui::AppLocale {

bool install(QCoreApplication& app, const QString& lang) {
    if (!supported().contains(lang))
        return false;
    QLocale::setDefault(QLocale(lang));
    // Owned by the application object (Qt parent ownership), alive as long as the UI.
    auto* own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/ecosentry_") + lang + QStringLiteral(".qm"))) {
        delete own;
        return false;
    }
    app.installTranslator(own);
    if (lang != QLatin1String("en")) {
        auto* qt = new QTranslator(&app);
        if (qt->load(QStringLiteral("qtbase_") + lang,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            app.installTranslator(qt);
        else
            delete qt;
    }
    return true;
}

} // namespace eco::ui::AppLocale
