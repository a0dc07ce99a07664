#include "gui/logs/logview.h"

#include "gui/appsettings.h"

#include "gui/widgets/tones.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QSaveFile>
#include <QScrollBar>
#include <QTextLayout>

#include <algorithm>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

namespace {
constexpr int Margin = 4;
constexpr int MaxWrappedLines = 2000; // of one log line, on screen
} // namespace

LogView::LogView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFont(AppSettings::instance()->logFont()); // File ▸ Settings
    connect(AppSettings::instance(), &AppSettings::changed, this, [this] {
        const QFont f = AppSettings::instance()->logFont();
        if (f != font()) {
            setFont(f);
            viewport()->update();
        }
    });
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);
    verticalScrollBar()->setSingleStep(1);
    horizontalScrollBar()->setSingleStep(20);
}

void LogView::setModel(LogModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) { rowsAppended(first, last); });
        connect(model, &QAbstractItemModel::modelReset, this, &LogView::modelReset);
        connect(model, &QObject::destroyed, this, [this] {
            m_model = nullptr; // destroyed() comes from ~QObject: the lines are gone already
            modelReset();
        });
    }
    modelReset();
}

void LogView::modelReset()
{
    m_matches.clear();
    m_current = -1;
    m_anchor = m_cursor = -1;
    if (m_model && !m_query.isEmpty())
        m_matches = m_model->find(m_query);
    updateScrollBars();
    if (m_follow)
        setTop(verticalScrollBar()->maximum());
    viewport()->update();
    emitMatches();
}

void LogView::rowsAppended(int first, int last)
{
    const size_t before = m_matches.size();
    if (!m_query.isEmpty())
        for (int r = first; r <= last; ++r)
            if (m_query.matches(m_model->lineBytes(r)))
                m_matches.push_back(r);
    updateScrollBars();
    if (m_follow)
        setTop(verticalScrollBar()->maximum());
    viewport()->update();
    if (m_matches.size() != before)
        emitMatches();
}

int LogView::shownCount() const
{
    if (!m_model)
        return 0;
    return m_filter && !m_query.isEmpty() ? int(m_matches.size()) : m_model->lineCount();
}

int LogView::rowAtShown(int shown) const
{
    return m_filter && !m_query.isEmpty() ? m_matches[size_t(shown)] : shown;
}

int LogView::shownIndexOf(int row) const
{
    if (!(m_filter && !m_query.isEmpty()))
        return row;
    const auto it = std::lower_bound(m_matches.begin(), m_matches.end(), row);
    return it != m_matches.end() && *it == row ? int(it - m_matches.begin()) : -1;
}

int LogView::topShown() const
{
    return verticalScrollBar()->value();
}

bool LogView::isAtBottom() const
{
    return verticalScrollBar()->value() >= verticalScrollBar()->maximum();
}

int LogView::lineHeight() const
{
    return std::max(1, fontMetrics().lineSpacing());
}

QString LogView::prefix(int row, bool forFile) const
{
    if (m_timestamps == Timestamps::Hidden)
        return {};
    const qint64 t = m_model->timestamp(row);
    if (forFile) {
        if (t == LogModel::NoTimestamp)
            return u"- "_s;
        QDateTime dt = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
        if (m_timestamps == Timestamps::Local)
            dt = dt.toOffsetFromUtc(dt.toLocalTime().offsetFromUtc());
        return dt.toString(Qt::ISODateWithMs) + u' ';
    }
    if (t == LogModel::NoTimestamp)
        return QString(m_timestamps == Timestamps::Utc ? 15 : 14, u' ');
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
    return m_timestamps == Timestamps::Utc ? dt.toString(u"HH:mm:ss.zzz'Z'  "_s) : dt.toLocalTime().toString(u"HH:mm:ss.zzz  "_s);
}

QString LogView::textOf(int row) const
{
    return prefix(row) + m_model->line(row);
}

void LogView::setTimestamps(Timestamps t)
{
    m_timestamps = t;
    updateScrollBars();
    viewport()->update();
}

void LogView::setWrap(bool wrap)
{
    m_wrap = wrap;
    updateScrollBars();
    if (m_follow)
        setTop(verticalScrollBar()->maximum());
    viewport()->update();
}

