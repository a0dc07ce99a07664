#pragma once

#include "gui/pages/resourcepage.h"

#include "core/wire/function.h"

class QSplitter;

namespace fstudio::api {
class CdfClient;
}

namespace fstudio::gui {

class FunctionDetails;
class FunctionsModel;
class FunctionsProxy;

// The functions of the project: a searchable, filterable, sortable table and the details of the
// selected function beside it.
class FunctionsPage : public ResourcePage
{
    Q_OBJECT

public:
    explicit FunctionsPage(QWidget *parent = nullptr);

    FunctionsModel *model() const { return m_model; }
    FunctionsProxy *proxy() const { return m_proxy; }
    FunctionDetails *details() const { return m_details; }
    QSplitter *splitter() const { return m_splitter; }

    // Shows the session's functions, their code drift and the problems listing them.
    void follow(ProjectSession *session);
    void setClient(api::CdfClient *client);
    // Updates rows in place (selection survives); the first load selects the first row.
    void setFunctions(const QList<Function> &functions);
    void clear();
    QList<Function> selectedFunctions() const;
    // The one function the page is about: the single selected row, or the current row of several.
    std::optional<Function> currentFunction() const;
    // Edit ▸ Delete Functions…: asks (naming their schedules), deletes, refreshes (FunctionDeletion).
    void deleteSelected();
    // Selects the function's row (when it is shown); false when it is not in the table.
    bool selectFunction(qint64 id);

Q_SIGNALS:
    void activated(); // double-click or Enter on a row
    void reported(const QString &text, bool failed); // what a deletion did, for the window's message bar

private:
    void showDetails();
    void updateCallSummary(qint64 functionId);
    ProjectSession *m_session = nullptr;
    FunctionsModel *m_model;
    FunctionsProxy *m_proxy;
    FunctionDetails *m_details;
    QSplitter *m_splitter;
};

} // namespace fstudio::gui
