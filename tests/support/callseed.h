#pragma once
// Functions and calls written straight into the emulator's store, with known outcomes and
// durations (no Python runs): for the monitor's tests.
#include "emulatorfixture.h"

#include "core/wire/function.h"
#include "core/wire/functioncall.h"

#include <QDateTime>

#include <optional>

namespace fstudio::test {

inline FunctionCall makeCall(qint64 id, qint64 functionId, qint64 start, CallStatus status, std::optional<qint64> durationMs,
                             std::optional<qint64> scheduleId = {})
{
    FunctionCall c;
    c.id = id;
    c.functionId = functionId;
    c.startTime = start;
    c.status = status;
    c.statusText = toWire(status);
    if (durationMs)
        c.endTime = start + *durationMs;
    c.scheduleId = scheduleId;
    if (status == CallStatus::Failed)
        c.error = ErrorDetail{QStringLiteral("ValueError: bad row"), QStringLiteral("Traceback ..."), std::nullopt};
    return c;
}

inline qint64 addFunction(EmulatorFixture &fx, const QString &name, const QString &externalId = {})
{
    Function f;
    f.id = fx.server->store().nextId();
    f.name = name;
    if (!externalId.isEmpty())
        f.externalId = externalId;
    f.createdTime = QDateTime::currentMSecsSinceEpoch() - 30LL * 24 * 3600 * 1000;
    f.status = FunctionStatus::Ready;
    f.statusText = QStringLiteral("Ready");
    f.fileId = 1;
    fx.server->store().putFunction(f, {});
    return f.id;
}

} // namespace fstudio::test
