#include "core/wire/functionschedule.h"

#include "core/wire/jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fstudio {

using namespace Qt::StringLiterals;

namespace {
// JsonReaderText::tr(): the decoders' messages share the context "JsonReader" with jsonreader.cpp.
struct JsonReaderText
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
};
} // namespace

QJsonObject FunctionSchedule::toJson() const
{
    QJsonObject o{{"id"_L1, id}, {"name"_L1, name}, {"createdTime"_L1, createdTime}, {"cronExpression"_L1, cronExpression}, {"when"_L1, when}};
    if (sessionId)
        o.insert("sessionId"_L1, *sessionId);
    if (functionId)
        o.insert("functionId"_L1, *functionId);
    if (functionExternalId)
        o.insert("functionExternalId"_L1, *functionExternalId);
    if (description)
        o.insert("description"_L1, *description);
    return o;
}

Decoded<FunctionSchedule> FunctionSchedule::fromJson(const QJsonValue &v, const QString &path)
{
    if (!v.isObject())
        return DecodeError{path, JsonReaderText::tr("expected a schedule object, got %1").arg(JsonReader::typeName(v))};
    JsonReader r(v.toObject(), path);
    FunctionSchedule s;
    s.id = r.id("id"_L1);
    s.name = r.string("name"_L1);
    s.createdTime = r.timestamp("createdTime"_L1);
    s.cronExpression = r.string("cronExpression"_L1);
    s.when = r.optionalString("when"_L1).value_or(QString());
    s.functionId = r.optionalId("functionId"_L1);
    s.functionExternalId = r.optionalString("functionExternalId"_L1);
    s.description = r.optionalString("description"_L1);
    if (!r.ok())
        return r.error();
    // sessionId: an integer per the SDK; documentation samples show a string. Accept both,
    // but a string must still hold an integer.
    const QJsonValue sid = r.raw("sessionId"_L1);
    if (sid.isString()) {
        bool ok = false;
        const qint64 n = sid.toString().toLongLong(&ok);
        if (!ok || n < 1)
            return DecodeError{r.pathOf("sessionId"_L1),
                               JsonReaderText::tr("expected a session id (an integer, possibly as a string), got \"%1\"").arg(sid.toString())};
        s.sessionId = n;
    } else {
        s.sessionId = r.optionalId("sessionId"_L1);
        if (!r.ok())
            return r.error();
    }
    return s;
}

} // namespace fstudio
