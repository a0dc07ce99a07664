#include "core/wire/logentry.h"

#include "core/wire/jsonreader.h"

namespace fstudio {

using namespace Qt::StringLiterals;

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
        return DecodeError{path, u"expected a log entry object, got %1"_s.arg(JsonReader::typeName(v))};
    JsonReader r(v.toObject(), path);
    LogEntry e;
    e.timestamp = r.optionalTimestamp("timestamp"_L1);
    e.message = r.string("message"_L1);
    if (!r.ok())
        return r.error();
    return e;
}

} // namespace fstudio
