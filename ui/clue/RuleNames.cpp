#include "ui/clue/RuleNames.h"

#include <QCoreApplication>

namespace eco::ui {

namespace {

QString tr(const char* s) {
    return QCoreApplication::translate("eco::ui::RuleNames", s);
}

} // namespace

QString ruleName(const QString& rule) {
    static const struct {
        const char* id;
        const char* name;
    } kRules[] = {
        {"E1", QT_TRANSLATE_NOOP("eco::ui::RuleNames", "Hourly exceedance")},
        {"E2", QT_TRANSLATE_NOOP("eco::ui::RuleNames", "Daily exceedance")},
        {"F1", QT_TRANSLATE_NOOP("eco::ui::RuleNames", "Constant value")},
        {"F2", QT_TRANSLATE_NOOP("eco::ui::RuleNames", "Low-variance band")},
        {"F3", QT_TRANSLATE_NOOP("eco::ui::RuleNames", "Near detection limit")},
        {"F4", QT_TRANSLATE_NOOP("eco::ui::RuleNames", "Flag abuse / gaps")},
        {"F5", QT_TRANSLATE_NOOP("eco::ui::RuleNames", "Step change")},
        {"F6", QT_TRANSLATE_NOOP("eco::ui::RuleNames", "Limit hugging")},
        {"F7", QT_TRANSLATE_NOOP("eco::ui::RuleNames", "Dilution (O2)")},
        {"F8", QT_TRANSLATE_NOOP("eco::ui::RuleNames", "Flow vs production")},
        {"P1", QT_TRANSLATE_NOOP("eco::ui::RuleNames", "Treatment off while producing")},
        {"P2", QT_TRANSLATE_NOOP("eco::ui::RuleNames", "Wrong start/stop order")},
        {"P3", QT_TRANSLATE_NOOP("eco::ui::RuleNames", "Emergency reduction not applied")},
        {"P4", QT_TRANSLATE_NOOP("eco::ui::RuleNames", "Power data missing during an alert")},
        {"A1", QT_TRANSLATE_NOOP("eco::ui::RuleNames", "Ambient station anomaly")},
    };
    for (const auto& r : kRules)
        if (rule == QLatin1String(r.id))
            return tr(r.name);
    return rule;
}

QString ruleFamilyName(const QString& family) {
    if (family == QLatin1String("E"))
        return QCoreApplication::translate("eco::ui::RuleNames", "Exceedance");
    if (family == QLatin1String("F"))
        return QCoreApplication::translate("eco::ui::RuleNames", "Falsification");
    if (family == QLatin1String("P"))
        return QCoreApplication::translate("eco::ui::RuleNames", "Power");
    if (family == QLatin1String("A"))
        return QCoreApplication::translate("eco::ui::RuleNames", "Ambient");
    return family;
}

QStringList knownRules() {
    return {"E1", "E2", "F1", "F2", "F3", "F4", "F5", "F6",
            "F7", "F8", "P1", "P2", "P3", "P4", "A1"};
}

QString industryName(const QString& code) {
    static const struct {
        const char* code;
        const char* name;
    } kIndustries[] = {
        {"power", QT_TRANSLATE_NOOP("eco::ui::RuleNames", "Power generation")},
        {"steel", QT_TRANSLATE_NOOP("eco::ui::RuleNames", "Steel")},
        {"building_materials", QT_TRANSLATE_NOOP("eco::ui::RuleNames", "Building materials")},
        {"chemical", QT_TRANSLATE_NOOP("eco::ui::RuleNames", "Chemicals")},
        {"boiler", QT_TRANSLATE_NOOP("eco::ui::RuleNames", "Boilers")},
        {"pharmaceutical", QT_TRANSLATE_NOOP("eco::ui::RuleNames", "Pharmaceuticals")},
        {"automotive", QT_TRANSLATE_NOOP("eco::ui::RuleNames", "Automotive")},
        {"surface_coating", QT_TRANSLATE_NOOP("eco::ui::RuleNames", "Surface coating")},
        {"electronics", QT_TRANSLATE_NOOP("eco::ui::RuleNames", "Electronics")},
        {"printing", QT_TRANSLATE_NOOP("eco::ui::RuleNames", "Printing")},
        {"food", QT_TRANSLATE_NOOP("eco::ui::RuleNames", "Food")},
        {"furniture", QT_TRANSLATE_NOOP("eco::ui::RuleNames", "Furniture")},
        {"textile", QT_TRANSLATE_NOOP("eco::ui::RuleNames", "Textiles")},
    };
    for (const auto& i : kIndustries)
        if (code == QLatin1String(i.code))
            return tr(i.name);
    return code;
}

} // namespace eco::ui
