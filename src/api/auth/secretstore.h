#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace fstudio::api {

// Where client secrets, static tokens and refresh tokens live. The production store is the OS
// keychain (src/gui); tests use MemorySecretStore. Keys look like "<profile id>/client-secret".
// All operations are asynchronous: the callback runs later on the caller's thread, and only while
// the context object lives (pass nullptr only with an empty callback: fire and forget).
class SecretStore
{
public:
    enum class Status { Ok, NotFound, Unavailable, Error };
    struct Result
    {
        Status status = Status::Ok;
        QString value; // for reads
        QString message; // what went wrong, for the user
    };
    using Callback = std::function<void(const Result &)>;

    virtual ~SecretStore() = default;
    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const QString &value, QObject *context, Callback done) = 0;
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;
};

// Keeps secrets in this process only. Also the fallback when no keychain is reachable.
class MemorySecretStore final : public SecretStore
{
public:
    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &value, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
    bool contains(const QString &key) const { return m_values.contains(key); }
    void clear() { m_values.clear(); }

private:
    QHash<QString, QString> m_values;
};

} // namespace fstudio::api
