#include "core/util/dotenv.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fstudio {

using namespace Qt::StringLiterals;

DotEnv DotEnv::parse(const QString &text)
{
    DotEnv out;
    static const QRegularExpression line(u"^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(.*?)\\s*$"_s);
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString l = lines[i];
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
        if (l.trimmed().isEmpty() || l.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const auto m = line.match(l);
        if (!m.hasMatch()) {
            out.warnings << QCoreApplication::translate("DotEnv", "line %1 is not NAME=value and was skipped").arg(i + 1);
            continue;
        }
        QString v = m.captured(2);
        if (v.size() >= 2
            && ((v.startsWith(QLatin1Char('"')) && v.endsWith(QLatin1Char('"')))
                || (v.startsWith(QLatin1Char('\'')) && v.endsWith(QLatin1Char('\'')))))
            v = v.mid(1, v.size() - 2);
        else if (const qsizetype hash = v.indexOf(u" #"_s); hash >= 0)
            v = v.left(hash).trimmed();
        out.values.insert(m.captured(1), v);
    }
    return out;
}

} // namespace fstudio
