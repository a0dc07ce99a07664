#include "core/wire/functionslimits.h"

#include "core/wire/jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fstudio {

using namespace Qt::StringLiterals;

namespace {
// JsonReaderText::tr(): the decoders' messages share the context "JsonReader" with jsonreader.cpp.
struct JsonReaderText
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
};
} // namespace

namespace {
QJsonObject rangeToJson(const FunctionsLimits::Range &r)
{
    return QJsonObject{{"min"_L1, r.min}, {"max"_L1, r.max}, {"default"_L1, r.defaultValue}};
}

std::optional<FunctionsLimits::Range> readRange(JsonReader &parent, QLatin1StringView key)
{
    const QJsonObject o = parent.object(key);
    if (!parent.ok())
        return std::nullopt;
    JsonReader r(o, parent.pathOf(key));
    FunctionsLimits::Range range{r.number("min"_L1), r.number("max"_L1), r.number("default"_L1)};
    if (!r.ok()) {
        parent.failPath(r.error().field, r.error().message);
        return std::nullopt;
    }
    // Taken as the server says it, as the SDK does (FunctionsLimits is not checked there): a
    // default outside [min, max] is the server's; the forms clamp what they offer.
    return range;
}
} // namespace

QJsonObject FunctionsLimits::toJson() const
{
    QJsonObject o{{"timeoutMinutes"_L1, timeoutMinutes},
                  {"cpuCores"_L1, rangeToJson(cpuCores)},
                  {"memoryGb"_L1, rangeToJson(memoryGb)},
                  {"runtimes"_L1, QJsonArray::fromStringList(runtimes)}};
    if (responseSizeMb)
        o.insert("responseSizeMb"_L1, *responseSizeMb);
    return o;
}

Decoded<FunctionsLimits> FunctionsLimits::fromJson(const QJsonValue &v)
{
    if (!v.isObject())
        return DecodeError{QString(), JsonReaderText::tr("expected a limits object, got %1").arg(JsonReader::typeName(v))};
    JsonReader r(v.toObject());
    FunctionsLimits l;
    l.timeoutMinutes = int(r.integer("timeoutMinutes"_L1));
    const auto cpu = readRange(r, "cpuCores"_L1);
    const auto mem = readRange(r, "memoryGb"_L1);
    const auto runtimes = r.optionalStringList("runtimes"_L1);
    if (r.ok() && !runtimes)
        r.fail("runtimes"_L1, JsonReaderText::tr("required field is missing"));
    const auto size = r.optionalInteger("responseSizeMb"_L1);
    if (!r.ok())
        return r.error();
    if (l.timeoutMinutes < 1)
        return DecodeError{u"timeoutMinutes"_s, JsonReaderText::tr("must be at least 1, got %1").arg(l.timeoutMinutes)};
    l.cpuCores = *cpu;
    l.memoryGb = *mem;
    l.runtimes = *runtimes;
    l.responseSizeMb = size ? std::optional<int>(int(*size)) : std::nullopt;
    return l;
}

} // namespace fstudio
