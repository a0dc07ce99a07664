#include "profiledialog.h"

#include "profilestore.h"
#include "projectconnection.h"

#include "api/functionsservice.h"
#include "api/oauthsettings.h"
#include "api/sessionsservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSet>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

ProfileDialog::ProfileDialog(const Profile &profile, bool secretStored, QWidget *parent)
    : QDialog(parent)
    , m_base(profile)
    , m_secretStored(secretStored)
{
    setObjectName(u"profileDialog"_s);
    setWindowTitle(profile.name.isEmpty() ? tr("New profile") : tr("Profile: %1").arg(profile.name));
    resize(640, 720);
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    layout->addLayout(m_form);

    m_name = addLine(u"name"_s, tr("Name"), m_form, tr("e.g. Production (westeurope-1)"));
    m_cluster = addLine(u"cluster"_s, tr("CDF cluster or URL"), m_form, tr("westeurope-1, or https://…"));
    m_project = addLine(u"project"_s, tr("Project"), m_form, tr("the project's URL name"));
    m_method = new QComboBox;
    m_method->setObjectName(u"method"_s);
    for (auto m : {Profile::Method::ClientCredentials, Profile::Method::Interactive, Profile::Method::DeviceCode, Profile::Method::StaticToken})
        m_method->addItem(Profile::methodName(m), int(m));
    m_form->addRow(tr("Sign-in method"), m_method);
    m_idp = new QComboBox;
    m_idp->setObjectName(u"idp"_s);
    m_idp->addItem(tr("Microsoft Entra ID"), int(Profile::IdentityProvider::EntraId));
    m_idp->addItem(tr("Other OpenID Connect provider"), int(Profile::IdentityProvider::GenericOidc));
    m_form->addRow(tr("Identity provider"), m_idp);
    m_tenant = addLine(u"tenant"_s, tr("Tenant"), m_form, tr("tenant id or domain"));
    m_issuer = new QLineEdit;
    m_issuer->setObjectName(u"issuer"_s);
    m_issuer->setPlaceholderText(tr("issuer URL, to fill the URLs below"));
    auto *discover = new QPushButton(tr("Discover"));
    discover->setObjectName(u"discover"_s);
    auto *issuerRow = new QWidget;
    auto *ir = new QHBoxLayout(issuerRow);
    ir->setContentsMargins(0, 0, 0, 0);
    ir->addWidget(m_issuer);
    ir->addWidget(discover);
    m_form->addRow(tr("Issuer"), issuerRow);
    m_tokenUrl = addLine(u"tokenUrl"_s, tr("Token URL"), m_form);
    m_authorizeUrl = addLine(u"authorizeUrl"_s, tr("Authorization URL"), m_form);
    m_deviceCodeUrl = addLine(u"deviceCodeUrl"_s, tr("Device code URL"), m_form);
    m_clientId = addLine(u"clientId"_s, tr("Client id"), m_form);
    m_secret = addLine(u"secret"_s, tr("Client secret"), m_form);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secretLabel = qobject_cast<QLabel *>(m_form->labelForField(m_secret));
    m_scopes = addLine(u"scopes"_s, tr("Scopes"), m_form, tr("default: https://{cluster}.cognitedata.com/.default"));
    m_audience = addLine(u"audience"_s, tr("Audience"), m_form, tr("only if your identity provider needs it"));
    m_entraRows = {m_tenant};
    m_oidcRows = {issuerRow, m_tokenUrl, m_authorizeUrl, m_deviceCodeUrl};
    m_oauthRows = {m_idp, m_clientId, m_scopes, m_audience};

    m_problems = new QLabel;
    m_problems->setObjectName(u"problems"_s);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: #c62828;"_s);
    layout->addWidget(m_problems);

    auto *row = new QHBoxLayout;
    auto *import = new QPushButton(tr("Import .env…"));
    import->setObjectName(u"importEnv"_s);
    m_test = new QPushButton(tr("Test connection"));
    m_test->setObjectName(u"testConnection"_s);
    row->addWidget(import);
    row->addStretch();
    row->addWidget(m_test);
    layout->addLayout(row);
    m_testResult = new QPlainTextEdit;
    m_testResult->setObjectName(u"testResult"_s);
    m_testResult->setReadOnly(true);
    m_testResult->setPlaceholderText(tr("Test the connection to check sign-in, project access, activation, limits and capabilities."));
    layout->addWidget(m_testResult, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(u"buttons"_s);
    layout->addWidget(m_buttons);

    m_name->setText(profile.name);
    m_cluster->setText(profile.cluster);
    m_project->setText(profile.project);
    m_method->setCurrentIndex(std::max(0, m_method->findData(int(profile.method))));
    m_idp->setCurrentIndex(std::max(0, m_idp->findData(int(profile.idp))));
    m_tenant->setText(profile.tenant);
    m_tokenUrl->setText(profile.tokenUrl);
    m_authorizeUrl->setText(profile.authorizeUrl);
    m_deviceCodeUrl->setText(profile.deviceCodeUrl);
    m_clientId->setText(profile.clientId);
    m_scopes->setText(profile.scopes.join(QLatin1Char(' ')));
    m_audience->setText(profile.audience);

    for (QLineEdit *e : {m_name, m_cluster, m_project, m_tenant, m_tokenUrl, m_authorizeUrl, m_deviceCodeUrl, m_clientId, m_secret, m_scopes, m_audience})
        connect(e, &QLineEdit::textChanged, this, &ProfileDialog::updateState);
    connect(m_method, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateState);
    connect(m_idp, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a Toolkit .env file"), QString(), tr(".env files (*.env .env*);;All files (*)"));
        if (path.isEmpty())
            return;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            appendResult(false, tr("Cannot read %1: %2").arg(path, f.errorString()));
            return;
        }
        importEnvText(QString::fromUtf8(f.readAll()), QFileInfo(path).fileName());
    });
    connect(discover, &QPushButton::clicked, this, [this] {
        auto *nam = new QNetworkAccessManager(this);
        appendResult(true, tr("Reading %1/.well-known/openid-configuration…").arg(m_issuer->text()));
        api::OAuthSettings::discover(nam, QUrl(m_issuer->text().trimmed()), this, [this, nam](const api::OAuthSettings &s, const api::ApiError *e) {
            nam->deleteLater();
            if (e) {
                appendResult(false, e->userMessage());
                return;
            }
            m_tokenUrl->setText(s.tokenUrl.toString());
            m_authorizeUrl->setText(s.authorizeUrl.toString());
            m_deviceCodeUrl->setText(s.deviceCodeUrl.toString());
            appendResult(true, tr("Found the token, authorization and device code URLs."));
        });
    });
    updateState();
}

