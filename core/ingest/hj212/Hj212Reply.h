// Frames the host sends back to a data logger: the data acknowledgement (CN=9014, `CP=&&&&`) and
// the request answer (CN=9011 with QnRtn: 3 wrong password, 4 unknown MN). Each reply echoes the
// packet's QN, MN and PW so the logger can match it, carries the protocol version of the packet
// it answers, and is framed with length, CRC and CR LF.
#pragma once

#include "core/ingest/hj212/Hj212Packet.h"

#include <string>
#include <string_view>

namespace eco::ingest::hj212 {

namespace qnrtn {
constexpr int kReady = 1;
constexpr int kWrongPassword = 3;
constexpr int kUnknownMn = 4;
} // namespace qnrtn

// `##`, length, segment, CRC, CR LF around any data segment.
std::string frame(std::string_view segment);

std::string dataAck(std::string_view qn, std::string_view mn, std::string_view pw,
                    ProtocolVersion version);
std::string requestReply(std::string_view qn, std::string_view mn, std::string_view pw,
                         ProtocolVersion version, int qnRtn);

} // namespace eco::ingest::hj212
