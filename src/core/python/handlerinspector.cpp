#include "core/python/handlerinspector.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace fstudio {

using namespace Qt::StringLiterals;

namespace {

// HandlerInspectorText::tr(): the findings about a handler, under the context "HandlerInspector".
struct HandlerInspectorText
{
    Q_DECLARE_TR_FUNCTIONS(HandlerInspector)
};

// One logical Python line: comments removed, string contents blanked (quotes kept), with
// the physical line number of every character.
struct LogicalLine
{
    QString text;
    QList<int> lines;
    int indent = 0;
    int firstLine = 0;
};

struct Tokenized
{
    QList<LogicalLine> lines;
    int errorLine = 0;
    QString error;
};

Tokenized tokenize(const QString &src)
{
    Tokenized out;
    LogicalLine cur;
    int line = 1;
    int depth = 0;
    bool atStart = true; // no code yet on this logical line
    int col = 0;
    auto flush = [&]() {
        if (!cur.text.trimmed().isEmpty())
            out.lines.append(cur);
        cur = LogicalLine{};
        atStart = true;
    };
    auto put = [&](QChar c) {
        if (atStart && !c.isSpace()) {
            atStart = false;
            cur.indent = col;
            cur.firstLine = line;
        }
        if (!atStart) {
            cur.text.append(c);
            cur.lines.append(line);
        }
    };
    const qsizetype n = src.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = src.at(i);
        if (c == QLatin1Char('#')) {
            while (i < n && src.at(i) != QLatin1Char('\n'))
                ++i;
            continue;
        }
        if (c == QLatin1Char('\\') && i + 1 < n && (src.at(i + 1) == QLatin1Char('\n') || src.at(i + 1) == QLatin1Char('\r'))) {
            i += src.at(i + 1) == QLatin1Char('\r') && i + 2 < n && src.at(i + 2) == QLatin1Char('\n') ? 3 : 2;
            ++line;
            col = 0;
            put(QLatin1Char(' '));
            continue;
        }
        if (c == QLatin1Char('\r')) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('\n')) {
            ++i;
            if (depth == 0)
                flush();
            else
                put(QLatin1Char(' '));
            ++line;
            col = 0;
            continue;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            const bool triple = i + 2 < n && src.at(i + 1) == c && src.at(i + 2) == c;
            const int startLine = line;
            put(c);
            i += triple ? 3 : 1;
            bool closed = false;
            while (i < n) {
                const QChar d = src.at(i);
                if (d == QLatin1Char('\\') && i + 1 < n) {
                    if (src.at(i + 1) == QLatin1Char('\n'))
                        ++line;
                    i += 2;
                    continue;
                }
                if (d == QLatin1Char('\n')) {
                    if (!triple)
                        break;
                    ++line;
                }
                if (d == c && (!triple || (i + 2 < n && src.at(i + 1) == c && src.at(i + 2) == c))) {
                    i += triple ? 3 : 1;
                    closed = true;
                    break;
                }
                ++i;
            }
            if (!closed) {
                out.errorLine = startLine;
                //: A Python syntax error, inserted into "%1 cannot be read as Python: %2."
                out.error = HandlerInspectorText::tr("unterminated string starting on line %1").arg(startLine);
                return out;
            }
            put(c);
            col += 2;
            continue;
        }
        if (c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char('{'))
            ++depth;
        else if ((c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('}')) && depth > 0)
            --depth;
        put(c == QLatin1Char('\t') ? QLatin1Char(' ') : c);
        col += c == QLatin1Char('\t') ? 8 : 1;
        ++i;
    }
    if (depth > 0) {
        out.errorLine = cur.firstLine;
        //: A Python syntax error, inserted into "%1 cannot be read as Python: %2."
        out.error = HandlerInspectorText::tr("a bracket opened on line %1 is never closed").arg(cur.firstLine);
        return out;
    }
    flush();
    return out;
}

HandlerFinding finding(HandlerFinding::Severity s, int line, const QString &code, const QString &message)
{
    return HandlerFinding{s, line, code, message};
}

