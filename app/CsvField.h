// csvField: one field of the CSV the commands print (RFC 4180: quoted when it holds a comma, a
// quote or a line break, quotes doubled), so every command's output reads back with any parser.
#pragma once

#include <QString>

namespace eco::app {

inline QString csvField(QString s) {
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n') && !s.contains(u'\r'))
        return s;
    s.replace(u'"', QStringLiteral("\"\""));
    return u'"' + s + u'"';
}

} // namespace eco::app
