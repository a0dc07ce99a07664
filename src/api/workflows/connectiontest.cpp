#include "api/workflows/connectiontest.h"

#include "api/auth/tokenprovider.h"
#include "api/services/functionsservice.h"
#include "api/transport/cdfclient.h"

#include <QCoreApplication>

namespace fstudio::api {

namespace {
// ConnectionTestText::tr(): under the context "ConnectionTest".
struct ConnectionTestText
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionTest)
};
} // namespace

ConnectionTest::ConnectionTest(CdfClient *client, TokenProvider *tokens, QString project, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_tokens(tokens)
    , m_project(std::move(project))
{
}

bool ConnectionTest::ok() const
{
    if (m_steps.isEmpty())
        return false;
    for (const Step &s : m_steps)
        if (!s.ok)
            return false;
    return true;
}

void ConnectionTest::report(Step s)
{
    m_steps << s;
    Q_EMIT step(s);
}

void ConnectionTest::start()
{
    if (!m_tokens) {
        Step s;
        s.check = Check::SignIn;
        s.error = ApiError{ApiError::Kind::Cancelled,
                           0,
                           0,
                           ConnectionTestText::tr("the connection was closed"),
                           {},
                           {},
                           {},
                           //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1.").
                           ConnectionTestText::tr("sign in")};
        report(s);
        finish();
        return;
    }
    m_tokens->signIn(this, [this](const TokenResult &t) {
        Step s;
        s.check = Check::SignIn;
        s.ok = t.hasValue();
        if (!t)
            s.error = t.error();
        report(s);
        if (!t) {
            finish();
            return;
        }
        inspect();
    });
}

void ConnectionTest::inspect()
{
    TokenService(m_client).inspect().then(this, [this](const Pending<TokenInspection>::Result &r) {
        Step access;
        access.check = Check::ProjectAccess;
        if (!r) {
            access.error = r.error();
            report(access);
            finish();
            return;
        }
        access.subject = r->subject;
        access.projects = r->projects;
        access.ok = r->projects.contains(m_project);
        report(access);
        if (!access.ok) {
            finish();
            return;
        }
        Step caps;
        caps.check = Check::Capabilities;
        caps.missing = r->missingFor(m_project);
        caps.ok = caps.missing.isEmpty();
        report(caps);
        activation();
    });
}

void ConnectionTest::activation()
{
    FunctionsService(m_client).activationStatus().then(this, [this](const Pending<ActivationStatus>::Result &a) {
        Step s;
        s.check = Check::Activation;
        if (a) {
            s.activation = *a;
            s.ok = a->state == ActivationState::Activated;
        } else {
            s.error = a.error();
        }
        report(s);
        limits();
    });
}

void ConnectionTest::limits()
{
    FunctionsService(m_client).limits().then(this, [this](const Pending<FunctionsLimits>::Result &l) {
        Step s;
        s.check = Check::Limits;
        if (l) {
            s.limits = *l;
            s.ok = true;
        } else {
            s.error = l.error();
        }
        report(s);
        finish();
    });
}

void ConnectionTest::finish()
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(ok());
}

} // namespace fstudio::api
