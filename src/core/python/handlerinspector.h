#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace fstudio {

// Something worth telling the user about a handler file.
struct HandlerFinding
{
    enum class Severity { Error, Warning, Hint };
    Severity severity = Severity::Error;
    int line = 0; // 1-based; 0 when it concerns the whole file or folder
    QString code; // stable id for tests and UI, e.g. "handle-not-found"
    QString message;
};

struct HandlerParameter
{
    QString name;
    int line = 0;
    enum class Kind { Positional, KeywordOnly, VarPositional, VarKeyword } kind = Kind::Positional;
    bool hasDefault = false;
};

struct HandlerReport
{
    bool found = false;
    int line = 0; // line of the winning definition
    bool isAssignment = false; // handle = something
    bool isAsync = false;
    QList<HandlerParameter> parameters;
    QList<HandlerFinding> findings;

    bool hasErrors() const;
    QStringList parameterNames() const;
    const HandlerFinding *find(const QString &code) const;
};

// Finds and checks the entry point of a CDF function without running Python, the way the
// Python SDK does: the last top-level `def handle(...)` (or `handle = ...`) in the module wins;
// only data, client, secrets and function_call_info may be parameters.
class HandlerInspector
{
public:
    static const QStringList &allowedParameters();
    static HandlerReport inspectSource(const QString &source, const QString &functionPath = QStringLiteral("handler.py"));
    // Reads folder/functionPath and adds folder-level hints (requirements.txt).
    static HandlerReport inspectFolder(const QString &folder, const QString &functionPath = QStringLiteral("handler.py"));
};

} // namespace fstudio
