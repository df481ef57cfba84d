#include "core/ingest/KnownIds.h"

#include "core/store/Database.h"

namespace eco::ingest {

KnownIds KnownIds::load(const store::Database& db, std::string_view sql) {
    KnownIds out;
    auto st = db.prepare(sql);
    while (st.step())
        out.m_ids.emplace(st.textView(0));
    return out;
}

} // namespace eco::ingest
