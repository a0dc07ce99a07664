#pragma once

#include "api/transport/apierror.h"

#include "core/util/expected.h"

#include <QByteArray>
#include <QCoreApplication>
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
    explicit ApiJob(QObject *parent)
        : QObject(parent)
    {
    }
    void complete(std::any value);
    void completeWithError(ApiError e);
    // The client is going away: finish now with a Cancelled error, delivered from the event loop
    // (the job outlives the client until then).
    void abandon(const QString &why);
    void announce(); // emits finished() once, then deletes itself later

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
// context object (dropped if the context is gone, e.g. a closed window). Only CdfClient::send<T>()
// makes one from a job, so the value type always matches what the job's decoder produced.
template<typename T> class Pending
{
public:
    using Result = Expected<T, ApiError>;
    Pending() = default;
    // Already failed (e.g. the connection is gone): then() reports the error from the event loop.
    static Pending failed(ApiError e)
    {
        Pending p;
        p.m_slot = std::make_shared<Slot>();
        p.m_slot->result = Result(std::move(e));
        return p;
    }

    ApiJob *job() const { return m_slot ? m_slot->job.data() : nullptr; }
    bool isFinished() const { return m_slot && m_slot->result.has_value(); }
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

    template<typename F> void then(QObject *context, F &&f) const
    {
        if (!m_slot)
            return;
        if (m_slot->result) {
            Result r = *m_slot->result;
            QTimer::singleShot(0, context, [f = std::forward<F>(f), r]() mutable { f(r); });
            return;
        }
        if (!m_slot->job) {
            // Cannot happen with jobs from CdfClient (they always report), but never drop a caller.
            ApiError e;
            e.kind = ApiError::Kind::Cancelled;
            e.message = QCoreApplication::translate("CdfClient", "the request was dropped");
            QTimer::singleShot(0, context, [f = std::forward<F>(f), r = Result(e)]() mutable { f(r); });
            return;
        }
        QObject::connect(m_slot->job.data(), &ApiJob::finished, context, [slot = m_slot, f = std::forward<F>(f)]() mutable {
            if (slot->result)
                f(*slot->result);
        });
    }

private:
    friend class CdfClient;
    explicit Pending(ApiJob *job)
        : m_slot(std::make_shared<Slot>())
    {
        m_slot->job = job;
        // Keep the result even if nobody listens yet: then() may be called after the job is gone.
        QObject::connect(job, &ApiJob::finished, job, [slot = m_slot, job] { slot->result = resultOf(job); });
    }

    struct Slot
    {
        QPointer<ApiJob> job;
        std::optional<Result> result;
    };
    std::shared_ptr<Slot> m_slot;
};

using Empty = std::monostate;

} // namespace fstudio::api
