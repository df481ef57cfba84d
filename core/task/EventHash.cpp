#include "core/task/EventHash.h"

#include "core/task/CanonicalJson.h"
#include "core/task/Sha256.h"

#include <charconv>

namespace eco::task {

QString EventHash::genesis() {
    return QString(64, QLatin1Char('0'));
}

namespace {

void appendInteger(QByteArray& out, std::int64_t v) {
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, static_cast<qsizetype>(r.ptr - buf));
}

} // namespace

void EventHash::canonicalEvent(const EventBytes& e, QByteArray& out) {
    out.clear();
    out.append("{\"actor\":");
    CanonicalJson::appendUtf8String(out, e.actor);
    out.append(",\"hlc\":");
    appendInteger(out, e.hlc);
    out.append(",\"id\":");
    CanonicalJson::appendUtf8String(out, e.id);
    out.append(",\"kind\":");
    CanonicalJson::appendUtf8String(out, e.kind);
    out.append(",\"node\":");
    CanonicalJson::appendUtf8String(out, e.node);
    out.append(",\"payload\":").append(e.payload.data(), static_cast<qsizetype>(e.payload.size()));
    out.append(",\"prev_hash\":");
    CanonicalJson::appendUtf8String(out, e.prevHash);
    out.append(",\"seq\":");
    appendInteger(out, e.seq);
    out.append(",\"task_id\":");
    CanonicalJson::appendUtf8String(out, e.taskId);
    out.append(",\"ts\":");
    appendInteger(out, e.ts);
    out.append('}');
}

void EventHash::compute(const EventBytes& e, QByteArray& scratch, Sha256& sha, char (&out)[64]) {
    canonicalEvent(e, scratch);
    sha.update(e.prevHash);
    sha.update(scratch);
    sha.finalHex(out);
}

namespace {

struct Utf8Event {
    QByteArray id, taskId, node, actor, kind, prevHash;
    explicit Utf8Event(const TaskEvent& e)
        : id(e.id.toUtf8()), taskId(e.taskId.toUtf8()), node(e.node.toUtf8()),
          actor(e.actor.toUtf8()), kind(e.kind.toUtf8()), prevHash(e.prevHash.toUtf8()) {}
    static std::string_view view(const QByteArray& b) {
        return {b.constData(), static_cast<std::size_t>(b.size())};
    }
    EventBytes bytes(const TaskEvent& e) const {
        return {view(id),        view(taskId),   view(node), view(actor), view(kind),
                view(e.payload), view(prevHash), e.seq,      e.hlc,       e.ts};
    }
};

} // namespace

QByteArray EventHash::canonicalEvent(const TaskEvent& e) {
    const Utf8Event u(e);
    QByteArray out;
    canonicalEvent(u.bytes(e), out);
    return out;
}

QString EventHash::compute(const TaskEvent& e) {
    const Utf8Event u(e);
    QByteArray scratch;
    Sha256 sha;
    char hex[64];
    compute(u.bytes(e), scratch, sha, hex);
    return QString::fromLatin1(hex, 64);
}

QString EventHash::sha256Hex(const QByteArray& bytes) {
    return Sha256::hex(bytes);
}

bool EventHash::isHexDigest(const QString& s) {
    if (s.size() != 64)
        return false;
    for (const QChar c : s)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}

} // namespace eco::task
