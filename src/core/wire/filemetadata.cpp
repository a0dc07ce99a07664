#include "core/wire/filemetadata.h"

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

QJsonObject FileMetadata::toJson() const
{
    QJsonObject o{
        {"id"_L1, id}, {"name"_L1, name}, {"uploaded"_L1, uploaded}, {"createdTime"_L1, createdTime}, {"lastUpdatedTime"_L1, lastUpdatedTime}};
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
    if (uploadedTime)
        o.insert("uploadedTime"_L1, *uploadedTime);
    if (uploadUrl)
        o.insert("uploadUrl"_L1, *uploadUrl);
    return o;
}

Decoded<FileMetadata> FileMetadata::fromJson(const QJsonValue &v, const QString &path)
{
    if (!v.isObject())
        return DecodeError{path, JsonReaderText::tr("expected a file object, got %1").arg(JsonReader::typeName(v))};
    JsonReader r(v.toObject(), path);
    FileMetadata f;
    f.id = r.id("id"_L1);
    f.name = r.string("name"_L1);
    f.uploaded = r.boolean("uploaded"_L1);
    f.createdTime = r.timestamp("createdTime"_L1);
    f.lastUpdatedTime = r.timestamp("lastUpdatedTime"_L1);
    f.externalId = r.optionalString("externalId"_L1);
    f.directory = r.optionalString("directory"_L1);
    f.source = r.optionalString("source"_L1);
    f.mimeType = r.optionalString("mimeType"_L1);
    f.metadata = r.optionalStringMap("metadata"_L1);
    f.dataSetId = r.optionalId("dataSetId"_L1);
    f.uploadedTime = r.optionalTimestamp("uploadedTime"_L1);
    f.uploadUrl = r.optionalString("uploadUrl"_L1);
    if (!r.ok())
        return r.error();
    return f;
}

} // namespace fstudio
