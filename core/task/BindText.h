// BindText: binds a QString to a NOT NULL text column. Statement::bind(QString) maps a null
// QString (what an absent option or JSON field gives) to SQL NULL, which such a column refuses;
// here it becomes the empty string instead.
#pragma once

#include "core/store/Statement.h"

#include <QString>

#include <string_view>

namespace eco::task {

inline void bindText(store::Statement& st, int index, const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    st.bind(index, std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
}

} // namespace eco::task
