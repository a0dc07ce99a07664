#pragma once

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// How EmulatorStore writes values into its tables (its two source files share these).
namespace fstudio::emulator::storetext {

inline QString toText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

inline QJsonObject toObject(const QString &s)
{
    return QJsonDocument::fromJson(s.toUtf8()).object();
}

// Tokens, nonces and link keys are stored as their SHA-256 only.
inline QString hashToken(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace fstudio::emulator::storetext
