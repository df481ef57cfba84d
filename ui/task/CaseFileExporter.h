// CaseFileExporter: writes a task's case file as an A4 PDF, the document that goes to the legal
// department: a cover (task, enterprise, outlet, clue, state, dates), a map snapshot of the
// subject rendered by MapRenderJob from the same city map as the GUI, the evidence chart (the
// clue's series with its limit and the clue window shaded, or the outlet's readings before the
// task when no clue is linked), the full timeline with every event's hash and previous hash, the
// attachments with their SHA-256 and the result of the chain verification for this task.
#pragma once

#include <QString>

namespace eco::ui {

class TaskWorkspace;

class CaseFileExporter {
public:
    explicit CaseFileExporter(TaskWorkspace& workspace) : m_ws(workspace) {}

    // Writes the PDF; false with *error set (naming the task or the file) when it cannot.
    bool exportTask(const QString& taskId, const QString& pdfPath, QString* error) const;
    int lastPageCount() const { return m_pages; }

private:
    TaskWorkspace& m_ws;
    mutable int m_pages = 0;
};

} // namespace eco::ui
