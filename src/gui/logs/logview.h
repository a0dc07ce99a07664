#pragma once

#include "gui/logs/logmodel.h"

#include <QAbstractScrollArea>
#include <QPointer>

#include <vector>

namespace fstudio::gui {

// Shows a LogModel: paints only the lines on screen, so a million lines scroll as fast as ten.
// The vertical scroll bar counts lines (the top line's index). Follows the tail while the user is
// at the bottom; scrolling up pauses that, scrolling back to the end resumes it. Highlights the
// matches of a query, moves between them, and can show only the matching lines. Lines are
// selected with the mouse or keyboard and copied as shown (with their timestamps).
class LogView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    enum class Timestamps { Hidden, Local, Utc };

    explicit LogView(QWidget *parent = nullptr);

    void setModel(LogModel *model);
    LogModel *model() const { return m_model; }

    void setTimestamps(Timestamps t);
    Timestamps timestamps() const { return m_timestamps; }
    void setWrap(bool wrap);
    bool wraps() const { return m_wrap; }
    void setFollow(bool follow);
    bool follows() const { return m_follow; }

    // Search: highlights every match; the current one is where next/previous left off.
    void setQuery(const LogQuery &query);
    const LogQuery &query() const { return m_query; }
    int matchCount() const { return int(m_matches.size()); }
    int currentMatch() const { return m_current; } // index into the matches, -1 for none
    int currentMatchRow() const { return m_current >= 0 ? m_matches[size_t(m_current)] : -1; }
    bool findNext();
    bool findPrevious();
    // Shows a model row (stops following), and makes it the current match when it is one.
    void goToRow(int row);
    // Only the matching lines (the query's), or all.
    void setFilter(bool onlyMatching);
    bool filters() const { return m_filter; }

    int shownCount() const;
    int rowAtShown(int shown) const; // model row of the shown line
    int topShown() const;
    bool isAtBottom() const;

    void selectAll();
    void selectShown(int first, int last);
    QString selectedText() const;
    void copy() const;
    // The shown lines with their timestamps (ISO 8601 in the chosen zone, or none), one per line.
    bool save(const QString &path, QString *error) const;
    QString textOf(int row) const; // as shown

Q_SIGNALS:
    void followChanged(bool following);
    void matchesChanged(int count, int current);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rowsAppended(int first, int last);
    void modelReset();
    void updateScrollBars();
    void setTop(int shown); // a scroll made by the view, not the user
    void scrollToShown(int shown);
    int bottomTop() const; // the top line when the last line is at the bottom
    int lineHeight() const;
    int shownAt(int y) const; // shown index under a viewport y, -1 for none
    QString prefix(int row, bool forFile = false) const;
    int shownIndexOf(int row) const; // shown index of a model row, -1 when filtered out
    void emitMatches();

    QPointer<LogModel> m_model;
    LogQuery m_query;
    std::vector<int> m_matches; // model rows that match the query, in order
    int m_current = -1;
    bool m_filter = false;
    bool m_wrap = false;
    bool m_follow = true;
    bool m_programmaticScroll = false;
    Timestamps m_timestamps = Timestamps::Local;
    int m_anchor = -1; // selection, in shown indices
    int m_cursor = -1;
    struct Painted
    {
        int shown;
        int top;
        int bottom;
    };
    std::vector<Painted> m_painted; // the lines of the last paint, for the mouse
};

} // namespace fstudio::gui
