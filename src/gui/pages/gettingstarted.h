#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class GettingStarted;
}

namespace fstudio::gui {

// Help ▸ Getting Started (shown by itself on the first start): four steps on the local
// emulator: open it, deploy the demo function, call it and watch its logs, schedule it. Each
// button asks the window to do the step; the window says which steps are done (setProgress),
// from what the project really holds, and the button shows a check mark.
class GettingStarted : public QWidget
{
    Q_OBJECT

public:
    explicit GettingStarted(QWidget *parent = nullptr);
    ~GettingStarted() override;

    struct Progress
    {
        bool onEmulator = false;
        bool deployed = false; // a function named DemoName exists
        bool called = false; // it has been called
        bool scheduled = false; // it has a schedule
    };
    void setProgress(const Progress &p);
    Progress progress() const { return m_progress; }
    static constexpr const char *DemoName = "my-first-function"; // the folder and the function (not one of the emulator's demos)

Q_SIGNALS:
    void openEmulator();
    void deployDemo();
    void callDemo();
    void scheduleDemo();

private:
    std::unique_ptr<Ui::GettingStarted> m_ui;
    Progress m_progress;
};

} // namespace fstudio::gui
