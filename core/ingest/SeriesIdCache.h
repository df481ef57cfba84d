// SeriesIdCache: (source, pollutant, interval) as raw CSV bytes -> the store's integer series id.
// Files are usually grouped by series or by time, so the last key is checked first, then a hash
// map; only a miss converts to QString and asks the store (which creates the series when new).
#pragma once

#include "core/model/Interval.h"
#include "core/store/ReadingWriter.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace eco::ingest {

class SeriesIdCache {
public:
    // Returns the id, or -1 when the key is not cached yet.
    std::int64_t find(std::string_view source, std::string_view pollutant, model::Interval i) {
        makeKey(source, pollutant, i);
        if (m_key == m_lastKey)
            return m_lastId;
        const auto it = m_ids.find(m_key);
        if (it == m_ids.end())
            return -1;
        m_lastKey = m_key;
        m_lastId = it->second;
        return m_lastId;
    }

    // Resolves (creating the series when new) the key given to the last find().
    std::int64_t resolve(store::ReadingWriter& writer, std::string_view source,
                         std::string_view pollutant, model::Interval i) {
        const std::int64_t id = writer.series(
            QString::fromUtf8(source.data(), static_cast<qsizetype>(source.size())),
            QString::fromUtf8(pollutant.data(), static_cast<qsizetype>(pollutant.size())), i);
        makeKey(source, pollutant, i);
        m_ids.emplace(m_key, id);
        m_lastKey = m_key;
        m_lastId = id;
        return id;
    }

private:
    void makeKey(std::string_view source, std::string_view pollutant, model::Interval i) {
        m_key.assign(source);
        m_key.push_back('\x1f');
        m_key.append(pollutant);
        m_key.push_back('\x1f');
        m_key.push_back(static_cast<char>('0' + static_cast<int>(i)));
    }

    std::string m_key;
    std::string m_lastKey;
    std::int64_t m_lastId = -1;
    std::unordered_map<std::string, std::int64_t> m_ids;
};

} // namespace eco::ingest
