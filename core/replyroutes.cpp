#include "replyroutes.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <cstring>

namespace Stratus {

ReplyRoutes::ReplyRoutes(Waiting waiting) : m_waiting(std::move(waiting)) {}

void ReplyRoutes::open(natsConnection *conn, std::string_view inbox)
{
    clear();
    m_conn = conn;
    m_inboxPrefix = std::string(inbox) + '.';
    m_replyTo.reserve(m_inboxPrefix.size() + 48); // a route's number, a token
}

void ReplyRoutes::clear()
{
    m_routes.clear();
    m_routeBySubject.clear();
    m_conn = nullptr;
}

ReplyRoutes::Route *ReplyRoutes::routeFor(std::string_view subject, natsStatus *status)
{
    if (const auto it = m_routeBySubject.find(subject); it != m_routeBySubject.end())
        return &m_routes[it->second];
    Route route;
    route.prefix = m_inboxPrefix + std::to_string(m_routes.size()) + '.';
    natsSubscription *sub = nullptr;
    *status = m_conn ? natsConnection_SubscribeSync(&sub, m_conn, (route.prefix + '*').c_str())
                     : NATS_CONNECTION_CLOSED;
    if (*status != NATS_OK)
        return nullptr;
    route.sub.reset(sub);
    // Emptied after every read of the socket, so its backlog is one read's worth; nats.c must
    // never drop a reply as a slow consumer.
    natsSubscription_SetPendingLimits(sub, -1, -1);
    m_routeBySubject.emplace(std::string(subject), m_routes.size());
    m_routes.push_back(std::move(route));
    return &m_routes.back();
}

const char *ReplyRoutes::replyTo(std::string_view subject, uint64_t token, size_t liveRequests,
                                 natsStatus *status)
{
    Route *route = routeFor(subject, status);
    if (!route)
        return nullptr;
    std::deque<uint64_t> &waiting = route->waiting;
    while (!waiting.empty() && !m_waiting(waiting.front()))
        waiting.pop_front();
    waiting.push_back(token);
    // A long request at the front keeps answered ones behind it: drop them before they
    // outweigh the live ones.
    if (waiting.size() > 4 * liveRequests + 4096)
        std::erase_if(waiting, [this](uint64_t t) { return !m_waiting(t); });
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, token).ptr;
    m_replyTo.assign(route->prefix).append(digits, size_t(end - digits)); // no allocation: reserved
    return m_replyTo.c_str();
}

std::optional<uint64_t> ReplyRoutes::tokenOf(const Route &route, const natsMsg *msg)
{
    const char *subject = natsMsg_GetSubject(msg);
    if (!subject || std::strncmp(subject, route.prefix.data(), route.prefix.size()) != 0)
        return std::nullopt;
    const char *digits = subject + route.prefix.size();
    char *end = nullptr;
    const uint64_t token = std::strtoull(digits, &end, 10);
    if (end == digits || *end != '\0')
        return std::nullopt;
    return token;
}

std::optional<uint64_t> ReplyRoutes::takeRefused(Route &route)
{
    // (Were a subject's last responder to go while an earlier request still waits for it, that
    // one would get the refusal and the refused one its timeout: each is still answered once.)
    while (!route.waiting.empty()) {
        const uint64_t token = route.waiting.front();
        route.waiting.pop_front();
        if (m_waiting(token))
            return token;
    }
    return std::nullopt;
}

} // namespace Stratus
