#include "core/wire/statuses.h"

namespace fstudio {

using namespace Qt::StringLiterals;

QString toWire(FunctionStatus s)
{
    switch (s) {
    case FunctionStatus::Queued: return u"Queued"_s;
    case FunctionStatus::Deploying: return u"Deploying"_s;
    case FunctionStatus::Ready: return u"Ready"_s;
    case FunctionStatus::Failed: return u"Failed"_s;
    case FunctionStatus::Retired: return u"Retired"_s;
    case FunctionStatus::Unknown: break;
    }
    return u"Unknown"_s;
}

QString toWire(CallStatus s)
{
    switch (s) {
    case CallStatus::Running: return u"Running"_s;
    case CallStatus::Completed: return u"Completed"_s;
    case CallStatus::Failed: return u"Failed"_s;
    case CallStatus::Timeout: return u"Timeout"_s;
    case CallStatus::Unknown: break;
    }
    return u"Unknown"_s;
}

QString toWire(ActivationState s)
{
    switch (s) {
    case ActivationState::Inactive: return u"inactive"_s;
    case ActivationState::Requested: return u"requested"_s;
    case ActivationState::Activated: return u"activated"_s;
    case ActivationState::Unknown: break;
    }
    return u"unknown"_s;
}

FunctionStatus functionStatusFromWire(const QString &s)
{
    for (auto v : {FunctionStatus::Queued, FunctionStatus::Deploying, FunctionStatus::Ready, FunctionStatus::Failed, FunctionStatus::Retired})
        if (s == toWire(v))
            return v;
    return FunctionStatus::Unknown;
}

CallStatus callStatusFromWire(const QString &s)
{
    for (auto v : {CallStatus::Running, CallStatus::Completed, CallStatus::Failed, CallStatus::Timeout})
        if (s == toWire(v))
            return v;
    return CallStatus::Unknown;
}

ActivationState activationStateFromWire(const QString &s)
{
    for (auto v : {ActivationState::Inactive, ActivationState::Requested, ActivationState::Activated})
        if (s.compare(toWire(v), Qt::CaseInsensitive) == 0)
            return v;
    return ActivationState::Unknown;
}

bool isTerminal(CallStatus s)
{
    // As the SDK waits (`while call.status == "Running"`): any other status ends the wait, a
    // status word this app does not know yet too.
    return s != CallStatus::Running;
}

} // namespace fstudio
