#pragma once

#include "api/auth/secretstore.h"

#include <QElapsedTimer>
#include <QTest>

#include <functional>

namespace fstudio::test {

// Runs one asynchronous SecretStore operation and waits for its result (tests only).
inline api::SecretStore::Result syncSecret(const std::function<void(QObject *, api::SecretStore::Callback)> &op, int timeoutMs = 30000)
{
    std::optional<api::SecretStore::Result> out;
    QObject context;
    op(&context, [&](const api::SecretStore::Result &r) { out = r; });
    QElapsedTimer t;
    t.start();
    while (!out && t.elapsed() < timeoutMs)
        QTest::qWait(10);
    return out.value_or(api::SecretStore::Result{api::SecretStore::Status::Error, {}, QStringLiteral("timed out")});
}

} // namespace fstudio::test
