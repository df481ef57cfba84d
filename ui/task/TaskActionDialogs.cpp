#include "ui/task/TaskActionDialogs.h"

#include "core/model/Time.h"
#include "core/task/DeadlinePolicy.h"
#include "ui/task/TaskText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace eco::ui {

namespace {

// The edits show Asia/Shanghai wall time: Qt 6.4's QDateTimeEdit has no time zone setting, so
// the value is kept as UTC shifted by the fixed offset (China has no DST).
QDateTimeEdit* dateTimeEdit(std::int64_t ts, QWidget* parent) {
    auto* e = new QDateTimeEdit(parent);
    e->setTimeSpec(Qt::UTC);
    e->setDateTime(QDateTime::fromSecsSinceEpoch(ts + model::kShanghaiOffsetS, Qt::UTC));
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    e->setCalendarPopup(true);
    return e;
}

std::int64_t editedTs(const QDateTimeEdit* e) {
    return e->dateTime().toSecsSinceEpoch() - model::kShanghaiOffsetS;
}

QDialogButtonBox* okCancel(QDialog* d) {
    auto* b = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, d);
    QObject::connect(b, &QDialogButtonBox::accepted, d, &QDialog::accept);
    QObject::connect(b, &QDialogButtonBox::rejected, d, &QDialog::reject);
    return b;
}

QListWidget* filePicker(QDialog* d, QFormLayout* form, const QString& label) {
    auto* files = new QListWidget(d);
    files->setMaximumHeight(80);
    auto* add = new QPushButton(
        QCoreApplication::translate("eco::ui::TaskActionDialogs", "Add files..."), d);
    auto* remove =
        new QPushButton(QCoreApplication::translate("eco::ui::TaskActionDialogs", "Remove"), d);
    QObject::connect(add, &QPushButton::clicked, d, [d, files] {
        for (const QString& f : QFileDialog::getOpenFileNames(
                 d, QCoreApplication::translate("eco::ui::TaskActionDialogs", "Attach files")))
            files->addItem(f);
    });
    QObject::connect(remove, &QPushButton::clicked, d, [files] { delete files->currentItem(); });
    auto* box = new QVBoxLayout;
    box->addWidget(files);
    auto* row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch(1);
    box->addLayout(row);
    form->addRow(label, box);
    return files;
}

QStringList fileList(const QListWidget* files) {
    QStringList out;
    for (int i = 0; i < files->count(); ++i)
        out << files->item(i)->text();
    return out;
}

QString header(const task::TaskSnapshot& t) {
    return QStringLiteral("<b>%1</b><br><small>%2 · %3</small>")
        .arg(t.title.toHtmlEscaped(), TaskText::state(t.state), t.id.left(8));
}

} // namespace

DispatchDialog::DispatchDialog(TaskWorkspace& ws, const task::TaskSnapshot& t, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Dispatch Task"));
    auto* form = new QFormLayout;
    m_team = new QComboBox(this);
    m_team->setEditable(true);
    m_team->addItems(ws.teams());
    if (!t.team.isEmpty())
        m_team->setCurrentText(t.team);
    m_officer = new QComboBox(this);
    const auto fillOfficers = [this, &ws] {
        const QString keep = m_officer->currentData().toString();
        m_officer->clear();
        m_officer->addItem(tr("(the team decides)"), QString());
        for (const QString& o : ws.officers(m_team->currentText()))
            m_officer->addItem(o, o);
        m_officer->setCurrentIndex(std::max(0, m_officer->findData(keep)));
    };
    fillOfficers();
    connect(m_team, &QComboBox::currentTextChanged, this, fillOfficers);
    const task::DeadlinePolicy policy = task::DeadlinePolicy::fromStore(ws.database());
    m_deadline = dateTimeEdit(policy.deadlineFrom(ws.now(), t.severity), this);
    m_note = new QPlainTextEdit(this);
    m_note->setPlaceholderText(tr("Instructions for the team"));
    form->addRow(new QLabel(header(t), this));
    form->addRow(tr("Team:"), m_team);
    form->addRow(tr("Officer:"), m_officer);
    form->addRow(tr("Deadline:"), m_deadline);
    form->addRow(new QLabel(tr("Default for %1 severity: %n hour(s) from now", nullptr,
                               static_cast<int>(policy.hoursFor(t.severity)))
                                .arg(TaskText::severity(t.severity)),
                            this));
    form->addRow(tr("Instructions:"), m_note);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(okCancel(this));
    resize(460, 360);
}

