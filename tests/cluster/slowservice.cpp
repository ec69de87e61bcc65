// stratus-test-slowservice: a NatsService whose every request takes a while (the reply is the
// request), so that tests can leave a backlog in its queue and stop it.
//   stratus-test-slowservice NATS_URL SUBJECT_PREFIX HANDLE_MS

#include "natsservice.h"

#include <QCoreApplication>

#include <chrono>
#include <cstdio>
#include <thread>

using namespace Stratus;

int main(int argc, char **argv)
{
    NatsService::blockTerminationSignals();
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: stratus-test-slowservice NATS_URL SUBJECT_PREFIX HANDLE_MS\n");
        return 2;
    }
    const std::chrono::milliseconds handling(args.at(3).toInt());
    NatsService service({QStringLiteral("slowservice"), args.at(1), args.at(2)});
    if (const Status connected = service.connect(); !connected) {
        service.log(connected.errorMessage());
        return 1;
    }
    return service.run([handling](const ServiceRequest &request) {
        std::this_thread::sleep_for(handling); // the work a request costs
        return ServiceReply::bytes(request.data);
    });
}
