#include "api/auth/secretstore.h"

#include <QTimer>

namespace fstudio::api {

namespace {
void deliver(QObject *context, const SecretStore::Callback &done, const SecretStore::Result &r)
{
    if (done && context)
        QTimer::singleShot(0, context, [done, r] { done(r); });
}
} // namespace

void MemorySecretStore::read(const QString &key, QObject *context, Callback done)
{
    Result r;
    if (m_values.contains(key))
        r.value = m_values.value(key);
    else
        r.status = Status::NotFound;
    deliver(context, done, r);
}

void MemorySecretStore::write(const QString &key, const QString &value, QObject *context, Callback done)
{
    m_values.insert(key, value);
    deliver(context, done, Result{});
}

void MemorySecretStore::remove(const QString &key, QObject *context, Callback done)
{
    m_values.remove(key);
    deliver(context, done, Result{});
}

} // namespace fstudio::api
