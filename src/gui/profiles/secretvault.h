#pragma once

#include "api/auth/secretstore.h"

#include <QObject>

namespace fstudio::gui {

// What the app uses: the keychain, and — only when the user agreed after the keychain proved
// unreachable — an in-memory store for this session. Never anything on disk.
class SecretVault final : public QObject, public api::SecretStore
{
    Q_OBJECT

public:
    explicit SecretVault(api::SecretStore *primary, QObject *parent = nullptr);
    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &value, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

    void allowSessionOnlyFallback(bool allow) { m_fallbackAllowed = allow; }
    bool usingSessionOnlyFallback() const { return m_fallbackAllowed && m_primaryUnavailable; }
    bool primaryUnavailable() const { return m_primaryUnavailable; }

private:
    api::SecretStore *m_primary;
    api::MemorySecretStore m_memory;
    bool m_fallbackAllowed = false;
    bool m_primaryUnavailable = false;
};

} // namespace fstudio::gui