ProfileDialog::~ProfileDialog() = default;

QLineEdit *ProfileDialog::addLine(const QString &objectName, const QString &label, QFormLayout *form, const QString &placeholder)
{
    auto *e = new QLineEdit;
    e->setObjectName(objectName);
    e->setPlaceholderText(placeholder);
    form->addRow(label, e);
    return e;
}

Profile ProfileDialog::profile() const
{
    Profile p = m_base;
    if (p.id.isEmpty())
        p.id = ProfileStore::newId();
    p.name = m_name->text().trimmed();
    p.cluster = m_cluster->text().trimmed();
    p.project = m_project->text().trimmed();
    p.method = Profile::Method(m_method->currentData().toInt());
    p.idp = Profile::IdentityProvider(m_idp->currentData().toInt());
    p.tenant = m_tenant->text().trimmed();
    p.tokenUrl = m_tokenUrl->text().trimmed();
    p.authorizeUrl = m_authorizeUrl->text().trimmed();
    p.deviceCodeUrl = m_deviceCodeUrl->text().trimmed();
    p.clientId = m_clientId->text().trimmed();
    p.scopes = m_scopes->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    p.audience = m_audience->text().trimmed();
    return p;
}

QString ProfileDialog::secret() const
{
    return m_secret->text();
}

bool ProfileDialog::secretRequired() const
{
    const auto m = Profile::Method(m_method->currentData().toInt());
    return (m == Profile::Method::ClientCredentials || m == Profile::Method::StaticToken) && !m_secretStored;
}

QList<Profile::Problem> ProfileDialog::currentProblems() const
{
    QList<Profile::Problem> out = profile().problems();
    if (secretRequired() && m_secret->text().isEmpty()) {
        const bool token = Profile::Method(m_method->currentData().toInt()) == Profile::Method::StaticToken;
        out << Profile::Problem{u"secret"_s, token ? tr("Paste the token (it is kept in the keychain).")
                                                  : tr("Enter the client secret (it is kept in the keychain, never in settings files).")};
    }
    return out;
}

void ProfileDialog::updateState()
{
    const auto method = Profile::Method(m_method->currentData().toInt());
    const bool oauth = method != Profile::Method::StaticToken;
    const bool entra = Profile::IdentityProvider(m_idp->currentData().toInt()) == Profile::IdentityProvider::EntraId;
    auto show = [this](QWidget *w, bool visible) {
        w->setVisible(visible);
        if (QWidget *label = m_form->labelForField(w))
            label->setVisible(visible);
    };
    for (QWidget *w : std::as_const(m_oauthRows))
        show(w, oauth);
    for (QWidget *w : std::as_const(m_entraRows))
        show(w, oauth && entra);
    for (QWidget *w : std::as_const(m_oidcRows))
        show(w, oauth && !entra);
    show(m_secret, method == Profile::Method::ClientCredentials || method == Profile::Method::StaticToken);
    if (m_secretLabel)
        m_secretLabel->setText(method == Profile::Method::StaticToken ? tr("Token") : tr("Client secret"));
    m_secret->setPlaceholderText(m_secretStored ? tr("stored in the keychain; leave empty to keep it") : QString());

    const auto problems = currentProblems();
    QStringList lines;
    QSet<QString> bad;
    for (const auto &p : problems) {
        lines << u"• "_s + p.message;
        bad.insert(p.field);
    }
    for (QLineEdit *e : findChildren<QLineEdit *>())
        e->setStyleSheet(bad.contains(e->objectName()) && !e->text().isEmpty() ? u"border: 1px solid #c62828;"_s : QString());
    m_problems->setText(lines.join(u"\n"_s));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
    m_test->setEnabled(problems.isEmpty() && !m_testing);
}

