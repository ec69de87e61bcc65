#pragma once

#include "testservice.h"

namespace Stratus::Test {

// A real stratus-invoker for one function of a manifest.
class TestInvoker : public TestService
{
public:
    TestInvoker(const QString &natsUrl, const QString &manifestPath, const QString &function, int replica = 0)
        : TestService(QStringLiteral("stratus-invoker"),
                      {QStringLiteral("--nats"), natsUrl, QStringLiteral("--manifest"), manifestPath,
                       QStringLiteral("--function"), function, QStringLiteral("--replica"),
                       QString::number(replica)})
    {
    }
};

} // namespace Stratus::Test
