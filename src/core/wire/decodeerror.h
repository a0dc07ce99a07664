#pragma once

#include "core/util/expected.h"

#include <QString>

namespace fstudio {

// Why a JSON payload could not be decoded: the dotted path of the offending field
// (e.g. "items[3].status") and what is wrong with it.
struct DecodeError
{
    QString field;
    QString message;

    QString toString() const { return field.isEmpty() ? message : field + QStringLiteral(": ") + message; }
};

template<typename T> using Decoded = Expected<T, DecodeError>;

} // namespace fstudio
