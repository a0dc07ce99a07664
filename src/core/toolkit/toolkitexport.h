#pragma once

#include "core/wire/function.h"
#include "core/wire/functionschedule.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace fstudio {

// A function written as a Cognite Toolkit module's files (docs/cdf-api-notes.md §12.5):
// `<xid>.Function.yaml`, `<xid>.Schedule.yaml` (with each schedule's input data), the code in
// `<xid>/`. Secrets and schedule credentials are `${VARIABLES}` (as the Toolkit's files keep them),
// never values; the hashes the Toolkit and the app keep in the metadata are left out (the
// Toolkit's build computes its own). Every text is written so that PyYAML, the Toolkit's reader,
// reads it back as the same string: anything YAML 1.1 would read as another type (yes, 1.10, ~,
// 0x1F) or that plain YAML cannot hold is double-quoted.
class ToolkitExport
{
public:
    struct Schedule
    {
        FunctionSchedule schedule;
        QByteArray dataText; // the input data as JSON (keys in their order), or empty
    };

    // The external id the files hold: the function's, else its name made one.
    static QString externalIdFor(const Function &function);
    // What the files and the code folder are named: the external id when it is a plain file name
    // (letters, digits, _ . -, not starting with a dot), else that made of it. Never "." or "..",
    // never a path: an export writes only inside the folder chosen.
    static QString fileNameFor(const Function &function);
    // "${INGEST_API_KEY}"-style names: the external id and the key, upper case, [A-Z0-9_] only.
    static QString variableFor(const QString &externalId, const QString &key);
    static QByteArray functionYaml(const Function &function, const std::optional<QString> &dataSetExternalId);
    static QByteArray scheduleYaml(const QString &functionExternalId, const QList<Schedule> &schedules);
    // A YAML scalar that PyYAML reads back as exactly this string.
    static QString scalar(const QString &text);
};

} // namespace fstudio
