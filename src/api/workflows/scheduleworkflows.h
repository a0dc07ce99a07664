#pragma once

#include "api/auth/noncesource.h"
#include "api/transport/apierror.h"

#include "core/wire/functionschedule.h"
#include "core/wire/schedulewrite.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace fstudio::api {

class CdfClient;

using ScheduleResult = Expected<FunctionSchedule, ApiError>;

// Creates a schedule signed in as `source` (docs/cdf-api-notes.md §2.13): a nonce already set on
// the schedule is used as it is, as the SDK does; else a fresh session gives one.
void createScheduleWithNonce(CdfClient *client, const ScheduleWrite &schedule, const NonceSource &source, QObject *context,
                             std::function<void(const ScheduleResult &)> done);

// Changes a schedule the only way CDF allows: the new one is created first and only then the
// original deleted (briefly both exist; never neither). The outcome says which of the two steps
// failed: the original stays when the create fails; both stay when the delete does, and the new
// one is in replacement() (a second attempt would make a third schedule: start a new workflow
// only for a new create).
class ReplaceScheduleWorkflow : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Replaced, NotCreated, NotDeleted };
    Q_ENUM(Outcome)

    ReplaceScheduleWorkflow(CdfClient *client, const FunctionSchedule &original, const ScheduleWrite &replacement, const NonceSource &source,
                            QObject *parent = nullptr);
    void start();
    const FunctionSchedule &original() const { return m_original; }
    const std::optional<FunctionSchedule> &replacement() const { return m_replacement; }
    const std::optional<ApiError> &error() const { return m_error; }

Q_SIGNALS:
    void created(const fstudio::FunctionSchedule &replacement); // the first step is done
    void finished(fstudio::api::ReplaceScheduleWorkflow::Outcome outcome);

private:
    void finish(Outcome outcome, const std::optional<ApiError> &error);
    QPointer<CdfClient> m_client;
    FunctionSchedule m_original;
    ScheduleWrite m_write;
    NonceSource m_source;
    std::optional<FunctionSchedule> m_replacement;
    std::optional<ApiError> m_error;
};

} // namespace fstudio::api
