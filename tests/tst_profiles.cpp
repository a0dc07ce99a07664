#include "gui/language.h"
#include "gui/profiles/profile.h"
#include "gui/profiles/profilestore.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace fstudio::gui;
using namespace Qt::StringLiterals;

class TestProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storeRoundTripKeepsNoSecrets();
    void problems_data();
    void problems();
    void envImport_data();
    void envImport();
    void localEmulatorIsNamedInTheLanguageOfThisStart();
};

void TestProfiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"functions-studio-tests"_s);
    QCoreApplication::setApplicationName(u"tst_profiles"_s);
    QSettings().clear();
}

void TestProfiles::storeRoundTripKeepsNoSecrets()
{
    ProfileStore store;
    Profile p;
    p.id = ProfileStore::newId();
    p.name = u"Prod"_s;
    p.cluster = u"westeurope-1"_s;
    p.project = u"prod"_s;
    p.method = Profile::Method::DeviceCode;
    p.idp = Profile::IdentityProvider::GenericOidc;
    p.tokenUrl = u"https://idp.example.com/token"_s;
    p.deviceCodeUrl = u"https://idp.example.com/device"_s;
    p.clientId = u"cid"_s;
    p.scopes = {u"a"_s, u"b"_s};
    p.audience = u"aud"_s;
    store.save(p);
    store.save(Profile::localEmulator());
    store.setLastProfileId(p.id);
    const auto all = store.load();
    QCOMPARE(all.size(), 2);
    const Profile &q = all.first();
    QCOMPARE(q.name, p.name);
    QCOMPARE(q.method, Profile::Method::DeviceCode);
    QCOMPARE(q.idp, Profile::IdentityProvider::GenericOidc);
    QCOMPARE(q.scopes, p.scopes);
    QCOMPARE(q.deviceCodeUrl, p.deviceCodeUrl);
    QCOMPARE(store.lastProfileId(), p.id);
    // Editing replaces, removing removes.
    p.name = u"Production"_s;
    store.save(p);
    QCOMPARE(store.load().first().name, u"Production"_s);
    store.remove(p.id);
    QCOMPARE(store.load().size(), 1);
    // Nothing secret-looking is in the settings file.
    QSettings s;
    for (const QString &k : s.allKeys())
        QVERIFY2((!k.contains(u"secret"_s, Qt::CaseInsensitive) && !k.contains(u"token"_s, Qt::CaseInsensitive)) || k.endsWith(u"tokenUrl"_s),
                 qPrintable(k));
}

void TestProfiles::problems_data()
{
    QTest::addColumn<QString>("cluster");
    QTest::addColumn<QString>("project");
    QTest::addColumn<int>("method");
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QStringList>("fields");
    const int cc = int(Profile::Method::ClientCredentials);
    QTest::newRow("complete") << u"westeurope-1"_s << u"prod"_s << cc << u"contoso"_s << u"cid"_s << QStringList{};
    QTest::newRow("nothing") << QString() << QString() << cc << QString() << QString()
                             << QStringList{u"cluster"_s, u"project"_s, u"clientId"_s, u"tenant"_s};
    QTest::newRow("http remote") << u"http://cdf.example.com"_s << u"prod"_s << cc << u"t"_s << u"c"_s << QStringList{u"cluster"_s};
    QTest::newRow("http loopback ok") << u"http://127.0.0.1:4000"_s << u"playground"_s << cc << u"t"_s << u"c"_s << QStringList{};
    QTest::newRow("bad project") << u"westeurope-1"_s << u"My Project"_s << cc << u"t"_s << u"c"_s << QStringList{u"project"_s};
    QTest::newRow("token needs no client") << u"westeurope-1"_s << u"prod"_s << int(Profile::Method::StaticToken) << QString() << QString()
                                           << QStringList{};
}

void TestProfiles::problems()
{
    QFETCH(QString, cluster);
    QFETCH(QString, project);
    QFETCH(int, method);
    QFETCH(QString, tenant);
    QFETCH(QString, clientId);
    QFETCH(QStringList, fields);
    Profile p;
    p.name = u"n"_s;
    p.cluster = cluster;
    p.project = project;
    p.method = Profile::Method(method);
    p.tenant = tenant;
    p.clientId = clientId;
    QStringList got;
    for (const auto &pr : p.problems()) {
        got << pr.field;
        QVERIFY(pr.message.size() > 15);
    }
    QCOMPARE(got, fields);
}

