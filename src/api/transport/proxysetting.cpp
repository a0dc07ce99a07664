#include "api/transport/proxysetting.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

namespace fstudio::api {

using namespace Qt::StringLiterals;

namespace {
struct ProxyText
{
    Q_DECLARE_TR_FUNCTIONS(ProxySetting)
};

bool isLoopback(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress a(host);
    return !a.isNull() && a.isLoopback();
}
} // namespace

QString ProxySetting::problem(const QString &setting)
{
    const QString s = setting.trimmed();
    if (s.isEmpty() || s == QLatin1StringView(None))
        return {};
    const QUrl url(s, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http"_s && scheme != u"socks5"_s))
        //: %1 is what the user typed.
        return ProxyText::tr("The proxy \"%1\" is not a proxy URL: write it as http://host:port or socks5://host:port.").arg(s);
    if (!url.userName().isEmpty() || !url.password().isEmpty())
        return ProxyText::tr("Leave the user name and password out of the proxy URL: settings are a plain file, and secrets are never "
                             "stored there. Use a proxy that needs no password, or the system's proxy setting.");
    if (url.port() <= 0)
        return ProxyText::tr("Give the proxy's port, e.g. %1:3128.").arg(url.toString(QUrl::RemovePath | QUrl::StripTrailingSlash));
    if (!url.path().isEmpty() && url.path() != u"/"_s)
        return ProxyText::tr("A proxy URL has no path: write it as %1://%2:%3.").arg(scheme, url.host()).arg(url.port());
    return {};
}

QNetworkProxy ProxySetting::proxyFor(const QString &setting, const QUrl &url)
{
    if (isLoopback(url.host()))
        return QNetworkProxy::NoProxy;
    const QString s = setting.trimmed();
    if (s == QLatin1StringView(None))
        return QNetworkProxy::NoProxy;
    if (s.isEmpty() || !problem(s).isEmpty()) {
        const QList<QNetworkProxy> system = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
        return system.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : system.first();
    }
    const QUrl proxy(s);
    const auto type = proxy.scheme().toLower() == u"socks5"_s ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy;
    return QNetworkProxy(type, proxy.host(), quint16(proxy.port()));
}

QList<QNetworkProxy> ProxySetting::queryProxy(const QNetworkProxyQuery &query)
{
    QUrl url = query.url();
    if (url.host().isEmpty()) { // a plain socket query: only the peer is known
        url.setScheme(u"https"_s);
        url.setHost(query.peerHostName());
    }
    return {proxyFor(m_setting, url)};
}

void ProxySetting::install(const QString &setting)
{
    QNetworkProxyFactory::setApplicationProxyFactory(new ProxySetting(setting)); // Qt owns it
}

} // namespace fstudio::api
