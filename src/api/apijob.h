#pragma once

#include "apierror.h"

#include "core/expected.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <any>
#include <functional>

namespace fstudio::api {

class CdfClient;

// One API request in flight (with its retries). Emits finished() exactly once, always from the
// event loop (never from inside the call that created it), then deletes itself.
class ApiJob : public QObject
{
    Q_OBJECT

public:
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error; }
    const ApiError &error() const { return *m_error; }
    bool hasError() const { return m_error.has_value(); }
    int httpStatus() const { return m_status; }
    QByteArray body() const { return m_body; }
    QString requestId() const { return m_requestId; }
    const std::any &value() const { return m_value; }
    int attempts() const { return m_attempts; }
    QString what() const { return m_what; }
    void cancel();

Q_SIGNALS:
    void finished();
    void uploadProgress(qint64 sent, qint64 total);
    void downloadProgress(qint64 received, qint64 total);

private:
    friend class CdfClient;
    explicit ApiJob(QObject *parent) : QObject(parent) {}
    void complete(std::any value);
    void completeWithError(ApiError e);

    bool m_finished = false;
    bool m_cancelled = false;
    std::optional<ApiError> m_error;
    std::any m_value;
    int m_status = 0;
    QByteArray m_body;
    QString m_requestId;
    QString m_what;
    int m_attempts = 0;
    std::function<void()> m_abort; // set while an attempt or a retry timer is pending
};

// A typed view of an ApiJob: then() delivers Expected<T, ApiError> to a callback bound to a
// context object (dropped if the context is gone, e.g. a closed window).
template<typename T>
class Pending
{
public:
    using Result = Expected<T, ApiError>;
    Pending() = default;
    explicit Pending(ApiJob *job) : m_job(job) {}

    ApiJob *job() const { return m_job; }
    void cancel() const
    {
        if (m_job)
            m_job->cancel();
    }

    static Result resultOf(const ApiJob *job)
    {
        if (job->hasError())
            return job->error();
        if constexpr (std::is_same_v<T, std::monostate>)
            return std::monostate{};
        else
            return std::any_cast<T>(job->value());
    }

    template<typename F>
    void then(QObject *context, F &&f) const
    {
        ApiJob *job = m_job;
        if (!job)
            return;
        if (job->isFinished()) {
            Result r = resultOf(job);
            QTimer::singleShot(0, context, [f = std::forward<F>(f), r]() mutable { f(r); });
            return;
        }
        QObject::connect(job, &ApiJob::finished, context, [job, f = std::forward<F>(f)]() mutable { f(resultOf(job)); });
    }

private:
    QPointer<ApiJob> m_job;
};

using Empty = std::monostate;

} // namespace fstudio::api
