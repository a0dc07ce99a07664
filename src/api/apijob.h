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
#include <memory>
#include <optional>

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
    explicit Pending(ApiJob *job)
        : m_slot(std::make_shared<Slot>())
    {
        m_slot->job = job;
        // Keep the result even if nobody listens yet: then() may be called after the job is gone.
        QObject::connect(job, &ApiJob::finished, job, [slot = m_slot, job] { slot->result = resultOf(job); });
    }

    ApiJob *job() const { return m_slot ? m_slot->job.data() : nullptr; }
    void cancel() const
    {
        if (m_slot && m_slot->job)
            m_slot->job->cancel();
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
        if (!m_slot)
            return;
        if (m_slot->result) {
            Result r = *m_slot->result;
            QTimer::singleShot(0, context, [f = std::forward<F>(f), r]() mutable { f(r); });
            return;
        }
        if (!m_slot->job)
            return;
        QObject::connect(m_slot->job.data(), &ApiJob::finished, context, [slot = m_slot, f = std::forward<F>(f)]() mutable {
            if (slot->result)
                f(*slot->result);
        });
    }

private:
    struct Slot
    {
        QPointer<ApiJob> job;
        std::optional<Result> result;
    };
    std::shared_ptr<Slot> m_slot;
};

using Empty = std::monostate;

} // namespace fstudio::api
