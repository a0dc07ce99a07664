#include "gui/profiles/profiledialog.h"

#include "ui_profiledialog.h"

#include "gui/profiles/profilestore.h"
#include "gui/profiles/projectconnection.h"
#include "gui/widgets/messageboxes.h"
#include "gui/widgets/tones.h"

#include "api/auth/oauthsettings.h"
#include "api/services/functionsservice.h"
#include "api/services/tokenservice.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

ProfileDialog::ProfileDialog(const Profile &profile, api::SecretStore *stored, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileDialog>())
    , m_base(profile)
    , m_stored(stored)
{
    m_ui->setupUi(this); // ui/profiles/profiledialog.ui
    setObjectName(u"profileDialog"_s);
    setWindowTitle(profile.name.isEmpty() ? tr("New profile") : tr("Profile: %1").arg(profile.name));
    QPushButton *import = m_ui->importEnv;
    QPushButton *discover = m_ui->discover;
    for (auto m : {Profile::Method::ClientCredentials, Profile::Method::Interactive, Profile::Method::DeviceCode, Profile::Method::StaticToken})
        m_ui->method->addItem(Profile::methodName(m), int(m));
    m_ui->idp->addItem(tr("Microsoft Entra ID"), int(Profile::IdentityProvider::EntraId));
    m_ui->idp->addItem(tr("Other OpenID Connect provider"), int(Profile::IdentityProvider::GenericOidc));
    m_ui->secret->setEchoMode(QLineEdit::Password);
    auto *reveal = m_ui->secret->addAction(QIcon(u":/icons/view-reveal.svg"_s), QLineEdit::TrailingPosition);
    reveal->setObjectName(u"showSecret"_s);
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show the secret"));
    connect(reveal, &QAction::toggled, this, [this, reveal](bool shown) {
        m_ui->secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        reveal->setToolTip(shown ? tr("Hide the secret") : tr("Show the secret"));
    });
    m_ui->tenant->setToolTip(tr("Directory (tenant) ID: Azure portal ▸ Microsoft Entra ID ▸ App registrations ▸ your app ▸ Overview."));
    m_ui->clientId->setToolTip(tr("Application (client) ID: Azure portal ▸ Microsoft Entra ID ▸ App registrations ▸ your app ▸ Overview."));
    m_ui->signInBox->hide();
    m_testTimer.setSingleShot(true);
    connect(&m_testTimer, &QTimer::timeout, this, [this] {
        if (!m_testing)
            return;
        const int ms = m_testTimer.interval();
        const QString limit = ms >= 60000 ? tr("%n minute(s)", nullptr, ms / 60000) : tr("%n second(s)", nullptr, ms / 1000);
        appendResult(false,
                     tr("The test did not finish within %1 and was stopped. Check the network and the proxy setting, then test again.").arg(limit));
        m_testConnection.reset(); // ends the sign-in (its loopback listener) and the requests
        finishTest(false);
    });
    connect(m_ui->openSignIn, &QPushButton::clicked, this, [this] {
        if (!QDesktopServices::openUrl(QUrl(m_ui->signInAddress->text())))
            appendResult(false, tr("No browser could be opened: copy the address and open it in a browser yourself."));
    });
    connect(m_ui->copySignIn, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_signInCode.isEmpty() ? m_ui->signInAddress->text() : m_signInCode); });
    m_entraRows = {m_ui->tenant};
    m_oidcRows = {m_ui->issuerRow, m_ui->tokenUrl, m_ui->authorizeUrl, m_ui->deviceCodeUrl};
    m_oauthRows = {m_ui->idp, m_ui->clientId, m_ui->scopes, m_ui->audience};

    m_ui->name->setText(profile.name);
    m_ui->cluster->setText(profile.cluster);
    m_ui->project->setText(profile.project);
    m_ui->method->setCurrentIndex(std::max(0, m_ui->method->findData(int(profile.method))));
    m_ui->idp->setCurrentIndex(std::max(0, m_ui->idp->findData(int(profile.idp))));
    m_ui->tenant->setText(profile.tenant);
    m_ui->tokenUrl->setText(profile.tokenUrl);
    m_ui->authorizeUrl->setText(profile.authorizeUrl);
    m_ui->deviceCodeUrl->setText(profile.deviceCodeUrl);
    m_ui->clientId->setText(profile.clientId);
    m_ui->scopes->setText(profile.scopes.join(QLatin1Char(' ')));
    m_ui->audience->setText(profile.audience);

    m_method = m_ui->method->currentIndex();
    // A profile that was saved before shows every problem it has at once; a new one only those of
    // fields the user edited, until Save or Test.
    m_showAll = !profile.name.isEmpty();
    for (QLineEdit *e : {m_ui->name, m_ui->cluster, m_ui->project, m_ui->tenant, m_ui->tokenUrl, m_ui->authorizeUrl, m_ui->deviceCodeUrl,
                         m_ui->clientId, m_ui->secret, m_ui->scopes, m_ui->audience}) {
        connect(e, &QLineEdit::textChanged, this, &ProfileDialog::updateState);
        connect(e, &QLineEdit::textEdited, this, [this, e] {
            if (!m_touched.contains(e->objectName())) {
                m_touched.insert(e->objectName());
                updateState();
            }
        });
    }
    connect(m_ui->method, &QComboBox::currentIndexChanged, this, &ProfileDialog::methodChanged);
    connect(m_ui->idp, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateState);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->testConnection, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(import, &QPushButton::clicked, this, [this] {
        MessageBoxes::chooseFile(this, tr("Import a Toolkit .env file"), QString(), tr(".env files (*.env .env*);;All files (*)"), false,
                                 [this](const QString &path) { importEnvFile(path); });
    });
    connect(discover, &QPushButton::clicked, this, [this] {
        auto *nam = new QNetworkAccessManager(this);
        appendProgress(tr("Reading %1/.well-known/openid-configuration…").arg(m_ui->issuer->text()));
        api::OAuthSettings::discover(nam, QUrl(m_ui->issuer->text().trimmed()), this,
                                     [this, nam](const api::OAuthSettings &s, const api::ApiError *e) {
                                         nam->deleteLater();
                                         if (e) {
                                             appendResult(false, e->userMessage());
                                             return;
                                         }
                                         m_ui->tokenUrl->setText(s.tokenUrl.toString());
                                         m_ui->authorizeUrl->setText(s.authorizeUrl.toString());
                                         m_ui->deviceCodeUrl->setText(s.deviceCodeUrl.toString());
                                         appendResult(true, tr("Found the token, authorization and device code URLs."));
                                     });
    });
    updateState();
    // Whether the typed secret of the profile as it was opened is stored (the answer comes back
    // later; until then the secret counts as missing). One read: each may ask the keychain to
    // unlock, and a refresh token is never typed here.
    const char *what = profile.secretInUse();
    if (m_stored && !profile.id.isEmpty() && what && qstrcmp(what, "refresh-token") != 0) {
        const QString key = profile.secretKey(what);
        m_stored->read(key, this, [this, key](const api::SecretStore::Result &r) {
            if (r.status == api::SecretStore::Status::Ok && !r.value.isEmpty()) {
                m_storedKey = key;
                updateState();
            }
        });
    }
}

