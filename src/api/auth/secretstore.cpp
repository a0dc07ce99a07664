#include "api/auth/secretstore.h"

#include <QTimer>

namespace fstudio::api {

void MemorySecretStore::read(const QString &key, Callback done)
{
    Result r;
    if (m_values.contains(key))
        r.value = m_values.value(key);
    else
        r.status = Status::NotFound;
    QTimer::singleShot(0, [done, r] { if (done) done(r); });
}

void MemorySecretStore::write(const QString &key, const QString &value, Callback done)
{
    m_values.insert(key, value);
    QTimer::singleShot(0, [done] { if (done) done(Result{}); });
}

void MemorySecretStore::remove(const QString &key, Callback done)
{
    m_values.remove(key);
    QTimer::singleShot(0, [done] { if (done) done(Result{}); });
}

} // namespace fstudio::api