task::DispatchRequest DispatchDialog::request() const {
    task::DispatchRequest r;
    r.team = m_team->currentText().trimmed();
    r.officer = m_officer->currentData().toString();
    r.deadlineTs = editedTs(m_deadline);
    r.note = m_note->toPlainText().trimmed();
    return r;
}

SiteVerificationDialog::SiteVerificationDialog(const task::TaskSnapshot& t, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Site Verification"));
    auto* form = new QFormLayout;
    form->addRow(new QLabel(header(t), this));
    m_findings = new QPlainTextEdit(this);
    m_findings->setPlaceholderText(tr("What was found on site"));
    form->addRow(tr("Findings:"), m_findings);
    m_measurements = new QTableWidget(3, 3, this);
    m_measurements->setHorizontalHeaderLabels({tr("Pollutant"), tr("Value"), tr("Unit")});
    m_measurements->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_measurements->setMaximumHeight(130);
    form->addRow(tr("Measurements:"), m_measurements);
    m_files = filePicker(this, form, tr("Photos and files:"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(okCancel(this));
    resize(520, 460);
}

task::SiteVerification SiteVerificationDialog::verification() const {
    task::SiteVerification v;
    v.findings = m_findings->toPlainText().trimmed();
    for (int r = 0; r < m_measurements->rowCount(); ++r) {
        const auto cell = [&](int c) {
            const auto* i = m_measurements->item(r, c);
            return i ? i->text().trimmed() : QString();
        };
        if (cell(0).isEmpty() && cell(1).isEmpty() && cell(2).isEmpty())
            continue;
        bool ok = false;
        const double value = cell(1).toDouble(&ok);
        // A malformed value goes to core as NaN, which names the measurement in its refusal.
        v.measurements.push_back({cell(0), ok ? value : std::nan(""), cell(2)});
    }
    v.attachmentFiles = fileList(m_files);
    return v;
}

DisposalReportDialog::DisposalReportDialog(const task::TaskSnapshot& t, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Disposal Report"));
    auto* form = new QFormLayout;
    form->addRow(new QLabel(header(t), this));
    m_conclusion = new QComboBox(this);
    for (task::Conclusion c : {task::Conclusion::ViolationConfirmed, task::Conclusion::NotConfirmed,
                               task::Conclusion::DataFault})
        m_conclusion->addItem(TaskText::conclusion(c), static_cast<int>(c));
    m_outcome = new QComboBox(this);
    m_outcome->addItem(tr("False alarm"), QStringLiteral("false_alarm"));
    m_outcome->addItem(tr("Explained (the data had a reason)"), QStringLiteral("explained"));
    m_hasPenalty = new QCheckBox(tr("Penalty (CNY):"), this);
    m_penalty = new QDoubleSpinBox(this);
    m_penalty->setRange(0, 1e9);
    m_penalty->setDecimals(0);
    m_penalty->setSingleStep(10000);
    m_hasRectification = new QCheckBox(tr("Rectify by:"), this);
    m_rectification = dateTimeEdit(QDateTime::currentSecsSinceEpoch() + 30 * 86400, this);
    m_summary = new QPlainTextEdit(this);
    m_summary->setPlaceholderText(tr("Summary of the case and the decision"));
    form->addRow(tr("Conclusion:"), m_conclusion);
    form->addRow(tr("Outcome:"), m_outcome);
    form->addRow(m_hasPenalty, m_penalty);
    form->addRow(m_hasRectification, m_rectification);
    form->addRow(tr("Summary:"), m_summary);
    m_files = filePicker(this, form, tr("Attachments:"));
    connect(m_conclusion, &QComboBox::currentIndexChanged, this,
            &DisposalReportDialog::updateEnabled);
    connect(m_hasPenalty, &QCheckBox::toggled, this, &DisposalReportDialog::updateEnabled);
    connect(m_hasRectification, &QCheckBox::toggled, this, &DisposalReportDialog::updateEnabled);
    updateEnabled();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(okCancel(this));
    resize(520, 480);
}

void DisposalReportDialog::updateEnabled() {
    const auto c = static_cast<task::Conclusion>(m_conclusion->currentData().toInt());
    const bool violation = c == task::Conclusion::ViolationConfirmed;
    m_outcome->setEnabled(c == task::Conclusion::NotConfirmed);
    m_hasPenalty->setEnabled(violation);
    m_hasRectification->setEnabled(violation);
    m_penalty->setEnabled(violation && m_hasPenalty->isChecked());
    m_rectification->setEnabled(violation && m_hasRectification->isChecked());
}

task::DisposalReport DisposalReportDialog::report() const {
    task::DisposalReport r;
    r.conclusion = static_cast<task::Conclusion>(m_conclusion->currentData().toInt());
    if (r.conclusion == task::Conclusion::NotConfirmed)
        r.outcome = m_outcome->currentData().toString();
    if (r.conclusion == task::Conclusion::ViolationConfirmed) {
        if (m_hasPenalty->isChecked())
            r.penaltyCny = m_penalty->value();
        if (m_hasRectification->isChecked())
            r.rectificationDeadlineTs = editedTs(m_rectification);
    }
    r.summary = m_summary->toPlainText().trimmed();
    r.attachmentFiles = fileList(m_files);
    return r;
}

ReasonDialog::ReasonDialog(const QString& title, const QString& prompt, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(title);
    m_text = new QPlainTextEdit(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(prompt, this));
    layout->addWidget(m_text);
    layout->addWidget(okCancel(this));
    resize(420, 220);
}

QString ReasonDialog::text() const {
    return m_text->toPlainText().trimmed();
}

std::optional<ActionInput> askActionInput(QWidget* parent, TaskWorkspace& ws,
                                          task::TaskAction action, const task::TaskSnapshot& t) {
    ActionInput in;
    switch (action) {
    case task::TaskAction::Dispatch: {
        DispatchDialog d(ws, t, parent);
        if (d.exec() != QDialog::Accepted)
            return std::nullopt;
        in.dispatch = d.request();
        return in;
    }
    case task::TaskAction::VerifySite: {
        SiteVerificationDialog d(t, parent);
        if (d.exec() != QDialog::Accepted)
            return std::nullopt;
        in.site = d.verification();
        return in;
    }
    case task::TaskAction::Report: {
        DisposalReportDialog d(t, parent);
        if (d.exec() != QDialog::Accepted)
            return std::nullopt;
        in.report = d.report();
        return in;
    }
    case task::TaskAction::Reopen:
    case task::TaskAction::Cancel:
    case task::TaskAction::Comment: {
        const QString title = TaskText::action(action);
        const QString prompt =
            action == task::TaskAction::Comment
                ? QCoreApplication::translate("eco::ui::TaskActionDialogs", "Comment on \"%1\":")
                      .arg(t.title)
                : QCoreApplication::translate("eco::ui::TaskActionDialogs",
                                              "Why? The reason is kept in the task's record. "
                                              "Task: \"%1\"")
                      .arg(t.title);
        ReasonDialog d(title, prompt, parent);
        if (d.exec() != QDialog::Accepted)
            return std::nullopt;
        in.text = d.text();
        return in;
    }
    default:
        return in;
    }
}

} // namespace eco::ui
