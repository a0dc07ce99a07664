#pragma once

#include "api/services/service.h"

#include "core/wire/session.h"
#include "core/wire/sessioncreate.h"

namespace fstudio::api {

// POST /sessions (docs/cdf-api-notes.md §6.1): a nonce for one call or schedule.
class SessionsService : public Service
{
public:
    using Service::Service;
    Pending<Session> create(const SessionCreate &how);
};

} // namespace fstudio::api
