#pragma once

#include "core/wire/logentry.h"

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class LogPanel;
}

namespace fstudio::gui {

class LogQuery;

class LogModel;
class LogView;

// A call's log (ui/logs/logpanel.ui): the LogView with search (plain or regex, with or without case,
// next/previous, only matching lines), timestamps (none, local time, UTC), wrap, follow, copy and
// save. It owns its LogModel; append() feeds it a batch.
class LogPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LogPanel(QWidget *parent = nullptr);
    ~LogPanel() override;

    void append(const QList<LogEntry> &lines);
    void clear();
    LogModel *model() const { return m_model; }
    LogView *view() const;
    // The whole log as shown (timestamps as chosen, every line, filter ignored).
    QString text() const;
    void setStatus(const QString &text); // under the log: how following goes
    QString status() const;
    void focusSearch();
    // Searches for query and shows line `row` (0-based) as soon as the log has it: where a
    // search across calls found it.
    void showLine(int row, const LogQuery &query);

private:
    void search();
    void updateCounts();
    std::unique_ptr<Ui::LogPanel> m_ui;
    LogModel *m_model;
    QTimer m_searchDelay;
    QString m_status;
    int m_pendingRow = -1; // showLine() before the line arrived
};

} // namespace fstudio::gui
