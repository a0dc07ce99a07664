#pragma once

#include "core/wire/decodeerror.h"
#include "core/wire/errordetail.h"
#include "core/wire/jsonreader.h"
#include "core/wire/statuses.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace fstudio {

// A deployed function as the API returns it (docs/cdf-api-notes.md §3.1).
struct Function
{
    qint64 id = 0;
    qint64 createdTime = 0;
    QString name;
    FunctionStatus status = FunctionStatus::Queued;
    bool isBuilding() const { return status == FunctionStatus::Queued || status == FunctionStatus::Deploying; }
    QString statusText; // the server's text, kept for states this version does not know
    qint64 fileId = 0;
    std::optional<QString> externalId;
    std::optional<QString> description;
    std::optional<QString> owner;
    QString functionPath = QStringLiteral("handler.py");
    std::optional<StringMap> secrets; // values are always "***" in responses
    std::optional<StringMap> envVars;
    std::optional<double> cpu;
    std::optional<double> memory;
    std::optional<QString> runtime;
    std::optional<QString> runtimeVersion;
    std::optional<StringMap> metadata;
    std::optional<ErrorDetail> error;
    std::optional<qint64> lastCalled; // omitted until the first call
    std::optional<QString> functionType;

    QJsonObject toJson() const;
    static Decoded<Function> fromJson(const QJsonValue &v, const QString &path = {});
    friend bool operator==(const Function &, const Function &) = default;
};

} // namespace fstudio
