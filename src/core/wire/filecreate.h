#pragma once

#include "core/wire/decodeerror.h"
#include "core/wire/jsonreader.h"

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

    // A function's code file: "<name with / replaced by ->.zip", with an external id of its own,
    // "<function external id or name>-code-<unique>", so creating it never replaces the code
    // of another function (docs/ARCHITECTURE.md, "Deploys never destroy").
    static FileCreate forFunctionCode(const QString &functionName, const std::optional<QString> &externalId, const QString &unique);
    static constexpr int MaxExternalIdLength = 255;
    QJsonObject toJson() const;
    static Decoded<FileCreate> fromJson(const QJsonValue &v);
    friend bool operator==(const FileCreate &, const FileCreate &) = default;
};

} // namespace fstudio
