#pragma once

#include "api/auth/secretstore.h"

#include <QEventLoop>
#include <QTest>
#include <QTimer>

#include <functional>

namespace fstudio::test {

// Runs one asynchronous SecretStore operation and waits for its result (tests only).
inline api::SecretStore::Result syncSecret(const std::function<void(QObject *, api::SecretStore::Callback)> &op, int timeoutMs = 30000)
{
    std::optional<api::SecretStore::Result> out;
    QObject context;
    QEventLoop loop;
    op(&context, [&](const api::SecretStore::Result &r) {
        out = r;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!out)
        loop.exec();
    if (!out)
        qWarning("syncSecret: the secret store did not answer within %d ms", timeoutMs);
    return out.value_or(api::SecretStore::Result{api::SecretStore::Status::Error, {}, QStringLiteral("timed out")});
}

} // namespace fstudio::test
