#pragma once

#include "natshandles.h"

#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace Stratus {

// The replies to one connection's requests, on subscriptions of its own inbox, one per
// requested subject: _INBOX.<nuid>.<route>.<token>. nats.c hands a "no responders" reply over
// without its subject (NextMsg says NATS_NO_RESPONDERS and has destroyed the message), so only
// the subscription it came through tells which subject refused; and the broker refuses a
// subject's requests at once and in publish order, so the refusal is the oldest request on that
// route still waiting. Shared by the gateway's requester and the flow invoker. Not thread-safe:
// the connection's owner calls it from its own thread.
class ReplyRoutes
{
public:
    // Whether the request a token names still waits for its answer.
    using Waiting = std::function<bool(uint64_t token)>;

    explicit ReplyRoutes(Waiting waiting);

    // conn: where the requests go (and outlives every route's subscription); inbox: its
    // "_INBOX.<nuid>". Forgets the routes of an earlier connection.
    void open(natsConnection *conn, std::string_view inbox);
    // Forgets every route: for a closed connection, which took their subscriptions along.
    void clear();

    // The reply subject for the request token makes to subject, valid until the next call. The
    // route's subscription is made at its first request, on the same connection, so the broker
    // has it before that request. Null, with *status, when nats.c refuses the subscription.
    // liveRequests: how many requests wait in all, to bound what answered ones leave behind.
    const char *replyTo(std::string_view subject, uint64_t token, size_t liveRequests, natsStatus *status);

    // Takes what the last read of the socket brought and no more (a handler may make new
    // requests, and new routes): reply(token, msg) for each reply, which may be late or a second
    // one (the caller knows which tokens it still waits for); refused(token) for each "no
    // responders", with the oldest token of that subject still waiting.
    template <typename Reply, typename Refused> void take(Reply &&reply, Refused &&refused);

private:
    struct Route
    {
        NatsSubscriptionPtr sub;
        std::string prefix;           // "_INBOX.<nuid>.<route>."
        std::deque<uint64_t> waiting; // tokens in publish order; answered ones leave lazily
    };
    struct SubjectHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
    };

    Route *routeFor(std::string_view subject, natsStatus *status);
    // The token a reply's subject ends with, unless it is not one of route's.
    static std::optional<uint64_t> tokenOf(const Route &route, const natsMsg *msg);
    // For a refusal on route: the oldest token still waiting, which leaves, if any.
    std::optional<uint64_t> takeRefused(Route &route);

    Waiting m_waiting;
    natsConnection *m_conn = nullptr;
    std::string m_inboxPrefix;  // "_INBOX.<nuid>."
    std::deque<Route> m_routes; // a deque: handlers add routes while take() walks them
    std::unordered_map<std::string, size_t, SubjectHash, std::equal_to<>> m_routeBySubject;
    std::string m_replyTo; // scratch
};

template <typename Reply, typename Refused> void ReplyRoutes::take(Reply &&reply, Refused &&refused)
{
    // By index, the sizes read again after each handler: it may add routes, or clear them all.
    for (size_t i = 0; i < m_routes.size(); ++i) {
        int pending = 0;
        natsSubscription_GetPending(m_routes[i].sub.get(), &pending, nullptr);
        for (; pending > 0 && i < m_routes.size(); --pending) {
            natsMsg *raw = nullptr;
            const natsStatus s = natsSubscription_NextMsg(&raw, m_routes[i].sub.get(), 0);
            if (s == NATS_OK) {
                NatsMsgPtr msg(raw);
                if (const auto token = tokenOf(m_routes[i], raw))
                    reply(*token, std::move(msg));
            } else if (s == NATS_NO_RESPONDERS) {
                if (const auto token = takeRefused(m_routes[i]))
                    refused(*token);
            } else {
                break;
            }
        }
    }
}

} // namespace Stratus
