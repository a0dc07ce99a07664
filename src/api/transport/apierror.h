#pragma once

#include "core/wire/identifier.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace fstudio::api {

// Why a request to CDF did not give a value: transport problems, HTTP errors with the CDF error
// envelope, unexpected payloads, cancellation. userMessage() is what the GUI shows.
struct ApiError
{
    enum class Kind { Network, Timeout, Http, Decode, Cancelled, Auth, Config };
    Kind kind = Kind::Http;
    int httpStatus = 0;
    int cdfCode = 0;
    QString message; // the server's message, or what went wrong
    QList<Identifier> missing;
    QList<Identifier> duplicated;
    QString requestId; // x-request-id, for support
    QString what; // the action, e.g. "list functions"
    int attempts = 1;
    // Set when the identity provider (not CDF) could not be reached: the advice names this host.
    QString identityProviderHost = {};

    bool isNotFound() const { return (httpStatus == 404 || httpStatus == 400 || httpStatus == 422) && !missing.isEmpty(); }
    bool isCancelled() const { return kind == Kind::Cancelled; }
    // What makes two failures "the same" for a message bar that counts repeats (the request id differs).
    QString sameFailureKey() const { return what + QLatin1Char('|') + QString::number(httpStatus) + QLatin1Char('|') + message; }
    // "Could not list functions: the server says ... (HTTP 403, request id abc). Check ..."
    QString userMessage() const;
    QString toString() const { return userMessage(); }
};

} // namespace fstudio::api
