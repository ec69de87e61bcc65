#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <type_traits>
#include <utility>

namespace Stratus {

// Runs work (blocking: network, processes, disk) on the global thread pool and hands its
// result to done on context's thread. done is dropped if context is destroyed first, so a
// closed panel never receives a late result.
template <typename Work, typename Done> void runOffThread(QObject *context, Work work, Done done)
{
    using R = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<R>(context);
    QObject::connect(watcher, &QFutureWatcher<R>::finished, context, [watcher, done = std::move(done)] {
        if (watcher->future().resultCount())
            done(watcher->future().result());
        watcher->deleteLater();
    });
    auto promise = std::make_shared<QPromise<R>>();
    watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, work = std::move(work)]() mutable {
        promise->start();
        promise->addResult(work());
        promise->finish();
    });
}

} // namespace Stratus
