#pragma once

#include "core/wire/decodeerror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <variant>

namespace fstudio {

// A reference to a resource by internal id or by external id: {"id": n} or {"externalId": "x"}.
class Identifier
{
public:
    Identifier() = default;
    static Identifier byId(qint64 id);
    static Identifier byExternalId(const QString &externalId);

    bool isId() const { return std::holds_alternative<qint64>(m_value); }
    bool isExternalId() const { return std::holds_alternative<QString>(m_value); }
    qint64 id() const { return isId() ? std::get<qint64>(m_value) : 0; }
    QString externalId() const { return isExternalId() ? std::get<QString>(m_value) : QString(); }
    QString toDisplayString() const;

    QJsonObject toJson() const;
    static Decoded<Identifier> fromJson(const QJsonValue &value, const QString &path = {});

    // {"items": [...]} with internal ids first, as the SDK sends them.
    static QJsonArray toJsonArray(const QList<Identifier> &ids);
    static Decoded<QList<Identifier>> listFromJson(const QJsonValue &value, const QString &path);

    friend bool operator==(const Identifier &a, const Identifier &b) { return a.m_value == b.m_value; }

private:
    std::variant<std::monostate, qint64, QString> m_value;
};

} // namespace fstudio
