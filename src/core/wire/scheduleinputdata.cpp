#include "core/wire/scheduleinputdata.h"

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

QJsonObject ScheduleInputData::toJson() const
{
    QJsonObject o{{"id"_L1, id}};
    if (data)
        o.insert("data"_L1, *data);
    return o;
}

Decoded<ScheduleInputData> ScheduleInputData::fromJson(const QJsonValue &v)
{
    if (!v.isObject())
        return DecodeError{QString(), JsonReaderText::tr("expected an input data object, got %1").arg(JsonReader::typeName(v))};
    JsonReader r(v.toObject());
    ScheduleInputData d;
    d.id = r.optionalId("id"_L1).value_or(0); // the SDK reads only "data" (get_input_data)
    d.data = r.optionalObject("data"_L1);
    if (!r.ok())
        return r.error();
    return d;
}

} // namespace fstudio
