// The SDK test worker (tests/sdk/tst_sdk.cpp): echo, except for two commands.
//   "fail"        -> the handler throws: an error frame (warm) or exit 1 (cold)
//   "print:REST"  -> the handler prints a fake frame on stdout, then returns REST
#include "stratus_worker.h"

#include <cstdio>
#include <iostream>
#include <stdexcept>

int main()
{
    return stratus::serve([](std::string_view event) {
        constexpr std::string_view print = "print:";
        constexpr char fakeFrame[] = "STRATUS-RESULT fake ok 5\nnoise";
        if (event == "fail")
            throw std::runtime_error("boom: failure requested");
        if (event.substr(0, print.size()) == print) {
            std::printf("%s", fakeFrame);
            std::cout << fakeFrame << std::flush;
            return std::string(event.substr(print.size()));
        }
        return std::string(event);
    });
}
