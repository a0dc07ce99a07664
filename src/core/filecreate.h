#pragma once

#include "decodeerror.h"
#include "jsonreader.h"

#include <QJsonObject>

#include <optional>

namespace fstudio {

// The body of POST /files: a single object, not wrapped in "items".
struct FileCreate
{
    QString name;
    std::optional<QString> externalId;
    std::optional<QString> directory;
    std::optional<QString> source;
    std::optional<QString> mimeType;
    std::optional<StringMap> metadata;
    std::optional<qint64> dataSetId;

    // A function's code file: "<name with / replaced by ->.zip", same external id as the function.
    static FileCreate forFunctionCode(const QString &functionName, const std::optional<QString> &externalId);
    QJsonObject toJson() const;
    static Decoded<FileCreate> fromJson(const QJsonValue &v);
    friend bool operator==(const FileCreate &, const FileCreate &) = default;
};

} // namespace fstudio
