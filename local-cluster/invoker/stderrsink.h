#pragma once

#include <string>
#include <string_view>

namespace Stratus::Invoker {

// Writes one line (newline included) to the invoker's own log, its stderr, without ever
// blocking: a slow log reader must not stall invocations. Call makeLogNonBlocking() once
// at start; lines that do not fit the pipe are dropped and counted, and the count is
// reported with the next line that fits.
void makeLogNonBlocking();
void writeLog(std::string_view line);

// Where a function's stderr goes: line by line into the invoker's own log (so the
// supervisor and `stratus logs` see it), bounded so a flooding function cannot drown the
// log, and a tail kept for the invocation record and error replies.
class StderrSink
{
public:
    static constexpr size_t TailBytes = 4096;
    static constexpr size_t ForwardLimit = 64 * 1024;

    void begin(std::string prefix);
    void append(std::string_view chunk);
    void flush(); // forwards a final partial line
    const std::string &tail() const { return m_tail; }
    // The last non-empty line, for one-line error messages.
    std::string lastLine() const;

private:
    void forward(std::string_view line);

    std::string m_prefix;
    std::string m_tail;
    std::string m_partial;
    size_t m_forwarded = 0;
    bool m_truncatedNoted = false;
};

} // namespace Stratus::Invoker
