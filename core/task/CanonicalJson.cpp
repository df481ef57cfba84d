#include "core/task/CanonicalJson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <vector>

namespace eco::task {

namespace {

constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53

void appendEscaped(QByteArray& out, std::string_view utf8) {
    static constexpr char kHex[] = "0123456789abcdef";
    out.append('"');
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (u < 0x20) {
                out.append("\\u00");
                out.append(kHex[u >> 4]);
                out.append(kHex[u & 0xF]);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

void appendNumber(QByteArray& out, double v) {
    if (std::isfinite(v) && std::trunc(v) == v && std::fabs(v) <= kMaxExactInteger) {
        out.append(QByteArray::number(static_cast<qint64>(v)));
        return;
    }
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, static_cast<qsizetype>(r.ptr - buf));
}

void appendValue(QByteArray& out, const QJsonValue& v) {
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null");
        break;
    case QJsonValue::Bool:
        out.append(v.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double:
        appendNumber(out, v.toDouble());
        break;
    case QJsonValue::String:
        appendEscaped(out, v.toString().toUtf8().toStdString());
        break;
    case QJsonValue::Array: {
        out.append('[');
        bool first = true;
        for (const QJsonValue& e : v.toArray()) {
            if (!first)
                out.append(',');
            first = false;
            appendValue(out, e);
        }
        out.append(']');
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        std::vector<std::pair<QByteArray, QString>> keys;
        keys.reserve(static_cast<std::size_t>(o.size()));
        for (auto it = o.begin(); it != o.end(); ++it)
            keys.emplace_back(it.key().toUtf8(), it.key());
        std::sort(keys.begin(), keys.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        out.append('{');
        bool first = true;
        for (const auto& [utf8, key] : keys) {
            if (!first)
                out.append(',');
            first = false;
            appendEscaped(
                out, std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
            out.append(':');
            appendValue(out, o.value(key));
        }
        out.append('}');
        break;
    }
    }
}

} // namespace

QByteArray CanonicalJson::serialize(const QJsonValue& value) {
    QByteArray out;
    appendValue(out, value);
    return out;
}

void CanonicalJson::appendString(QByteArray& out, const QString& s) {
    const QByteArray utf8 = s.toUtf8();
    appendEscaped(out, std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
}

void CanonicalJson::appendUtf8String(QByteArray& out, std::string_view utf8) {
    appendEscaped(out, utf8);
}

QJsonObject CanonicalJson::parseObject(const QByteArray& text, bool* ok) {
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &err);
    const bool good = err.error == QJsonParseError::NoError && doc.isObject();
    if (ok)
        *ok = good;
    return good ? doc.object() : QJsonObject{};
}

bool CanonicalJson::isCanonicalObject(const QByteArray& text) {
    bool ok = false;
    const QJsonObject o = parseObject(text, &ok);
    return ok && serialize(o) == text;
}

} // namespace eco::task
