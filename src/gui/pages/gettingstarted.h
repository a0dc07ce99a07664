#pragma once

#include "core/wire/function.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class GettingStarted;
}

namespace fstudio::gui {

class ProjectSession;

// Help ▸ Getting Started (shown by itself on the first start): four steps on the local
// emulator: open it, deploy the demo function, call it and watch its logs, schedule it. Each
// button asks the window to do the step; which steps are done follows from what the session's
// project really holds (setProgress), and the button shows a check mark.
class GettingStarted : public QWidget
{
    Q_OBJECT

public:
    explicit GettingStarted(QWidget *parent = nullptr);
    ~GettingStarted() override;

    struct Progress
    {
        bool onEmulator = false;
        bool deployed = false; // the demo function, or one of the user's own, is Ready
        QString ownName; // the user's own function the steps follow ("" for the demo)
        bool called = false; // it has been called
        bool scheduled = false; // it has a schedule
    };
    // The steps follow the session: done when its project (the local emulator) shows them done.
    void follow(ProjectSession *session);
    void setProgress(const Progress &p);
    // Step 2 (its button): copies the demo out (copyDemo) and asks for the wizard on it; nothing
    // unless the session is on the local emulator.
    void deployStep();
    // The demo function on the session's project (the local emulator only), when deployed.
    std::optional<Function> demoFunction() const;
    // The function the steps are about: the demo function, or else the function the user deployed
    // last from a folder with this app into the open project (the user's own counts too).
    std::optional<Function> tourFunction() const;
    // Copies the demo folder out of the app where the user can open and change it (a copy the
    // user has is never overwritten): its path, or empty with *error.
    static QString copyDemo(QString *error);
    Progress progress() const { return m_progress; }
    static constexpr const char *DemoName = "my-first-function"; // the folder and the function (not one of the emulator's demos)

Q_SIGNALS:
    void openEmulator();
    void deployDemo(const QString &folder); // a copy of the demo, where the user can change it (copyDemo)
    void problem(const QString &text);
    void callDemo(const fstudio::Function &demo);
    void scheduleDemo(const fstudio::Function &demo);

private:
    std::unique_ptr<Ui::GettingStarted> m_ui;
    void update();
    Progress m_progress;
    ProjectSession *m_session = nullptr;
};

} // namespace fstudio::gui
