#include "core/util/dotenv.h"

#include <QCoreApplication>

#include <algorithm>

namespace fstudio {

using namespace Qt::StringLiterals;

DotEnv DotEnv::parse(const QString &text)
{
    DotEnv out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString l = lines[i];
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
        if (l.trimmed().isEmpty() || l.trimmed().startsWith(QLatin1Char('#')))
            continue;
        // NAME=value, read by hand (a regular expression hit PCRE's match limit on long values).
        QString rest = l.trimmed();
        if (rest.startsWith(u"export"_s) && rest.size() > 6 && rest.at(6).isSpace())
            rest = rest.mid(7).trimmed();
        const qsizetype eq = rest.indexOf(QLatin1Char('='));
        const QString name = eq > 0 ? rest.left(eq).trimmed() : QString();
        const bool validName = !name.isEmpty() && (name.at(0).isLetter() || name.at(0) == u'_') && name.at(0).unicode() < 128
            && std::all_of(name.begin(), name.end(), [](QChar c) { return c.unicode() < 128 && (c.isLetterOrNumber() || c == u'_'); });
        if (!validName) {
            out.warnings << QCoreApplication::translate("DotEnv", "line %1 is not NAME=value and was skipped").arg(i + 1);
            continue;
        }
        QString v = rest.mid(eq + 1).trimmed();
        if (v.size() >= 2
            && ((v.startsWith(QLatin1Char('"')) && v.endsWith(QLatin1Char('"')))
                || (v.startsWith(QLatin1Char('\'')) && v.endsWith(QLatin1Char('\'')))))
            v = v.mid(1, v.size() - 2);
        else if (const qsizetype hash = v.indexOf(u" #"_s); hash >= 0)
            v = v.left(hash).trimmed();
        out.values.insert(name, v);
    }
    return out;
}

} // namespace fstudio