void TestProfiles::envImport_data()
{
    QTest::addColumn<QString>("env");
    QTest::addColumn<int>("method");
    QTest::addColumn<int>("idp");
    QTest::addColumn<QString>("cluster");
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("tokenUrl");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<int>("warnings");

    QTest::newRow("toolkit client credentials")
        << u"# Cognite Toolkit\nCDF_CLUSTER=westeurope-1\nCDF_PROJECT=my-proj\nLOGIN_FLOW=client_credentials\nIDP_TENANT_ID=contoso-tenant\n"
           "IDP_CLIENT_ID=abc\nIDP_CLIENT_SECRET=\"s3cr=t\"\n"_s
        << int(Profile::Method::ClientCredentials) << int(Profile::IdentityProvider::EntraId) << u"westeurope-1"_s << u"contoso-tenant"_s << QString()
        << u"s3cr=t"_s << 0;
    QTest::newRow("cdf url wins, tenant from token url")
        << u"CDF_URL=https://api.cognitedata.com\nCDF_CLUSTER=ignored\nCDF_PROJECT=p\nIDP_CLIENT_ID=a\nIDP_CLIENT_SECRET='x y'\n"
           "IDP_TOKEN_URL=https://login.microsoftonline.com/t123/oauth2/v2.0/token\n"_s
        << int(Profile::Method::ClientCredentials) << int(Profile::IdentityProvider::EntraId) << u"https://api.cognitedata.com"_s << u"t123"_s
        << QString() << u"x y"_s << 0;
    QTest::newRow("generic oidc")
        << u"export CDF_CLUSTER=bluefield\nCDF_PROJECT=p\nIDP_CLIENT_ID=a\nIDP_CLIENT_SECRET=b\nIDP_TOKEN_URL=https://auth.example.com/oauth/token\n"
           "IDP_AUDIENCE=https://cdf\nIDP_SCOPES=x,y\n"_s
        << int(Profile::Method::ClientCredentials) << int(Profile::IdentityProvider::GenericOidc) << u"bluefield"_s << QString()
        << u"https://auth.example.com/oauth/token"_s << u"b"_s << 0;
    QTest::newRow("token") << u"CDF_CLUSTER=c\nCDF_PROJECT=p\nCDF_TOKEN=eyJ.abc.def\n"_s << int(Profile::Method::StaticToken)
                           << int(Profile::IdentityProvider::EntraId) << u"c"_s << QString() << QString() << u"eyJ.abc.def"_s << 0;
    QTest::newRow("interactive with authority")
        << u"CDF_CLUSTER=c\nCDF_PROJECT=p\nLOGIN_FLOW=interactive\nIDP_CLIENT_ID=a\nIDP_AUTHORITY_URL=https://login.microsoftonline.com/tenant-9\n"_s
        << int(Profile::Method::Interactive) << int(Profile::IdentityProvider::EntraId) << u"c"_s << u"tenant-9"_s << QString() << QString() << 0;
    QTest::newRow("missing secret and junk")
        << u"CDF_CLUSTER=c\nCDF_PROJECT=p\nthis is not a variable\nIDP_CLIENT_ID=a # comment\nIDP_TENANT_ID=t\n"_s
        << int(Profile::Method::ClientCredentials) << int(Profile::IdentityProvider::EntraId) << u"c"_s << u"t"_s << QString() << QString() << 2;
}

void TestProfiles::envImport()
{
    QFETCH(QString, env);
    QFETCH(int, method);
    QFETCH(int, idp);
    QFETCH(QString, cluster);
    QFETCH(QString, tenant);
    QFETCH(QString, tokenUrl);
    QFETCH(QString, secret);
    QFETCH(int, warnings);
    const EnvImport imp = EnvImport::parse(env, u"test.env"_s);
    QCOMPARE(int(imp.profile.method), method);
    QCOMPARE(int(imp.profile.idp), idp);
    QCOMPARE(imp.profile.cluster, cluster);
    QCOMPARE(imp.profile.tenant, tenant);
    QCOMPARE(imp.profile.tokenUrl, tokenUrl);
    QCOMPARE(imp.secret, secret);
    QCOMPARE(imp.warnings.size(), warnings);
    QVERIFY(!imp.profile.id.isEmpty());
    QVERIFY(imp.profile.name.startsWith(u"p"_s) || imp.profile.name.startsWith(u"my-proj"_s));
    if (qstrcmp(QTest::currentDataTag(), "generic oidc") == 0) {
        QCOMPARE(imp.profile.scopes, (QStringList{u"x"_s, u"y"_s}));
        QCOMPARE(imp.profile.audience, u"https://cdf"_s);
    }
    if (qstrcmp(QTest::currentDataTag(), "missing secret and junk") == 0)
        QCOMPARE(imp.profile.clientId, u"a"_s);
}

QTEST_MAIN(TestProfiles)
#include "tst_profiles.moc"

// The built-in profile is saved at the first start; its name follows the language of each start.
void TestProfiles::localEmulatorIsNamedInTheLanguageOfThisStart()
{
    QSettings().clear();
    ProfileStore store;
    store.save(Profile::localEmulator()); // saved in English
    QVERIFY(installTranslators(u"de"_s));
    QCOMPARE(store.load().first().name, u"Lokaler Emulator"_s);
    installTranslators(u"en"_s);
    QCOMPARE(store.load().first().name, u"Local emulator"_s);
}