// Parses "(a, b: int = 1, *, c)" starting at the '(' at index open.
QList<HandlerParameter> parseParameters(const LogicalLine &ll, qsizetype open)
{
    QList<HandlerParameter> params;
    int depth = 0;
    qsizetype start = open + 1;
    bool keywordOnly = false;
    auto take = [&](qsizetype from, qsizetype to) {
        QString piece = ll.text.mid(from, to - from);
        qsizetype lead = 0;
        while (lead < piece.size() && piece.at(lead).isSpace())
            ++lead;
        piece = piece.trimmed();
        if (piece.isEmpty() || piece == u"/"_s)
            return;
        if (piece == u"*"_s) {
            keywordOnly = true;
            return;
        }
        HandlerParameter p;
        if (piece.startsWith(u"**"_s)) {
            p.kind = HandlerParameter::Kind::VarKeyword;
            piece = piece.mid(2).trimmed();
        } else if (piece.startsWith(QLatin1Char('*'))) {
            p.kind = HandlerParameter::Kind::VarPositional;
            piece = piece.mid(1).trimmed();
            keywordOnly = true;
        } else {
            p.kind = keywordOnly ? HandlerParameter::Kind::KeywordOnly : HandlerParameter::Kind::Positional;
        }
        static const QRegularExpression ident(u"^[A-Za-z_][A-Za-z0-9_]*"_s);
        const auto m = ident.match(piece);
        p.name = m.hasMatch() ? m.captured(0) : piece;
        p.hasDefault = piece.contains(QLatin1Char('='));
        const qsizetype at = std::min<qsizetype>(from + lead, ll.lines.size() - 1);
        p.line = ll.lines.value(at, ll.firstLine);
        params.append(p);
    };
    for (qsizetype i = open; i < ll.text.size(); ++i) {
        const QChar c = ll.text.at(i);
        if (c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char('{')) {
            ++depth;
        } else if (c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('}')) {
            if (--depth == 0) {
                take(start, i);
                break;
            }
        } else if (c == QLatin1Char(',') && depth == 1) {
            take(start, i);
            start = i + 1;
        }
    }
    return params;
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> prev(b.size() + 1), cur(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

} // namespace

bool HandlerReport::hasErrors() const
{
    return std::any_of(findings.begin(), findings.end(), [](const HandlerFinding &f) { return f.severity == HandlerFinding::Severity::Error; });
}

QStringList HandlerReport::parameterNames() const
{
    QStringList out;
    for (const auto &p : parameters)
        out << p.name;
    return out;
}

const HandlerFinding *HandlerReport::find(const QString &code) const
{
    for (const auto &f : findings)
        if (f.code == code)
            return &f;
    return nullptr;
}

const QStringList &HandlerInspector::allowedParameters()
{
    static const QStringList names{u"data"_s, u"client"_s, u"secrets"_s, u"function_call_info"_s};
    return names;
}

HandlerReport HandlerInspector::inspectSource(const QString &source, const QString &functionPath)
{
    using S = HandlerFinding::Severity;
    HandlerReport report;
    const Tokenized tok = tokenize(source);
    if (!tok.error.isEmpty()) {
        report.findings << finding(
            S::Error, tok.errorLine, u"syntax"_s,
            //: %1 is the entry file, e.g. "handler.py"; %2 the syntax error, e.g. "a bracket opened on line 3 is never closed".
            HandlerInspectorText::tr("%1 cannot be read as Python: %2. Fix the syntax error; CDF cannot find handle() in a file that does not parse.")
                .arg(functionPath, tok.error));
        return report;
    }

    static const QRegularExpression defRe(u"^(async\\s+)?def\\s+handle\\s*\\("_s);
    static const QRegularExpression assignRe(u"^handle\\s*(:[^=]*)?=(?!=)"_s);
    static const QRegularExpression importedRe(u"^(from\\s+\\S+\\s+)?import\\s+.*\\bhandle\\b"_s);
    static const QRegularExpression loggingRe(u"^(import\\s+logging\\b|from\\s+logging(\\.\\w+)*\\s+import\\b)"_s);
    static const QRegularExpression relativeRe(u"^from\\s+\\.+"_s);

    const LogicalLine *winner = nullptr;
    bool winnerIsDef = false;
    int importedLine = 0;
    int nestedLine = 0;
    for (const LogicalLine &ll : tok.lines) {
        const QString &t = ll.text;
        if (loggingRe.match(t).hasMatch())
            report.findings << finding(
                S::Hint, ll.firstLine, u"import-logging"_s,
                HandlerInspectorText::tr(
                    "%1 imports logging. CDF collects what the handler prints; logging output may not reach the call's logs, so a "
                    "failed call can show no logs. Prefer print() for messages you need to see.")
                    .arg(functionPath));
        if (relativeRe.match(t).hasMatch()) {
            const bool atRoot = !functionPath.contains(QLatin1Char('/'));
            report.findings << finding(
                atRoot ? S::Warning : S::Hint, ll.firstLine, u"relative-import"_s,
                atRoot ? HandlerInspectorText::tr(
                             "Relative import in %1: the entry file is loaded as a top-level module, so \"from .x import y\" fails with "
                             "\"attempted relative import with no known parent package\". Import from the folder root instead, e.g. "
                             "\"from mymodule import y\".")
                             .arg(functionPath)
                       : HandlerInspectorText::tr(
                             "Relative import in %1: it works only if every folder on the way has an __init__.py. Absolute imports from "
                             "the folder root are safer.")
                             .arg(functionPath));
        }
        if (ll.indent != 0) {
            if (defRe.match(t).hasMatch())
                nestedLine = ll.firstLine;
            continue;
        }
        if (defRe.match(t).hasMatch()) {
            winner = &ll;
            winnerIsDef = true;
        } else if (assignRe.match(t).hasMatch()) {
            winner = &ll;
            winnerIsDef = false;
        } else if (importedRe.match(t).hasMatch()) {
            importedLine = ll.firstLine;
        }
    }

    if (!winner) {
        QString msg =
            HandlerInspectorText::tr("%1 has no top-level function named handle. Define \"def handle(data, client):\" at the top level of the file.")
                .arg(functionPath);
        if (importedLine)
            //: Added after "%1 has no top-level function named handle. ..."
            msg += u" "_s
                + HandlerInspectorText::tr("(handle is imported on line %1; CDF needs it defined in this file, not imported.)").arg(importedLine);
        else if (nestedLine)
            //: Added after "%1 has no top-level function named handle. ..."
            msg += u" "_s
                + HandlerInspectorText::tr("(A handle defined on line %1 is indented: inside a class, function or block it does not count.)")
                      .arg(nestedLine);
        report.findings << finding(S::Error, importedLine ? importedLine : nestedLine, u"handle-not-found"_s, msg);
        return report;
    }

    report.found = true;
    report.line = winner->firstLine;
    report.isAssignment = !winnerIsDef;
    if (!winnerIsDef) {
        report.findings << finding(
            S::Hint, report.line, u"handle-assignment"_s,
            HandlerInspectorText::tr("handle is assigned on line %1 rather than defined with def; its parameters cannot be checked before deploying.")
                .arg(report.line));
        return report;
    }
    report.isAsync = winner->text.startsWith(u"async"_s);
    if (report.isAsync)
        report.findings << finding(
            S::Error, report.line, u"handle-async"_s,
            HandlerInspectorText::tr(
                "handle on line %1 is declared async. CDF calls handle synchronously and the SDK does not accept an async handle; "
                "use \"def handle(...)\" and run any async code with asyncio.run() inside it.")
                .arg(report.line));

    report.parameters = parseParameters(*winner, winner->text.indexOf(QLatin1Char('(')));
    const QStringList &allowed = allowedParameters();
    for (const HandlerParameter &p : std::as_const(report.parameters)) {
        if (p.kind == HandlerParameter::Kind::VarPositional || p.kind == HandlerParameter::Kind::VarKeyword) {
            report.findings << finding(
                S::Warning, p.line, u"handle-varargs"_s,
                //: %1%2 is a parameter such as "*args" or "**kwargs", %3 a line number.
                HandlerInspectorText::tr(
                    "handle takes %1%2 (line %3). CDF passes only data, client, secrets and function_call_info, by name; name the "
                    "ones you need instead.")
                    .arg(p.kind == HandlerParameter::Kind::VarKeyword ? u"**"_s : u"*"_s, p.name, QString::number(p.line)));
            continue;
        }
        if (allowed.contains(p.name))
            continue;
        const bool soft = p.kind == HandlerParameter::Kind::KeywordOnly && p.hasDefault;
        report.findings << finding(
            soft ? S::Warning : S::Error, p.line, u"handle-parameter"_s,
            soft ? HandlerInspectorText::tr(
                       "handle has a parameter \"%1\" (line %2) that CDF never passes. Allowed parameters: data, client, secrets, "
                       "function_call_info. It has a default, so it will always keep that default.")
                       .arg(p.name, QString::number(p.line))
                 : HandlerInspectorText::tr(
                       "handle has a parameter \"%1\" (line %2) that CDF never passes. Allowed parameters: data, client, secrets, "
                       "function_call_info.")
                       .arg(p.name, QString::number(p.line)));
    }
    return report;
}

HandlerReport HandlerInspector::inspectFolder(const QString &folder, const QString &functionPath)
{
    using S = HandlerFinding::Severity;
    HandlerReport report;
    const QDir dir(folder);
    QFile file(dir.filePath(functionPath));
    if (!QFileInfo(file).isFile()) {
        report.findings << finding(S::Error, 0, u"entry-missing"_s,
                                   HandlerInspectorText::tr("The entry file %1 does not exist in %2. Check the function path, or add the file.")
                                       .arg(functionPath, QDir::toNativeSeparators(folder)));
    } else if (!file.open(QIODevice::ReadOnly)) {
        report.findings << finding(S::Error, 0, u"entry-unreadable"_s,
                                   HandlerInspectorText::tr("The entry file %1 cannot be read: %2.").arg(functionPath, file.errorString()));
    } else {
        report = inspectSource(QString::fromUtf8(file.readAll()), functionPath);
    }

    const QStringList rootFiles = dir.entryList(QDir::Files | QDir::Hidden);
    if (!rootFiles.contains(u"requirements.txt"_s)) {
        QString nearMiss;
        for (const QString &name : rootFiles) {
            const QString lower = name.toLower();
            if (lower == u"requirements.txt"_s || (lower.startsWith(u"req"_s) && editDistance(lower, u"requirements.txt"_s) <= 3)
                || lower == u"requirements"_s || lower == u"requirements.in"_s) {
                nearMiss = name;
                break;
            }
        }
        if (!nearMiss.isEmpty())
            report.findings << finding(
                S::Warning, 0, u"requirements-misspelled"_s,
                HandlerInspectorText::tr(
                    "Found \"%1\" but no requirements.txt. CDF installs packages only from a file named exactly requirements.txt at "
                    "the folder root; rename it.")
                    .arg(nearMiss));
        else if (QFileInfo::exists(dir.filePath(QFileInfo(functionPath).path() + u"/requirements.txt"_s)) && functionPath.contains(QLatin1Char('/')))
            report.findings << finding(
                S::Warning, 0, u"requirements-not-at-root"_s,
                HandlerInspectorText::tr(
                    "requirements.txt is next to %1, not at the folder root; CDF reads it only from the root of the folder. Move it up.")
                    .arg(functionPath));
        else
            report.findings << finding(
                S::Hint, 0, u"requirements-missing"_s,
                HandlerInspectorText::tr("No requirements.txt: the function gets only the packages preinstalled in the runtime (and the latest "
                                         "cognite-sdk). Add one to pin versions."));
    }
    return report;
}

} // namespace fstudio
