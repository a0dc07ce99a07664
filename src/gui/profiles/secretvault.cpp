#include "gui/profiles/secretvault.h"

#include <QPointer>

namespace fstudio::gui {

using Status = api::SecretStore::Status;

SecretVault::SecretVault(api::SecretStore *primary, QObject *parent)
    : QObject(parent)
    , m_primary(primary)
{
}

// The primary store answers to the vault (its context); the vault answers the caller only while
// the caller's context lives.
void SecretVault::read(const QString &key, QObject *context, Callback done)
{
    if (usingSessionOnlyFallback()) {
        m_memory.read(key, context, done);
        return;
    }
    m_primary->read(key, this, [this, key, ctx = QPointer<QObject>(context), done](const Result &r) {
        if (r.status == Status::Unavailable) {
            m_primaryUnavailable = true;
            if (m_fallbackAllowed) {
                m_memory.read(key, ctx, done);
                return;
            }
        }
        if (done && ctx)
            done(r);
    });
}

void SecretVault::write(const QString &key, const QString &value, QObject *context, Callback done)
{
    if (usingSessionOnlyFallback()) {
        m_memory.write(key, value, context, done);
        return;
    }
    m_primary->write(key, value, this, [this, key, value, ctx = QPointer<QObject>(context), done](const Result &r) {
        if (r.status == Status::Unavailable) {
            m_primaryUnavailable = true;
            if (m_fallbackAllowed) {
                m_memory.write(key, value, ctx, done);
                return;
            }
        }
        if (done && ctx)
            done(r);
    });
}

void SecretVault::remove(const QString &key, QObject *context, Callback done)
{
    m_memory.remove(key, nullptr, {});
    if (usingSessionOnlyFallback()) {
        m_memory.remove(key, context, done);
        return;
    }
    m_primary->remove(key, this, [this, ctx = QPointer<QObject>(context), done](const Result &r) {
        if (r.status == Status::Unavailable)
            m_primaryUnavailable = true;
        if (done && ctx)
            done(r);
    });
}

} // namespace fstudio::gui
