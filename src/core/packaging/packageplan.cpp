#include "core/packaging/packageplan.h"

#include "core/packaging/ignorerules.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace fstudio {

using namespace Qt::StringLiterals;

namespace {

// PackagePlanText::tr(): why files are left out or cannot be packaged, under the context "PackagePlan".
// A note about a file is shown after its path ("data/big.csv: ...").
struct PackagePlanText
{
    Q_DECLARE_TR_FUNCTIONS(PackagePlan)
};

const char *const IgnoreFileName = ".functionignore";

bool looksLikeCredentials(const QString &name)
{
    static const QList<QRegularExpression> patterns{
        QRegularExpression(u"^\\.env(\\..*)?$"_s),
        QRegularExpression(u"\\.pem$"_s),
        QRegularExpression(u"\\.key$"_s),
        QRegularExpression(u"^credentials.*\\.json$"_s, QRegularExpression::CaseInsensitiveOption),
    };
    for (const auto &p : patterns)
        if (p.match(name).hasMatch())
            return true;
    return false;
}

bool isInside(const QString &canonicalRoot, const QString &canonicalPath)
{
    return canonicalPath == canonicalRoot || canonicalPath.startsWith(canonicalRoot + QLatin1Char('/'));
}

class Walker
{
public:
    Walker(PackagePlan &plan, const IgnoreRules &defaults, const IgnoreRules &user, const QString &canonicalRoot, const std::atomic_bool *cancel,
           const PackageLimits &limits)
        : m_plan(plan)
        , m_defaults(defaults)
        , m_user(user)
        , m_root(canonicalRoot)
        , m_cancel(cancel)
        , m_limits(limits)
    {
    }

    void walk(const QString &absDir, const QString &relDir)
    {
        if (m_stop)
            return;
        const QString canon = QFileInfo(absDir).canonicalFilePath();
        if (m_visited.contains(canon)) {
            //: A note shown after a folder's path ("lib/loop: ...").
            m_plan.warnings << PackagePlan::Note{
                relDir, PackagePlanText::tr("symbolic link loop: the folder was already included once, so it is skipped here")};
            return;
        }
        m_visited.insert(canon);
        QDir dir(absDir);
        const QFileInfoList entries = dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &fi : entries) {
            if (m_stop)
                return;
            if (m_cancel && m_cancel->load()) {
                m_plan.cancelled = true;
                m_stop = true;
                return;
            }
            if (++m_seen > m_limits.maxEntries) {
                stop(PackagePlanText::tr(
                         "the folder holds more than %1 files and folders; choose the function's own folder, or leave large folders out "
                         "with .functionignore")
                         .arg(m_limits.maxEntries));
                return;
            }
            const QString rel = relDir.isEmpty() ? fi.fileName() : relDir + QLatin1Char('/') + fi.fileName();
            visit(fi, rel);
        }
    }

private:
    void stop(const QString &why)
    {
        m_plan.errors << PackagePlan::Note{QString(), why};
        m_stop = true;
    }

    static bool isControl(QChar c) { return c.category() == QChar::Other_Control; }

