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
    Pending<QList<Function>> byIds(const QList<Identifier> &ids, bool ignoreUnknownIds);
    // nullopt when there is no such function.
    Pending<std::optional<Function>> retrieve(const Identifier &id);
    Pending<Function> create(const FunctionWrite &function);
    Pending<Empty> remove(const QList<Identifier> &ids, bool ignoreUnknownIds = false);
    Pending<FunctionsLimits> limits();
    Pending<ActivationStatus> activationStatus();
    Pending<ActivationStatus> activate();
};

} // namespace fstudio::api
