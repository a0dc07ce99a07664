#include "core/packaging/deploysource.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <quazip.h>
#include <quazipfile.h>
#include <unzip.h>

namespace fstudio {

using namespace Qt::StringLiterals;

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
        return u"Choose a function folder, a code zip or a Python file."_s;
    const QFileInfo info(path);
    if (!info.exists())
        return u"%1 does not exist."_s.arg(QDir::toNativeSeparators(path));
    if (!info.isReadable())
        return u"%1 cannot be read (check its permissions)."_s.arg(QDir::toNativeSeparators(path));
    if (kindOf(path) == Kind::Invalid)
        return u"%1 is neither a folder, a .zip nor a .py file. Choose the folder that holds handler.py, a zip of its contents, or one Python file."_s
            .arg(QDir::toNativeSeparators(path));
    return {};
}

QStringList DeploySource::docstringRequirements(const QString &source)
{
    // The module docstring: the first statement, a triple-quoted string.
    static const QRegularExpression docstring(uR"(^\s*(?:#[^\n]*\n\s*)*[rRuU]?("""|''')(.*?)\1)"_s, QRegularExpression::DotMatchesEverythingOption);
    const auto doc = docstring.match(source.left(1024 * 1024));
    if (!doc.hasMatch())
        return {};
    static const QRegularExpression block(uR"(\[requirements\](.*?)\[/requirements\])"_s, QRegularExpression::DotMatchesEverythingOption);
    const auto b = block.match(doc.captured(2));
    if (!b.hasMatch())
        return {};
    QStringList out;
    for (const QString &line : b.captured(1).split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1Char('#')))
            out << trimmed;
    }
    return out;
}

Expected<QString, DeploySource::Error> DeploySource::prepareSingleFile(const QString &pythonFile, const QString &target)
{
    QFile in(pythonFile);
    if (!in.open(QIODevice::ReadOnly))
        return Error{u"Cannot read %1: %2"_s.arg(QDir::toNativeSeparators(pythonFile), in.errorString())};
    constexpr qint64 MaxBytes = 10LL * 1024 * 1024;
    if (in.size() > MaxBytes)
        return Error{u"%1 is larger than 10 MB; deploy the folder it belongs to instead."_s.arg(QDir::toNativeSeparators(pythonFile))};
    const QByteArray source = in.readAll();
    QDir().mkpath(target);
    QFile handler(QDir(target).filePath(u"handler.py"_s));
    if (!handler.open(QIODevice::WriteOnly) || handler.write(source) != source.size())
        return Error{u"Cannot write %1"_s.arg(handler.fileName())};
    handler.close();
    const QStringList requirements = docstringRequirements(QString::fromUtf8(source));
    if (!requirements.isEmpty()) {
        QFile req(QDir(target).filePath(u"requirements.txt"_s));
        if (!req.open(QIODevice::WriteOnly) || req.write(requirements.join(QLatin1Char('\n')).toUtf8() + '\n') < 0)
            return Error{u"Cannot write %1"_s.arg(req.fileName())};
    }
    return QDir(target).absolutePath();
}

Expected<QString, DeploySource::Error> DeploySource::extractZip(const QString &zipPath, const QString &target, const DeployZipLimits &limits,
                                                                const std::atomic_bool *cancel)
{
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip))
        return Error{u"%1 is not a valid zip archive (zip error %2)."_s.arg(QDir::toNativeSeparators(zipPath)).arg(zip.getZipError())};
    if (!QDir().mkpath(target))
        return Error{u"Cannot create %1"_s.arg(target)};
    const QString root = QDir(target).absolutePath();
    int entries = 0;
    qint64 total = 0;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        if (cancel && *cancel)
            return Error{u"Stopped."_s};
        if (++entries > limits.maxEntries)
            return Error{u"The zip has more than %1 entries."_s.arg(limits.maxEntries)};
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info))
            return Error{u"The zip's table of contents is damaged (zip error %1)."_s.arg(zip.getZipError())};
        const QString clean = QDir::cleanPath(info.name);
        if (info.name.startsWith(QLatin1Char('/')) || info.name.contains(QLatin1Char('\\')) || clean == u".."_s || clean.startsWith(u"../"_s))
            return Error{u"The zip entry \"%1\" would be written outside the function's folder."_s.arg(info.name)};
        const QString dest = root + QLatin1Char('/') + clean;
        if (info.name.endsWith(QLatin1Char('/'))) {
            QDir().mkpath(dest);
            continue;
        }
        const qint64 size = qint64(info.uncompressedSize);
        if (size < 0 || size > limits.maxBytes - total)
            return Error{u"The zip unpacks to more than %1 MB."_s.arg(limits.maxBytes / (1024 * 1024))};
        QDir().mkpath(QFileInfo(dest).path());
        QuaZipFile in(&zip);
        QFile out(dest);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            return Error{u"Cannot unpack \"%1\" (zip error %2)."_s.arg(info.name).arg(in.getZipError())};
        for (qint64 left = size; left > 0;) {
            const QByteArray chunk = in.read(std::min<qint64>(left, 256 * 1024));
            if (chunk.isEmpty())
                return Error{u"The zip entry \"%1\" is damaged; make the zip again."_s.arg(info.name)};
            out.write(chunk);
            left -= chunk.size();
        }
        total += size;
        in.close();
        if (in.getZipError() != UNZ_OK)
            return Error{u"The zip entry \"%1\" is damaged (CRC error)."_s.arg(info.name)};
    }
    if (zip.getZipError() != UNZ_OK)
        return Error{u"The zip's table of contents is damaged or cut short (zip error %1)."_s.arg(zip.getZipError())};
    return root;
}

} // namespace fstudio
