// TaskText: how the task vocabulary reads in the GUI: translated names of states, actions,
// severities, roles, conclusions and event kinds, the severity colours of the cards, and the
// one-line summary of an event's payload for the timeline. The stored strings (TaskTypes) never
// change; only their display goes through here.
#pragma once

#include "core/task/TaskEvent.h"
#include "core/task/TaskTypes.h"

#include <QColor>
#include <QString>

namespace eco::ui::TaskText {

QString state(task::TaskState s);
QString action(task::TaskAction a);
QString severity(task::Severity s);
QString role(task::Role r);
QString conclusion(task::Conclusion c);
QString conclusion(const QString& stored); // the stored word, or itself when unknown
QString eventKind(const QString& kind);
QString payloadSummary(const task::TaskEvent& event);
QColor severityColour(task::Severity s);
// "2026-10-01 09:00" in Asia/Shanghai, or an em dash for none.
QString time(std::optional<std::int64_t> ts);
QString shortHash(const QString& hash);

} // namespace eco::ui::TaskText
