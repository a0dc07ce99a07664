#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace fstudio {

// The NAME=value lines of a .env file (as the Cognite Toolkit writes them): `export ` prefixes,
// '#' comments, single or double quotes around a value, " #" comments after an unquoted value,
// CRLF line ends. A later line wins over an earlier one. Lines that are not NAME=value are
// skipped with a warning naming the line. The profile import (src/gui/profiles/profilestore.cpp)
// maps the names to a profile; tests/fuzz/fuzz_dotenv feeds it anything.
struct DotEnv
{
    QMap<QString, QString> values;
    QStringList warnings;
    static DotEnv parse(const QString &text);
};

} // namespace fstudio
