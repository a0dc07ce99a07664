#include "core/toolkit/toolkithash.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace fstudio {

using namespace Qt::StringLiterals;

namespace {
// pathlib's Path.suffix: ".pyc" for "a.pyc", nothing for ".pyc" or "a.".
QString suffixOf(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return dot > 0 && dot + 1 < name.size() ? name.mid(dot) : QString();
}

qsizetype pythonLength(const QString &s)
{
    return s.toUcs4().size();
}

// zipfile.is_zipfile(): an end-of-central-directory record near the end.
bool looksLikeZip(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() < 22)
        return false;
    const qint64 tail = std::min<qint64>(f.size(), 22 + 65535);
    f.seek(f.size() - tail);
    return f.read(tail).contains(QByteArrayLiteral("PK\x05\x06"));
}

// calculate_hash(path, shorten=True): the whole file with CRLF read as LF.
std::optional<QString> fileHash(const QString &path)
{
    if (suffixOf(QFileInfo(path).fileName()) == u".zip"_s && looksLikeZip(path))
        return u"zipfil-hash-not-supported"_s;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    // The whole file with CRLF as LF, read in pieces (a CR at a piece's end waits for the next).
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray carried;
    while (true) {
        QByteArray chunk = f.read(1024 * 1024);
        if (chunk.isEmpty())
            break;
        chunk.prepend(carried);
        carried.clear();
        if (chunk.endsWith('\r')) {
            carried = "\r";
            chunk.chop(1);
        }
        chunk.replace("\r\n", "\n");
        hash.addData(chunk);
    }
    hash.addData(carried);
    return QString::fromLatin1(hash.result().toHex().left(8));
}

QString relative(const QDir &root, const QString &path)
{
    return root.relativeFilePath(path);
}
} // namespace

Expected<QString, ToolkitHashError> ToolkitHash::directoryHash(const QString &folder, bool shorten, const std::atomic_bool *cancel)
{
    const QDir root(folder);
    if (!root.exists())
        return ToolkitHashError{u"%1 is not a folder"_s.arg(QDir::toNativeSeparators(folder))};
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = it.fileName();
        if (name.startsWith(u".DS_Store"_s) || suffixOf(name) == u".pyc"_s)
            continue;
        files << relative(root, path);
        if (files.size() > MaxFiles)
            return ToolkitHashError{u"more than %1 files"_s.arg(MaxFiles)};
    }
    std::sort(files.begin(), files.end());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &rel : std::as_const(files)) {
        if (cancel && cancel->load())
            return ToolkitHashError{u"cancelled"_s};
        hash.addData(rel.toUtf8());
        QFile f(root.filePath(rel));
        if (!f.open(QIODevice::ReadOnly))
            return ToolkitHashError{u"%1 cannot be read: %2"_s.arg(rel, f.errorString())};
        while (true) {
            QByteArray chunk = f.read(8192); // as the Toolkit reads: a CRLF across two chunks stays
            if (chunk.isEmpty())
                break;
            chunk.replace("\r\n", "\n");
            hash.addData(chunk);
        }
    }
    const QString hex = QString::fromLatin1(hash.result().toHex());
    return shorten ? hex.left(8) : hex;
}

Expected<QString, ToolkitHashError> ToolkitHash::codeHash(const QString &folder, const std::atomic_bool *cancel)
{
    const auto top = directoryHash(folder, true, cancel);
    if (!top)
        return top.error();
    QString value = u"/="_s + *top;
    const QDir root(folder);
    QStringList toSearch{root.absolutePath()};
    int seen = 0;
    while (!toSearch.isEmpty()) {
        const QDir dir(toSearch.takeLast());
        QFileInfoList entries = dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        std::sort(entries.begin(), entries.end(), [&](const QFileInfo &a, const QFileInfo &b) {
            return relative(root, a.absoluteFilePath()) < relative(root, b.absoluteFilePath());
        });
        for (const QFileInfo &e : std::as_const(entries)) {
            if (++seen > MaxFiles)
                return ToolkitHashError{u"more than %1 files"_s.arg(MaxFiles)};
            if (e.isDir()) {
                if (!e.isSymLink()) // the directory hash does not walk into linked folders either
                    toSearch << e.absoluteFilePath();
                continue;
            }
            if (e.isFile() && (suffixOf(e.fileName()) == u".pyc"_s || e.fileName() == u".DS_Store"_s))
                continue;
            const auto h = fileHash(e.absoluteFilePath());
            if (!h)
                return ToolkitHashError{u"%1 cannot be read"_s.arg(relative(root, e.absoluteFilePath()))};
            const QString entry = relative(root, e.absoluteFilePath()) + QLatin1Char('=') + *h;
            if (pythonLength(value) + pythonLength(entry) > MaxValueLength - 1)
                break; // the rest of this folder (and its unvisited subfolders) is left out, as the Toolkit does
            value += QLatin1Char(';') + entry;
        }
    }
    return value;
}

QByteArray ToolkitHash::signature(const QString &folder)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    QStringList lines;
    const qint64 recent = QDateTime::currentMSecsSinceEpoch() - 2000;
    while (it.hasNext() && lines.size() <= MaxFiles) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const qint64 modified = info.lastModified().toMSecsSinceEpoch();
        if (modified > recent)
            return {}; // a file written in the last moments may change again within the file system's time step
        lines << u"%1\t%2\t%3"_s.arg(info.filePath()).arg(info.size()).arg(modified);
    }
    lines.sort();
    hash.addData(lines.join(QLatin1Char('\n')).toUtf8());
    return hash.result();
}

QByteArray ToolkitHash::pythonJson(const StringMap &values)
{
    const auto quoted = [](const QString &s) -> QByteArray {
        QByteArray out = "\"";
        for (const char32_t c : s.toUcs4()) {
            switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default:
                if (c < 0x20 || c > 0x7e) {
                    const auto unit = [&out](char16_t u) { out += "\\u" + QByteArray::number(u, 16).rightJustified(4, '0'); };
                    if (c > 0xffff) { // a surrogate pair, as Python writes it
                        unit(char16_t(0xd800 + ((c - 0x10000) >> 10)));
                        unit(char16_t(0xdc00 + ((c - 0x10000) & 0x3ff)));
                    } else {
                        unit(char16_t(c));
                    }
                } else {
                    out += char(c);
                }
            }
        }
        return out + '"';
    };
    QByteArrayList pairs;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        pairs << quoted(it.key()) + ": " + quoted(it.value());
    return "{" + pairs.join(", ") + "}";
}

QString ToolkitHash::secretHash(const StringMap &secrets)
{
    return QString::fromLatin1(QCryptographicHash::hash(pythonJson(secrets), QCryptographicHash::Sha512).toHex());
}

QString ToolkitHash::describedWithAuth(const QString &description, const QString &clientId, const QString &clientSecret)
{
    const QByteArray json = pythonJson(StringMap{{u"clientId"_s, clientId}, {u"clientSecret"_s, clientSecret}});
    const QString suffix = u"cdf-auth: "_s + QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha512).toHex().left(8));
    if (description.endsWith(suffix))
        return description;
    if (description.isEmpty())
        return suffix;
    constexpr int MaxDescription = 500;
    if (pythonLength(description) + pythonLength(suffix) + 1 < MaxDescription)
        return description + QLatin1Char(' ') + suffix;
    const QList<uint> points = description.toUcs4().mid(0, MaxDescription - suffix.size() - 3); // Python slices code points
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()), points.size()) + u"..."_s + suffix;
}

} // namespace fstudio
