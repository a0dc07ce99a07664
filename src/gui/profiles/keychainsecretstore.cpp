#include "gui/profiles/keychainsecretstore.h"

#include <QPointer>

#include <qt6keychain/keychain.h>

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcKeychain, "fstudio.keychain", QtWarningMsg)

namespace fstudio::gui {

using namespace Qt::StringLiterals;
using Status = api::SecretStore::Status;

namespace {
api::SecretStore::Result resultOf(QKeychain::Job *job)
{
    api::SecretStore::Result r;
    switch (job->error()) {
    case QKeychain::NoError: r.status = Status::Ok; break;
    case QKeychain::EntryNotFound: r.status = Status::NotFound; break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        r.status = Status::Unavailable;
        r.message = u"no keychain service is available (%1)"_s.arg(job->errorString());
        break;
    case QKeychain::OtherError:
        // A Secret Service that cannot be reached (no D-Bus session, no keyring daemon) surfaces
        // as OtherError with a transport message.
        r.status = Status::Error;
        for (const char *hint : {"dbus", "d-bus", "org.freedesktop", "could not connect", "autolaunch", "secret service", "not provided by any"})
            if (job->errorString().contains(QLatin1StringView(hint), Qt::CaseInsensitive))
                r.status = Status::Unavailable;
        r.message = job->errorString();
        break;
    default:
        r.status = Status::Error;
        r.message = job->errorString();
        break;
    }
    return r;
}
} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{
}

void KeychainSecretStore::read(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context ? context : job, [done = context ? done : Callback()](QKeychain::Job *j) {
        auto r = resultOf(j);
        if (r.status == Status::Ok)
            r.value = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        if (done)
            done(r);
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &value, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(value);
    QObject::connect(job, &QKeychain::Job::finished, context ? context : job, [done = context ? done : Callback(), key](QKeychain::Job *j) {
        const auto r = resultOf(j);
        if (r.status != Status::Ok)
            qCWarning(lcKeychain) << "could not store" << key << "in the keychain:" << r.message; // never the value
        if (done)
            done(r);
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context ? context : job, [done = context ? done : Callback()](QKeychain::Job *j) {
        auto r = resultOf(j);
        if (r.status == Status::NotFound)
            r.status = Status::Ok;
        if (done)
            done(r);
    });
    job->start();
}

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
