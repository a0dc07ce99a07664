#pragma once

#include "api/auth/secretstore.h"

namespace fstudio::gui {

// The OS keychain (Secret Service on Linux) through QtKeychain, with the insecure plain-file
// fallback switched off. "Entry not found" means "not stored", not an error; a missing backend
// is reported as Unavailable so the GUI can offer a session-only fallback.
class KeychainSecretStore final : public api::SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("FunctionsStudio"));
    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &value, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

private:
    QString m_service;
};

} // namespace fstudio::gui