    void visit(const QFileInfo &fi, const QString &rel)
    {
        if (const QString name = fi.fileName(); std::any_of(name.begin(), name.end(), isControl)) {
            QString shown = rel;
            std::replace_if(shown.begin(), shown.end(), isControl, QChar(0xFFFD));
            m_plan.errors << PackagePlan::Note{
                shown,
                //: A note shown after a file's path ("data/a?b.txt: ...").
                PackagePlanText::tr("the name holds a line break or another control character; rename it (zip tools and CDF do not handle such names "
                                    "reliably)")};
            return;
        }
        if (fi.isSymLink()) {
            const QString target = fi.symLinkTarget();
            const QFileInfo targetInfo(target);
            if (!targetInfo.exists()) {
                //: A note shown after a file's path ("lib/link: ..."); %1 is where the link points.
                m_plan.errors << PackagePlan::Note{
                    rel, PackagePlanText::tr("broken symbolic link to %1; remove it or add it to .functionignore").arg(target)};
                return;
            }
            if (!isInside(m_root, targetInfo.canonicalFilePath())) {
                m_plan.errors << PackagePlan::Note{
                    rel,
                    //: A note shown after a file's path ("lib/link: ..."); %1 is where the link points.
                    PackagePlanText::tr(
                        "symbolic link points outside the function folder (to %1); CDF only receives the folder, so copy the file in or add "
                        "the link to .functionignore")
                        .arg(targetInfo.canonicalFilePath())};
                return;
            }
        }
        const bool isDir = fi.isDir();
        if (rel == QLatin1StringView(IgnoreFileName)) {
            //: Why .functionignore is not packaged, shown after its name (".functionignore: ...").
            m_plan.excluded << PackagePlan::Note{rel, PackagePlanText::tr("the ignore file itself is not part of the function")};
            return;
        }
        if (const auto *r = m_user.decidingRule(rel, isDir)) {
            if (!r->negated) {
                //: Why a file is left out, shown after its path: %1 is a line number in .functionignore, %2 the pattern on it.
                m_plan.excluded << PackagePlan::Note{rel,
                                                     PackagePlanText::tr(".functionignore line %1: %2").arg(QString::number(r->line), r->pattern)};
                return;
            }
        } else if (m_defaults.isIgnored(rel, isDir)) {
            const auto *d = m_defaults.decidingRule(rel, isDir);
            //: Why a file is left out, shown after its path; %1 is a pattern such as "__pycache__/".
            m_plan.excluded << PackagePlan::Note{rel, PackagePlanText::tr("excluded by default (%1)").arg(d->pattern)};
            return;
        }
        if (isDir) {
            if (!fi.isReadable() || !fi.isExecutable()) {
                //: A note shown after a folder's path.
                m_plan.errors << PackagePlan::Note{
                    rel, PackagePlanText::tr("folder cannot be read (permission denied); fix its permissions or add it to .functionignore")};
                return;
            }
            walk(fi.absoluteFilePath(), rel);
            return;
        }
        if (!fi.isFile()) {
            //: Why a file is left out, shown after its path.
            m_plan.excluded << PackagePlan::Note{rel, PackagePlanText::tr("not a regular file (device, socket or pipe)")};
            return;
        }
        QFile probe(fi.absoluteFilePath());
        if (!probe.open(QIODevice::ReadOnly)) {
            m_plan.errors << PackagePlan::Note{
                //: A note shown after a file's path; %1 is the system's reason, e.g. "Permission denied".
                rel, PackagePlanText::tr("file cannot be read (%1); fix its permissions or add it to .functionignore").arg(probe.errorString())};
            return;
        }
        probe.close();
        if (looksLikeCredentials(fi.fileName()))
            m_plan.warnings << PackagePlan::Note{
                rel,
                //: A warning shown after a file's path (".env: ...").
                PackagePlanText::tr("looks like a credentials file; anyone who can read the function's code file can read it. Use function secrets "
                                    "instead, or add it to .functionignore")};
        m_plan.files << PackagePlan::Entry{rel, fi.absoluteFilePath(), fi.size(), fi.lastModified()};
        m_plan.totalBytes += fi.size();
        if (m_plan.files.size() > m_limits.maxFiles)
            stop(PackagePlanText::tr("more than %1 files to package; CDF builds functions from code, not data: leave data folders out with "
                                     ".functionignore")
                     .arg(m_limits.maxFiles));
        else if (m_plan.totalBytes > m_limits.maxBytes)
            //: %1 is the limit in MB, %2 a file's path, %3 its size in MB.
            stop(PackagePlanText::tr(
                     "the files to package add up to more than %1 MB (%2 alone is %3 MB); leave large data files out with .functionignore")
                     .arg(QString::number(m_limits.maxBytes / (1024 * 1024)), rel, QString::number(fi.size() / (1024 * 1024))));
    }

