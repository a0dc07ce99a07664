#include "gui/profiles/profilestore.h"

#include "core/util/dotenv.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>
#include <QUuid>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

QString ProfileStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QList<Profile> ProfileStore::load() const
{
    QSettings s;
    QList<Profile> out;
    const int n = s.beginReadArray(u"profiles"_s);
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        Profile p;
        p.id = s.value(u"id"_s).toString();
        p.name = s.value(u"name"_s).toString();
        p.cluster = s.value(u"cluster"_s).toString();
        p.project = s.value(u"project"_s).toString();
        // Enums are checked, never cast blindly: a settings file from a newer version (or edited
        // by hand) may hold a value this version does not know.
        bool ok = false;
        const int method = s.value(u"method"_s).toInt(&ok);
        if (ok && method >= int(Profile::Method::ClientCredentials) && method <= int(Profile::Method::LocalEmulator))
            p.method = Profile::Method(method);
        else
            p.settingsProblem = QCoreApplication::translate("ProfileStore",
                                                            "The sign-in method stored for this profile (%1) is not one this "
                                                            "version knows. Edit the profile and choose a sign-in method.")
                                    .arg(s.value(u"method"_s).toString());
        const int idp = s.value(u"idp"_s, 0).toInt(&ok);
        if (ok && (idp == int(Profile::IdentityProvider::EntraId) || idp == int(Profile::IdentityProvider::GenericOidc)))
            p.idp = Profile::IdentityProvider(idp);
        else if (p.settingsProblem.isEmpty())
            p.settingsProblem = QCoreApplication::translate("ProfileStore",
                                                            "The identity provider stored for this profile (%1) is not one this "
                                                            "version knows. Edit the profile and choose one.")
                                    .arg(s.value(u"idp"_s).toString());
        p.tenant = s.value(u"tenant"_s).toString();
        p.tokenUrl = s.value(u"tokenUrl"_s).toString();
        p.authorizeUrl = s.value(u"authorizeUrl"_s).toString();
        p.deviceCodeUrl = s.value(u"deviceCodeUrl"_s).toString();
        p.clientId = s.value(u"clientId"_s).toString();
        p.scopes = s.value(u"scopes"_s).toStringList();
        p.audience = s.value(u"audience"_s).toString();
        if (p.isLocalEmulator())
            p.name = Profile::localEmulator().name; // in the language of this start, not of the first one
        if (!p.id.isEmpty())
            out << p;
    }
    s.endArray();
    return out;
}

std::optional<Profile> ProfileStore::find(const QString &id) const
{
    for (const Profile &p : load())
        if (p.id == id)
            return p;
    return std::nullopt;
}

void ProfileStore::save(const Profile &p)
{
    QList<Profile> all = load();
    bool replaced = false;
    for (Profile &existing : all) {
        if (existing.id == p.id) {
            existing = p;
            replaced = true;
        }
    }
    if (!replaced)
        all << p;
    QSettings s;
    s.remove(u"profiles"_s);
    s.beginWriteArray(u"profiles"_s, int(all.size()));
    for (int i = 0; i < all.size(); ++i) {
        const Profile &q = all[i];
        s.setArrayIndex(i);
        s.setValue(u"id"_s, q.id);
        s.setValue(u"name"_s, q.name);
        s.setValue(u"cluster"_s, q.cluster);
        s.setValue(u"project"_s, q.project);
        s.setValue(u"method"_s, int(q.method));
        s.setValue(u"idp"_s, int(q.idp));
        s.setValue(u"tenant"_s, q.tenant);
        s.setValue(u"tokenUrl"_s, q.tokenUrl);
        s.setValue(u"authorizeUrl"_s, q.authorizeUrl);
        s.setValue(u"deviceCodeUrl"_s, q.deviceCodeUrl);
        s.setValue(u"clientId"_s, q.clientId);
        s.setValue(u"scopes"_s, q.scopes);
        s.setValue(u"audience"_s, q.audience);
    }
    s.endArray();
}

