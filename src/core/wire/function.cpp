#include "core/wire/function.h"

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

QJsonObject Function::toJson() const
{
    QJsonObject o{{"id"_L1, id},         {"createdTime"_L1, createdTime},
                  {"name"_L1, name},     {"status"_L1, status == FunctionStatus::Unknown ? statusText : toWire(status)},
                  {"fileId"_L1, fileId}, {"functionPath"_L1, functionPath}};
    if (externalId)
        o.insert("externalId"_L1, *externalId);
    if (description)
        o.insert("description"_L1, *description);
    if (owner)
        o.insert("owner"_L1, *owner);
    if (secrets)
        o.insert("secrets"_L1, stringMapToJson(*secrets));
    if (envVars)
        o.insert("envVars"_L1, stringMapToJson(*envVars));
    if (cpu)
        o.insert("cpu"_L1, *cpu);
    if (memory)
        o.insert("memory"_L1, *memory);
    if (runtime)
        o.insert("runtime"_L1, *runtime);
    if (runtimeVersion)
        o.insert("runtimeVersion"_L1, *runtimeVersion);
    if (metadata)
        o.insert("metadata"_L1, stringMapToJson(*metadata));
    if (error)
        o.insert("error"_L1, error->toJson());
    if (lastCalled)
        o.insert("lastCalled"_L1, *lastCalled);
    if (functionType)
        o.insert("functionType"_L1, *functionType);
    return o;
}

Decoded<Function> Function::fromJson(const QJsonValue &v, const QString &path)
{
    if (!v.isObject())
        return DecodeError{path, JsonReaderText::tr("expected a function object, got %1").arg(JsonReader::typeName(v))};
    JsonReader r(v.toObject(), path);
    Function f;
    f.id = r.id("id"_L1);
    f.createdTime = r.timestamp("createdTime"_L1);
    f.name = r.string("name"_L1);
    f.statusText = r.string("status"_L1);
    f.status = functionStatusFromWire(f.statusText);
    f.fileId = r.id("fileId"_L1);
    f.externalId = r.optionalString("externalId"_L1);
    f.description = r.optionalString("description"_L1);
    f.owner = r.optionalString("owner"_L1);
    f.functionPath = r.optionalString("functionPath"_L1).value_or(u"handler.py"_s);
    f.secrets = r.optionalStringMap("secrets"_L1);
    f.envVars = r.optionalStringMap("envVars"_L1);
    f.cpu = r.optionalNumber("cpu"_L1);
    f.memory = r.optionalNumber("memory"_L1);
    f.runtime = r.optionalString("runtime"_L1);
    f.runtimeVersion = r.optionalString("runtimeVersion"_L1);
    f.metadata = r.optionalStringMap("metadata"_L1);
    f.lastCalled = r.optionalTimestamp("lastCalled"_L1);
    f.functionType = r.optionalString("functionType"_L1);
    if (!r.ok())
        return r.error();
    if (r.has("error"_L1)) {
        auto e = ErrorDetail::fromJson(r.raw("error"_L1), r.pathOf("error"_L1), false);
        if (!e)
            return e.error();
        f.error = *e;
    }
    return f;
}

} // namespace fstudio
