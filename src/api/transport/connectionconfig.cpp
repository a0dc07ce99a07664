#include "api/transport/connectionconfig.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace fstudio::api {

using namespace Qt::StringLiterals;

namespace {
// ConnectionConfigText::tr(): what is wrong with a profile's connection, under the context "ConnectionConfig".
struct ConnectionConfigText
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionConfig)
};
} // namespace

QUrl ConnectionConfig::baseUrlFrom(const QString &clusterOrUrl)
{
    const QString s = clusterOrUrl.trimmed();
    if (s.contains(u"://"_s)) {
        QString t = s;
        while (t.endsWith(QLatin1Char('/')))
            t.chop(1);
        return QUrl(t);
    }
    return QUrl(u"https://%1.cognitedata.com"_s.arg(s));
}

bool ConnectionConfig::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host == u"localhost"_s)
        return true;
    const QHostAddress a(host);
    return !a.isNull() && a.isLoopback();
}

QString ConnectionConfig::problem() const
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return ConnectionConfigText::tr(
                   "The CDF URL \"%1\" is not valid; give a cluster name (e.g. westeurope-1) or a URL like https://westeurope-1.cognitedata.com.")
            .arg(baseUrl.toString());
    if (baseUrl.scheme() != u"https"_s && !(baseUrl.scheme() == u"http"_s && isLoopback(baseUrl)))
        return ConnectionConfigText::tr(
                   "The CDF URL %1 must use https (plain http is only allowed for the local emulator on 127.0.0.1 or localhost).")
            .arg(baseUrl.toString());
    static const QRegularExpression projectRe(u"^[a-z0-9][a-z0-9-]*$"_s);
    if (!projectRe.match(project).hasMatch())
        return ConnectionConfigText::tr("The project name \"%1\" is not valid: use the project's URL name (lower-case letters, digits and '-').")
            .arg(project);
    return {};
}

QUrl ConnectionConfig::projectUrl(const QString &relativePath) const
{
    QString rel = relativePath;
    while (rel.startsWith(QLatin1Char('/')))
        rel.remove(0, 1);
    return QUrl(baseUrl.toString() + u"/api/v1/projects/"_s + project + u"/"_s + rel);
}

QUrl ConnectionConfig::apiUrl(const QString &absolutePath) const
{
    return QUrl(baseUrl.toString() + absolutePath);
}

} // namespace fstudio::api