void LogView::setFollow(bool follow)
{
    if (follow)
        setTop(verticalScrollBar()->maximum());
    if (m_follow != follow) {
        m_follow = follow;
        Q_EMIT followChanged(follow);
    }
}

void LogView::setQuery(const LogQuery &query)
{
    const int keepRow = m_filter ? -1 : rowAtShown(std::min(topShown(), std::max(0, shownCount() - 1)));
    m_query = query;
    m_matches = m_model && !query.isEmpty() ? m_model->find(query) : std::vector<int>();
    m_current = -1;
    if (m_filter)
        m_anchor = m_cursor = -1;
    updateScrollBars();
    if (m_follow)
        setTop(verticalScrollBar()->maximum());
    else if (keepRow >= 0)
        setTop(keepRow);
    viewport()->update();
    emitMatches();
}

void LogView::setFilter(bool onlyMatching)
{
    if (m_filter == onlyMatching)
        return;
    // Where the user was: the current match, else the line at the top.
    const int current = currentMatchRow() >= 0 ? currentMatchRow() : (shownCount() > 0 ? rowAtShown(std::min(topShown(), shownCount() - 1)) : -1);
    m_filter = onlyMatching;
    m_anchor = m_cursor = -1;
    updateScrollBars();
    if (m_follow)
        setTop(verticalScrollBar()->maximum());
    else if (current >= 0 && shownCount() > 0) {
        // The same line when it is shown, else the first shown line after it.
        int shown = shownIndexOf(current);
        if (shown < 0)
            shown = std::min(int(std::lower_bound(m_matches.begin(), m_matches.end(), current) - m_matches.begin()), shownCount() - 1);
        setTop(std::max(0, shown - 2));
    }
    viewport()->update();
}

void LogView::emitMatches()
{
    Q_EMIT matchesChanged(matchCount(), m_current);
}

bool LogView::findNext()
{
    if (m_matches.empty())
        return false;
    if (m_current < 0) {
        const int fromRow = shownCount() > 0 ? rowAtShown(std::min(topShown(), shownCount() - 1)) : 0;
        m_current = int(std::lower_bound(m_matches.begin(), m_matches.end(), fromRow) - m_matches.begin());
        if (m_current >= matchCount())
            m_current = 0;
    } else {
        m_current = (m_current + 1) % matchCount();
    }
    setFollow(false);
    scrollToShown(shownIndexOf(m_matches[size_t(m_current)]));
    viewport()->update();
    emitMatches();
    return true;
}

bool LogView::findPrevious()
{
    if (m_matches.empty())
        return false;
    if (m_current < 0) {
        const int fromRow = shownCount() > 0 ? rowAtShown(std::min(topShown(), shownCount() - 1)) : 0;
        m_current = int(std::lower_bound(m_matches.begin(), m_matches.end(), fromRow) - m_matches.begin()) - 1;
        if (m_current < 0)
            m_current = matchCount() - 1;
    } else {
        m_current = (m_current + matchCount() - 1) % matchCount();
    }
    setFollow(false);
    scrollToShown(shownIndexOf(m_matches[size_t(m_current)]));
    viewport()->update();
    emitMatches();
    return true;
}

void LogView::goToRow(int row)
{
    const auto at = std::lower_bound(m_matches.begin(), m_matches.end(), row);
    if (at != m_matches.end() && *at == row)
        m_current = int(at - m_matches.begin());
    setFollow(false);
    scrollToShown(shownIndexOf(row));
    viewport()->update();
    emitMatches();
}

void LogView::scrollToShown(int shown)
{
    if (shown < 0)
        return;
    const int visible = std::max(1, viewport()->height() / lineHeight());
    const int top = topShown();
    if (shown < top || shown >= top + visible - 1)
        setTop(std::max(0, shown - visible / 3));
}

int LogView::bottomTop() const
{
    const int count = shownCount();
    const int height = viewport()->height();
    if (!m_wrap)
        return std::max(0, count - std::max(1, height / lineHeight()));
    // Wrapped: lay the last lines out until they fill the viewport.
    int used = 0;
    int s = count - 1;
    const int width = std::max(40, viewport()->width() - 2 * Margin);
    for (; s >= 0; --s) {
        // More than a screenful of a line fills the screen anyway.
        const int charWidth = std::max(1, fontMetrics().horizontalAdvance(u'M'));
        QTextLayout layout(textOf(rowAtShown(s)).left((width / charWidth + 2) * (height / lineHeight() + 2)), font());
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        int lines = 0;
        while (lines < MaxWrappedLines) {
            QTextLine l = layout.createLine();
            if (!l.isValid())
                break;
            l.setLineWidth(width);
            ++lines;
        }
        layout.endLayout();
        used += std::max(1, lines) * lineHeight();
        if (used > height)
            break;
    }
    return std::clamp(s + 1, 0, std::max(0, count - 1));
}

