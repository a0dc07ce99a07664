#pragma once

#include "await.h"

#include "api/auth/secretstore.h"

#include <QEventLoop>
#include <QTest>
#include <QTimer>

#include <functional>

namespace fstudio::test {

// Runs one asynchronous SecretStore operation and waits for its result (tests only).
inline api::SecretStore::Result syncSecret(const std::function<void(QObject *, api::SecretStore::Callback)> &op, int timeoutMs = 30000)
{
    return awaitCallback<api::SecretStore::Result>(op, timeoutMs)
        .value_or(api::SecretStore::Result{api::SecretStore::Status::Error, {}, QStringLiteral("timed out")});
}

} // namespace fstudio::test
