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
    const QStringList allA = before.split(u'\n');
    const QStringList allB = after.split(u'\n');
    // The lines both share at the start and the end are not compared (most edits are small).
    qsizetype head = 0;
    while (head < allA.size() && head < allB.size() && allA[head] == allB[head])
        ++head;
    qsizetype tail = 0;
    while (tail < allA.size() - head && tail < allB.size() - head && allA[allA.size() - 1 - tail] == allB[allB.size() - 1 - tail])
        ++tail;
    const qsizetype keepHead = std::max<qsizetype>(0, head - context), keepTail = std::max<qsizetype>(0, tail - context);
    const QStringList a = allA.mid(keepHead, allA.size() - keepHead - keepTail);
    const QStringList b = allB.mid(keepHead, allB.size() - keepHead - keepTail);
    // The table is (n+1)·(m+1) ints: bounded, so a diff never takes more than a few MB or a moment.
    if (a.size() > MaxLines || b.size() > MaxLines || qint64(a.size() + 1) * qint64(b.size() + 1) > MaxCells)
        return DiffText::tr("(%1 lines before, %2 after: too long to compare line by line)").arg(allA.size()).arg(allB.size());
    const qsizetype n = a.size(), m = b.size();
    const int lineOffset = int(keepHead);
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
            lines.push_back({' ', a[i], int(j + 1) + lineOffset});
            ++i;
            ++j;
        } else if (j < m && (i >= n || lcs[size_t(i)][size_t(j + 1)] >= lcs[size_t(i + 1)][size_t(j)])) {
            lines.push_back({'+', b[j], int(j + 1) + lineOffset});
            ++j;
        } else {
            lines.push_back({'-', a[i], int(j + 1) + lineOffset});
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
