#pragma once

#include "core/wire/decodeerror.h"
#include "core/wire/jsonreader.h"

#include <QJsonObject>

#include <optional>

namespace fstudio {

// File metadata from the Files API (docs/cdf-api-notes.md §5.1), as far as function code needs it.
struct FileMetadata
{
    qint64 id = 0;
    QString name;
    bool uploaded = false;
    qint64 createdTime = 0;
    qint64 lastUpdatedTime = 0;
    std::optional<QString> externalId;
    std::optional<QString> directory;
    std::optional<QString> source;
    std::optional<QString> mimeType;
    std::optional<StringMap> metadata;
    std::optional<qint64> dataSetId;
    std::optional<qint64> uploadedTime;
    std::optional<QString> uploadUrl; // only in the answer to POST /files

    QJsonObject toJson() const;
    static Decoded<FileMetadata> fromJson(const QJsonValue &v, const QString &path = {});
    friend bool operator==(const FileMetadata &, const FileMetadata &) = default;
};

} // namespace fstudio