ProfileDialog::~ProfileDialog() = default;

Profile ProfileDialog::profile() const
{
    Profile p = m_base;
    if (p.id.isEmpty())
        p.id = ProfileStore::newId();
    p.name = m_ui->name->text().trimmed();
    p.cluster = m_ui->cluster->text().trimmed();
    p.project = m_ui->project->text().trimmed();
    p.method = Profile::Method(m_ui->method->currentData().toInt());
    p.idp = Profile::IdentityProvider(m_ui->idp->currentData().toInt());
    p.tenant = m_ui->tenant->text().trimmed();
    p.tokenUrl = m_ui->tokenUrl->text().trimmed();
    p.authorizeUrl = m_ui->authorizeUrl->text().trimmed();
    p.deviceCodeUrl = m_ui->deviceCodeUrl->text().trimmed();
    p.clientId = m_ui->clientId->text().trimmed();
    p.scopes = m_ui->scopes->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    p.audience = m_ui->audience->text().trimmed();
    return p;
}

QString ProfileDialog::secret() const
{
    return m_ui->secret->text();
}

bool ProfileDialog::hasStoredSecret() const
{
    Profile p = profile();
    p.id = m_base.id;
    const char *what = p.secretInUse();
    return what && !m_storedKey.isEmpty() && p.secretKey(what) == m_storedKey;
}

