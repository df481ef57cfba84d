// TaskActionDialogs: the dialogs that collect what a workflow action needs before core runs it:
// DispatchDialog (team, officer, deadline defaulting to the DeadlinePolicy for the severity,
// instructions), SiteVerificationDialog (findings, measurements, attachments from a file picker),
// DisposalReportDialog (conclusion, outcome, penalty, rectification deadline, summary) and
// ReasonDialog (reopen, cancel, comment). They only check that the form is filled in; core
// validates again and its message is shown when it refuses.
#pragma once

#include "core/task/TaskFold.h"
#include "core/task/TaskService.h"
#include "ui/task/TaskWorkspace.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

namespace eco::ui {

class DispatchDialog : public QDialog {
    Q_OBJECT
public:
    DispatchDialog(TaskWorkspace& ws, const task::TaskSnapshot& t, QWidget* parent = nullptr);
    task::DispatchRequest request() const;

private:
    QComboBox* m_team;
    QComboBox* m_officer;
    QDateTimeEdit* m_deadline;
    QPlainTextEdit* m_note;
};

class SiteVerificationDialog : public QDialog {
    Q_OBJECT
public:
    explicit SiteVerificationDialog(const task::TaskSnapshot& t, QWidget* parent = nullptr);
    task::SiteVerification verification() const;

private:
    QPlainTextEdit* m_findings;
    QTableWidget* m_measurements;
    QListWidget* m_files;
};

class DisposalReportDialog : public QDialog {
    Q_OBJECT
public:
    explicit DisposalReportDialog(const task::TaskSnapshot& t, QWidget* parent = nullptr);
    task::DisposalReport report() const;

private:
    void updateEnabled();
    QComboBox* m_conclusion;
    QComboBox* m_outcome;
    QCheckBox* m_hasPenalty;
    QDoubleSpinBox* m_penalty;
    QCheckBox* m_hasRectification;
    QDateTimeEdit* m_rectification;
    QPlainTextEdit* m_summary;
    QListWidget* m_files;
};

class ReasonDialog : public QDialog {
    Q_OBJECT
public:
    ReasonDialog(const QString& title, const QString& prompt, QWidget* parent = nullptr);
    QString text() const;

private:
    QPlainTextEdit* m_text;
};

// Opens the dialog the action needs (none for accept/arrive/close) and returns its input.
std::optional<ActionInput> askActionInput(QWidget* parent, TaskWorkspace& ws,
                                          task::TaskAction action, const task::TaskSnapshot& t);

} // namespace eco::ui
