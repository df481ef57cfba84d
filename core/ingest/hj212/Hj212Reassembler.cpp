#include "core/ingest/hj212/Hj212Reassembler.h"

#include <algorithm>

namespace eco::ingest::hj212 {

std::optional<Reassembler::Complete> Reassembler::offer(const Packet& part, std::int64_t now) {
    const int pnum = part.pnum.value_or(1);
    const int pno = part.pno.value_or(1);
    std::string key;
    key.reserve(part.mn.size() + part.qn.size() + 1);
    key.append(part.mn).push_back('\x1f');
    key.append(part.qn);
    Parts& p = m_pending[key];
    if (p.pnum != pnum) { // new packet, or the logger restarted it with another split
        p = Parts{};
        p.firstSeen = now;
        p.pnum = pnum;
        p.cp.assign(static_cast<size_t>(pnum), std::nullopt);
        p.header = "QN=" + std::string(part.qn) + ";ST=" + std::to_string(part.st) +
                   ";CN=" + std::to_string(part.cn) + ";PW=" + std::string(part.pw) +
                   ";MN=" + std::string(part.mn) +
                   ";Flag=" + std::to_string(part.flag.value_or(0) & ~2) + ";";
    }
    auto& slot = p.cp[static_cast<size_t>(pno - 1)];
    if (!slot)
        ++p.received;
    slot = std::string(part.cp);
    p.frames.emplace_back(part.frame);
    if (p.received < p.pnum)
        return std::nullopt;
    Complete done;
    done.segment = p.header + "CP=&&";
    for (size_t i = 0; i < p.cp.size(); ++i) {
        if (i > 0 && !p.cp[i]->empty())
            done.segment += ';';
        done.segment += *p.cp[i];
    }
    done.segment += "&&";
    done.frames = std::move(p.frames);
    m_pending.erase(key);
    return done;
}

Reassembler::Expired Reassembler::expired(const std::string& key, Parts& p, const char* why) {
    Expired e;
    const size_t sep = key.find('\x1f');
    e.mn = key.substr(0, sep);
    e.qn = key.substr(sep + 1);
    std::string have;
    for (size_t i = 0; i < p.cp.size(); ++i)
        if (p.cp[i])
            have += (have.empty() ? "" : ",") + std::to_string(i + 1);
    e.reason = std::string(why) + ": split packet QN " + e.qn + " has parts {" + have + "} of " +
               std::to_string(p.pnum);
    e.frames = std::move(p.frames);
    return e;
}

std::vector<Reassembler::Expired> Reassembler::expire(std::int64_t now, bool all) {
    std::vector<Expired> out;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (all || now - it->second.firstSeen >= m_timeoutS) {
            out.push_back(expired(it->first, it->second, all ? "input ended" : "timed out"));
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
    while (m_pending.size() > m_maxPending) {
        auto oldest = std::min_element(m_pending.begin(), m_pending.end(), [](auto& a, auto& b) {
            return a.second.firstSeen < b.second.firstSeen;
        });
        out.push_back(expired(oldest->first, oldest->second, "too many pending"));
        m_pending.erase(oldest);
    }
    return out;
}

} // namespace eco::ingest::hj212
