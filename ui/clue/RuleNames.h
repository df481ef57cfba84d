// RuleNames: the screening rules' names as officers read them (CONTEXT.md section 2), and the
// industries clues are tagged with, translated, shared by the clue list and its filters, the
// detail view and the statistics.
#pragma once

#include <QString>
#include <QStringList>

namespace eco::ui {

// "E1", "F4", ... -> "Hourly exceedance", ...; the id itself when unknown.
QString ruleName(const QString& rule);
// "E", "F", "P", "A" -> "Exceedance", "Falsification", "Power", "Ambient".
QString ruleFamilyName(const QString& family);
QStringList knownRules();
// "steel", "building_materials", ... -> "Steel", "Building materials", ...; the code itself when
// unknown.
QString industryName(const QString& code);

} // namespace eco::ui
