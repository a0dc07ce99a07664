#pragma once

#include "core/wire/decodeerror.h"
#include "core/wire/function.h"

#include <QJsonObject>
#include <QStringList>

namespace fstudio {

// The body item of POST /functions (docs/cdf-api-notes.md §2.1). Absent optionals are not sent.
struct FunctionWrite
{
    QString name;
    qint64 fileId = 0;
    std::optional<QString> externalId;
    std::optional<QString> description;
    std::optional<QString> owner;
    QString functionPath = QStringLiteral("handler.py");
    std::optional<StringMap> secrets;
    std::optional<StringMap> envVars;
    std::optional<double> cpu;
    std::optional<double> memory;
    std::optional<QString> runtime;
    std::optional<StringMap> metadata;
    std::optional<QString> indexUrl;
    std::optional<QStringList> extraIndexUrls;

    // The settings of an existing function, to create it again (a new version, a restore): name,
    // external id, description, owner, path, runtime, cpu, memory, env vars, metadata, and the
    // secrets as CDF returns them (keys with masked values: callers give the values again). Not the
    // code file, nor the index URLs (CDF does not return them).
    static FunctionWrite from(const Function &f);

    QJsonObject toJson() const;
    // {"items": [this]}
    QJsonObject toRequestBody() const;
    static Decoded<FunctionWrite> fromJson(const QJsonValue &v, const QString &path = {});
    friend bool operator==(const FunctionWrite &, const FunctionWrite &) = default;
};

} // namespace fstudio
