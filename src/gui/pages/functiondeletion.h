#pragma once

#include "api/workflows/deletefunctionsworkflow.h"

#include "core/wire/function.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

class QWidget;

namespace fstudio::api {
class CdfClient;
}

namespace fstudio::gui {

// "Delete Functions…" from question to report: asks (naming the schedules that go with each
// function, and offering "Delete with code files"), runs api::DeleteFunctionsWorkflow, and
// reports every result through `done` (the window's message bar: successes are said one way
// everywhere). The question is window-modal and asynchronous.
class FunctionDeletion
{
public:
    // currentClient() is asked when the user answers: nullptr means the connection the question
    // was about has closed meanwhile, and nothing is deleted. done(report, failed) runs at the end
    // with what was deleted and what was not (failed: something was not).
    // `others` are the project's other functions as last listed: those sharing a code file with a
    // function to delete are named in the question (the workflow checks again before it deletes).
    static void start(QWidget *window, const QList<Function> &functions, const QHash<qint64, QStringList> &schedulesByFunction,
                      const QList<Function> &others, std::function<api::CdfClient *()> currentClient,
                      std::function<void(const QString &report, bool failed)> done);
    static QString report(const QList<api::DeleteFunctionsWorkflow::Result> &results);
    static bool anyFailed(const QList<api::DeleteFunctionsWorkflow::Result> &results);
    static QString question(const QList<Function> &functions, const QHash<qint64, QStringList> &schedulesByFunction, const QList<Function> &others);
};

} // namespace fstudio::gui
