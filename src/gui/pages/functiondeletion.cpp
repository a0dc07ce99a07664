#include "gui/pages/functiondeletion.h"

#include "core/util/showntext.h"

#include "gui/widgets/messageboxes.h"

#include "api/workflows/deletefunctionsworkflow.h"

#include <QCoreApplication>
#include <QSet>
#include <QWidget>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

namespace {
// FunctionDeletionText::tr() in the context the catalogues use: lupdate reads Q_DECLARE_TR_FUNCTIONS, and the
// context matches at run time.
struct FunctionDeletionText
{
    Q_DECLARE_TR_FUNCTIONS(FunctionDeletion)
};

} // namespace

QString FunctionDeletion::question(const QList<Function> &functions, const QHash<qint64, QStringList> &schedulesByFunction,
                                   const QList<Function> &others)
{
    QSet<qint64> deleted;
    for (const Function &f : functions)
        deleted.insert(f.id);
    QStringList lines;
    int scheduleCount = 0;
    int sharedCount = 0;
    for (const Function &f : functions) {
        const QStringList schedules = schedulesByFunction.value(f.id);
        scheduleCount += int(schedules.size());
        // One arg() call with every value: a name holding "%2" is never filled in itself.
        // Server text is isolated and its direction controls made visible: a name that ends in
        // U+202E + "gnp.exe" cannot read as "….png" here.
        QStringList shownSchedules;
        for (const QString &s : schedules)
            shownSchedules << isolatedText(s);
        QString line = schedules.isEmpty() ? FunctionDeletionText::tr("• %1 (id %2)").arg(isolatedText(f.name), QString::number(f.id))
                                           : FunctionDeletionText::tr("• %1 (id %2) with %n schedule(s): %3", nullptr, int(schedules.size()))
                                                 .arg(isolatedText(f.name), QString::number(f.id), shownSchedules.join(u", "_s));
        QStringList users;
        for (const Function &o : others)
            if (o.fileId == f.fileId && f.fileId != 0 && !deleted.contains(o.id))
                users << isolatedText(o.name);
        if (!users.isEmpty()) {
            ++sharedCount;
            line += u"\n    "_s
                + FunctionDeletionText::tr("Its code file %1 is also used by %2: it is kept.").arg(QString::number(f.fileId), users.join(u", "_s));
        }
        lines << line;
    }
    return FunctionDeletionText::tr("Delete %n function(s)? This cannot be undone.", nullptr, int(functions.size())) + u"\n\n"_s + lines.join(u"\n"_s)
        + (scheduleCount ? u"\n\n"_s + FunctionDeletionText::tr("Their %n schedule(s) are deleted with them.", nullptr, scheduleCount) : QString())
        + u"\n\n"_s
        + (sharedCount ? FunctionDeletionText::tr(
               "\"Delete with code files\" also deletes each code file that no other function uses; the shared ones above are "
               "kept, and checked again before anything is deleted.")
                       : FunctionDeletionText::tr("\"Delete with code files\" also deletes each code file that no other function uses."));
}

bool FunctionDeletion::anyFailed(const QList<api::DeleteFunctionsWorkflow::Result> &results)
{
    using FileOutcome = api::DeleteFunctionsWorkflow::FileOutcome;
    for (const auto &r : results)
        if (r.error || r.file == FileOutcome::Failed || r.file == FileOutcome::NotReached)
            return true;
    return false;
}

QString FunctionDeletion::report(const QList<api::DeleteFunctionsWorkflow::Result> &results)
{
    using FileOutcome = api::DeleteFunctionsWorkflow::FileOutcome;
    QStringList lines;
    for (const auto &r : results) {
        if (r.error) {
            lines << FunctionDeletionText::tr("✗ %1: %2").arg(r.target.name, r.error->userMessage());
            continue;
        }
        switch (r.file) {
        case FileOutcome::NotRequested: lines << FunctionDeletionText::tr("✓ %1 deleted").arg(r.target.name); break;
        case FileOutcome::Deleted:
            lines << FunctionDeletionText::tr("✓ %1 deleted, with its code file %2").arg(r.target.name, QString::number(r.target.fileId));
            break;
        case FileOutcome::KeptInUse: {
            QStringList users;
            for (qint64 u : r.fileUsers)
                users << QString::number(u);
            lines << FunctionDeletionText::tr("✓ %1 deleted; its code file %2 was kept: function %3 still uses it")
                         .arg(r.target.name, QString::number(r.target.fileId), users.join(u", "_s));
            break;
        }
        case FileOutcome::Failed:
        case FileOutcome::NotReached:
            lines << FunctionDeletionText::tr("✓ %1 deleted; ✗ its code file %2 was not: %3")
                         .arg(r.target.name, QString::number(r.target.fileId),
                              r.fileError ? r.fileError->userMessage() : FunctionDeletionText::tr("not reached"));
            break;
        }
    }
    return lines.join(u"  "_s); // one line in the window's message bar
}

void FunctionDeletion::start(QWidget *window, const QList<Function> &functions, const QHash<qint64, QStringList> &schedulesByFunction,
                             const QList<Function> &others, std::function<api::CdfClient *()> currentClient,
                             std::function<void(const QString &report, bool failed)> done)
{
    QList<api::DeleteFunctionsWorkflow::Target> targets;
    for (const Function &f : functions)
        targets << api::DeleteFunctionsWorkflow::Target{f.id, f.name, f.fileId};
    MessageBoxes::ask(
        window, FunctionDeletionText::tr("Delete functions"), question(functions, schedulesByFunction, others),
        QMessageBox::Yes | QMessageBox::YesToAll | QMessageBox::Cancel, QMessageBox::Cancel,
        {{QMessageBox::Yes, FunctionDeletionText::tr("Delete")}, {QMessageBox::YesToAll, FunctionDeletionText::tr("Delete with code files")}},
        [window, targets, currentClient, done](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes && answer != QMessageBox::YesToAll)
                return;
            api::CdfClient *client = currentClient();
            if (!client)
                return; // the question was about a connection that has closed
            // The workflow belongs to the window, not the connection: if the connection
            // closes meanwhile, its remaining steps end as cancelled and the report still
            // says what was deleted before.
            auto *w = new api::DeleteFunctionsWorkflow(client, targets, answer == QMessageBox::YesToAll, window);
            QObject::connect(w, &api::DeleteFunctionsWorkflow::finished, window, [w, done] {
                w->deleteLater();
                if (done)
                    done(report(w->results()), anyFailed(w->results()));
            });
            w->start();
        });
}

} // namespace fstudio::gui
