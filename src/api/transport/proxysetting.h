#pragma once

#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QString>

namespace fstudio::api {

// The proxy every request of the app goes through, sign-in and CDF alike (File ▸ Settings ▸ Proxy):
// the system's (http_proxy/https_proxy/no_proxy on Linux, the default), none, or one given as a URL
// ("http://proxy.example.com:3128", "socks5://host:1080"). Loopback addresses (the local emulator,
// the sign-in redirect) never go through a proxy. Installed for the whole application, so every
// QNetworkAccessManager follows it without being told.
class ProxySetting final : public QNetworkProxyFactory
{
public:
    static constexpr const char *System = ""; // the stored value for "the system's"
    static constexpr const char *None = "none";

    // "" when `setting` can be used; otherwise what is wrong with it and how to fix it. A URL with
    // a user name or password is refused: preferences are a plain file, and secrets never go there.
    static QString problem(const QString &setting);
    // Installs `setting` for the application (a setting with a problem installs the system's).
    static void install(const QString &setting);
    // The proxy a request to `url` goes through under `setting`.
    static QNetworkProxy proxyFor(const QString &setting, const QUrl &url);

    explicit ProxySetting(const QString &setting)
        : m_setting(setting)
    {
    }
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

private:
    QString m_setting;
};

} // namespace fstudio::api
