#pragma once

#include "core/wire/callfilter.h"
#include "core/wire/functioncall.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace fstudio::api {
class CdfClient;
class CallPager;
struct ApiError;
} // namespace fstudio::api

namespace fstudio::gui {

// The calls of one function, newest first, paged from the server through fetchMore() (one
// request in flight at a time). refreshHead() adds calls it has not seen (ordered by start time,
// then by the user's sort) and updates running ones.
class CallsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Status, Started, Ended, Duration, Trigger, Error, Version, ColumnCount };

    explicit CallsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    // Sorts the rows themselves on typed keys (100,000 rows in a few ms); pages that arrive later
    // are merged into the same order. Persistent indexes (selection, current row) follow.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    void fetchMore(const QModelIndex &parent) override;

    // Starts over for a function (0 = none); pageSize is the server page per fetchMore.
    void setSource(api::CdfClient *client, qint64 functionId, const CallFilter &filter = {}, int pageSize = 1000);
    void refreshHead();
    void setScheduleNames(const QHash<qint64, QString> &names);
    // The version number of each function id of the external id (CallArchive); the Version
    // column is empty for a function without one.
    void setVersions(const QHash<qint64, int> &numbers);
    // The kept calls of earlier versions (already filtered as this source is): shown after the
    // last page of the function's own calls, since every one of them is older.
    void setEarlierCalls(const QList<FunctionCall> &calls);
    void appendCalls(const QList<FunctionCall> &calls); // for tests and the pager
    const FunctionCall &call(int row) const { return m_rows.at(row); }
    const QList<FunctionCall> &calls() const { return m_rows; }
    qint64 functionId() const { return m_functionId; }
    bool isFetching() const;
    bool hasMore() const;
    QString triggerText(const FunctionCall &c) const;

Q_SIGNALS:
    void fetchFailed(const fstudio::api::ApiError &error);
    void pageLoaded(int rowsNow, bool more);

private:
    QVariant dataFor(const QModelIndex &index, int role) const; // data() makes tool tips plain text
    void applySort();
    void appendEarlier();
    QList<FunctionCall> m_rows;
    QHash<qint64, int> m_versions;
    QList<FunctionCall> m_earlier; // waiting for the last page
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QHash<qint64, int> m_rowById;
    QHash<qint64, QString> m_scheduleNames;
    QPointer<api::CdfClient> m_client;
    QPointer<api::CallPager> m_pager;
    qint64 m_functionId = 0;
    CallFilter m_filter;
    int m_generation = 0;
};

} // namespace fstudio::gui
