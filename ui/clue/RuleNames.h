// RuleNames: the screening rules' names as officers read them (CONTEXT.md section 2), translated,
// shared by the clue list filters, the detail view and the statistics.
#pragma once

#include <QString>
#include <QStringList>

namespace eco::ui {

// "E1", "F4", ... -> "Hourly exceedance", ...; the id itself when unknown.
QString ruleName(const QString& rule);
// "E", "F", "P", "A" -> "Exceedance", "Falsification", "Power", "Ambient".
QString ruleFamilyName(const QString& family);
QStringList knownRules();

} // namespace eco::ui
