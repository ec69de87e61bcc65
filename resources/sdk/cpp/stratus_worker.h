// Helper library for Stratus functions written in C++ (docs/sdk.md). Header-only, C++17,
// no dependencies.
//
//   #include "stratus_worker.h"
//   int main() { return stratus::serve([](std::string_view event) { return std::string(event); }); }
//
// Cold (STRATUS_MODE=cold or unset): the event is all of stdin, the result goes to stdout
// once. Warm (STRATUS_MODE=warm): frames on stdin/stdout as docs/protocol.md describes. The
// handler must not write to stdout itself (use stderr for logs); an exception becomes an
// error frame and the worker goes on.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <string_view>

namespace stratus {

namespace detail {

inline bool readExactly(std::FILE *in, std::string &out, size_t n)
{
    out.resize(n);
    return n == 0 || std::fread(out.data(), 1, n, in) == n;
}

inline void writeFrame(std::FILE *out, const std::string &id, bool ok, const std::string &payload)
{
    std::fprintf(out, "STRATUS-RESULT %s %s %zu\n", id.c_str(), ok ? "ok" : "error", payload.size());
    std::fwrite(payload.data(), 1, payload.size(), out);
    std::fflush(out);
}

} // namespace detail

template<typename Handler>
int serve(Handler handler)
{
    const char *mode = std::getenv("STRATUS_MODE");
    std::string event;
    if (!mode || std::string_view(mode) != "warm") {
        char buf[65536];
        size_t n;
        while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0)
            event.append(buf, n);
        try {
            const std::string result = handler(std::string_view(event));
            std::fwrite(result.data(), 1, result.size(), stdout);
            return 0;
        } catch (const std::exception &e) {
            std::fprintf(stderr, "%s\n", e.what());
            return 1;
        }
    }
    std::fputs("STRATUS-READY\n", stdout);
    std::fflush(stdout);
    char header[512];
    while (std::fgets(header, sizeof header, stdin)) {
        char id[256];
        size_t length = 0;
        if (std::sscanf(header, "STRATUS-INVOKE %255s %zu", id, &length) != 2) {
            std::fprintf(stderr, "stratus_worker.h: not a frame header: %s", header);
            return 2;
        }
        if (!detail::readExactly(stdin, event, length))
            return 2;
        try {
            detail::writeFrame(stdout, id, true, handler(std::string_view(event)));
        } catch (const std::exception &e) {
            detail::writeFrame(stdout, id, false, e.what());
        } catch (...) {
            detail::writeFrame(stdout, id, false, "unknown exception");
        }
    }
    return 0;
}

} // namespace stratus
