#include "core/wire/functionfilter.h"

#include "core/wire/jsonreader.h"

namespace fstudio {

using namespace Qt::StringLiterals;

QJsonObject FunctionFilter::toRequestBody() const
{
    QJsonObject f;
    if (name)
        f.insert("name"_L1, *name);
    if (owner)
        f.insert("owner"_L1, *owner);
    if (fileId)
        f.insert("fileId"_L1, *fileId);
    if (status)
        f.insert("status"_L1, toWire(*status));
    if (externalIdPrefix)
        f.insert("externalIdPrefix"_L1, *externalIdPrefix);
    if (!createdTime.isEmpty())
        f.insert("createdTime"_L1, createdTime.toJson());
    if (metadata)
        f.insert("metadata"_L1, stringMapToJson(*metadata));
    return QJsonObject{{"filter"_L1, f}, {"limit"_L1, limit}};
}

Decoded<FunctionFilter> FunctionFilter::fromRequestBody(const QJsonObject &body)
{
    FunctionFilter out;
    std::optional<QJsonObject> filter;
    if (auto e = readListBody(body, MaxLimit, &out.limit, &filter))
        return *e;
    if (!filter)
        return out;
    JsonReader r(*filter, u"filter"_s);
    out.name = r.optionalString("name"_L1);
    out.owner = r.optionalString("owner"_L1);
    out.fileId = r.optionalId("fileId"_L1);
    const auto status = r.optionalString("status"_L1);
    out.externalIdPrefix = r.optionalString("externalIdPrefix"_L1);
    out.metadata = r.optionalStringMap("metadata"_L1);
    if (!r.ok())
        return r.error();
    if (status) {
        const FunctionStatus s = functionStatusFromWire(*status);
        if (s == FunctionStatus::Unknown)
            return DecodeError{u"filter.status"_s, u"must be one of Queued, Deploying, Ready, Failed; got \"%1\""_s.arg(*status)};
        out.status = s;
    }
    if (r.has("createdTime"_L1)) {
        auto t = TimeRange::fromJson(r.raw("createdTime"_L1), u"filter.createdTime"_s);
        if (!t)
            return t.error();
        out.createdTime = *t;
    }
    return out;
}

bool FunctionFilter::matches(const Function &f) const
{
    if (name && f.name != *name)
        return false;
    if (owner && f.owner.value_or(QString()) != *owner)
        return false;
    if (fileId && f.fileId != *fileId)
        return false;
    if (status && f.status != *status)
        return false;
    if (externalIdPrefix && !f.externalId.value_or(QString()).startsWith(*externalIdPrefix))
        return false;
    if (!createdTime.contains(f.createdTime))
        return false;
    if (metadata) {
        const StringMap have = f.metadata.value_or(StringMap());
        for (auto it = metadata->begin(); it != metadata->end(); ++it)
            if (have.value(it.key()) != it.value() || !have.contains(it.key()))
                return false;
    }
    return true;
}

} // namespace fstudio