bool ProfileDialog::secretRequired() const
{
    const auto m = Profile::Method(m_ui->method->currentData().toInt());
    return (m == Profile::Method::ClientCredentials || m == Profile::Method::StaticToken) && !hasStoredSecret();
}

QList<Profile::Problem> ProfileDialog::currentProblems() const
{
    QList<Profile::Problem> out = profile().problems();
    if (secretRequired() && m_ui->secret->text().isEmpty()) {
        const bool token = Profile::Method(m_ui->method->currentData().toInt()) == Profile::Method::StaticToken;
        Profile was = m_base;
        was.method = Profile::Method(m_ui->method->currentData().toInt());
        const bool moved = was.secretInUse() && !m_storedKey.isEmpty() && was.secretKey(was.secretInUse()) == m_storedKey;
        if (moved) // a secret is stored, but for another destination: it is never sent to the new one
            out << Profile::Problem{
                u"secret"_s,
                token ? tr("The cluster changed: paste the token again (the stored one is only ever sent to %1).").arg(was.secretDestination("token"))
                      : tr("The token URL, tenant or client id changed: enter the client secret again (the stored one is "
                           "only ever sent to %1).")
                            .arg(was.secretDestination("client-secret"))};
        else
            out << Profile::Problem{u"secret"_s,
                                    token ? tr("Paste the token (it is kept in the keychain).")
                                          : tr("Enter the client secret (it is kept in the keychain, never in settings files).")};
    }
    return out;
}

void ProfileDialog::updateState()
{
    const auto method = Profile::Method(m_ui->method->currentData().toInt());
    const bool oauth = method != Profile::Method::StaticToken;
    const bool entra = Profile::IdentityProvider(m_ui->idp->currentData().toInt()) == Profile::IdentityProvider::EntraId;
    auto show = [this](QWidget *w, bool visible) {
        w->setVisible(visible);
        if (QWidget *label = m_ui->form->labelForField(w))
            label->setVisible(visible);
    };
    for (QWidget *w : std::as_const(m_oauthRows))
        show(w, oauth);
    for (QWidget *w : std::as_const(m_entraRows))
        show(w, oauth && entra);
    for (QWidget *w : std::as_const(m_oidcRows))
        show(w, oauth && !entra);
    show(m_ui->secret, method == Profile::Method::ClientCredentials || method == Profile::Method::StaticToken);
    if (m_ui->secretLabel)
        m_ui->secretLabel->setText(method == Profile::Method::StaticToken ? tr("Token") : tr("Client secret"));
    const bool stored = hasStoredSecret();
    m_ui->secret->setPlaceholderText(stored ? tr("stored in the keychain; leave empty to keep it") : QString());

    const auto problems = currentProblems();
    QStringList lines;
    QSet<QString> bad;
    for (const auto &p : problems) {
        if (!m_showAll && !m_touched.contains(p.field))
            continue;
        lines << u"• "_s + p.message;
        bad.insert(p.field);
    }
    for (QLineEdit *e : findChildren<QLineEdit *>())
        e->setStyleSheet(bad.contains(e->objectName()) ? u"border: 1px solid %1;"_s.arg(Tones::foreground(Tone::Negative, palette()).name())
                                                       : QString());
    m_ui->problems->setText(lines.join(u"\n"_s));
    m_ui->problems->setVisible(!lines.isEmpty());
    // Save and Test stay pressable: pressed with problems left, they show all of them.
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_testing);
    m_ui->testConnection->setText(m_testing ? tr("Cancel test") : tr("Test connection"));
    updateHints();
}

