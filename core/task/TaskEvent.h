// TaskEvent: one row of a task's append-only log (table task_events), exactly as stored and
// hashed. The payload is canonical JSON text (CanonicalJson) kept byte for byte, so the hash can
// be recomputed from the row alone. See EventHash for the hashed form.
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace eco::task {

struct TaskEvent {
    QString id;           // UUID, lowercase, no braces
    QString taskId;       // UUID of the task
    std::int64_t seq = 0; // depth in the chain: 1 for created, prev's seq + 1 otherwise
    std::int64_t hlc = 0; // HybridClock stamp: the merge order across replicas
    QString node;         // the replica (store) that wrote the event
    std::int64_t ts = 0;  // Unix seconds (UTC) when it was written
    QString actor;        // username
    QString kind;         // created, dispatched, ..., commented (eventKind())
    QByteArray payload;   // canonical JSON object
    QString prevHash;     // hash of the head the writer saw (seq - 1), or 64 zeros for seq 1
    QString hash;         // EventHash::compute(*this)
};

} // namespace eco::task
