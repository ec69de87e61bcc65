// Helper library for Stratus functions written in C++ (docs/sdk.md). Header-only, C++17,
// POSIX, no dependencies.
//
//   #include "stratus_worker.h"
//   int main()
//   {
//       return stratus::serve([](std::string_view event) { return std::string(event); });
//   }
//
// One program serves both modes. Cold (STRATUS_MODE=cold or unset): the event is all of
// stdin, the result goes to stdout once, an exception exits 1. Warm (STRATUS_MODE=warm):
// frames on stdin/stdout as docs/protocol.md describes, an exception answers an error frame
// and the worker goes on. In both modes the returned string is the result, and whatever the
// handler writes to stdout (printf, std::cout, child processes) lands on stderr, the log: the
// results travel on a private copy of the original stdout, so nothing can corrupt the framing.
#pragma once

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <string_view>
#include <unistd.h>

namespace stratus {

namespace detail {

// A header is a few dozen bytes; a longer line means the peer is not speaking the protocol.
inline constexpr size_t MaxHeader = 4096;
// Far above any broker's payload limit: a larger length is garbage, not an event to allocate.
inline constexpr size_t MaxEvent = size_t(1) << 30;

inline int protocolError(const std::string &why)
{
    std::fprintf(stderr, "stratus_worker.h: %s\n", why.c_str());
    return 2;
}

// Returns a stream on the original stdout and points fd 1 at stderr.
inline std::FILE *takeStdout()
{
    std::fflush(stdout);
    const int fd = ::dup(STDOUT_FILENO);
    if (fd < 0 || ::dup2(STDERR_FILENO, STDOUT_FILENO) < 0)
        return nullptr;
    return ::fdopen(fd, "wb");
}

inline bool readLine(std::FILE *in, std::string &line)
{
    line.clear();
    int c;
    while ((c = std::getc(in)) != EOF) {
        if (c == '\n')
            return true;
        if (line.size() == MaxHeader)
            return true; // the caller rejects it: no header is that long
        line.push_back(char(c));
    }
    return !line.empty();
}

inline bool readExactly(std::FILE *in, std::string &out, size_t n)
{
    out.resize(n);
    return n == 0 || std::fread(out.data(), 1, n, in) == n;
}

// "STRATUS-INVOKE <id> <length>"
inline bool parseHeader(std::string_view header, std::string &id, size_t &length)
{
    constexpr std::string_view tag = "STRATUS-INVOKE ";
    if (header.size() >= MaxHeader || header.substr(0, tag.size()) != tag)
        return false;
    const std::string_view fields = header.substr(tag.size());
    const size_t space = fields.find(' ');
    if (space == 0 || space == std::string_view::npos)
        return false;
    const std::string_view lengthText = fields.substr(space + 1);
    const char *end = lengthText.data() + lengthText.size();
    const auto [ptr, ec] = std::from_chars(lengthText.data(), end, length);
    if (lengthText.empty() || ec != std::errc() || ptr != end || length > MaxEvent)
        return false;
    id.assign(fields.substr(0, space));
    return true;
}

inline bool writeAll(std::FILE *out, std::string_view bytes)
{
    return std::fwrite(bytes.data(), 1, bytes.size(), out) == bytes.size();
}

inline bool writeFrame(std::FILE *out, const std::string &id, bool ok, std::string_view payload)
{
    const std::string header =
        "STRATUS-RESULT " + id + (ok ? " ok " : " error ") + std::to_string(payload.size()) + "\n";
    return writeAll(out, header) && writeAll(out, payload) && std::fflush(out) == 0;
}

// Runs the handler; on failure returns false with the message in `result`.
template <typename Handler> bool call(Handler &handler, std::string_view event, std::string &result)
{
    try {
        result = handler(event);
        std::fflush(stdout); // what the handler printed reaches the log before the result
        return true;
    } catch (const std::exception &e) {
        result = e.what();
    } catch (...) {
        result = "the handler threw something that is not a std::exception";
    }
    std::fflush(stdout);
    return false;
}

} // namespace detail

// Handler: callable as std::string(std::string_view event). Returns main()'s exit code.
template <typename Handler> int serve(Handler handler)
{
    std::FILE *out = detail::takeStdout();
    if (!out)
        return detail::protocolError("cannot set stdout aside for the results");
    const char *mode = std::getenv("STRATUS_MODE");
    std::string event;
    std::string result;
    if (!mode || std::string_view(mode) != "warm") {
        char buffer[65536];
        size_t n;
        while ((n = std::fread(buffer, 1, sizeof buffer, stdin)) > 0)
            event.append(buffer, n);
        if (!detail::call(handler, event, result)) {
            std::fprintf(stderr, "%s\n", result.c_str());
            return 1;
        }
        return detail::writeAll(out, result) && std::fflush(out) == 0 ? 0 : 1;
    }

    if (!detail::writeAll(out, "STRATUS-READY\n") || std::fflush(out) != 0)
        return 1;
    std::string header;
    std::string id;
    while (detail::readLine(stdin, header)) {
        size_t length = 0;
        if (!detail::parseHeader(header, id, length))
            return detail::protocolError("not a frame header: " + header.substr(0, 200));
        if (!detail::readExactly(stdin, event, length))
            return detail::protocolError("stdin closed in the middle of frame " + id);
        const bool ok = detail::call(handler, event, result);
        if (!ok)
            std::fprintf(stderr, "%s\n", result.c_str());
        if (!detail::writeFrame(out, id, ok, result))
            return 1; // the invoker has gone
    }
    return 0;
}

} // namespace stratus
