#pragma once

#include "core/wire/logentry.h"

#include <QAbstractListModel>
#include <QByteArray>
#include <QByteArrayView>
#include <QRegularExpression>

#include <deque>
#include <limits>
#include <vector>

namespace fstudio::gui {

// What the log viewer searches for: plain text or a regular expression, with or without case.
class LogQuery
{
public:
    LogQuery() = default;
    LogQuery(const QString &text, bool regex, bool caseSensitive);
    bool isEmpty() const { return m_text.isEmpty(); }
    bool isValid() const { return !m_regex || m_re.isValid(); }
    QString errorString() const { return m_re.errorString(); }
    QString text() const { return m_text; }
    bool isRegex() const { return m_regex; }
    bool isCaseSensitive() const { return m_case; }
    // Whether a line (UTF-8) matches. Plain ASCII text is matched on the bytes, without decoding.
    bool matches(QByteArrayView line) const;
    // Where it matches in a decoded line, for highlighting: (start, length) pairs.
    QList<std::pair<int, int>> spans(const QString &line) const;

private:
    QString m_text;
    QByteArray m_needle; // UTF-8, lower-cased when not case-sensitive and ASCII
    bool m_regex = false;
    bool m_case = false;
    bool m_ascii = true;
    QRegularExpression m_re;
};

// The lines of one call's log, append-only, fed in batches (one row insert per batch). Lines are
// kept as UTF-8 in 1 MB chunks with a 12-byte index entry and a timestamp each, so a million
// lines cost little more than their text; nothing is ever moved once stored. A line longer than
// MaxLineBytes is cut (and says so); past MaxLines or MaxTextBytes new lines are counted, not
// kept: droppedLines() counts them and the log panel says so.
class LogModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { TimestampRole = Qt::UserRole + 1 };
    static constexpr qint64 NoTimestamp = std::numeric_limits<qint64>::min();
    static constexpr int ChunkBytes = 1 << 20;
    static constexpr int MaxLineBytes = 64 * 1024;
    static constexpr int MaxLines = 10'000'000;
    static constexpr qint64 MaxTextBytes = 2LL * 1024 * 1024 * 1024;

    explicit LogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // One batch, in order; a message with line breaks becomes several lines.
    void append(const QList<LogEntry> &entries);
    void clear();

    int lineCount() const { return int(m_lines.size()); }
    QByteArrayView lineBytes(int row) const;
    QString line(int row) const { return QString::fromUtf8(lineBytes(row)); }
    qint64 timestamp(int row) const { return m_times[size_t(row)]; }
    qint64 textBytes() const { return m_textBytes; } // the lines' UTF-8, without separators
    qint64 memoryBytes() const; // what the model holds: chunks and index
    int longestLineBytes() const { return m_longest; }
    qint64 droppedLines() const { return m_dropped; }

    // Rows that match, in order, from row `from` on.
    std::vector<int> find(const LogQuery &query, int from = 0) const;

private:
    struct Line
    {
        quint32 chunk;
        quint32 offset;
        quint32 length;
    };
    static QByteArray cut(QByteArray text);
    void store(QByteArrayView text, qint64 time);
    std::vector<QByteArray> m_chunks;
    // Deques, not vectors: growing never copies what is stored (a vector's doubling would stall
    // the GUI thread for milliseconds at a million lines).
    std::deque<Line> m_lines;
    std::deque<qint64> m_times;
    qint64 m_textBytes = 0;
    qint64 m_dropped = 0;
    int m_longest = 0;
};

} // namespace fstudio::gui
