// One parsed HJ 212 packet as views into the bytes it was parsed from: header fields (QN, ST, CN,
// PW, MN, Flag, PNUM, PNO), the decoded Flag bits and every CP field split into code, suffix and
// value. Nothing here owns memory per field, so parsing a packet allocates nothing once the
// parser's field buffer has grown; a Packet is valid only while its input bytes are.
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string_view>
#include <vector>

namespace eco::ingest::hj212 {

// The protocol edition from the Flag version bits (no Flag at all: HJ/T 212-2005).
enum class ProtocolVersion : std::uint8_t { Hj212_2005, Hj212_2017, Hj212_2025, Unknown };
std::string_view versionName(ProtocolVersion v);

// The part after '-' in a CP field name ("a21026-Rtd"); None for plain keys such as DataTime.
enum class Suffix : std::uint8_t {
    None,
    Rtd,
    Min,
    Avg,
    Max,
    ZsRtd,
    ZsMin,
    ZsAvg,
    ZsMax,
    Cou,
    Flag,
    EFlag,
    SampleTime,
    Rs, // SBxxx-RS: treatment equipment state
    Other
};
std::string_view suffixName(Suffix s);
// Suffixes whose value must be a number.
constexpr bool isNumericSuffix(Suffix s) {
    switch (s) {
    case Suffix::Rtd:
    case Suffix::Min:
    case Suffix::Avg:
    case Suffix::Max:
    case Suffix::ZsRtd:
    case Suffix::ZsMin:
    case Suffix::ZsAvg:
    case Suffix::ZsMax:
    case Suffix::Cou:
    case Suffix::Rs:
        return true;
    default:
        return false;
    }
}

// Treatment equipment state carried by SBxxx-RS (HJ 212-2017 table C).
enum class EquipmentState : std::uint8_t {
    Off,
    Running,
    Calibrating,
    Maintenance,
    Alarm,
    BackBlow
};

struct CpField {
    std::string_view code;   // as sent: "a21026", "011" (2005), "SB1", "DataTime"
    std::string_view modern; // the 2017 code ("011" -> "w01018"); same as code when none is known
    Suffix suffix = Suffix::None;
    std::string_view suffixText;                              // raw text after '-', empty for None
    std::string_view value;                                   // raw text after '='
    double number = std::numeric_limits<double>::quiet_NaN(); // numeric suffixes only
    std::uint16_t group = 0; // index of the ';'-separated group (one pollutant per group)
};

// Commands (CN) the store cares about; others pass through as plain numbers.
namespace cn {
constexpr int kRealtime = 2011;
constexpr int kMinute = 2051;
constexpr int kHour = 2061;
constexpr int kDay = 2031;
constexpr int kEquipmentState = 2021;
constexpr int kRunTime = 2041;
constexpr int kRestart = 2081;
constexpr int kRequestReply = 9011;
constexpr int kExecuteResult = 9012;
constexpr int kDataAck = 9014;
constexpr int kHeartbeat = 9015;
} // namespace cn

struct Packet {
    std::string_view frame;   // the whole frame as received (without CR LF)
    std::string_view segment; // the data segment the length and CRC cover
    std::uint16_t crc = 0;
    bool oversize = false; // data segment longer than the standard's 1024 bytes (a warning)

    std::string_view qn; // empty when absent (2005)
    int st = -1;
    int cn = -1;
    std::string_view pw;
    std::string_view mn;
    std::optional<int> flag; // absent in 2005 packets
    std::optional<int> pnum;
    std::optional<int> pno;
    std::string_view cp; // between "CP=&&" and the closing "&&"
    std::vector<CpField> fields;

    ProtocolVersion version() const;
    bool needsAck() const { return flag && (*flag & 1); }
    bool isSplit() const { return flag && (*flag & 2); }

    // The first field with this code (plain keys use Suffix::None); code matches either form.
    const CpField* find(std::string_view code, Suffix suffix = Suffix::None) const;
    std::string_view value(std::string_view key) const {
        const CpField* f = find(key);
        return f ? f->value : std::string_view();
    }
};

} // namespace eco::ingest::hj212
