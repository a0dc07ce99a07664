#include "api/services/tokenservice.h"

#include "api/transport/cdfclient.h"
#include "api/transport/decoders.h"

#include <QCoreApplication>

namespace fstudio::api {

using namespace Qt::StringLiterals;

namespace {
// SessionsServiceText::tr(): sign-in checks, under the context "SessionsService" (where they were
// written first; the catalogues keep them there).
struct SessionsServiceText
{
    Q_DECLARE_TR_FUNCTIONS(SessionsService)
};
} // namespace

QStringList TokenInspection::missingFor(const QString &project) const
{
    Q_UNUSED(project);
    QStringList missing;
    for (const char *c : {"functions:read", "functions:write", "functions:run", "files:read", "files:write", "sessions:create"})
        if (!capabilities.contains(QLatin1StringView(c)))
            missing << QLatin1StringView(c);
    // A principal with WRITE may call where RUN is not enforced (the emulator takes either): RUN is
    // named only when neither is there.
    if (capabilities.contains(u"functions:write"_s))
        missing.removeAll(u"functions:run"_s);
    return missing;
}

QString TokenInspection::explain(const QString &capability)
{
    //: Why a capability is needed; the first words name it as CDF does.
    if (capability == u"functions:read"_s)
        return SessionsServiceText::tr("functions:read (functionsAcl READ) is needed to list functions, calls, logs and schedules.");
    //: Why a capability is needed; the first words name it as CDF does.
    if (capability == u"functions:write"_s)
        return SessionsServiceText::tr("functions:write (functionsAcl WRITE) is needed to deploy and delete functions and to manage schedules.");
    //: Why a capability is needed; the first words name it as CDF does.
    if (capability == u"functions:run"_s)
        return SessionsServiceText::tr("functions:run (functionsAcl RUN) is needed to call functions, as CDF's documentation names it for calls.");
    //: Why a capability is needed; the first words name it as CDF does.
    if (capability == u"files:read"_s)
        return SessionsServiceText::tr("files:read (filesAcl READ) is needed to check uploads and download a function's code.");
    //: Why a capability is needed; the first words name it as CDF does.
    if (capability == u"files:write"_s)
        return SessionsServiceText::tr("files:write (filesAcl WRITE) is needed to upload a function's code when deploying.");
    //: Why a capability is needed; the first words name it as CDF does.
    if (capability == u"sessions:create"_s)
        return SessionsServiceText::tr("sessions:create (sessionsAcl CREATE) is needed to call functions and to create schedules.");
    return capability;
}

Decoded<TokenInspection> TokenInspection::fromJson(const QJsonValue &v, const QString &project)
{
    if (!v.isObject())
        return DecodeError{QString(), SessionsServiceText::tr("expected an object")};
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
    //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1.").
    return send<TokenInspection>(CdfClient::Request::get(u"/api/v1/token/inspect"_s, SessionsServiceText::tr("inspect the sign-in")),
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
