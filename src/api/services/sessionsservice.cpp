#include "api/services/sessionsservice.h"

#include "api/transport/cdfclient.h"
#include "api/transport/decoders.h"

namespace fstudio::api {

using namespace Qt::StringLiterals;

Pending<Session> SessionsService::create(const SessionCreate &how)
{
    CdfClient::Request r = CdfClient::Request::postJson(u"sessions"_s, how.toRequestBody(), u"create a session for the call"_s);
    r.idempotent = true; // the SDK retries POST /sessions; an extra session is harmless
    return send<Session>(r, decodeFirstItem<Session>);
}

QStringList TokenInspection::missingFor(const QString &project) const
{
    Q_UNUSED(project);
    QStringList missing;
    for (const char *c : {"functions:read", "functions:write", "files:read", "files:write", "sessions:create"})
        if (!capabilities.contains(QLatin1StringView(c)))
            missing << QLatin1StringView(c);
    return missing;
}

QString TokenInspection::explain(const QString &capability)
{
    if (capability == u"functions:read"_s)
        return u"functions:read (functionsAcl READ) is needed to list functions, calls, logs and schedules."_s;
    if (capability == u"functions:write"_s)
        return u"functions:write (functionsAcl WRITE) is needed to deploy, call and delete functions and to manage schedules."_s;
    if (capability == u"files:read"_s)
        return u"files:read (filesAcl READ) is needed to check uploads and download a function's code."_s;
    if (capability == u"files:write"_s)
        return u"files:write (filesAcl WRITE) is needed to upload a function's code when deploying."_s;
    if (capability == u"sessions:create"_s)
        return u"sessions:create (sessionsAcl CREATE) is needed to call functions and to create schedules."_s;
    return capability;
}

Decoded<TokenInspection> TokenInspection::fromJson(const QJsonValue &v, const QString &project)
{
    if (!v.isObject())
        return DecodeError{QString(), u"expected an object"_s};
    JsonReader r(v.toObject());
    TokenInspection t;
    t.subject = r.optionalString("subject"_L1).value_or(QString());
    const QJsonArray projects = r.optionalArray("projects"_L1).value_or(QJsonArray());
    const QJsonArray caps = r.optionalArray("capabilities"_L1).value_or(QJsonArray());
    if (!r.ok())
        return r.error();
    for (const auto &p : projects)
        t.projects << p.toObject().value("projectUrlName"_L1).toString();
    for (const auto &c : caps) {
        const QJsonObject o = c.toObject();
        const QJsonObject scope = o.value("projectScope"_L1).toObject();
        const bool applies = scope.contains("allProjects"_L1) || scope.value("projects"_L1).toArray().contains(project) || scope.isEmpty();
        if (!applies)
            continue;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!it.key().endsWith(u"Acl"_s))
                continue;
            const QString acl = it.key().chopped(3);
            for (const auto &a : it.value().toObject().value("actions"_L1).toArray()) {
                const QString cap = acl + u":"_s + a.toString().toLower();
                if (!t.capabilities.contains(cap))
                    t.capabilities << cap;
            }
        }
    }
    return t;
}

Pending<TokenInspection> TokenService::inspect()
{
    const QString project = m_client->config().project;
    return send<TokenInspection>(CdfClient::Request::get(u"/api/v1/token/inspect"_s, u"inspect the sign-in"_s),
                                 [project](const QByteArray &body, ApiError *e) -> TokenInspection {
                                     const auto doc = parseJsonObject(body);
                                     if (!doc) {
                                         e->message = doc.error().toString();
                                         return {};
                                     }
                                     auto t = TokenInspection::fromJson(*doc, project);
                                     if (!t) {
                                         e->message = t.error().toString();
                                         return {};
                                     }
                                     return *t;
                                 });
}

} // namespace fstudio::api
