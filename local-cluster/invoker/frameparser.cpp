#include "frameparser.h"

#include <charconv>

namespace Stratus::Invoker {

FrameParser::Frame FrameParser::next()
{
    Frame frame;
    // Consumed bytes are dropped lazily, so a burst of frames costs no repeated moves.
    if (m_offset > 0 && m_offset * 2 > m_buffer.size()) {
        m_buffer.erase(0, m_offset);
        m_offset = 0;
    }
    const std::string_view rest = std::string_view(m_buffer).substr(m_offset);
    const size_t nl = rest.find('\n');
    if (nl == std::string_view::npos) {
        if (rest.size() > 1024) {
            frame.kind = Kind::Error;
            frame.error = "the worker wrote a line of over 1 KiB on stdout where a frame header was expected";
        }
        return frame;
    }
    const std::string_view header = rest.substr(0, nl);
    if (header == "STRATUS-READY") {
        m_offset += nl + 1;
        frame.kind = Kind::Ready;
        return frame;
    }
    // STRATUS-RESULT <id> <ok|error> <length>
    constexpr std::string_view tag = "STRATUS-RESULT ";
    auto fail = [&](std::string why) {
        frame.kind = Kind::Error;
        frame.error = std::move(why) + ": '" + std::string(header.substr(0, 200)) + "'";
        return frame;
    };
    if (header.substr(0, tag.size()) != tag)
        return fail("the worker wrote something other than a frame on stdout (print to stderr instead)");
    const std::string_view fields = header.substr(tag.size());
    const size_t s1 = fields.find(' ');
    const size_t s2 = s1 == std::string_view::npos ? s1 : fields.find(' ', s1 + 1);
    if (s2 == std::string_view::npos)
        return fail("malformed result header");
    const std::string_view id = fields.substr(0, s1);
    const std::string_view status = fields.substr(s1 + 1, s2 - s1 - 1);
    const std::string_view lengthText = fields.substr(s2 + 1);
    size_t length = 0;
    const auto [ptr, ec] = std::from_chars(lengthText.data(), lengthText.data() + lengthText.size(), length);
    if (ec != std::errc() || ptr != lengthText.data() + lengthText.size() ||
        (status != "ok" && status != "error"))
        return fail("malformed result header");
    if (length > m_maxPayload) {
        frame.kind = Kind::Error;
        frame.error = "output-too-large";
        frame.requestId = std::string(id);
        return frame;
    }
    if (rest.size() < nl + 1 + length)
        return frame; // wait for the payload
    frame.kind = Kind::Result;
    frame.requestId = std::string(id);
    frame.ok = status == "ok";
    frame.payload = rest.substr(nl + 1, length);
    m_offset += nl + 1 + length;
    return frame;
}

} // namespace Stratus::Invoker
