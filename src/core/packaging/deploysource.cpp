#include "core/packaging/deploysource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <quazip.h>
#include <quazipfile.h>
#include <unzip.h>

namespace fstudio {

using namespace Qt::StringLiterals;

namespace {
// DeploySourceText::tr(): the problems with what the user chose to deploy, under the context "DeploySource".
struct DeploySourceText
{
    Q_DECLARE_TR_FUNCTIONS(DeploySource)
};
} // namespace

DeploySource::Kind DeploySource::kindOf(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return Kind::Folder;
    if (!info.isFile())
        return Kind::Invalid;
    if (info.suffix().compare(u"zip"_s, Qt::CaseInsensitive) == 0)
        return Kind::Zip;
    if (info.suffix().compare(u"py"_s, Qt::CaseInsensitive) == 0)
        return Kind::PythonFile;
    return Kind::Invalid;
}

QString DeploySource::problemWith(const QString &path)
{
    if (path.trimmed().isEmpty())
        return DeploySourceText::tr("Choose a function folder, a code zip or a Python file.");
    const QFileInfo info(path);
    if (!info.exists())
        return DeploySourceText::tr("%1 does not exist.").arg(QDir::toNativeSeparators(path));
    if (!info.isReadable())
        return DeploySourceText::tr("%1 cannot be read (check its permissions).").arg(QDir::toNativeSeparators(path));
    if (kindOf(path) == Kind::Invalid)
        return DeploySourceText::
            tr("%1 is neither a folder, a .zip nor a .py file. Choose the folder that holds handler.py, a zip of its contents, or one Python file.")
                .arg(QDir::toNativeSeparators(path));
    return {};
}

namespace {
// The lines of a `[requirements] ... [/requirements]` block in a docstring's text.
std::optional<QStringList> requirementsBlock(const QString &doc)
{
    static const QRegularExpression block(uR"(\[requirements\](.*?)\[/requirements\])"_s, QRegularExpression::DotMatchesEverythingOption);
    const auto b = block.match(doc);
    if (!b.hasMatch())
        return std::nullopt;
    QStringList out;
    for (const QString &line : b.captured(1).split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1Char('#')))
            out << trimmed;
    }
    return out;
}

// The docstring of the module-level `def handle(...)`: the first statement of its body when that
// is a triple-quoted string. Read, never run (the SDK imports the file and calls getdoc(handle)).
std::optional<QString> handleDocstring(const QString &source)
{
    static const QRegularExpression def(uR"(^(?:async[ \t]+)?def[ \t]+handle[ \t]*\()"_s, QRegularExpression::MultilineOption);
    const auto m = def.match(source);
    if (!m.hasMatch())
        return std::nullopt;
    // The signature ends at the ':' after the closing parenthesis (annotations may hold brackets).
    int depth = 1;
    qsizetype i = m.capturedEnd();
    for (; i < source.size() && depth > 0; ++i) {
        const QChar c = source.at(i);
        if (c == u'(' || c == u'[' || c == u'{')
            ++depth;
        else if (c == u')' || c == u']' || c == u'}')
            --depth;
    }
    const qsizetype colon = source.indexOf(QLatin1Char(':'), i);
    if (depth != 0 || colon < 0)
        return std::nullopt;
    static const QRegularExpression body(uR"(\G[ \t]*(?:#[^\n]*)?\n(?:[ \t]*(?:#[^\n]*)?\n)*[ \t]+[rRuU]?("""|''')(.*?)\1)"_s,
                                         QRegularExpression::DotMatchesEverythingOption);
    const auto doc = body.match(source, colon + 1);
    if (!doc.hasMatch())
        return std::nullopt;
    return doc.captured(2);
}
} // namespace

QStringList DeploySource::docstringRequirements(const QString &source)
{
    const QString text = source.left(1024 * 1024);
    // handle()'s docstring first, as the SDK reads it; the module's as a fallback.
    if (const auto doc = handleDocstring(text))
        if (const auto lines = requirementsBlock(*doc))
            return *lines;
    static const QRegularExpression docstring(uR"(^\s*(?:#[^\n]*\n\s*)*[rRuU]?("""|''')(.*?)\1)"_s, QRegularExpression::DotMatchesEverythingOption);
    const auto doc = docstring.match(text);
    if (!doc.hasMatch())
        return {};
    return requirementsBlock(doc.captured(2)).value_or(QStringList());
}

Expected<QString, DeploySource::Error> DeploySource::prepareSingleFile(const QString &pythonFile, const QString &target)
{
    QFile in(pythonFile);
    if (!in.open(QIODevice::ReadOnly))
        return Error{DeploySourceText::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(pythonFile), in.errorString())};
    constexpr qint64 MaxBytes = 10LL * 1024 * 1024;
    if (in.size() > MaxBytes)
        return Error{
            DeploySourceText::tr("%1 is larger than 10 MB; deploy the folder it belongs to instead.").arg(QDir::toNativeSeparators(pythonFile))};
    const QByteArray source = in.readAll();
    QDir().mkpath(target);
    QFile handler(QDir(target).filePath(u"handler.py"_s));
    if (!handler.open(QIODevice::WriteOnly) || handler.write(source) != source.size())
        return Error{DeploySourceText::tr("Cannot write %1").arg(handler.fileName())};
    handler.close();
    const QStringList requirements = docstringRequirements(QString::fromUtf8(source));
    if (!requirements.isEmpty()) {
        QFile req(QDir(target).filePath(u"requirements.txt"_s));
        if (!req.open(QIODevice::WriteOnly) || req.write(requirements.join(QLatin1Char('\n')).toUtf8() + '\n') < 0)
            return Error{DeploySourceText::tr("Cannot write %1").arg(req.fileName())};
    }
    return QDir(target).absolutePath();
}