void LogView::setTop(int shown)
{
    // Moved by the view itself (new lines, a filter, a search): following stays as it was.
    const bool was = std::exchange(m_programmaticScroll, true);
    verticalScrollBar()->setValue(shown);
    m_programmaticScroll = was;
}

void LogView::updateScrollBars()
{
    const bool was = std::exchange(m_programmaticScroll, true); // a shrinking range may move the view
    const int visible = std::max(1, viewport()->height() / lineHeight());
    verticalScrollBar()->setRange(0, bottomTop());
    verticalScrollBar()->setPageStep(visible);
    if (m_wrap || !m_model) {
        horizontalScrollBar()->setRange(0, 0);
        m_programmaticScroll = was;
        return;
    }
    const int prefixChars = m_timestamps == Timestamps::Hidden ? 0 : 15;
    const qint64 width = qint64(m_model->longestLineBytes() + prefixChars) * fontMetrics().horizontalAdvance(u'M') + 2 * Margin;
    horizontalScrollBar()->setRange(0, int(std::clamp<qint64>(width - viewport()->width(), 0, 1 << 24)));
    horizontalScrollBar()->setPageStep(viewport()->width());
    m_programmaticScroll = was;
}

void LogView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    if (m_follow)
        setTop(verticalScrollBar()->maximum());
}

void LogView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        updateScrollBars();
        viewport()->update();
    }
}

void LogView::scrollContentsBy(int, int dy)
{
    if (dy != 0 && !m_programmaticScroll) {
        // The user scrolled: at the bottom it follows; scrolled up, it stays where the user is.
        const bool atBottom = isAtBottom();
        if (atBottom != m_follow) {
            m_follow = atBottom;
            Q_EMIT followChanged(atBottom);
        }
    }
    viewport()->update();
}

void LogView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.setFont(font());
    m_painted.clear();
    if (!m_model)
        return;
    const int lh = lineHeight();
    const int width = viewport()->width();
    const int offset = m_wrap ? 0 : horizontalScrollBar()->value();
    const QColor matchFill = Tones::background(Tone::Warning, palette());
    const QColor currentFill = Tones::border(Tone::Warning, palette());
    const QColor stampColour = palette().color(QPalette::PlaceholderText);
    const int selLo = std::min(m_anchor, m_cursor);
    const int selHi = std::max(m_anchor, m_cursor);
    const int current = currentMatchRow();
    int y = 0;
    for (int s = topShown(); s < shownCount() && y < viewport()->height(); ++s) {
        const int row = rowAtShown(s);
        const QString pre = prefix(row);
        const QString line = m_model->line(row);
        QList<QTextLayout::FormatRange> formats;
        if (!pre.isEmpty()) {
            QTextLayout::FormatRange f;
            f.start = 0;
            f.length = int(pre.size());
            f.format.setForeground(stampColour);
            formats << f;
        }
        for (const auto &[start, length] : m_query.spans(line)) {
            QTextLayout::FormatRange f;
            f.start = int(pre.size()) + start;
            f.length = length;
            f.format.setBackground(row == current ? currentFill : matchFill);
            formats << f;
        }
        // Only the part of a long line that can be on screen is laid out (a 64 kB line would
        // otherwise cost a good part of a second per paint): around the horizontal position
        // without wrap, the first screenful with wrap. The font is fixed-width.
        QString text = pre + line;
        int firstChar = 0;
        const int charWidth = std::max(1, fontMetrics().horizontalAdvance(u'M'));
        const int fits = (viewport()->width() / charWidth + 2) * (m_wrap ? viewport()->height() / lh + 2 : 1);
        if (text.size() > fits + 64) {
            firstChar = m_wrap ? 0 : std::max(0, offset / charWidth - 8);
            text = text.mid(firstChar, fits + 16);
            for (QTextLayout::FormatRange &f : formats) {
                const int end = std::min(f.start + f.length, firstChar + int(text.size()));
                f.start = std::max(f.start, firstChar) - firstChar;
                f.length = std::max(0, end - firstChar - f.start);
            }
            formats.removeIf([](const QTextLayout::FormatRange &f) { return f.length <= 0; });
        }
        QTextLayout layout(text, font());
        QTextOption option;
        option.setWrapMode(m_wrap ? QTextOption::WrapAtWordBoundaryOrAnywhere : QTextOption::NoWrap);
        layout.setTextOption(option);
        layout.setFormats(formats);
        layout.beginLayout();
        int height = 0;
        for (int n = 0; n < MaxWrappedLines; ++n) {
            QTextLine l = layout.createLine();
            if (!l.isValid())
                break;
            l.setLineWidth(m_wrap ? std::max(40, width - 2 * Margin) : 1e7);
            l.setPosition(QPointF(0, height));
            height += lh;
        }
        layout.endLayout();
        height = std::max(height, lh);
        const bool selected = m_anchor >= 0 && s >= selLo && s <= selHi;
        if (selected)
            p.fillRect(0, y, width, height, palette().highlight());
        p.setPen(selected ? palette().color(QPalette::HighlightedText) : palette().color(QPalette::Text));
        layout.draw(&p, QPointF(Margin - offset + firstChar * charWidth, y));
        m_painted.push_back(Painted{s, y, y + height});
        y += height;
    }
}

