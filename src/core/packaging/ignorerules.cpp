#include "core/packaging/ignorerules.h"

#include <QStringList>

namespace fstudio {

using namespace Qt::StringLiterals;

namespace {

QString translate(const QString &p)
{
    QString re;
    const qsizetype n = p.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = p.at(i);
        if (c == QLatin1Char('*')) {
            if (i + 1 < n && p.at(i + 1) == QLatin1Char('*')) {
                const bool atStart = i == 0 || p.at(i - 1) == QLatin1Char('/');
                const bool slashAfter = i + 2 < n && p.at(i + 2) == QLatin1Char('/');
                const bool atEnd = i + 2 == n;
                if (atStart && slashAfter) { // "**/" : zero or more directories
                    re += u"(?:.*/)?"_s;
                    i += 2;
                    continue;
                }
                if (atStart && atEnd) { // trailing "/**" : everything inside
                    re += u".*"_s;
                    ++i;
                    continue;
                }
                re += u".*"_s; // other "**" behave like "*" across slashes
                ++i;
                continue;
            }
            re += u"[^/]*"_s;
        } else if (c == QLatin1Char('?')) {
            re += u"[^/]"_s;
        } else if (c == QLatin1Char('[')) {
            const qsizetype close = p.indexOf(QLatin1Char(']'), i + 2);
            if (close < 0) {
                re += u"\\["_s;
                continue;
            }
            QString cls = p.mid(i + 1, close - i - 1);
            if (cls.startsWith(QLatin1Char('!')))
                cls[0] = QLatin1Char('^');
            cls.replace(u"\\"_s, u"\\\\"_s);
            re += u"["_s + cls + u"]"_s;
            i = close;
        } else if (c == QLatin1Char('\\') && i + 1 < n) {
            re += QRegularExpression::escape(QString(p.at(++i)));
        } else {
            re += QRegularExpression::escape(QString(c));
        }
    }
    return re;
}

} // namespace

IgnoreRules IgnoreRules::parse(const QString &text)
{
    IgnoreRules rules;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i)
        rules.addPattern(lines[i], i + 1);
    return rules;
}

void IgnoreRules::addPattern(const QString &raw, int line)
{
    QString p = raw;
    if (p.endsWith(QLatin1Char('\r')))
        p.chop(1);
    // Trailing spaces are dropped unless escaped with a backslash.
    while (p.endsWith(QLatin1Char(' ')) && !p.endsWith(u"\\ "_s))
        p.chop(1);
    if (p.isEmpty() || p.startsWith(QLatin1Char('#')))
        return;
    Rule r;
    r.pattern = p;
    r.line = line;
    if (p.startsWith(QLatin1Char('!'))) {
        r.negated = true;
        p = p.mid(1);
    } else if (p.startsWith(u"\\!"_s) || p.startsWith(u"\\#"_s)) {
        p = p.mid(1);
    }
    if (p.endsWith(QLatin1Char('/'))) {
        r.directoryOnly = true;
        p.chop(1);
    }
    if (p.isEmpty())
        return;
    const bool anchored = p.contains(QLatin1Char('/'));
    if (p.startsWith(QLatin1Char('/')))
        p = p.mid(1);
    const QString body = translate(p);
    r.regex = QRegularExpression(anchored ? u"^"_s + body + u"$"_s : u"^(?:.*/)?"_s + body + u"$"_s);
    if (r.regex.isValid())
        m_rules.append(r);
}

const IgnoreRules::Rule *IgnoreRules::decidingRule(const QString &relativePath, bool isDirectory) const
{
    for (qsizetype i = m_rules.size() - 1; i >= 0; --i) {
        const Rule &r = m_rules[i];
        if (r.directoryOnly && !isDirectory)
            continue;
        if (r.regex.match(relativePath).hasMatch())
            return &r;
    }
    return nullptr;
}

bool IgnoreRules::isIgnored(const QString &relativePath, bool isDirectory) const
{
    const Rule *r = decidingRule(relativePath, isDirectory);
    return r && !r->negated;
}

} // namespace fstudio
