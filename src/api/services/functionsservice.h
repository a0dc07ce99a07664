#pragma once

#include "api/services/service.h"

#include "core/wire/activationstatus.h"
#include "core/wire/function.h"
#include "core/wire/functionfilter.h"
#include "core/wire/functionslimits.h"
#include "core/wire/functionwrite.h"
#include "core/wire/identifier.h"

namespace fstudio::api {

// Functions endpoints (docs/cdf-api-notes.md §2.1-2.5, 2.17-2.18).
class FunctionsService : public Service
{
public:
    using Service::Service;

    Pending<QList<Function>> list(const FunctionFilter &filter);
    // byids and delete take at most MaxIdsPerRequest ids (as CDF and the SDK do); more fail at once
    // with a Config error, before anything is sent.
    static constexpr int MaxIdsPerRequest = 10;
    Pending<QList<Function>> byIds(const QList<Identifier> &ids, bool ignoreUnknownIds);
    // nullopt when there is no such function.
    Pending<std::optional<Function>> retrieve(const Identifier &id);
    Pending<Function> create(const FunctionWrite &function);
    Pending<Empty> remove(const QList<Identifier> &ids, bool ignoreUnknownIds = false);
    Pending<FunctionsLimits> limits();
    Pending<ActivationStatus> activationStatus();
    Pending<ActivationStatus> activate();

private:
    static ApiError tooManyIds(const QString &what, qsizetype count);
};

} // namespace fstudio::api