void ProfileDialog::updateHints()
{
    const auto method = Profile::Method(m_ui->method->currentData().toInt());
    const bool entra = Profile::IdentityProvider(m_ui->idp->currentData().toInt()) == Profile::IdentityProvider::EntraId;
    const QUrl cdf = api::ConnectionConfig::baseUrlFrom(m_ui->cluster->text().trimmed());
    const bool knownCdf = cdf.isValid() && !cdf.host().isEmpty() && !m_ui->cluster->text().trimmed().isEmpty();
    // The scopes sign-in asks for when the field is left empty (Entra ID), for the cluster typed.
    if (entra) {
        const bool user = method == Profile::Method::Interactive || method == Profile::Method::DeviceCode;
        const QString scopes = knownCdf ? api::OAuthSettings::entraId(QString(), cdf, QString(), user).scopes.join(QLatin1Char(' '))
                                        : u"https://<cluster>.cognitedata.com/.default"_s + (user ? u" offline_access"_s : QString());
        m_ui->scopes->setPlaceholderText(tr("default: %1").arg(scopes));
    } else {
        m_ui->scopes->setPlaceholderText(
            tr("required, e.g. %1")
                .arg(knownCdf ? u"%1://%2/.default"_s.arg(cdf.scheme(), cdf.authority()) : u"https://<cluster>.cognitedata.com/.default"_s));
    }
    QStringList hint;
    switch (method) {
    case Profile::Method::Interactive:
        hint << tr("You sign in as yourself in the browser. Register the redirect URI %1 in the app registration (Entra ID: Authentication ▸ "
                   "Mobile and desktop applications); the port is chosen at each sign-in.")
                    .arg(u"http://127.0.0.1"_s);
        break;
    case Profile::Method::DeviceCode:
        hint << tr("You sign in as yourself with a code, on this or any other device. The app registration must allow public client flows "
                   "(Entra ID: Authentication ▸ Allow public client flows).");
        break;
    case Profile::Method::ClientCredentials:
        hint << tr("A service principal signs in with its client secret: for automation, not for a person. The secret is kept in the "
                   "keychain.");
        break;
    case Profile::Method::StaticToken:
        hint << tr("A token you got elsewhere; it is sent to the CDF URL only and stops working when it expires.");
        break;
    case Profile::Method::LocalEmulator: break;
    }
    if (method != Profile::Method::StaticToken && entra)
        hint << tr("Tenant and client id are on the app registration's Overview page (Azure portal ▸ Microsoft Entra ID ▸ App "
                   "registrations): \"Directory (tenant) ID\" and \"Application (client) ID\".");
    m_ui->methodHint->setText(hint.join(QLatin1Char(' ')));
    m_ui->methodHint->setVisible(!hint.isEmpty());
}

void ProfileDialog::methodChanged()
{
    const int index = m_ui->method->currentIndex();
    if (index != m_method) {
        // A secret typed for one method is never used by another: a client secret must not go to
        // CDF as a bearer token, nor a token to the identity provider.
        m_ui->secret->clear();
        m_touched.remove(u"secret"_s);
        m_method = index;
        hideSignIn();
        if (m_testing) {
            appendResult(false, tr("The sign-in method changed: the test was stopped."));
            m_testConnection.reset();
            finishTest(false);
        }
    }
    updateState();
}

void ProfileDialog::revealProblems()
{
    m_showAll = true;
    updateState();
    const auto problems = currentProblems();
    if (problems.isEmpty())
        return;
    if (auto *field = findChild<QWidget *>(problems.first().field); field && field->isVisible())
        field->setFocus();
}

void ProfileDialog::accept()
{
    if (!currentProblems().isEmpty()) {
        revealProblems();
        return;
    }
    cancelTest();
    QDialog::accept();
}

