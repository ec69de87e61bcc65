#pragma once

#include <string>
#include <string_view>

namespace Stratus {

// Fast JSON for hot paths (invoker records, flow spans): appends s to out as a JSON string literal. Bytes
// that are not UTF-8 become U+FFFD, so a record stays valid JSON whatever a function wrote.
void appendJsonString(std::string &out, std::string_view s);

// The last maxBytes of s, cut at a UTF-8 character boundary.
std::string_view utf8Tail(std::string_view s, size_t maxBytes);
// The first maxBytes of s, cut at a UTF-8 character boundary.
std::string_view utf8Head(std::string_view s, size_t maxBytes);

} // namespace Stratus
