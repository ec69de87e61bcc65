#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace Stratus::Invoker {

// Reads what a warm worker writes on stdout (docs/protocol.md, "Warm mode"): a READY line,
// then result frames. Bytes are fed as they arrive; frames come out whole.
class FrameParser
{
public:
    enum class Kind { None, Ready, Result, Error };
    struct Frame
    {
        Kind kind = Kind::None;
        std::string requestId;
        bool ok = false;
        std::string_view payload; // valid until the next feed()/next()
        std::string error;        // Kind::Error: how the worker broke the protocol
    };

    explicit FrameParser(size_t maxPayload) : m_maxPayload(maxPayload) {}
    void feed(std::string_view bytes) { m_buffer.append(bytes); }
    // The next complete frame, or Kind::None when more bytes are needed.
    Frame next();

private:
    std::string m_buffer;
    size_t m_offset = 0;
    size_t m_maxPayload;
};

} // namespace Stratus::Invoker
