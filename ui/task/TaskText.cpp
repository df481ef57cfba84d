#include "ui/task/TaskText.h"

#include "core/model/Time.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace eco::ui::TaskText {

namespace {

QString tr(const char* text, int n = -1) {
    return QCoreApplication::translate("eco::ui::TaskText", text, nullptr, n);
}

} // namespace

QString state(task::TaskState s) {
    using S = task::TaskState;
    switch (s) {
    case S::Created:
        return tr("Created");
    case S::Dispatched:
        return tr("Dispatched");
    case S::Accepted:
        return tr("Accepted");
    case S::OnSite:
        return tr("On site");
    case S::Verified:
        return tr("Verified");
    case S::Reported:
        return tr("Reported");
    case S::Closed:
        return tr("Closed");
    case S::Reopened:
        return tr("Reopened");
    case S::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString action(task::TaskAction a) {
    using A = task::TaskAction;
    switch (a) {
    case A::Create:
        return tr("Create");
    case A::Dispatch:
        return tr("Dispatch");
    case A::Accept:
        return tr("Accept");
    case A::Arrive:
        return tr("Arrive on site");
    case A::VerifySite:
        return tr("Verify on site");
    case A::Report:
        return tr("Write report");
    case A::Close:
        return tr("Close");
    case A::Reopen:
        return tr("Reopen");
    case A::Cancel:
        return tr("Cancel task");
    case A::Comment:
        return tr("Comment");
    }
    return {};
}

QString severity(task::Severity s) {
    switch (s) {
    case task::Severity::High:
        return tr("High");
    case task::Severity::Medium:
        return tr("Medium");
    case task::Severity::Low:
        return tr("Low");
    }
    return {};
}

QString role(task::Role r) {
    using R = task::Role;
    switch (r) {
    case R::Viewer:
        return tr("Viewer");
    case R::DutyOfficer:
        return tr("Duty officer");
    case R::FieldOfficer:
        return tr("Field officer");
    case R::Supervisor:
        return tr("Supervisor");
    case R::Administrator:
        return tr("Administrator");
    }
    return {};
}

QString conclusion(task::Conclusion c) {
    switch (c) {
    case task::Conclusion::ViolationConfirmed:
        return tr("Violation confirmed");
    case task::Conclusion::NotConfirmed:
        return tr("Not confirmed");
    case task::Conclusion::DataFault:
        return tr("Data fault");
    }
    return {};
}

QString conclusion(const QString& stored) {
    const auto c = task::parseConclusion(stored);
    return c ? conclusion(*c) : stored;
}

QString eventKind(const QString& kind) {
    const auto a = task::actionForEventKind(kind);
    if (!a)
        return kind;
    switch (*a) {
    case task::TaskAction::Create:
        return tr("created");
    case task::TaskAction::Dispatch:
        return tr("dispatched");
    case task::TaskAction::Accept:
        return tr("accepted");
    case task::TaskAction::Arrive:
        return tr("arrived on site");
    case task::TaskAction::VerifySite:
        return tr("site verified");
    case task::TaskAction::Report:
        return tr("reported");
    case task::TaskAction::Close:
        return tr("closed");
    case task::TaskAction::Reopen:
        return tr("reopened");
    case task::TaskAction::Cancel:
        return tr("cancelled");
    case task::TaskAction::Comment:
        return tr("comment");
    }
    return kind;
}

QString payloadSummary(const task::TaskEvent& event) {
    const QJsonObject o = QJsonDocument::fromJson(event.payload).object();
    QStringList parts;
    const auto add = [&](const char* key, const QString& label) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString() && !v.toString().isEmpty())
            parts << label.arg(v.toString());
        else if (v.isDouble())
            parts << label.arg(v.toDouble());
    };
    add("title", tr("title: %1"));
    add("team", tr("team: %1"));
    add("officer", tr("officer: %1"));
    if (o.value(QLatin1String("deadline_ts")).isDouble())
        parts << tr("deadline: %1")
                     .arg(time(static_cast<std::int64_t>(
                         o.value(QLatin1String("deadline_ts")).toDouble())));
    add("findings", tr("findings: %1"));
    if (const QJsonArray m = o.value(QLatin1String("measurements")).toArray(); !m.isEmpty())
        parts << tr("%n measurement(s)", static_cast<int>(m.size()));
    if (const QJsonArray a = o.value(QLatin1String("attachments")).toArray(); !a.isEmpty())
        parts << tr("%n attachment(s)", static_cast<int>(a.size()));
    if (o.value(QLatin1String("conclusion")).isString())
        parts << conclusion(o.value(QLatin1String("conclusion")).toString());
    add("penalty_cny", tr("penalty: %1 CNY"));
    add("summary", tr("summary: %1"));
    add("reason", tr("reason: %1"));
    add("note", tr("note: %1"));
    add("text", tr("%1"));
    return parts.join(QStringLiteral("; "));
}

QColor severityColour(task::Severity s) {
    switch (s) {
    case task::Severity::High:
        return QColor(0xd7, 0x30, 0x27);
    case task::Severity::Medium:
        return QColor(0xf4, 0xa5, 0x24);
    case task::Severity::Low:
        return QColor(0x4d, 0x9a, 0xd6);
    }
    return Qt::gray;
}

QString time(std::optional<std::int64_t> ts) {
    return ts ? model::formatLocal(*ts) : QStringLiteral("—");
}

QString shortHash(const QString& hash) {
    return hash.left(12);
}

} // namespace eco::ui::TaskText
