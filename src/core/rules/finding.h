#pragma once

#include <QList>
#include <QString>

namespace fstudio {

// One thing a check found in the user's files or settings: where (a file and line, when it has
// one), a stable code for scripts ("unresolved-variable", "syntax", …), and a sentence that says
// what is wrong and how to fix it. The headless check prints these; the wizard shows them.
struct Finding
{
    enum class Severity { Error, Warning, Info };
    Severity severity = Severity::Error;
    QString code;
    QString message;
    QString file; // absolute, or empty
    int line = 0; // 1-based; 0 when not tied to a line

    bool isError() const { return severity == Severity::Error; }
    static QString severityName(Severity s)
    {
        return s == Severity::Error ? QStringLiteral("error") : s == Severity::Warning ? QStringLiteral("warning") : QStringLiteral("info");
    }
};

using Findings = QList<Finding>;

} // namespace fstudio
