#pragma once

#include "api/transport/apierror.h"

#include "core/util/expected.h"

#include <QObject>
#include <QString>

#include <functional>

namespace fstudio::api {

using TokenResult = Expected<QString, ApiError>;

// What the transport needs of a sign-in: a bearer token, valid for a while, and whether a refused
// one can be replaced by a fresh one. CdfClient asks for one before each authenticated request and
// again once after a 401. The sign-in methods implement it (api/auth/tokenprovider.h), so the
// transport never depends on how a token is got.
class TokenSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    using Callback = std::function<void(const TokenResult &)>;

    // `done` runs once, unless `context` is gone by then.
    virtual void token(QObject *context, Callback done, bool forceRefresh = false) = 0;
    virtual bool canRefresh() const { return true; }
};

} // namespace fstudio::api
