#include "core/wire/identifier.h"

#include "core/wire/jsonreader.h"

#include <QCoreApplication>

#include <algorithm>

namespace fstudio {

using namespace Qt::StringLiterals;

namespace {
// IdentifierText::tr(): how an id is named in messages, under the context "Identifier". (The
// decoding errors below only reach the emulator's clients and stay English.)
struct IdentifierText
{
    Q_DECLARE_TR_FUNCTIONS(Identifier)
};
} // namespace

Identifier Identifier::byId(qint64 id)
{
    Identifier i;
    i.m_value = id;
    return i;
}

Identifier Identifier::byExternalId(const QString &externalId)
{
    Identifier i;
    i.m_value = externalId;
    return i;
}

QString Identifier::toDisplayString() const
{
    if (isId())
        //: Names a function or file in messages, e.g. "Could not read function id 42".
        return IdentifierText::tr("id %1").arg(id());
    if (isExternalId())
        //: Names a function or file in messages, e.g. "Could not read function external id "my-fn"".
        return IdentifierText::tr("external id \"%1\"").arg(externalId());
    return IdentifierText::tr("(no id)");
}

QJsonObject Identifier::toJson() const
{
    if (isId())
        return QJsonObject{{"id"_L1, id()}};
    if (isExternalId())
        return QJsonObject{{"externalId"_L1, externalId()}};
    return {};
}

Decoded<Identifier> Identifier::fromJson(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return DecodeError{path, u"expected an object with \"id\" or \"externalId\", got %1"_s.arg(JsonReader::typeName(value))};
    JsonReader r(value.toObject(), path);
    const bool hasId = r.has("id"_L1);
    const bool hasXid = r.has("externalId"_L1);
    if (hasId == hasXid)
        return DecodeError{path, u"expected exactly one of \"id\" and \"externalId\""_s};
    if (hasId) {
        const qint64 id = r.id("id"_L1);
        if (!r.ok())
            return r.error();
        return byId(id);
    }
    const QString xid = r.string("externalId"_L1);
    if (!r.ok())
        return r.error();
    if (xid.isEmpty())
        return DecodeError{r.pathOf("externalId"_L1), u"must not be empty"_s};
    return byExternalId(xid);
}

QJsonArray Identifier::toJsonArray(const QList<Identifier> &ids)
{
    // Each id once: what CDF does with a repeated id is not documented for Functions
    // (docs/cdf-api-notes.md §11), so the app never sends one.
    QList<Identifier> sorted;
    for (const Identifier &i : ids)
        if (!sorted.contains(i))
            sorted << i;
    std::stable_partition(sorted.begin(), sorted.end(), [](const Identifier &i) { return i.isId(); });
    QJsonArray out;
    for (const Identifier &i : sorted)
        out.append(i.toJson());
    return out;
}

Decoded<QList<Identifier>> Identifier::listFromJson(const QJsonValue &value, const QString &path)
{
    if (!value.isArray())
        return DecodeError{path, u"expected an array, got %1"_s.arg(JsonReader::typeName(value))};
    const QJsonArray arr = value.toArray();
    QList<Identifier> out;
    out.reserve(arr.size());
    for (qsizetype i = 0; i < arr.size(); ++i) {
        auto one = fromJson(arr.at(i), path + u"[%1]"_s.arg(i));
        if (!one)
            return one.error();
        out.append(*one);
    }
    return out;
}

} // namespace fstudio
