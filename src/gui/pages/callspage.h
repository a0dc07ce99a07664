#pragma once

#include "gui/pages/resourcepage.h"

#include "core/wire/callfilter.h"
#include "core/wire/function.h"
#include "core/wire/functioncall.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QSplitter;

namespace fstudio::api {
class CdfClient;
struct ApiError;
} // namespace fstudio::api

namespace fstudio::gui {

class CallsChart;
class CallsModel;
class CallsProxy;

// The calls of the selected function, paged from the server as the user scrolls, with status
// and time-range filters that run on the server.
class CallsPage : public ResourcePage
{
    Q_OBJECT

public:
    explicit CallsPage(QWidget *parent = nullptr);

    CallsModel *model() const { return m_model; }
    CallsProxy *proxy() const { return m_proxy; }

    // Follows a function (nothing happens when it is the one shown already); nullopt shows none.
    void showFunction(api::CdfClient *client, const std::optional<Function> &function);
    // Names triggers after the session's schedules, refreshes with it, clears with its profile.
    void follow(ProjectSession *session);
    void reload(); // the filters changed: page in again from the start
    // Sets the time filter to the shortest choice that holds every call from fromMs on.
    void showSince(qint64 fromMs);
    // A function's calls from fromMs on (the Monitor's click-through); false without a function.
    bool showCallsOf(api::CdfClient *client, const std::optional<Function> &function, qint64 fromMs);
    void refreshHead(); // new and running calls at the top
    void clear();
    std::optional<FunctionCall> currentCall() const;
    QString triggerText(const FunctionCall &call) const;
    // Built when the page is first shown (a QChart costs the start several ms), or here.
    CallsChart *chart();

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    void openCallRequested(const fstudio::FunctionCall &call);
    void fetchFailed(const fstudio::api::ApiError &error);

private:
    void updateCount();
    void showEarlierVersions(const CallFilter &filter);
    static constexpr qint64 MaxEarlierCalls = 10'000;
    CallsModel *m_model;
    CallsProxy *m_proxy;
    QLabel *m_title;
    QComboBox *m_status;
    QComboBox *m_time;
    QLabel *m_count;
    bool m_loading = false; // the first page of a function is on its way
    CallsChart *m_chart = nullptr;
    QSplitter *m_splitter;
    QPointer<api::CdfClient> m_client;
    qint64 m_functionId = 0;
    QPointer<ProjectSession> m_session;
};

} // namespace fstudio::gui
