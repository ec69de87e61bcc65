#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Stratus::Gateway {

// Writing HTTP/1.1 responses into a caller's buffer: the head's header lines are built by
// the caller (header()), the connection adds framing (finish()).
class HttpResponse
{
public:
    // "Not Found" for 404 and so on; "Unknown" for codes the gateway never sends.
    static const char *reason(int status);
    // Appends "Name: value\r\n".
    static void header(QByteArray &out, QByteArrayView name, QByteArrayView value);
    // "application/json" when the body looks like a JSON object or array (its first
    // non-space byte is { or [), else "text/plain; charset=utf-8". A cheap guess, not a parse.
    static QByteArrayView contentTypeFor(QByteArrayView body);

    enum class Connection { KeepAlive, KeepAliveHttp10, Close };
    // Appends a whole response: status line, headerLines (each ending in \r\n),
    // Content-Length, the Connection header when needed, the empty line, the body.
    static void write(QByteArray &out, int status, QByteArrayView headerLines, QByteArrayView body,
                      Connection connection);
};

} // namespace Stratus::Gateway
