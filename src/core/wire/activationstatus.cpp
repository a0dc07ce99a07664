#include "core/wire/activationstatus.h"

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

QJsonObject ActivationStatus::toJson() const
{
    return QJsonObject{{"status"_L1, text.isEmpty() ? toWire(state) : text}};
}

Decoded<ActivationStatus> ActivationStatus::fromJson(const QJsonValue &v)
{
    if (!v.isObject())
        return DecodeError{QString(), JsonReaderText::tr("expected an activation status object, got %1").arg(JsonReader::typeName(v))};
    JsonReader r(v.toObject());
    ActivationStatus s;
    s.text = r.string("status"_L1);
    if (!r.ok())
        return r.error();
    s.state = activationStateFromWire(s.text);
    return s;
}

} // namespace fstudio
