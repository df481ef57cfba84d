// ChainVerifier: the audit. It walks every task's chain and recomputes each hash (EventHash), so
// an edited, deleted, inserted or reordered event is found and named (task, event id and seq, and
// what is wrong). Since sync, a chain is a tree: replicas that appended while apart each name the
// head they saw, so every event's prev_hash must be the hash of an event of the same task one
// level up (seq - 1) with an earlier hlc, or the genesis value for the single 'created' event at
// seq 1. It also checks optionally that payloads are canonical JSON, that attached files still
// exist with their recorded SHA-256, and that the derived `tasks` cache matches the chain heads
// (the last event in merge order; a deleted leaf shows up there). The digest over all chain heads
// can be recorded outside the store (printed in a report, sent to the hub) to detect a chain
// rewritten wholesale.
#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace eco::store {
class Database;
}

namespace eco::task {

class AttachmentStore;

struct ChainProblem {
    QString taskId;
    QString eventId; // empty for a problem of the task as a whole
    std::int64_t seq = 0;
    QString what;
    QString toText() const;
};

struct ChainReport {
    std::int64_t tasks = 0;
    std::int64_t events = 0;
    std::int64_t attachments = 0;
    QString headsDigest; // SHA-256 over "task_id:head_hash\n" for every task, sorted by id
    std::vector<ChainProblem> problems;
    bool ok() const { return problems.empty(); }
};

class ChainVerifier {
public:
    struct Options {
        bool checkAttachments = true;
        // Re-parses every payload to check it is canonical JSON. The hash already fixes every
        // byte, so this only catches a writer that bypassed TaskLog yet hashed correctly; it
        // costs about as much as the rest of the audit, hence opt-in (`task verify --strict`).
        bool checkCanonicalPayloads = false;
    };
    static ChainReport verify(const store::Database& db, const AttachmentStore& files,
                              Options options);
};

} // namespace eco::task
