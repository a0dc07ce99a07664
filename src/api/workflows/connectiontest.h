#pragma once

#include "api/services/sessionsservice.h"
#include "api/services/tokenservice.h"
#include "api/transport/apierror.h"

#include "core/wire/activationstatus.h"
#include "core/wire/functionslimits.h"

#include <QObject>
#include <QPointer>

namespace fstudio::api {

class CdfClient;
class TokenProvider;

// "Test connection" for a profile: sign in, check access to the project, the capabilities the
// app needs, whether Functions is activated, and read the limits. Each check is reported as a
// structured Step (the GUI words it); a failed sign-in or project access stops the test.
class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    enum class Check { SignIn, ProjectAccess, Capabilities, Activation, Limits };
    Q_ENUM(Check)
    struct Step
    {
        Check check = Check::SignIn;
        bool ok = false;
        std::optional<ApiError> error;
        QString subject; // ProjectAccess
        QStringList projects; // ProjectAccess: the projects the principal can use
        QStringList missing; // Capabilities: missing capability names
        std::optional<ActivationStatus> activation;
        std::optional<FunctionsLimits> limits;
    };

    ConnectionTest(CdfClient *client, TokenProvider *tokens, QString project, QObject *parent = nullptr);
    void start();
    QList<Step> steps() const { return m_steps; }
    bool ok() const;

Q_SIGNALS:
    void step(const fstudio::api::ConnectionTest::Step &step);
    void finished(bool ok);

private:
    void report(Step s);
    void inspect();
    void activation();
    void limits();
    void finish();

    QPointer<CdfClient> m_client;
    QPointer<TokenProvider> m_tokens;
    QString m_project;
    QList<Step> m_steps;
    bool m_done = false;
};

} // namespace fstudio::api