void ProfileDialog::importEnvFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        appendResult(false, tr("Cannot read %1: %2").arg(path, f.errorString()));
        return;
    }
    constexpr qint64 MaxEnvBytes = 1024 * 1024; // a .env file is a few lines; never read a huge file into memory
    if (f.size() > MaxEnvBytes) {
        appendResult(false,
                     tr("%1 is %2 MB: that is not a .env file (they are a few lines). Choose the .env file of your Toolkit project.")
                         .arg(path, QLocale().toString(double(f.size()) / (1024 * 1024), 'f', 1)));
        return;
    }
    importEnvText(QString::fromUtf8(f.read(MaxEnvBytes)), QFileInfo(path).fileName());
}

void ProfileDialog::importEnvText(const QString &text, const QString &fileName)
{
    const EnvImport imp = EnvImport::parse(text, fileName);
    const Profile &p = imp.profile;
    m_ui->name->setText(p.name);
    m_ui->cluster->setText(p.cluster);
    m_ui->project->setText(p.project);
    m_ui->method->setCurrentIndex(std::max(0, m_ui->method->findData(int(p.method))));
    m_ui->idp->setCurrentIndex(std::max(0, m_ui->idp->findData(int(p.idp))));
    m_ui->tenant->setText(p.tenant);
    m_ui->tokenUrl->setText(p.tokenUrl);
    m_ui->authorizeUrl->setText(p.authorizeUrl);
    m_ui->clientId->setText(p.clientId);
    m_ui->scopes->setText(p.scopes.join(QLatin1Char(' ')));
    m_ui->audience->setText(p.audience);
    if (!imp.secret.isEmpty())
        m_ui->secret->setText(imp.secret);
    m_ui->testResult->clear();
    m_showAll = true; // filled in at once: what is still missing is shown
    updateState();
    appendResult(true, tr("Imported %1.").arg(fileName.isEmpty() ? tr("the .env file") : fileName));
    for (const QString &w : imp.warnings)
        appendResult(false, w);
}

void ProfileDialog::appendResult(bool ok, const QString &text)
{
    m_ui->testResult->appendPlainText((ok ? u"✓ "_s : u"✗ "_s) + text);
    if (!ok)
        m_testOk = false;
}

void ProfileDialog::appendProgress(const QString &text)
{
    m_ui->testResult->appendPlainText(u"… "_s + text); // not a result: no ✓ before it is known
}

QString ProfileDialog::testReport() const
{
    return m_ui->testResult->toPlainText();
}

void ProfileDialog::setTestTimeouts(int userSignInMs, int otherMs)
{
    m_userSignInTimeoutMs = userSignInMs;
    m_otherTimeoutMs = otherMs;
}

QString ProfileDialog::signInAddress() const
{
    return m_ui->signInBox->isHidden() ? QString() : m_ui->signInAddress->text();
}

void ProfileDialog::showSignIn(const QUrl &address, const QString &code)
{
    m_signInCode = code;
    m_ui->signInAddress->setText(address.toString(QUrl::FullyEncoded));
    m_ui->signInAddress->setCursorPosition(0);
    if (code.isEmpty()) {
        const bool opened = QDesktopServices::openUrl(address);
        m_ui->signInText->setText(opened ? tr("Sign in in the browser window that opened. If none opened, open this address in a browser:")
                                         : tr("No browser could be opened: open this address in a browser to sign in:"));
        m_ui->copySignIn->setText(tr("Copy address"));
    } else {
        m_ui->signInText->setText(tr("Open this address in a browser, on this or any device, and enter the code %1:").arg(code));
        m_ui->copySignIn->setText(tr("Copy code"));
    }
    m_ui->signInBox->show();
}

void ProfileDialog::hideSignIn()
{
    m_signInCode.clear();
    m_ui->signInAddress->clear();
    m_ui->signInBox->hide();
}

void ProfileDialog::cancelTest()
{
    if (!m_testing)
        return;
    appendResult(false, tr("The test was cancelled."));
    m_testConnection.reset(); // ends the sign-in (its loopback listener) and the requests
    finishTest(false);
}

