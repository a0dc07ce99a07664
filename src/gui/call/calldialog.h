#pragma once

#include "gui/call/callhints.h"

#include "core/wire/functioncall.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CallDialog;
}

namespace fstudio::api {
class CdfClient;
} // namespace fstudio::api

namespace fstudio::gui {

class CallView;
struct Profile;

// A call of the calls page in a window of its own (ui/call/calldialog.ui) around a CallView: the
// response, the logs followed live while it runs, the error, trace and hints. When the connection
// it uses goes away, it detaches and keeps what it has.
class CallDialog : public QDialog
{
    Q_OBJECT

public:
    CallDialog(api::CdfClient *client, const FunctionCall &call, const QString &trigger, const CallContext &context = {}, QWidget *parent = nullptr);
    ~CallDialog() override;
    // A call of an earlier version (CallArchive): CDF deleted it with its function, so nothing is
    // asked of the server; its log shows when a search kept it (LogCache of profile).
    static CallDialog *forReplacedVersion(const FunctionCall &call, const QString &trigger, int version, const Profile &profile,
                                          QWidget *parent = nullptr);
    CallView *view() const { return m_view; }
    QString logText() const;
    QString responseText() const;
    QString logState() const;
    qint64 callId() const;
    bool isFollowing() const;
    // Stop following; the text says why. Safe to call more than once.
    void detach(const QString &why);

private:
    std::unique_ptr<Ui::CallDialog> m_ui;
    CallView *m_view;
};

} // namespace fstudio::gui
