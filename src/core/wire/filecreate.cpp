#include "core/wire/filecreate.h"

namespace fstudio {

using namespace Qt::StringLiterals;

FileCreate FileCreate::forFunctionCode(const QString &functionName, const std::optional<QString> &externalId, const QString &unique)
{
    FileCreate f;
    f.name = QString(functionName).replace(QLatin1Char('/'), QLatin1Char('-')) + u".zip"_s;
    const QString suffix = u"-code-"_s + unique;
    const QString base = externalId.value_or(functionName).left(MaxExternalIdLength - int(suffix.size()));
    f.externalId = base + suffix;
    f.mimeType = u"application/zip"_s; // as the Toolkit creates it (docs/cdf-api-notes.md §5)
    return f;
}

QJsonObject FileCreate::toJson() const
{
    QJsonObject o{{"name"_L1, name}};
    if (externalId)
        o.insert("externalId"_L1, *externalId);
    if (directory)
        o.insert("directory"_L1, *directory);
    if (source)
        o.insert("source"_L1, *source);
    if (mimeType)
        o.insert("mimeType"_L1, *mimeType);
    if (metadata)
        o.insert("metadata"_L1, stringMapToJson(*metadata));
    if (dataSetId)
        o.insert("dataSetId"_L1, *dataSetId);
    return o;
}

Decoded<FileCreate> FileCreate::fromJson(const QJsonValue &v)
{
    if (!v.isObject())
        return DecodeError{QString(), u"expected a file object, got %1"_s.arg(JsonReader::typeName(v))};
    JsonReader r(v.toObject());
    FileCreate f;
    f.name = r.string("name"_L1);
    f.externalId = r.optionalString("externalId"_L1);
    f.directory = r.optionalString("directory"_L1);
    f.source = r.optionalString("source"_L1);
    f.mimeType = r.optionalString("mimeType"_L1);
    f.metadata = r.optionalStringMap("metadata"_L1);
    f.dataSetId = r.optionalId("dataSetId"_L1);
    if (!r.ok())
        return r.error();
    if (f.name.isEmpty() || f.name.size() > 256)
        return DecodeError{u"name"_s, u"must be 1 to 256 characters, got %1"_s.arg(f.name.size())};
    return f;
}

} // namespace fstudio
