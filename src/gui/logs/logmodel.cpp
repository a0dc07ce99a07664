#include "gui/logs/logmodel.h"

#include <QDateTime>

#include <cstring>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

namespace {
bool isAscii(QByteArrayView b)
{
    for (char c : b)
        if (uchar(c) >= 0x80)
            return false;
    return true;
}

inline char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
}

// needle is lower-case ASCII; the line is any UTF-8 (non-ASCII bytes never equal ASCII ones).
bool containsFolded(QByteArrayView line, QByteArrayView needle)
{
    const qsizetype n = needle.size();
    if (n == 0)
        return true;
    if (line.size() < n)
        return false;
    const char first = needle[0];
    const char firstUpper = (first >= 'a' && first <= 'z') ? char(first - ('a' - 'A')) : first;
    const char *p = line.data();
    const char *const last = line.data() + line.size() - n;
    for (; p <= last; ++p) {
        if (*p != first && *p != firstUpper)
            continue;
        qsizetype i = 1;
        while (i < n && lower(p[i]) == needle[i])
            ++i;
        if (i == n)
            return true;
    }
    return false;
}
} // namespace

LogQuery::LogQuery(const QString &text, bool regex, bool caseSensitive)
    : m_text(text)
    , m_regex(regex)
    , m_case(caseSensitive)
{
    if (m_regex) {
        m_re = QRegularExpression(text, caseSensitive ? QRegularExpression::NoPatternOption : QRegularExpression::CaseInsensitiveOption);
        m_re.optimize();
        return;
    }
    m_needle = text.toUtf8();
    m_ascii = isAscii(m_needle);
    if (!m_case && m_ascii)
        m_needle = m_needle.toLower();
}

bool LogQuery::matches(QByteArrayView line) const
{
    if (m_text.isEmpty())
        return true;
    if (m_regex)
        return m_re.isValid() && m_re.match(QString::fromUtf8(line)).hasMatch();
    if (m_case)
        return line.indexOf(m_needle) >= 0;
    if (m_ascii)
        return containsFolded(line, m_needle);
    return QString::fromUtf8(line).contains(m_text, Qt::CaseInsensitive);
}

QList<std::pair<int, int>> LogQuery::spans(const QString &line) const
{
    QList<std::pair<int, int>> out;
    if (m_text.isEmpty())
        return out;
    if (m_regex) {
        if (!m_re.isValid())
            return out;
        auto it = m_re.globalMatch(line);
        while (it.hasNext() && out.size() < 1000) {
            const auto m = it.next();
            if (m.capturedLength() > 0)
                out.append({int(m.capturedStart()), int(m.capturedLength())});
        }
        return out;
    }
    const Qt::CaseSensitivity cs = m_case ? Qt::CaseSensitive : Qt::CaseInsensitive;
    for (qsizetype at = line.indexOf(m_text, 0, cs); at >= 0 && out.size() < 1000; at = line.indexOf(m_text, at + m_text.size(), cs))
        out.append({int(at), int(m_text.size())});
    return out;
}

LogModel::LogModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= lineCount() || index.column() != 0)
        return {};
    switch (role) {
    case Qt::DisplayRole: return line(index.row());
    case TimestampRole: {
        const qint64 t = timestamp(index.row());
        return t == NoTimestamp ? QVariant() : QVariant(t);
    }
    default: return {};
    }
}

QByteArrayView LogModel::lineBytes(int row) const
{
    const Line &l = m_lines[size_t(row)];
    return QByteArrayView(m_chunks[l.chunk].constData() + l.offset, l.length);
}

qint64 LogModel::memoryBytes() const
{
    qint64 bytes = qint64(m_lines.size() * sizeof(Line) + m_times.size() * sizeof(qint64) + m_chunks.capacity() * sizeof(QByteArray));
    for (const QByteArray &c : m_chunks)
        bytes += c.capacity();
    return bytes;
}

QByteArray LogModel::cut(QByteArray text)
{
    if (text.size() <= MaxLineBytes)
        return text;
    // Cut at a character boundary, and say so.
    qsizetype end = MaxLineBytes;
    while (end > 0 && (uchar(text[end]) & 0xC0) == 0x80)
        --end;
    text.truncate(end);
    text += QByteArrayView("… [line cut at 64 kB]");
    return text;
}

void LogModel::store(QByteArrayView text, qint64 time)
{
    if (m_chunks.empty() || m_chunks.back().size() + text.size() > ChunkBytes) {
        m_chunks.emplace_back();
        m_chunks.back().reserve(std::max<qsizetype>(ChunkBytes, text.size()));
    }
    QByteArray &chunk = m_chunks.back();
    m_lines.push_back(Line{quint32(m_chunks.size() - 1), quint32(chunk.size()), quint32(text.size())});
    chunk.append(text.data(), text.size());
    m_times.push_back(time);
    m_textBytes += text.size();
    m_longest = std::max(m_longest, int(text.size()));
}

void LogModel::append(const QList<LogEntry> &entries)
{
    // The lines of the batch are worked out first: rows are announced before they exist.
    std::vector<std::pair<QByteArray, qint64>> pending;
    pending.reserve(size_t(entries.size()));
    qint64 lines = lineCount();
    qint64 bytes = m_textBytes;
    const auto add = [&](QByteArray text, qint64 t) {
        text = cut(std::move(text));
        if (lines >= MaxLines || bytes + text.size() > MaxTextBytes) {
            ++m_dropped;
            return;
        }
        ++lines;
        bytes += text.size();
        pending.emplace_back(std::move(text), t);
    };
    for (const LogEntry &e : entries) {
        const qint64 t = e.timestamp.value_or(NoTimestamp);
        QByteArray utf8 = e.message.toUtf8();
        if (utf8.endsWith('\n'))
            utf8.chop(1);
        if (utf8.endsWith('\r'))
            utf8.chop(1);
        if (!utf8.contains('\n')) {
            add(std::move(utf8), t);
            continue;
        }
        for (QByteArray one : utf8.split('\n')) {
            if (one.endsWith('\r'))
                one.chop(1);
            add(std::move(one), t);
        }
    }
    if (pending.empty())
        return;
    beginInsertRows({}, lineCount(), lineCount() + int(pending.size()) - 1);
    for (const auto &[text, t] : pending)
        store(text, t);
    endInsertRows();
}

void LogModel::clear()
{
    beginResetModel();
    m_chunks.clear();
    m_lines.clear();
    m_times.clear();
    m_textBytes = 0;
    m_dropped = 0;
    m_longest = 0;
    endResetModel();
}

std::vector<int> LogModel::find(const LogQuery &query, int from) const
{
    std::vector<int> rows;
    if (!query.isValid())
        return rows;
    for (int r = std::max(0, from); r < lineCount(); ++r)
        if (query.matches(lineBytes(r)))
            rows.push_back(r);
    return rows;
}

} // namespace fstudio::gui
