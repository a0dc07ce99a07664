#include "core/wire/functionwrite.h"

#include "core/wire/jsonreader.h"

#include <QJsonArray>

namespace fstudio {

using namespace Qt::StringLiterals;

FunctionWrite FunctionWrite::from(const Function &f)
{
    FunctionWrite w;
    w.name = f.name;
    w.externalId = f.externalId;
    w.description = f.description;
    w.owner = f.owner;
    w.functionPath = f.functionPath;
    w.runtime = f.runtime;
    w.cpu = f.cpu;
    w.memory = f.memory;
    w.envVars = f.envVars;
    w.metadata = f.metadata;
    w.secrets = f.secrets;
    return w;
}

QJsonObject FunctionWrite::toJson() const
{
    QJsonObject o{{"name"_L1, name}, {"fileId"_L1, fileId}, {"functionPath"_L1, functionPath}};
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
    if (metadata)
        o.insert("metadata"_L1, stringMapToJson(*metadata));
    if (indexUrl)
        o.insert("indexUrl"_L1, *indexUrl);
    if (extraIndexUrls)
        o.insert("extraIndexUrls"_L1, QJsonArray::fromStringList(*extraIndexUrls));
    return o;
}

QJsonObject FunctionWrite::toRequestBody() const
{
    return QJsonObject{{"items"_L1, QJsonArray{toJson()}}};
}

Decoded<FunctionWrite> FunctionWrite::fromJson(const QJsonValue &v, const QString &path)
{
    if (!v.isObject())
        return DecodeError{path, u"expected a function object, got %1"_s.arg(JsonReader::typeName(v))};
    JsonReader r(v.toObject(), path);
    FunctionWrite f;
    f.name = r.string("name"_L1);
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
    f.metadata = r.optionalStringMap("metadata"_L1);
    f.indexUrl = r.optionalString("indexUrl"_L1);
    f.extraIndexUrls = r.optionalStringList("extraIndexUrls"_L1);
    if (!r.ok())
        return r.error();
    return f;
}

} // namespace fstudio
