#pragma once

#include "apijob.h"

#include "core/function.h"
#include "core/functionfilter.h"
#include "core/functionslimits.h"
#include "core/activationstatus.h"
#include "core/functionwrite.h"
#include "core/identifier.h"

namespace fstudio::api {

class CdfClient;

// Functions endpoints (contract §2.1-2.5, 2.17-2.18).
class FunctionsService
{
public:
    explicit FunctionsService(CdfClient *client) : m_client(client) {}

    Pending<QList<Function>> list(const FunctionFilter &filter);
    Pending<QList<Function>> byIds(const QList<Identifier> &ids, bool ignoreUnknownIds);
    // nullopt when there is no such function.
    Pending<std::optional<Function>> retrieve(const Identifier &id);
    Pending<Function> create(const FunctionWrite &function);
    Pending<Empty> remove(const QList<Identifier> &ids, bool ignoreUnknownIds = false);
    Pending<FunctionsLimits> limits();
    Pending<ActivationStatus> activationStatus();
    Pending<ActivationStatus> activate();

private:
    CdfClient *m_client;
};

} // namespace fstudio::api
