#include "core/ingest/hj212/Hj212Reply.h"

#include "core/ingest/hj212/Hj212Crc.h"

#include <cstdio>

namespace eco::ingest::hj212 {

namespace {

int versionBits(ProtocolVersion v) {
    switch (v) {
    case ProtocolVersion::Hj212_2005:
        return 0;
    case ProtocolVersion::Hj212_2017:
        return 1;
    case ProtocolVersion::Hj212_2025:
    case ProtocolVersion::Unknown:
        return 2;
    }
    return 1;
}

std::string header(std::string_view qn, std::string_view mn, std::string_view pw,
                   ProtocolVersion version, int cn) {
    std::string s;
    s.reserve(128);
    if (!qn.empty())
        s.append("QN=").append(qn).push_back(';');
    s.append("ST=91;CN=").append(std::to_string(cn));
    s.append(";PW=").append(pw).append(";MN=").append(mn);
    if (version != ProtocolVersion::Hj212_2005)
        s.append(";Flag=").append(std::to_string(versionBits(version) << 2));
    s.push_back(';');
    return s;
}

} // namespace

std::string frame(std::string_view segment) {
    char len[8];
    std::snprintf(len, sizeof len, "%04u", static_cast<unsigned>(segment.size() % 10000));
    char crcText[4];
    formatCrc(crc(segment), crcText);
    std::string out;
    out.reserve(segment.size() + 12);
    out.append("##").append(len, 4).append(segment).append(crcText, 4).append("\r\n");
    return out;
}

std::string dataAck(std::string_view qn, std::string_view mn, std::string_view pw,
                    ProtocolVersion version) {
    return frame(header(qn, mn, pw, version, cn::kDataAck) + "CP=&&&&");
}

std::string requestReply(std::string_view qn, std::string_view mn, std::string_view pw,
                         ProtocolVersion version, int qnRtn) {
    return frame(header(qn, mn, pw, version, cn::kRequestReply) +
                 "CP=&&QnRtn=" + std::to_string(qnRtn) + "&&");
}

} // namespace eco::ingest::hj212
