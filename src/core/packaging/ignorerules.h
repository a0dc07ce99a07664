#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace fstudio {

// Patterns in gitignore syntax (as in a .functionignore file): '#' comments, '!' negation,
// trailing '/' for directories only, a '/' at the start or middle anchors to the folder root,
// '*', '?', '[a-z]', and '**' across directories. The last matching pattern wins.
class IgnoreRules
{
public:
    struct Rule
    {
        QString pattern; // as written
        int line = 0; // 1-based line in the source, 0 for built-in rules
        bool negated = false;
        bool directoryOnly = false;
        QRegularExpression regex;
    };

    static IgnoreRules parse(const QString &text);
    void addPattern(const QString &pattern, int line = 0);

    // The rule deciding the path (relative POSIX path), or nullptr when no rule matches.
    // The path is ignored when the returned rule is not negated.
    const Rule *decidingRule(const QString &relativePath, bool isDirectory) const;
    bool isIgnored(const QString &relativePath, bool isDirectory) const;
    const QList<Rule> &rules() const { return m_rules; }

private:
    QList<Rule> m_rules;
};

} // namespace fstudio
