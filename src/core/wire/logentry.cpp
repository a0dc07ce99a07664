#include "core/wire/logentry.h"

#include "core/wire/jsonreader.h"

#include <QCoreApplication>

namespace fstudio {

using namespace Qt::StringLiterals;

namespace {
// JsonReaderText::tr(): the decoders' messages share the context "JsonReader" with jsonreader.cpp.
struct JsonReaderText
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
};
} // namespace

QJsonObject LogEntry::toJson() const
{
    QJsonObject o{{"message"_L1, message}};
    if (timestamp)
        o.insert("timestamp"_L1, *timestamp);
    return o;
}

Decoded<LogEntry> LogEntry::fromJson(const QJsonValue &v, const QString &path)
{
    if (!v.isObject())
        return DecodeError{path, JsonReaderText::tr("expected a log entry object, got %1").arg(JsonReader::typeName(v))};
    JsonReader r(v.toObject(), path);
    LogEntry e;
    e.timestamp = r.optionalTimestamp("timestamp"_L1);
    e.message = r.string("message"_L1);
    if (!r.ok())
        return r.error();
    return e;
}

} // namespace fstudio
