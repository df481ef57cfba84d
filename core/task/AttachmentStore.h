// AttachmentStore: photos and files of on-site checks and reports, kept beside the store in
// `<store file name>.attachments/<sha256>` (e.g. city.db -> city.db.attachments/ab12...). The
// name is the content's SHA-256, so the same file attached twice is stored once, and the event
// that cites it records that hash: changing or removing the file is found by `task verify`.
#pragma once

#include <QString>

#include <cstdint>

namespace eco::task {

struct Attachment {
    QString name;   // the original file name (no directory)
    QString sha256; // lowercase hex
    std::int64_t size = 0;
};

class AttachmentStore {
public:
    explicit AttachmentStore(const QString& storePath);

    QString directory() const { return m_dir; }
    QString pathFor(const QString& sha256) const;

    // Copies a file in (through a temporary file and rename, so a half-written copy never takes
    // the final name). Throws TaskError naming the file when it cannot be read or written.
    Attachment add(const QString& sourceFile) const;

    // Empty when the stored file exists and has the given hash; otherwise what is wrong.
    QString check(const QString& sha256) const;

private:
    QString m_dir;
};

} // namespace eco::task