void ProfileStore::remove(const QString &id)
{
    QList<Profile> all = load();
    all.erase(std::remove_if(all.begin(), all.end(), [&](const Profile &p) { return p.id == id; }), all.end());
    QSettings s;
    s.remove(u"profiles"_s);
    for (const Profile &p : all)
        save(p);
}

QString ProfileStore::lastProfileId() const
{
    return QSettings().value(u"lastProfile"_s).toString();
}

void ProfileStore::setLastProfileId(const QString &id)
{
    QSettings().setValue(u"lastProfile"_s, id);
}

EnvImport EnvImport::parse(const QString &text, const QString &fileName)
{
    EnvImport out;
    const DotEnv env = DotEnv::parse(text);
    out.warnings = env.warnings;
    const QMap<QString, QString> &vars = env.values;
    Profile &p = out.profile;
    p.id = ProfileStore::newId();
    p.project = vars.value(u"CDF_PROJECT"_s);
    p.cluster = vars.contains(u"CDF_URL"_s) ? vars.value(u"CDF_URL"_s) : vars.value(u"CDF_CLUSTER"_s);
    p.name = p.project.isEmpty() ? (fileName.isEmpty() ? u"Imported profile"_s : fileName) : p.project;
    if (!vars.value(u"CDF_CLUSTER"_s).isEmpty())
        p.name += u" ("_s + vars.value(u"CDF_CLUSTER"_s) + u")"_s;
    p.clientId = vars.value(u"IDP_CLIENT_ID"_s);
    p.tenant = vars.value(u"IDP_TENANT_ID"_s);
    p.audience = vars.value(u"IDP_AUDIENCE"_s);
    p.scopes = vars.value(u"IDP_SCOPES"_s).split(QRegularExpression(u"[\\s,]+"_s), Qt::SkipEmptyParts);
    const QString flow = vars.value(u"LOGIN_FLOW"_s, vars.contains(u"CDF_TOKEN"_s) ? u"token"_s : u"client_credentials"_s).toLower();
    if (flow == u"client_credentials"_s)
        p.method = Profile::Method::ClientCredentials;
    else if (flow == u"interactive"_s)
        p.method = Profile::Method::Interactive;
    else if (flow == u"device_code"_s)
        p.method = Profile::Method::DeviceCode;
    else if (flow == u"token"_s)
        p.method = Profile::Method::StaticToken;
    else
        out.warnings << u"LOGIN_FLOW=%1 is not supported; using client credentials"_s.arg(flow);
    // Entra ID unless the token URL points elsewhere.
    const QString tokenUrl = vars.value(u"IDP_TOKEN_URL"_s);
    const QString authority = vars.value(u"IDP_AUTHORITY_URL"_s);
    if (!tokenUrl.isEmpty() && !tokenUrl.contains(u"login.microsoftonline.com"_s)) {
        p.idp = Profile::IdentityProvider::GenericOidc;
        p.tokenUrl = tokenUrl;
        if (!authority.isEmpty()) {
            QString a = authority;
            while (a.endsWith(QLatin1Char('/')))
                a.chop(1);
            p.authorizeUrl = a + u"/authorize"_s;
        }
    } else if (p.tenant.isEmpty() && !tokenUrl.isEmpty()) {
        static const QRegularExpression tenantRe(u"login\\.microsoftonline\\.com/([^/]+)/"_s);
        p.tenant = tenantRe.match(tokenUrl).captured(1);
    } else if (p.tenant.isEmpty() && !authority.isEmpty()) {
        static const QRegularExpression tenantRe(u"login\\.microsoftonline\\.com/([^/]+)"_s);
        p.tenant = tenantRe.match(authority).captured(1);
    }
    out.secret = p.method == Profile::Method::StaticToken ? vars.value(u"CDF_TOKEN"_s) : vars.value(u"IDP_CLIENT_SECRET"_s);
    if (p.method == Profile::Method::ClientCredentials && out.secret.isEmpty())
        out.warnings << u"IDP_CLIENT_SECRET is missing: enter the client secret in the profile"_s;
    return out;
}

} // namespace fstudio::gui
