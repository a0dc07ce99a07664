#include "core/wire/cdferror.h"

#include "core/wire/jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace fstudio {

using namespace Qt::StringLiterals;

namespace {
// CdfErrorText::tr(): the message made up for an error answer without a body, under the context "CdfError".
struct CdfErrorText
{
    Q_DECLARE_TR_FUNCTIONS(CdfError)
};

// CDF's Functions API writes external ids as {"external_id": …} in error lists; the rest of
// CDF as {"externalId": …}. Write either; read both.
QJsonArray idsToJson(const QList<Identifier> &ids, bool snakeCase)
{
    QJsonArray out;
    for (const Identifier &i : ids)
        out.append(snakeCase && !i.isId() ? QJsonObject{{"external_id"_L1, i.externalId()}} : i.toJson());
    return out;
}

QJsonValue camelCaseIds(const QJsonValue &list)
{
    if (!list.isArray())
        return list;
    QJsonArray out;
    for (const QJsonValue &v : list.toArray()) {
        QJsonObject o = v.toObject();
        if (o.contains("external_id"_L1) && !o.contains("externalId"_L1))
            o.insert("externalId"_L1, o.take("external_id"_L1));
        out.append(v.isObject() ? QJsonValue(o) : v);
    }
    return out;
}
} // namespace

QJsonObject CdfError::toJson() const
{
    QJsonObject e{{"code"_L1, code}, {"message"_L1, message}};
    if (!missing.isEmpty())
        e.insert("missing"_L1, idsToJson(missing, snakeCaseExternalIds));
    if (!duplicated.isEmpty())
        e.insert("duplicated"_L1, idsToJson(duplicated, snakeCaseExternalIds));
    if (isAutoRetryable)
        e.insert("isAutoRetryable"_L1, *isAutoRetryable);
    if (!extra.isUndefined() && !extra.isNull())
        e.insert("extra"_L1, extra);
    return QJsonObject{{"error"_L1, e}};
}

QByteArray CdfError::toBody() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

CdfError CdfError::fromBody(int httpStatus, const QByteArray &body)
{
    CdfError out;
    out.code = httpStatus;
    const QByteArray trimmed = body.trimmed();
    const auto parsed = parseJsonObject(trimmed);
    if (!parsed) {
        out.message = trimmed.isEmpty() ? CdfErrorText::tr("HTTP %1 with an empty body").arg(httpStatus) : QString::fromUtf8(trimmed.left(2000));
        return out;
    }
    const QJsonValue err = parsed->value("error"_L1);
    if (err.isString()) {
        out.message = err.toString();
        return out;
    }
    if (!err.isObject()) {
        out.message = QString::fromUtf8(trimmed.left(2000));
        return out;
    }
    const QJsonObject e = err.toObject();
    if (e.value("code"_L1).isDouble())
        out.code = e.value("code"_L1).toInt(httpStatus);
    out.message = e.value("message"_L1).toString();
    // Entries the app can read are kept; one of another shape (the SDK keeps the raw dicts) does
    // not drop the rest.
    const auto readable = [](const QJsonValue &list) {
        QList<Identifier> ids;
        const QJsonValue camel = camelCaseIds(list);
        for (const QJsonValue &entry : camel.toArray())
            if (auto one = Identifier::fromJson(entry, {}))
                ids << *one;
        return ids;
    };
    out.missing = readable(e.value("missing"_L1));
    out.duplicated = readable(e.value("duplicated"_L1));
    if (e.value("isAutoRetryable"_L1).isBool())
        out.isAutoRetryable = e.value("isAutoRetryable"_L1).toBool();
    out.extra = e.value("extra"_L1);
    if (out.message.isEmpty())
        out.message = u"HTTP %1"_s.arg(httpStatus);
    return out;
}

} // namespace fstudio
