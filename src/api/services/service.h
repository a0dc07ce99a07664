#pragma once

#include "api/transport/cdfclient.h"

#include <QCoreApplication>
#include <QPointer>

namespace fstudio::api {

// Base of the small per-resource services. A service is a cheap value made for one or a few
// requests; it holds its client through a QPointer, so a request made after the connection was
// closed fails with a Cancelled error instead of touching a dead object.
class Service
{
public:
    explicit Service(CdfClient *client)
        : m_client(client)
    {
    }
    bool isConnected() const { return !m_client.isNull(); }

protected:
    template<typename T> Pending<T> send(CdfClient::Request request, CdfClient::Decoder<T> decoder) const
    {
        if (!m_client)
            return Pending<T>::failed(notConnected(request.what));
        return m_client->send<T>(std::move(request), std::move(decoder));
    }
    Pending<Empty> send(CdfClient::Request request) const
    {
        if (!m_client)
            return Pending<Empty>::failed(notConnected(request.what));
        return m_client->send(std::move(request));
    }
    static ApiError notConnected(const QString &what)
    {
        ApiError e;
        e.kind = ApiError::Kind::Cancelled;
        e.what = what;
        e.message = QCoreApplication::translate("CdfClient", "the connection was closed");
        return e;
    }

    QPointer<CdfClient> m_client;
};

} // namespace fstudio::api
