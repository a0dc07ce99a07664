#include "gui/profiles/keychainsecretstore.h"

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

} // namespace fstudio::gui