void ProfileDialog::importEnvText(const QString &text, const QString &fileName)
{
    const EnvImport imp = EnvImport::parse(text, fileName);
    const Profile &p = imp.profile;
    m_name->setText(p.name);
    m_cluster->setText(p.cluster);
    m_project->setText(p.project);
    m_method->setCurrentIndex(std::max(0, m_method->findData(int(p.method))));
    m_idp->setCurrentIndex(std::max(0, m_idp->findData(int(p.idp))));
    m_tenant->setText(p.tenant);
    m_tokenUrl->setText(p.tokenUrl);
    m_authorizeUrl->setText(p.authorizeUrl);
    m_clientId->setText(p.clientId);
    m_scopes->setText(p.scopes.join(QLatin1Char(' ')));
    m_audience->setText(p.audience);
    if (!imp.secret.isEmpty())
        m_secret->setText(imp.secret);
    m_testResult->clear();
    appendResult(true, tr("Imported %1.").arg(fileName.isEmpty() ? tr("the .env file") : fileName));
    for (const QString &w : imp.warnings)
        appendResult(false, w);
}

void ProfileDialog::appendResult(bool ok, const QString &text)
{
    m_testResult->appendPlainText((ok ? u"✓ "_s : u"✗ "_s) + text);
    if (!ok)
        m_testOk = false;
}

QString ProfileDialog::testReport() const
{
    return m_testResult->toPlainText();
}

void ProfileDialog::testConnection()
{
    if (m_testing)
        return;
    m_testing = true;
    m_testOk = true;
    m_testResult->clear();
    updateState();
    const Profile p = profile();
    m_testSecrets.write(p.secretKey("client-secret"), m_secret->text(), {});
    m_testSecrets.write(p.secretKey("token"), m_secret->text(), {});
    m_testConnection = std::make_unique<ProjectConnection>(p, &m_testSecrets, QUrl());
    ProjectConnection *conn = m_testConnection.get();
    auto finish = [this](bool ok) {
        m_testing = false;
        updateState();
        Q_EMIT testFinished(ok && m_testOk);
    };
    appendResult(true, tr("Signing in with %1…").arg(Profile::methodName(p.method)));
    conn->tokens()->signIn(this, [this, conn, p, finish](const api::TokenResult &t) {
        if (!t) {
            appendResult(false, t.error().userMessage());
            finish(false);
            return;
        }
        appendResult(true, tr("Signed in: got a token."));
        api::TokenService(conn->client()).inspect().then(this, [this, conn, p, finish](const api::Pending<api::TokenInspection>::Result &r) {
            if (!r) {
                appendResult(false, r.error().userMessage());
                finish(false);
                return;
            }
            if (!r->projects.contains(p.project)) {
                appendResult(false, tr("The principal %1 has no access to project \"%2\". Projects it can use: %3.")
                                        .arg(r->subject, p.project, r->projects.isEmpty() ? tr("none") : r->projects.join(u", "_s)));
                finish(false);
                return;
            }
            appendResult(true, tr("Project \"%1\" is accessible to %2.").arg(p.project, r->subject));
            const QStringList missing = r->missingFor(p.project);
            if (missing.isEmpty())
                appendResult(true, tr("All capabilities Functions Studio needs are granted."));
            for (const QString &m : missing)
                appendResult(false, tr("Missing capability: %1").arg(api::TokenInspection::explain(m)));
            api::FunctionsService fs(conn->client());
            fs.activationStatus().then(this, [this, conn, finish](const api::Pending<ActivationStatus>::Result &a) {
                if (!a)
                    appendResult(false, a.error().userMessage());
                else if (a->state == ActivationState::Activated)
                    appendResult(true, tr("Functions is activated for this project."));
                else
                    appendResult(false, tr("Functions is not activated for this project (status: %1); you can request activation from the main window.").arg(a->text));
                api::FunctionsService(conn->client()).limits().then(this, [this, finish](const api::Pending<FunctionsLimits>::Result &l) {
                    if (!l) {
                        appendResult(false, l.error().userMessage());
                    } else {
                        appendResult(true, tr("Limits: timeout %1 min, CPU %2–%3, memory %4–%5 GB, runtimes %6.")
                                               .arg(l->timeoutMinutes)
                                               .arg(l->cpuCores.min)
                                               .arg(l->cpuCores.max)
                                               .arg(l->memoryGb.min)
                                               .arg(l->memoryGb.max)
                                               .arg(l->runtimes.join(u", "_s)));
                    }
                    finish(true);
                });
            });
        });
    });
}

} // namespace fstudio::gui
