#pragma once

#include "api/services/service.h"

namespace fstudio::api {

// POST /datasets/byids, for what a function's code file needs: a data set's id from its external id
// (a Toolkit file names the set by dataSetExternalId). Unknown ids answer ApiError::isNotFound().
class DataSetsService : public Service
{
public:
    using Service::Service;
    Pending<qint64> idOf(const QString &externalId);
    // The external id of the data set with this id ("" when it has none).
    Pending<QString> externalIdOf(qint64 id);
};

} // namespace fstudio::api
