#pragma once

#include <QEventLoop>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace fstudio::test {

// Waits for an API that reports through a callback bound to a context (tests only); nullopt on
// timeout, with a warning that says so.
template<typename R>
std::optional<R> awaitCallback(const std::function<void(QObject *, std::function<void(const R &)>)> &start, int timeoutMs = 30000)
{
    std::optional<R> out;
    QEventLoop loop;
    QObject ctx;
    start(&ctx, [&](const R &r) {
        out = r;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!out)
        loop.exec();
    if (!out)
        qWarning("awaitCallback: no answer within %d ms", timeoutMs);
    return out;
}

} // namespace fstudio::test
