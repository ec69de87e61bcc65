#include "stderrsink.h"

#include "jsonwriter.h"

#include <cerrno>
#include <fcntl.h>
#include <string>
#include <unistd.h>

namespace Stratus::Invoker {

namespace {
size_t droppedLogBytes = 0; // the reactor thread is the only writer
}

void makeLogNonBlocking()
{
    fcntl(STDERR_FILENO, F_SETFL, fcntl(STDERR_FILENO, F_GETFL) | O_NONBLOCK);
}

void writeLog(std::string_view line)
{
    if (droppedLogBytes > 0) {
        const std::string note =
            "(" + std::to_string(droppedLogBytes) + " bytes of log dropped: the log reader fell behind)\n";
        if (::write(STDERR_FILENO, note.data(), note.size()) < 0)
            return void(droppedLogBytes += line.size());
        droppedLogBytes = 0;
    }
    // Lines up to PIPE_BUF (4 KiB) go into a pipe whole or not at all.
    if (::write(STDERR_FILENO, line.data(), line.size()) < 0 && errno == EAGAIN)
        droppedLogBytes += line.size();
}

void StderrSink::begin(std::string prefix)
{
    m_prefix = std::move(prefix);
    m_tail.clear();
    m_partial.clear();
    m_forwarded = 0;
    m_truncatedNoted = false;
}

void StderrSink::append(std::string_view chunk)
{
    m_tail.append(chunk);
    if (m_tail.size() > 2 * TailBytes)
        m_tail = std::string(utf8Tail(m_tail, TailBytes));
    size_t start = 0;
    while (true) {
        const size_t nl = chunk.find('\n', start);
        if (nl == std::string_view::npos)
            break;
        if (m_partial.empty()) {
            forward(chunk.substr(start, nl - start));
        } else {
            m_partial.append(chunk.substr(start, nl - start));
            forward(m_partial);
            m_partial.clear();
        }
        start = nl + 1;
    }
    if (start < chunk.size() && m_partial.size() < 4096)
        m_partial.append(chunk.substr(start, std::min<size_t>(chunk.size() - start, 4096)));
}

void StderrSink::flush()
{
    if (!m_partial.empty()) {
        forward(m_partial);
        m_partial.clear();
    }
    if (m_tail.size() > TailBytes)
        m_tail = std::string(utf8Tail(m_tail, TailBytes));
}

std::string StderrSink::lastLine() const
{
    std::string_view t = m_tail;
    while (!t.empty() && (t.back() == '\n' || t.back() == '\r' || t.back() == ' '))
        t.remove_suffix(1);
    const size_t nl = t.rfind('\n');
    return std::string(nl == std::string_view::npos ? t : t.substr(nl + 1));
}

void StderrSink::forward(std::string_view line)
{
    if (m_forwarded >= ForwardLimit) {
        if (!m_truncatedNoted) {
            m_truncatedNoted = true;
            writeLog(m_prefix + "(more stderr not forwarded: over 64 KiB)\n");
        }
        return;
    }
    // A line fits a pipe write whole (writeLog), so a longer one is cut.
    constexpr size_t MaxLine = 3800;
    std::string out;
    out.reserve(m_prefix.size() + std::min(line.size(), MaxLine) + 16);
    out += m_prefix;
    out += line.size() > MaxLine ? utf8Head(line, MaxLine) : line;
    out += line.size() > MaxLine ? " [line cut]\n" : "\n";
    m_forwarded += out.size();
    writeLog(out);
}

} // namespace Stratus::Invoker
