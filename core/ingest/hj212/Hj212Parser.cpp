#include "core/ingest/hj212/Hj212Parser.h"

#include "core/aq/Pollutant.h"
#include "core/ingest/hj212/Hj212Crc.h"
#include "core/ingest/hj212/Hj212Time.h"

#include <charconv>
#include <cstring>
#include <string>

namespace eco::ingest::hj212 {

namespace {

std::optional<Rejection> parseSegmentAt(std::string_view segment, size_t at, Packet& out);

Rejection reject(RejectCode code, std::string text) {
    return Rejection{code, std::move(text)};
}

std::string quoted(std::string_view s) {
    constexpr size_t kMax = 40;
    std::string out = "'";
    for (const char c : s.substr(0, kMax))
        out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) ? '?' : c;
    if (s.size() > kMax)
        out += "...";
    out += "'";
    return out;
}

int hexDigit(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::string hex4(std::uint16_t v) {
    char b[4];
    formatCrc(v, b);
    return std::string(b, 4);
}

std::optional<int> smallInt(std::string_view s) {
    if (s.empty() || s.size() > 9)
        return std::nullopt;
    int v = 0;
    for (const char c : s) {
        if (c < '0' || c > '9')
            return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return v;
}

Suffix suffixFor(std::string_view s) {
    switch (s.size()) {
    case 2:
        if (s == "RS")
            return Suffix::Rs;
        break;
    case 3:
        if (s == "Rtd")
            return Suffix::Rtd;
        if (s == "Avg")
            return Suffix::Avg;
        if (s == "Min")
            return Suffix::Min;
        if (s == "Max")
            return Suffix::Max;
        if (s == "Cou")
            return Suffix::Cou;
        break;
    case 4:
        if (s == "Flag")
            return Suffix::Flag;
        break;
    case 5:
        if (s == "EFlag")
            return Suffix::EFlag;
        if (s == "ZsRtd")
            return Suffix::ZsRtd;
        if (s == "ZsAvg")
            return Suffix::ZsAvg;
        if (s == "ZsMin")
            return Suffix::ZsMin;
        if (s == "ZsMax")
            return Suffix::ZsMax;
        break;
    case 10:
        if (s == "SampleTime")
            return Suffix::SampleTime;
        break;
    default:
        break;
    }
    return Suffix::Other;
}

// 2017 codes are a letter and five digits; only other shapes need the 2005 table.
std::string_view modernFor(std::string_view code) {
    if (code.size() == 6 && code[0] >= 'a' && code[0] <= 'z')
        return code;
    if (const auto m = aq::modernCode(code))
        return *m;
    return code;
}

// `at` is the segment's offset in the frame, so reported offsets count from the frame's first byte.
std::optional<Rejection> parseCp(std::string_view segment, size_t cpStart, size_t cpEnd, size_t at,
                                 Packet& out) {
    const char* base = segment.data();
    size_t pos = cpStart;
    std::uint16_t group = 0;
    std::string_view lastCode;
    std::string_view lastModern;
    while (pos < cpEnd) {
        // One item ends at ',' (same pollutant) or ';' (next pollutant). One pass finds its end,
        // its '=' and the '-' of the name.
        size_t end = pos;
        size_t eqAt = std::string_view::npos;
        size_t dashAt = std::string_view::npos;
        for (; end < cpEnd; ++end) {
            const char c = base[end];
            if (c == ',' || c == ';')
                break;
            if (c == '=' && eqAt == std::string_view::npos)
                eqAt = end - pos;
            else if (c == '-' && dashAt == std::string_view::npos && eqAt == std::string_view::npos)
                dashAt = end - pos;
        }
        const std::string_view item(base + pos, end - pos);
        if (!item.empty()) {
            const size_t eq = eqAt;
            if (eq == std::string_view::npos || eq == 0)
                return reject(RejectCode::BadCp, "CP item " + quoted(item) + " at offset " +
                                                     std::to_string(at + pos) + " has no 'name='");
            const std::string_view name = item.substr(0, eq);
            CpField& f = out.fields.emplace_back();
            f.value = item.substr(eq + 1);
            f.group = group;
            const size_t dash = dashAt;
            if (dash == std::string_view::npos) {
                f.code = name;
                f.modern = name;
            } else {
                f.code = name.substr(0, dash);
                f.suffixText = name.substr(dash + 1);
                f.suffix = suffixFor(f.suffixText);
                if (f.code == lastCode) {
                    f.modern = lastModern;
                } else {
                    f.modern = modernFor(f.code);
                    lastCode = f.code;
                    lastModern = f.modern;
                }
            }
            if (isNumericSuffix(f.suffix)) {
                const auto v = parseNumber(f.value);
                if (!v)
                    return reject(RejectCode::BadNumber, "bad number " + quoted(f.value) + " for " +
                                                             std::string(name) + " at offset " +
                                                             std::to_string(at + pos + eq + 1));
                f.number = *v;
            } else if (f.suffix == Suffix::SampleTime ||
                       (f.suffix == Suffix::None && f.code == "DataTime")) {
                if (!parseLocalTime(f.value, true))
                    return reject(RejectCode::BadTime, "bad time " + quoted(f.value) + " for " +
                                                           std::string(name) + " at offset " +
                                                           std::to_string(at + pos + eq + 1) +
                                                           " (want YYYYMMDDhhmmss)");
            } else if (f.suffix == Suffix::Flag && f.value.size() != 1) {
                return reject(RejectCode::BadField, "data flag " + quoted(f.value) + " for " +
                                                        std::string(name) + " at offset " +
                                                        std::to_string(at + pos + eq + 1) +
                                                        " is not one letter");
            }
        }
        if (end < cpEnd && base[end] == ';')
            ++group;
        pos = end + 1;
    }
    return std::nullopt;
}

} // namespace

std::string_view rejectCodeName(RejectCode c) {
    switch (c) {
    case RejectCode::BadHeader:
        return "bad_header";
    case RejectCode::LengthMismatch:
        return "length_mismatch";
    case RejectCode::CrcMismatch:
        return "crc_mismatch";
    case RejectCode::MissingField:
        return "missing_field";
    case RejectCode::BadField:
        return "bad_field";
    case RejectCode::BadCp:
        return "bad_cp";
    case RejectCode::BadNumber:
        return "bad_number";
    case RejectCode::BadTime:
        return "bad_time";
    case RejectCode::UnknownMn:
        return "unknown_mn";
    case RejectCode::WrongPassword:
        return "wrong_password";
    case RejectCode::SplitIncomplete:
        return "split_incomplete";
    case RejectCode::Oversize:
        return "oversize";
    case RejectCode::Garbage:
        return "garbage";
    case RejectCode::StoreFailed:
        return "store_failed";
    }
    return "unknown";
}

std::string_view versionName(ProtocolVersion v) {
    switch (v) {
    case ProtocolVersion::Hj212_2005:
        return "2005";
    case ProtocolVersion::Hj212_2017:
        return "2017";
    case ProtocolVersion::Hj212_2025:
        return "2025";
    case ProtocolVersion::Unknown:
        return "unknown";
    }
    return "unknown";
}

std::string_view suffixName(Suffix s) {
    switch (s) {
    case Suffix::None:
        return "";
    case Suffix::Rtd:
        return "Rtd";
    case Suffix::Min:
        return "Min";
    case Suffix::Avg:
        return "Avg";
    case Suffix::Max:
        return "Max";
    case Suffix::ZsRtd:
        return "ZsRtd";
    case Suffix::ZsMin:
        return "ZsMin";
    case Suffix::ZsAvg:
        return "ZsAvg";
    case Suffix::ZsMax:
        return "ZsMax";
    case Suffix::Cou:
        return "Cou";
    case Suffix::Flag:
        return "Flag";
    case Suffix::EFlag:
        return "EFlag";
    case Suffix::SampleTime:
        return "SampleTime";
    case Suffix::Rs:
        return "RS";
    case Suffix::Other:
        return "?";
    }
    return "?";
}

ProtocolVersion Packet::version() const {
    if (!flag)
        return ProtocolVersion::Hj212_2005;
    switch (*flag >> 2) {
    case 0:
        return ProtocolVersion::Hj212_2005;
    case 1:
        return ProtocolVersion::Hj212_2017;
    case 2:
        return ProtocolVersion::Hj212_2025;
    default:
        return ProtocolVersion::Unknown;
    }
}

const CpField* Packet::find(std::string_view code, Suffix suffix) const {
    for (const CpField& f : fields)
        if (f.suffix == suffix && (f.code == code || f.modern == code))
            return &f;
    return nullptr;
}

std::optional<double> parseNumber(std::string_view s) {
    const char* p = s.data();
    const char* end = p + s.size();
    if (p == end)
        return std::nullopt;
    bool neg = false;
    if (*p == '-' || *p == '+') {
        neg = *p == '-';
        ++p;
    }
    // Fast path: up to 15 significant digits and no exponent, so mantissa and 10^k are exact
    // doubles and one division rounds correctly.
    std::uint64_t mant = 0;
    int digits = 0;
    int frac = 0;
    bool dot = false;
    bool any = false;
    const char* q = p;
    for (; q != end; ++q) {
        const char c = *q;
        if (c >= '0' && c <= '9') {
            mant = mant * 10 + static_cast<unsigned>(c - '0');
            any = true;
            if (mant != 0)
                ++digits;
            if (dot)
                ++frac;
        } else if (c == '.' && !dot) {
            dot = true;
        } else {
            break;
        }
    }
    if (q == end && any && digits <= 15 && frac <= 22) {
        static constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                            1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                            1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
        const double v = static_cast<double>(mant) / kPow10[frac];
        return neg ? -v : v;
    }
    // Rare forms: exponents, long mantissas. from_chars rejects a leading '+', so skip it; it
    // would accept "nan" and "inf", which no analyser sends as a measurement.
    for (const char* c = p; c != end; ++c)
        if (!((*c >= '0' && *c <= '9') || *c == '.' || *c == 'e' || *c == 'E' || *c == '-' ||
              *c == '+'))
            return std::nullopt;
    double v = 0;
    const auto r = std::from_chars(p, end, v);
    if (r.ec != std::errc() || r.ptr != end || p == end || *p == '-')
        return std::nullopt;
    return neg ? -v : v;
}

std::optional<Rejection> parsePacket(std::string_view frame, Packet& out) {
    while (!frame.empty() && (frame.back() == '\n' || frame.back() == '\r'))
        frame.remove_suffix(1);
    out.qn = out.pw = out.mn = out.cp = {};
    out.fields.clear();
    out.frame = frame;
    if (frame.size() < 2 || frame[0] != '#' || frame[1] != '#')
        return reject(RejectCode::BadHeader, "frame does not start with '##': " + quoted(frame));
    if (frame.size() < 10)
        return reject(RejectCode::BadHeader,
                      "frame too short (" + std::to_string(frame.size()) + " bytes)");
    const auto declared = smallInt(frame.substr(2, 4));
    if (!declared)
        return reject(RejectCode::BadHeader,
                      "length field " + quoted(frame.substr(2, 4)) + " is not 4 digits");
    const std::string_view crcText = frame.substr(frame.size() - 4);
    int found = 0;
    for (const char c : crcText) {
        const int d = hexDigit(c);
        if (d < 0)
            return reject(RejectCode::BadHeader,
                          "CRC field " + quoted(crcText) + " is not 4 hex digits");
        found = found * 16 + d;
    }
    const std::string_view segment = frame.substr(6, frame.size() - 10);
    const std::uint16_t expected = crc(segment);
    const bool crcOk = expected == found;
    if (static_cast<size_t>(*declared) != segment.size()) {
        std::string text = "length mismatch: declared " + std::to_string(*declared) +
                           " bytes, data segment has " + std::to_string(segment.size());
        if (!crcOk)
            text +=
                "; CRC mismatch: expected " + hex4(expected) + ", found " + std::string(crcText);
        return reject(RejectCode::LengthMismatch, std::move(text));
    }
    if (!crcOk)
        return reject(RejectCode::CrcMismatch, "CRC mismatch: expected " + hex4(expected) +
                                                   ", found " + std::string(crcText));
    auto r = parseSegmentAt(segment, 6, out);
    out.frame = frame;
    out.segment = segment;
    out.crc = expected;
    out.oversize = segment.size() > static_cast<size_t>(kStandardMaxSegment);
    return r;
}

std::optional<Rejection> parseSegment(std::string_view segment, Packet& out) {
    return parseSegmentAt(segment, 0, out);
}

namespace {

std::optional<Rejection> parseSegmentAt(std::string_view segment, size_t at, Packet& out) {
    out.frame = {};
    out.segment = segment;
    out.crc = 0;
    out.oversize = false;
    out.qn = {};
    out.st = out.cn = -1;
    out.pw = out.mn = out.cp = {};
    out.flag.reset();
    out.pnum.reset();
    out.pno.reset();
    out.fields.clear();
    bool haveSt = false, haveCn = false, havePw = false, haveMn = false;

    size_t pos = 0;
    const size_t n = segment.size();
    while (true) {
        if (pos >= n)
            return reject(RejectCode::MissingField, "missing field CP");
        if (segment.compare(pos, 3, "CP=") == 0)
            break;
        size_t semi = segment.find(';', pos);
        if (semi == std::string_view::npos)
            semi = n;
        const std::string_view item = segment.substr(pos, semi - pos);
        const size_t eq = item.find('=');
        if (eq == std::string_view::npos)
            return reject(RejectCode::BadHeader, "header item " + quoted(item) + " at offset " +
                                                     std::to_string(at + pos) + " has no '='");
        const std::string_view key = item.substr(0, eq);
        const std::string_view value = item.substr(eq + 1);
        auto number = [&](const char* name) -> std::optional<Rejection> {
            return reject(RejectCode::BadField,
                          std::string(name) + " " + quoted(value) + " at offset " +
                              std::to_string(at + pos + eq + 1) + " is not a number");
        };
        if (key == "QN") {
            for (const char c : value)
                if (c < '0' || c > '9')
                    return reject(RejectCode::BadField, "QN " + quoted(value) + " is not digits");
            out.qn = value;
        } else if (key == "ST") {
            const auto v = smallInt(value);
            if (!v)
                return number("ST");
            out.st = *v;
            haveSt = true;
        } else if (key == "CN") {
            const auto v = smallInt(value);
            if (!v)
                return number("CN");
            out.cn = *v;
            haveCn = true;
        } else if (key == "PW") {
            out.pw = value;
            havePw = true;
        } else if (key == "MN") {
            out.mn = value;
            haveMn = !value.empty();
        } else if (key == "Flag") {
            const auto v = smallInt(value);
            if (!v || *v > 255)
                return number("Flag");
            out.flag = *v;
        } else if (key == "PNUM") {
            const auto v = smallInt(value);
            if (!v)
                return number("PNUM");
            out.pnum = *v;
        } else if (key == "PNO") {
            const auto v = smallInt(value);
            if (!v)
                return number("PNO");
            out.pno = *v;
        }
        // Unknown header keys are tolerated: some loggers add vendor fields.
        pos = semi + 1;
    }
    if (!haveSt)
        return reject(RejectCode::MissingField, "missing field ST");
    if (!haveCn)
        return reject(RejectCode::MissingField, "missing field CN");
    if (!havePw)
        return reject(RejectCode::MissingField, "missing field PW");
    if (!haveMn)
        return reject(RejectCode::MissingField, "missing field MN");
    if (out.isSplit()) {
        if (!out.pnum)
            return reject(RejectCode::MissingField,
                          "missing field PNUM (Flag marks a split packet)");
        if (!out.pno)
            return reject(RejectCode::MissingField,
                          "missing field PNO (Flag marks a split packet)");
        if (*out.pnum < 1 || *out.pno < 1 || *out.pno > *out.pnum)
            return reject(RejectCode::BadField, "PNO " + std::to_string(*out.pno) + " outside 1.." +
                                                    std::to_string(*out.pnum));
    }
    // CP=&& ... && closes the segment.
    if (segment.compare(pos, 5, "CP=&&") != 0 || n < pos + 7 ||
        segment.compare(n - 2, 2, "&&") != 0)
        return reject(RejectCode::BadCp,
                      "CP at offset " + std::to_string(at + pos) + " is not framed by '&&...&&'");
    const size_t cpStart = pos + 5;
    const size_t cpEnd = n - 2;
    out.cp = segment.substr(cpStart, cpEnd - cpStart);
    return parseCp(segment, cpStart, cpEnd, at, out);
}

} // namespace

} // namespace eco::ingest::hj212