// Unpacks a zip so that nothing lands outside `target`, and ends on every input: entries are read
// with explicit sizes, a read that gives nothing is an error (corrupt deflate data used to spin
// forever here), and the entry count and the uncompressed total are bounded (zip bombs).
// Returns an error text, or empty on success.
Expected<QString, DeploySource::Error> DeploySource::extractZip(const QString &zipPath, const QString &target, const DeployZipLimits &limits,
                                                                const std::atomic_bool *cancel, QStringList *topLevel)
{
    QStringList names;
    if (!topLevel)
        topLevel = &names;
    QDir(target).removeRecursively();
    if (!QDir().mkpath(target))
        return Error{DeploySourceText::tr("cannot create %1").arg(target)};
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip))
        return Error{DeploySourceText::tr("The code file is not a valid zip archive (zip error %1). Upload a zip made from the function folder.")
                         .arg(zip.getZipError())};
    // The count in the zip's end record can lie (it is an int here, and zip64 has 64 bits):
    // count the entries while walking them.
    // A hint (the local emulator's, in English) makes another sentence.
    const QString tooMany = limits.entriesHint.isEmpty() ? DeploySourceText::tr("The zip has more than %1 entries.").arg(limits.maxEntries)
                                                         : u"The zip has more than %1 entries%2."_s.arg(limits.maxEntries).arg(limits.entriesHint);
    if (zip.getEntriesCount() > limits.maxEntries)
        return Error{tooMany};
    int entries = 0;
    const QString root = QDir(target).absolutePath();
    qint64 total = 0;
    const QString tooBig = limits.bytesHint.isEmpty()
        ? DeploySourceText::tr("The code unpacks to more than %1 MB.").arg(limits.maxBytes / (1024 * 1024))
        : u"The code unpacks to more than %1 MB%2."_s.arg(limits.maxBytes / (1024 * 1024)).arg(limits.bytesHint);
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        if (++entries > limits.maxEntries)
            return Error{tooMany};
        if (cancel && *cancel)
            return Error{DeploySourceText::tr("The deploy was stopped.")};
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info))
            return Error{DeploySourceText::tr("The zip's table of contents is damaged (zip error %1).").arg(zip.getZipError())};
        const QString name = info.name;
        const QString clean = QDir::cleanPath(name);
        if (name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) || clean == u".."_s || clean.startsWith(u"../"_s)
            || QDir::isAbsolutePath(clean))
            return Error{DeploySourceText::tr(
                             "The zip contains the entry \"%1\", which would be written outside the function's folder. Zip the folder's contents "
                             "with relative paths.")
                             .arg(name)};
        const QString top = clean.section(QLatin1Char('/'), 0, 0);
        if (!top.isEmpty() && top != u"."_s && !topLevel->contains(top))
            *topLevel << top + (clean.contains(QLatin1Char('/')) || name.endsWith(QLatin1Char('/')) ? u"/"_s : QString());
        if (name.endsWith(QLatin1Char('/')) || clean == u"."_s) {
            QDir().mkpath(root + u"/"_s + clean);
            continue;
        }
        const QString dest = root + u"/"_s + clean;
        if (!QDir::cleanPath(dest).startsWith(root + u"/"_s))
            return Error{DeploySourceText::tr("The zip entry \"%1\" escapes the function's folder.").arg(name)};
        const qint64 size = qint64(info.uncompressedSize);
        if (size < 0 || size > limits.maxBytes - total) // never total + size: a declared size near 2^63 would wrap
            return Error{tooBig};
        QDir().mkpath(QFileInfo(dest).path());
        QuaZipFile in(&zip);
        if (!in.open(QIODevice::ReadOnly))
            return Error{DeploySourceText::tr("Cannot read the zip entry \"%1\" (zip error %2); the archive may be damaged.")
                             .arg(name, QString::number(in.getZipError()))};
        QFile out(dest);
        if (!out.open(QIODevice::WriteOnly))
            return Error{DeploySourceText::tr("Cannot write %1").arg(dest)};
        for (qint64 left = size; left > 0;) {
            if (cancel && *cancel)
                return Error{DeploySourceText::tr("The deploy was stopped.")};
            const QByteArray chunk = in.read(std::min<qint64>(left, 256 * 1024));
            if (chunk.isEmpty())
                return Error{
                    DeploySourceText::tr("The zip entry \"%1\" is damaged: its compressed data cannot be read (zip error %2). Make the zip again.")
                        .arg(name, QString::number(in.getZipError()))};
            out.write(chunk);
            left -= chunk.size();
        }
        total += size;
        in.close(); // checks the CRC of what was read
        if (in.getZipError() != 0)
            return Error{DeploySourceText::tr("The zip entry \"%1\" is damaged (CRC error).").arg(name)};
    }
    // goToNextFile() also ends on an error (a cut or lying central directory): that is no success.
    if (zip.getZipError() != UNZ_OK)
        return Error{
            DeploySourceText::tr("The zip's table of contents is damaged or cut short (zip error %1). Make the zip again.").arg(zip.getZipError())};
    topLevel->sort();
    return QDir(target).absolutePath();
}

} // namespace fstudio