int LogView::shownAt(int y) const
{
    for (const Painted &p : m_painted)
        if (y >= p.top && y < p.bottom)
            return p.shown;
    if (!m_painted.empty() && y >= m_painted.back().bottom)
        return m_painted.back().shown;
    if (!m_painted.empty() && y < 0)
        return m_painted.front().shown;
    return -1;
}

void LogView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    const int s = shownAt(int(event->position().y()));
    if (s < 0)
        return;
    if (event->modifiers() & Qt::ShiftModifier && m_anchor >= 0)
        m_cursor = s;
    else
        m_anchor = m_cursor = s;
    viewport()->update();
}

void LogView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_anchor < 0)
        return;
    const int y = int(event->position().y());
    if (y < 0)
        verticalScrollBar()->setValue(verticalScrollBar()->value() - 1);
    else if (y > viewport()->height())
        verticalScrollBar()->setValue(verticalScrollBar()->value() + 1);
    if (const int s = shownAt(y); s >= 0)
        m_cursor = s;
    viewport()->update();
}

void LogView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copy();
        return;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
        return;
    }
    QScrollBar *v = verticalScrollBar();
    switch (event->key()) {
    case Qt::Key_Up: v->setValue(v->value() - 1); return;
    case Qt::Key_Down: v->setValue(v->value() + 1); return;
    case Qt::Key_PageUp: v->setValue(v->value() - v->pageStep()); return;
    case Qt::Key_PageDown: v->setValue(v->value() + v->pageStep()); return;
    case Qt::Key_Home: v->setValue(0); return;
    case Qt::Key_End: setFollow(true); return;
    default: break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void LogView::selectAll()
{
    selectShown(0, shownCount() - 1);
}

void LogView::selectShown(int first, int last)
{
    if (shownCount() == 0) {
        m_anchor = m_cursor = -1;
    } else {
        m_anchor = std::clamp(first, 0, shownCount() - 1);
        m_cursor = std::clamp(last, 0, shownCount() - 1);
    }
    viewport()->update();
}

QString LogView::selectedText() const
{
    if (m_anchor < 0 || !m_model)
        return {};
    const int lo = std::min(m_anchor, m_cursor);
    const int hi = std::min(std::max(m_anchor, m_cursor), shownCount() - 1);
    QStringList lines;
    lines.reserve(hi - lo + 1);
    for (int s = lo; s <= hi; ++s)
        lines << textOf(rowAtShown(s));
    return lines.join(u'\n');
}

void LogView::copy() const
{
    if (const QString text = selectedText(); !text.isEmpty())
        QApplication::clipboard()->setText(text);
}

bool LogView::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QByteArray buffer;
    for (int s = 0; m_model && s < shownCount(); ++s) {
        const int row = rowAtShown(s);
        buffer += prefix(row, true).toUtf8();
        buffer += m_model->lineBytes(row);
        buffer += '\n';
        if (buffer.size() > (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace fstudio::gui
