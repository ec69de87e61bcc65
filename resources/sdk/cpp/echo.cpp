// The echo function in C++: the smallest warm worker, used by tests and benchmarks.
#include "stratus_worker.h"

int main()
{
    return stratus::serve([](std::string_view event) { return std::string(event); });
}
