#pragma once

#include "core/wire/decodeerror.h"
#include "core/wire/errordetail.h"
#include "core/wire/function.h"
#include "core/wire/timerange.h"

namespace fstudio {

// The body of POST /functions/list: {"filter": {...}, "limit": n} (docs/cdf-api-notes.md §2.3).
struct FunctionFilter
{
    std::optional<QString> name;
    std::optional<QString> owner;
    std::optional<qint64> fileId;
    std::optional<FunctionStatus> status;
    std::optional<QString> externalIdPrefix;
    TimeRange createdTime;
    std::optional<StringMap> metadata;
    int limit = 25;

    static constexpr int MaxLimit = 10000;

    QJsonObject toRequestBody() const;
    static Decoded<FunctionFilter> fromRequestBody(const QJsonObject &body);
    bool matches(const Function &f) const;
    friend bool operator==(const FunctionFilter &, const FunctionFilter &) = default;
};

} // namespace fstudio
