// EventHash: the tamper-evident chain of a task's events. This is a contract (sync and court
// re-check chains with it), so the exact bytes are documented here:
//
//   hash = lowercase hex SHA-256 of ( prev_hash || canonical_event )
//
// prev_hash is the 64-character lowercase hex hash of the head its writer saw (seq - 1), or 64
// ASCII zeros for seq 1. canonical_event is the UTF-8 JSON object of every field but hash, keys in
// this (sorted) order, no whitespace:
//
//   {"actor":S,"hlc":I,"id":S,"kind":S,"node":S,"payload":P,"prev_hash":S,"seq":I,"task_id":S,
//    "ts":I}
//
// where S is a string escaped as in CanonicalJson, I a base-10 signed 64-bit integer written
// exactly (no exponent, no leading zeros; hlc exceeds 2^53, so it is never read as a double),
// and P the stored payload text, which is itself canonical JSON (CanonicalJson) inserted as is.
// Any edit of a field, a deleted or inserted row, or a changed order breaks the chain at the first
// event concerned. A writer able to recompute every later hash can forge a whole chain; the
// verifier therefore also prints a digest of all chain heads to be recorded outside the store.
#pragma once

#include "core/task/TaskEvent.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <string_view>

namespace eco::task {

class Sha256;

// The fields of an event as UTF-8 views (straight from SQLite): the verifier's fast path.
struct EventBytes {
    std::string_view id, taskId, node, actor, kind, payload, prevHash;
    std::int64_t seq = 0, hlc = 0, ts = 0;
};

class EventHash {
public:
    // The one definition of the canonical form; the QString overloads convert and call these.
    static void canonicalEvent(const EventBytes& e, QByteArray& out);
    // Lowercase hex SHA-256 of prev_hash || canonical event, into out (64 chars); scratch and
    // sha are the caller's, reused across events.
    static void compute(const EventBytes& e, QByteArray& scratch, Sha256& sha, char (&out)[64]);
    static QString genesis(); // 64 zeros
    static QByteArray canonicalEvent(const TaskEvent& e);
    static QString compute(const TaskEvent& e);
    static QString sha256Hex(const QByteArray& bytes);
    static bool isHexDigest(const QString& s);
};

} // namespace eco::task
