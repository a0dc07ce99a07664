#pragma once

#include "gui/logs/logsearch.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace fstudio::gui {

class LogCache;
class ProjectSession;

// Edit ▸ Search Calls… (Ctrl+Shift+F): text or a regular expression over the logs of many calls
// at once — one function or all, a time window, a status, at most N calls (the newest) — with
// hits streaming into a table (function, call, time, line; the lines around it on hover). A
// double-click (or Enter) opens the call at that line. The calls come from the session's call
// history; their logs from the LogCache or CDF (LogSearch). Cancel stops at once.
class CallSearchWindow : public QWidget
{
    Q_OBJECT

public:
    CallSearchWindow(ProjectSession *session, QWidget *parent = nullptr);
    ~CallSearchWindow() override;
    void setPattern(const QString &text, bool regex = false, bool caseSensitive = false);
    void setFunction(qint64 functionId); // 0: every function
    void setMaxCalls(int n);
    // Shown, raised and focused; on functionId's calls when it is not 0.
    void bringForward(qint64 functionId);
    void search();
    void cancel();
    LogSearch *engine() const { return m_search; }
    QStandardItemModel *hits() const { return m_hits; }
    QString statusText() const;
    std::shared_ptr<LogCache> cache();

Q_SIGNALS:
    // Open the call, its log searched for query and shown at line `line`.
    void openCallRequested(const fstudio::FunctionCall &call, int line, const fstudio::gui::LogQuery &query);

private:
    void fillFunctions();
    void startWhenRead(qint64 fromMs);
    void run(qint64 fromMs);
    void addHits(const QList<LogSearch::Hit> &hits);
    void updateStatus();
    QPointer<ProjectSession> m_session;
    LogSearch *m_search;
    std::shared_ptr<LogCache> m_cache;
    QString m_cacheScope;
    LogQuery m_query;
    QLineEdit *m_pattern;
    QCheckBox *m_regex;
    QCheckBox *m_case;
    QComboBox *m_function;
    QComboBox *m_window;
    QComboBox *m_status;
    QSpinBox *m_max;
    QPushButton *m_go;
    QLabel *m_state;
    QStandardItemModel *m_hits;
    QTableView *m_table;
    QList<LogSearch::Hit> m_found; // by row of m_hits
    QMetaObject::Connection m_waitForRead;
    QString m_problem;
    int m_partial = 0; // functions of the search whose calls were read for part of the window
};

} // namespace fstudio::gui
