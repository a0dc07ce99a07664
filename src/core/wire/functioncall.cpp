#include "core/wire/functioncall.h"

#include "core/wire/jsonreader.h"

#include <QCoreApplication>

namespace fstudio {

using namespace Qt::StringLiterals;

namespace {
// JsonReaderText::tr(): the decoders' messages share the context "JsonReader" with jsonreader.cpp.
struct JsonReaderText
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
};
} // namespace

std::optional<qint64> FunctionCall::durationMs() const
{
    if (!endTime || *endTime < startTime)
        return std::nullopt;
    return *endTime - startTime;
}

QJsonObject FunctionCall::toJson() const
{
    QJsonObject o{{"id"_L1, id},
                  {"functionId"_L1, functionId},
                  {"startTime"_L1, startTime},
                  {"status"_L1, status == CallStatus::Unknown ? statusText : toWire(status)}};
    if (endTime)
        o.insert("endTime"_L1, *endTime);
    if (scheduledTime)
        o.insert("scheduledTime"_L1, *scheduledTime);
    if (scheduleId)
        o.insert("scheduleId"_L1, *scheduleId);
    if (error)
        o.insert("error"_L1, error->toJson());
    if (runInfo) {
        QJsonObject run;
        if (runInfo->maxMemoryBytes)
            run.insert("maxMemoryBytes"_L1, *runInfo->maxMemoryBytes);
        if (runInfo->coldStart)
            run.insert("coldStart"_L1, *runInfo->coldStart);
        o.insert("runInfo"_L1, run);
    }
    return o;
}

Decoded<FunctionCall> FunctionCall::fromJson(const QJsonValue &v, const QString &path)
{
    if (!v.isObject())
        return DecodeError{path, JsonReaderText::tr("expected a function call object, got %1").arg(JsonReader::typeName(v))};
    JsonReader r(v.toObject(), path);
    FunctionCall c;
    c.id = r.id("id"_L1);
    c.functionId = r.id("functionId"_L1);
    c.startTime = r.timestamp("startTime"_L1);
    c.statusText = r.string("status"_L1);
    c.status = callStatusFromWire(c.statusText);
    c.endTime = r.optionalTimestamp("endTime"_L1);
    c.scheduledTime = r.optionalTimestamp("scheduledTime"_L1);
    c.scheduleId = r.optionalId("scheduleId"_L1);
    if (!r.ok())
        return r.error();
    if (r.has("error"_L1)) {
        auto e = ErrorDetail::fromJson(r.raw("error"_L1), r.pathOf("error"_L1), true);
        if (!e)
            return e.error();
        c.error = *e;
    }
    // Optional and informative only: a runInfo the app cannot read is left out, not an error.
    if (const QJsonValue run = r.raw("runInfo"_L1); run.isObject()) {
        const QJsonObject o = run.toObject();
        CallRunInfo info;
        if (const QJsonValue m = o.value("maxMemoryBytes"_L1); m.isDouble() && m.toDouble() >= 0 && m.toDouble() < 1e15)
            info.maxMemoryBytes = qint64(m.toDouble());
        if (const QJsonValue cold = o.value("coldStart"_L1); cold.isBool())
            info.coldStart = cold.toBool();
        if (info.maxMemoryBytes || info.coldStart)
            c.runInfo = info;
    }
    return c;
}

} // namespace fstudio
