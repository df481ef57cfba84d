// Why a packet was refused: a stable machine code (stored in quarantine.reason_code and counted
// in summaries) plus a sentence that names the field, offset and the expected and found values.
// The text is only built on the failure path, so valid packets never allocate for it.
#pragma once

#include <string>
#include <string_view>

namespace eco::ingest::hj212 {

enum class RejectCode {
    BadHeader,       // no "##", short frame, length or CRC field not digits
    LengthMismatch,  // declared length differs from the bytes received
    CrcMismatch,     // checksum differs
    MissingField,    // QN/ST/CN/PW/MN/CP/PNUM/PNO absent where required
    BadField,        // a header field with a malformed value
    BadCp,           // CP not framed by "&&...&&", or an item without '='
    BadNumber,       // a numeric CP value that is not a number
    BadTime,         // DataTime or SampleTime not a valid YYYYMMDDhhmmss
    UnknownMn,       // the MN is no configured outlet or site
    WrongPassword,   // PW differs from the one configured for the MN
    SplitIncomplete, // parts of a split packet missing when the reassembly timed out
    Oversize,        // a stream frame longer than the receiver accepts
    Garbage,         // stream bytes that are no frame at all
    StoreFailed      // the store refused the data (disk full, ...)
};

std::string_view rejectCodeName(RejectCode c); // "crc_mismatch", ...

struct Rejection {
    RejectCode code = RejectCode::BadHeader;
    std::string text;
};

} // namespace eco::ingest::hj212