    PackagePlan &m_plan;
    const IgnoreRules &m_defaults;
    const IgnoreRules &m_user;
    QString m_root;
    const std::atomic_bool *m_cancel;
    PackageLimits m_limits;
    QSet<QString> m_visited;
    int m_seen = 0;
    bool m_stop = false;
};

} // namespace

bool PackagePlan::contains(const QString &path) const
{
    return entry(path) != nullptr;
}

QString PackagePlan::normalizedPath(const QString &path)
{
    QString p = path;
    while (p.startsWith(QLatin1StringView("./")))
        p.remove(0, 2);
    return p;
}

const PackagePlan::Entry *PackagePlan::entry(const QString &path) const
{
    const QString wanted = normalizedPath(path);
    for (const auto &e : files)
        if (e.path == wanted)
            return &e;
    return nullptr;
}

const QStringList &PackagePlanner::defaultExclusions()
{
    static const QStringList patterns{u"__pycache__/"_s, u"*.pyc"_s,        u".git/"_s,          u".venv/"_s,
                                      u"venv/"_s,        u".mypy_cache/"_s, u".pytest_cache/"_s, u".DS_Store"_s};
    return patterns;
}

PackagePlan PackagePlanner::plan(const QString &folder, const std::atomic_bool *cancel, const PackageLimits &limits)
{
    PackagePlan plan;
    const QFileInfo rootInfo(folder);
    plan.root = rootInfo.absoluteFilePath();
    if (!rootInfo.exists()) {
        plan.errors << PackagePlan::Note{QString(), PackagePlanText::tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(plan.root))};
        return plan;
    }
    if (!rootInfo.isDir()) {
        plan.errors << PackagePlan::Note{
            QString(),
            PackagePlanText::tr("%1 is a file, not a folder; choose the folder that contains handler.py").arg(QDir::toNativeSeparators(plan.root))};
        return plan;
    }
    IgnoreRules defaults;
    for (const QString &p : defaultExclusions())
        defaults.addPattern(p);
    IgnoreRules user;
    QFile ignoreFile(QDir(plan.root).filePath(QLatin1StringView(IgnoreFileName)));
    if (ignoreFile.exists()) {
        if (ignoreFile.size() > limits.maxIgnoreFileBytes)
            plan.errors << PackagePlan::Note{
                QLatin1StringView(IgnoreFileName),
                //: Shown after the file's name: ".functionignore: is larger than 64 kB; ..."
                PackagePlanText::tr("is larger than %1 kB; an ignore file holds patterns, one per line").arg(limits.maxIgnoreFileBytes / 1024)};
        else if (!QFileInfo(ignoreFile).isFile())
            //: Shown after the file's name: ".functionignore: is not a regular file"
            plan.errors << PackagePlan::Note{QLatin1StringView(IgnoreFileName), PackagePlanText::tr("is not a regular file")};
        else if (ignoreFile.open(QIODevice::ReadOnly))
            user = IgnoreRules::parse(QString::fromUtf8(ignoreFile.read(limits.maxIgnoreFileBytes)));
        else
            //: Shown after the file's name: ".functionignore: cannot be read: Permission denied"
            plan.errors << PackagePlan::Note{QLatin1StringView(IgnoreFileName),
                                             PackagePlanText::tr("cannot be read: %1").arg(ignoreFile.errorString())};
    }
    Walker walker(plan, defaults, user, rootInfo.canonicalFilePath(), cancel, limits);
    walker.walk(plan.root, QString());
    std::sort(plan.files.begin(), plan.files.end(), [](const auto &a, const auto &b) { return a.path < b.path; });
    if (plan.files.isEmpty() && plan.errors.isEmpty() && !plan.cancelled)
        plan.errors << PackagePlan::Note{QString(),
                                         PackagePlanText::tr("there are no files to package in %1 (everything is excluded or the folder is empty)")
                                             .arg(QDir::toNativeSeparators(plan.root))};
    return plan;
}

} // namespace fstudio
