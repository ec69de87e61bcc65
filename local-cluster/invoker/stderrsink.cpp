#include "stderrsink.h"

#include "jsonwriter.h"

#include <unistd.h>

namespace Stratus::Invoker {

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
            const std::string note = m_prefix + "(more stderr not forwarded: over 64 KiB)\n";
            (void)!::write(STDERR_FILENO, note.data(), note.size());
        }
        return;
    }
    std::string out;
    out.reserve(m_prefix.size() + line.size() + 1);
    out += m_prefix;
    out += line;
    out += '\n';
    m_forwarded += out.size();
    (void)!::write(STDERR_FILENO, out.data(), out.size());
}

} // namespace Stratus::Invoker
