#include "core/util/textdiff.h"

#include <QCoreApplication>

#include <vector>

namespace fstudio::TextDiff {

using namespace Qt::StringLiterals;

namespace {
struct DiffText
{
    Q_DECLARE_TR_FUNCTIONS(TextDiff)
};

struct Line
{
    char op; // ' ', '-', '+'
    QString text;
    int newLine; // 1-based line in `after` (or where it would be)
};
} // namespace

QString unified(const QString &before, const QString &after, int context)
{
    if (before == after)
        return {};
    const QStringList a = before.split(u'\n');
    const QStringList b = after.split(u'\n');
    if (a.size() > MaxLines || b.size() > MaxLines)
        return DiffText::tr("(%1 lines before, %2 after: too long to compare line by line)").arg(a.size()).arg(b.size());
    const qsizetype n = a.size(), m = b.size();
    // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[size_t(i)][size_t(j)] =
                a[i] == b[j] ? lcs[size_t(i + 1)][size_t(j + 1)] + 1 : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
    std::vector<Line> lines;
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            lines.push_back({' ', a[i], int(j + 1)});
            ++i;
            ++j;
        } else if (j < m && (i >= n || lcs[size_t(i)][size_t(j + 1)] >= lcs[size_t(i + 1)][size_t(j)])) {
            lines.push_back({'+', b[j], int(j + 1)});
            ++j;
        } else {
            lines.push_back({'-', a[i], int(j + 1)});
            ++i;
        }
    }
    // Only the changes and `context` lines around them.
    std::vector<bool> shown(lines.size(), false);
    for (size_t k = 0; k < lines.size(); ++k)
        if (lines[k].op != ' ')
            for (qsizetype c = qsizetype(k) - context; c <= qsizetype(k) + context; ++c)
                if (c >= 0 && size_t(c) < lines.size())
                    shown[size_t(c)] = true;
    QStringList out;
    bool inHunk = false;
    for (size_t k = 0; k < lines.size(); ++k) {
        if (!shown[k]) {
            inHunk = false;
            continue;
        }
        if (!inHunk)
            out << DiffText::tr("@@ line %1 @@").arg(lines[k].newLine);
        inHunk = true;
        out << QLatin1Char(lines[k].op) + u' ' + lines[k].text;
    }
    return out.join(u'\n');
}

} // namespace fstudio::TextDiff
