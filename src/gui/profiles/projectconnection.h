#pragma once

#include "gui/profiles/profile.h"

#include "api/auth/noncesource.h"
#include "api/auth/secretstore.h"
#include "api/auth/tokenprovider.h"
#include "api/transport/cdfclient.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

namespace fstudio::gui {

// Everything needed to talk to the project of one profile: the client, its token provider, and
// the credentials to use for call/schedule sessions.
class ProjectConnection : public QObject
{
    Q_OBJECT

public:
    // For the local emulator: where it listens, and its client secret (from its data dir).
    struct Emulator
    {
        QUrl url;
        QString clientSecret;
    };
    ProjectConnection(const Profile &profile, api::SecretStore *secrets, const Emulator &emulator = {}, QObject *parent = nullptr);

    api::CdfClient *client() const { return m_client.get(); }
    api::TokenProvider *tokens() const { return m_tokens; }
    const Profile &profile() const { return m_profile; }
    api::NonceSource nonceSource() const;
    QString problem() const { return m_problem; }

Q_SIGNALS:
    // For device code sign-in: show the code and the URL.
    void deviceCode(const QUrl &verificationUri, const QString &userCode, const QString &message);
    void openBrowser(const QUrl &url);

private:
    Profile m_profile;
    QString m_emulatorSecret;
    api::SecretStore *m_secrets;
    std::unique_ptr<api::CdfClient> m_client;
    QPointer<api::TokenProvider> m_tokens;
    QString m_problem;
};

} // namespace fstudio::gui
