#include "httpresponse.h"

#include <cstdio>

namespace Stratus::Gateway {

const char *HttpResponse::reason(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 202:
        return "Accepted";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Content Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Unknown";
    }
}

void HttpResponse::header(QByteArray &out, QByteArrayView name, QByteArrayView value)
{
    out.append(name).append(": ", 2).append(value).append("\r\n", 2);
}

QByteArrayView HttpResponse::contentTypeFor(QByteArrayView body)
{
    for (char c : body) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (c == '{' || c == '[')
            return "application/json";
        break;
    }
    return "text/plain; charset=utf-8";
}

void HttpResponse::write(QByteArray &out, int status, QByteArrayView headerLines, QByteArrayView body,
                         Connection connection)
{
    char number[24];
    out.append("HTTP/1.1 ", 9);
    out.append(number, std::snprintf(number, sizeof number, "%d ", status));
    out.append(reason(status)).append("\r\n", 2);
    out.append(headerLines);
    out.append("Content-Length: ", 16);
    out.append(number, std::snprintf(number, sizeof number, "%lld\r\n", static_cast<long long>(body.size())));
    if (connection == Connection::Close)
        out.append("Connection: close\r\n", 19);
    else if (connection == Connection::KeepAliveHttp10)
        out.append("Connection: keep-alive\r\n", 24);
    out.append("\r\n", 2);
    out.append(body);
}

} // namespace Stratus::Gateway