void ProfileDialog::finishTest(bool ok)
{
    m_testTimer.stop();
    m_testing = false;
    hideSignIn();
    updateState();
    Q_EMIT testFinished(ok && m_testOk);
}

void ProfileDialog::testConnection()
{
    if (m_testing) {
        cancelTest();
        return;
    }
    if (!currentProblems().isEmpty()) {
        revealProblems();
        return;
    }
    m_testing = true;
    m_testOk = true;
    m_ui->testResult->clear();
    updateState();
    Profile p = profile();
    p.id = m_base.id.isEmpty() ? u"profile-test"_s : m_base.id;
    // A typed secret is tested as typed; with none typed, the stored one (only ever for the
    // destination it was saved for: hasStoredSecret() compares the keys).
    const bool useStored = m_ui->secret->text().isEmpty() && hasStoredSecret() && m_stored
        && (p.method == Profile::Method::ClientCredentials || p.method == Profile::Method::StaticToken);
    if (!useStored) {
        m_testSecrets.write(p.secretKey("client-secret"), m_ui->secret->text(), nullptr, {});
        m_testSecrets.write(p.secretKey("token"), m_ui->secret->text(), nullptr, {});
    }
    // The connection owns the client; the test is its child, so both go together.
    m_testConnection = std::make_unique<ProjectConnection>(p, useStored ? m_stored : &m_testSecrets);
    auto *test = new api::ConnectionTest(m_testConnection->client(), m_testConnection->tokens(), p.project, m_testConnection.get());
    connect(test, &api::ConnectionTest::step, this, [this, p](const api::ConnectionTest::Step &s) { appendResult(s.ok, describe(s, p)); });
    connect(test, &api::ConnectionTest::finished, this, [this](bool ok) {
        if (m_testing)
            finishTest(ok);
    });
    connect(m_testConnection.get(), &ProjectConnection::openBrowser, this, [this](const QUrl &url) { showSignIn(url, {}); });
    connect(m_testConnection.get(), &ProjectConnection::deviceCode, this,
            [this](const QUrl &uri, const QString &code, const QString &) { showSignIn(uri, code); });
    appendProgress(tr("Signing in with %1…").arg(Profile::methodName(p.method)));
    m_testTimer.start(p.signsInAsUser() ? m_userSignInTimeoutMs : m_otherTimeoutMs);
    test->start();
}

QString ProfileDialog::describe(const api::ConnectionTest::Step &s, const Profile &p) const
{
    using Check = api::ConnectionTest::Check;
    if (s.error)
        return s.error->userMessage();
    switch (s.check) {
    case Check::SignIn: return tr("Signed in: got a token.");
    case Check::ProjectAccess:
        if (s.ok)
            return tr("Project \"%1\" is accessible to %2.").arg(p.project, s.subject);
        return tr("The principal %1 has no access to project \"%2\". Projects it can use: %3.")
            .arg(s.subject, p.project, s.projects.isEmpty() ? tr("none") : s.projects.join(u", "_s));
    case Check::Capabilities: {
        if (s.missing.isEmpty())
            return tr("All capabilities Functions Studio needs are granted.");
        QStringList lines;
        for (const QString &m : s.missing)
            lines << tr("Missing capability: %1").arg(api::TokenInspection::explain(m));
        return lines.join(u"\n✗ "_s);
    }
    case Check::Activation:
        if (s.ok)
            return tr("Functions is activated for this project.");
        return tr("Functions is not activated for this project (status: %1); you can request activation from the main window.")
            .arg(s.activation ? s.activation->text : QString());
    case Check::Limits: {
        const FunctionsLimits &l = *s.limits;
        return tr("Limits: timeout %1 min, CPU %L2–%L3, memory %L4–%L5 GB, runtimes %6.")
            .arg(l.timeoutMinutes)
            .arg(l.cpuCores.min)
            .arg(l.cpuCores.max)
            .arg(l.memoryGb.min)
            .arg(l.memoryGb.max)
            .arg(l.runtimes.join(u", "_s));
    }
    }
    return {};
}

} // namespace fstudio::gui
