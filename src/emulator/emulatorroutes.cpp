// The emulator's routes: one table of {method, pattern, capability, handler} for everything it
// answers, matched in EmulatorServer::dispatch (docs/cdf-functions-api.md lists the endpoints).
#include "emulator/emulatorserver.h"

#include "core/util/gzip.h"

#include <QJsonObject>

namespace fstudio::emulator {

using namespace Qt::StringLiterals;

namespace {
const QString FnRead = u"functions:read"_s;
const QString FnWrite = u"functions:write"_s;
// Calling: functionsAcl RUN, as the SDK models it and CDF's docs name it; WRITE is accepted too
// (docs/cdf-api-notes.md §11: what the emulator checks, and why).
const QString FnRun = u"functions:run|functions:write"_s;
const QString FilesRead = u"files:read"_s;
const QString FilesWrite = u"files:write"_s;
} // namespace

bool EmulatorServer::Route::matches(const QByteArray &m, const QStringList &segments, Captures *captures) const
{
    if ((method != "*" && method != m) || segments.size() != pattern.size())
        return false;
    Captures found;
    for (int i = 0; i < pattern.size(); ++i) {
        const QString &p = pattern[i];
        if (p == u"{id}"_s) {
            bool ok = false;
            const qint64 v = segments[i].toLongLong(&ok);
            if (!ok || v <= 0)
                return false;
            found.ids << v;
        } else if (p == u"{token}"_s) {
            found.token = segments[i];
        } else if (p != segments[i]) {
            return false;
        }
    }
    *captures = found;
    return true;
}

void EmulatorServer::buildRoutes()
{
    auto route = [](const char *method, const QString &pattern, const QString &capability, Handler handle) {
        return Route{method, pattern.split(u'/', Qt::SkipEmptyParts), capability, std::move(handle)};
    };
    using R = const HttpRequest &;
    using C = const Captures &;
    using P = const Principal &;
    // Answered without a token: sign-in, the code's upload and download links, the root.
    m_publicRoutes = {
        route("GET", u".well-known/openid-configuration"_s, {}, [this](R req, C, P) { return m_auth.openIdConfiguration(req); }),
        route("GET", u"oauth2/authorize"_s, {}, [this](R req, C, P) { return m_auth.authorize(req); }),
        route("POST", u"oauth2/authorize"_s, {}, [this](R req, C, P) { return m_auth.authorize(req); }),
        route("POST", u"oauth2/token"_s, {}, [this](R req, C, P) { return m_auth.token(req); }),
        route("POST", u"oauth2/devicecode"_s, {}, [this](R req, C, P) { return m_auth.deviceCode(req); }),
        route("*", u"oauth2/device"_s, {}, [this](R req, C, P) { return m_auth.deviceApprove(req); }),
        route("PUT", u"upload/{token}"_s, {}, [this](R req, C c, P) { return m_files.uploadFile(req, c.token); }),
        route("POST", u"upload/{token}"_s, {}, [this](R req, C c, P) { return m_files.uploadFile(req, c.token); }),
        route("GET", u"download/{token}"_s, {}, [this](R, C c, P) { return m_files.downloadFile(c.token); }),
        route("GET", u"api/v1/token/inspect"_s, {}, [this](R req, C, P) { return m_auth.tokenInspect(req); }),
        route("GET", QString(), {},
              [this](R req, C, P) {
                  return HttpResponse::json(200,
                                            QJsonObject{{"service"_L1, u"functions-emulator"_s},
                                                        {"project"_L1, m_config.project},
                                                        {"api"_L1, QString(urlFor(req) + u"/api/v1/projects/"_s + m_config.project)}});
              }),
    };
    // Under /api/v1/projects/<project>/, for a signed-in principal holding the capability.
    m_projectRoutes = {
        route("POST", u"functions"_s, FnWrite, [this](R req, C, P) { return createFunction(req); }),
        route("GET", u"functions"_s, FnRead, [this](R req, C, P) { return listFunctions(req); }),
        route("POST", u"functions/list"_s, FnRead, [this](R req, C, P) { return listFunctions(req); }),
        route("POST", u"functions/byids"_s, FnRead, [this](R req, C, P) { return functionsByIds(req); }),
        route("POST", u"functions/delete"_s, FnWrite, [this](R req, C, P) { return deleteFunctions(req); }),
        route("GET", u"functions/limits"_s, FnRead, [this](R, C, P) { return HttpResponse::json(200, m_config.limits.toJson()); }),
        route("GET", u"functions/status"_s, FnRead, [this](R req, C, P) { return activation(req); }),
        route("POST", u"functions/status"_s, FnWrite, [this](R req, C, P) { return activation(req); }),
        route("GET", u"functions/{id}"_s, FnRead, [this](R, C c, P) { return getFunction(c.ids[0]); }),
        route("POST", u"functions/{id}/call"_s, FnRun, [this](R req, C c, P who) { return callFunction(req, c.ids[0], who); }),
        route("POST", u"functions/{id}/calls/list"_s, FnRead, [this](R req, C c, P) { return listCalls(req, c.ids[0]); }),
        route("POST", u"functions/{id}/calls/byids"_s, FnRead, [this](R req, C c, P) { return callsByIds(req, c.ids[0]); }),
        route("GET", u"functions/{id}/calls/{id}"_s, FnRead, [this](R, C c, P) { return getCall(c.ids[0], c.ids[1]); }),
        route("GET", u"functions/{id}/calls/{id}/response"_s, FnRead, [this](R, C c, P) { return callResponse(c.ids[0], c.ids[1]); }),
        route("GET", u"functions/{id}/calls/{id}/logs"_s, FnRead, [this](R, C c, P) { return callLogs(c.ids[0], c.ids[1]); }),
        route("POST", u"functions/schedules"_s, FnWrite, [this](R req, C, P) { return createSchedule(req); }),
        route("GET", u"functions/schedules"_s, FnRead, [this](R req, C, P) { return listSchedules(req); }),
        route("POST", u"functions/schedules/list"_s, FnRead, [this](R req, C, P) { return listSchedules(req); }),
        route("POST", u"functions/schedules/byids"_s, FnRead, [this](R req, C, P) { return schedulesByIds(req); }),
        route("POST", u"functions/schedules/delete"_s, FnWrite, [this](R req, C, P) { return deleteSchedules(req); }),
        route("GET", u"functions/schedules/{id}"_s, FnRead, [this](R, C c, P) { return getSchedule(c.ids[0]); }),
        route("GET", u"functions/schedules/{id}/input_data"_s, FnRead, [this](R, C c, P) { return scheduleInputData(c.ids[0]); }),
        // Writing into a data set may take only that set's scope; createFile checks which.
        route("POST", u"files"_s, FilesWrite + u"|files:write@dataset:*"_s, [this](R req, C, P who) { return m_files.createFile(req, who); }),
        route("POST", u"files/byids"_s, FilesRead, [this](R req, C, P) { return m_files.filesByIds(req); }),
        // CDF asks datasetsAcl:READ; here a principal that may read files may read data sets too.
        route("POST", u"datasets/byids"_s, u"datasets:read|files:read"_s, [this](R req, C, P) { return m_files.dataSetsByIds(req); }),
        route("POST", u"files/downloadlink"_s, FilesRead, [this](R req, C, P) { return m_files.downloadLinks(req); }),
        route("POST", u"files/delete"_s, FilesWrite, [this](R req, C, P) { return m_files.deleteFiles(req); }),
        route("POST", u"sessions"_s, u"sessions:create"_s, [this](R req, C, P who) { return m_files.createSession(req, who); }),
        route("GET", u"sessions"_s, u"sessions:list"_s, [this](R req, C, P) { return m_files.listSessions(req); }),
        route("POST", u"sessions/byids"_s, u"sessions:list"_s, [this](R req, C, P) { return m_files.sessionsByIds(req, false); }),
        route("POST", u"sessions/revoke"_s, u"sessions:delete"_s, [this](R req, C, P) { return m_files.sessionsByIds(req, true); }),
    };
}

HttpResponse EmulatorServer::dispatch(const HttpRequest &rawReq)
{
    HttpRequest req = rawReq;
    if (req.header("content-encoding").toLower() == "gzip") {
        // Inflate only for a signed-in caller (the token endpoint takes form bodies, never gzip),
        // and only up to a cap: a gzip bomb costs nothing to send.
        HttpResponse denied;
        if (!m_auth.authenticate(req, &denied))
            return denied;
        if (!req.body.startsWith("\x1f\x8b"))
            return HttpResponse::error(400, u"The request body is marked Content-Encoding: gzip but is not gzip data."_s);
        const auto inflated = Gzip::decompress(req.body, m_config.maxInflatedBodyBytes);
        if (!inflated)
            return HttpResponse::error(413,
                                       u"The gzip request body is damaged, or inflates to more than %1 MB, the most the emulator accepts."_s.arg(
                                           m_config.maxInflatedBodyBytes / (1024 * 1024)));
        req.body = *inflated;
    }
    const QStringList segs = req.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    Captures captures;
    for (const Route &r : std::as_const(m_publicRoutes))
        if (r.matches(req.method, segs, &captures))
            return r.handle(req, captures, Principal{});
    if (segs.size() >= 4 && segs[0] == u"api"_s && segs[1] == u"v1"_s && segs[2] == u"projects"_s) {
        HttpResponse failure;
        const auto who = m_auth.authenticate(req, &failure);
        if (!who)
            return failure;
        if (segs[3] != m_config.project)
            return HttpResponse::error(
                403, u"Forbidden: the token has no access to project \"%1\"; this emulator serves project \"%2\"."_s.arg(segs[3], m_config.project));
        const QStringList s = segs.mid(4);
        for (const Route &r : std::as_const(m_projectRoutes)) {
            if (!r.matches(req.method, s, &captures))
                continue;
            if (auto e = EmulatorAuth::requireCapability(*who, r.capability))
                return *e;
            return r.handle(req, captures, *who);
        }
        return HttpResponse::error(404,
                                   u"Not found: %1 /api/v1/projects/%2/%3 is not an endpoint of the CDF Functions API"_s.arg(
                                       QString::fromLatin1(req.method), m_config.project, s.join(QLatin1Char('/'))));
    }
    return HttpResponse::error(404, u"Not found: %1 %2"_s.arg(QString::fromLatin1(req.method), req.path));
}

} // namespace fstudio::emulator
