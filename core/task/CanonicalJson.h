// CanonicalJson: the one byte form of a JSON value that hashes and signatures are computed over.
// It is a contract shared with sync and with anyone re-checking a chain in court, so it is fixed:
// - UTF-8, no byte-order mark, no whitespace anywhere outside strings;
// - object keys sorted by their UTF-8 bytes (= Unicode code point order), no duplicates;
// - strings: `"` and `\` escaped as \" and \\; U+0008, U+000C, U+000A, U+000D, U+0009 as \b \f
//   \n \r \t; other code points below U+0020 as \u00XX (lowercase hex); everything else,
//   including non-ASCII, written as raw UTF-8 (never \u escapes);
// - numbers: a finite value that is an integer with magnitude <= 2^53 is written as a plain
//   integer (-0 as 0); any other number in the shortest form that reads back to the same IEEE
//   double (C++ std::to_chars), e.g. 12.5, 0.1, 1e+300;
// - true, false, null as such; arrays keep their order.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

#include <string_view>

namespace eco::task {

class CanonicalJson {
public:
    static QByteArray serialize(const QJsonValue& value);
    static QByteArray serialize(const QJsonObject& object) { return serialize(QJsonValue(object)); }
    // True when `text` is a JSON object already in canonical form.
    static bool isCanonicalObject(const QByteArray& text);
    // Parses an object; an empty object and *ok = false when the text is not a JSON object.
    static QJsonObject parseObject(const QByteArray& text, bool* ok = nullptr);
    // Appends the canonical form of a string (with quotes) to out.
    static void appendString(QByteArray& out, const QString& s);
    static void appendUtf8String(QByteArray& out, std::string_view utf8);
};

} // namespace eco::task
