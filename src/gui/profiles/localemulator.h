#pragma once

#include <QObject>
#include <QProcess>
#include <QUrl>

namespace fstudio::gui {

// Runs functions-emulator as a child process for the built-in "Local emulator" profile: a free
// loopback port, a per-user data dir, demo data on first start; stopped when the app quits.
class LocalEmulator : public QObject
{
    Q_OBJECT

public:
    enum class State { Stopped, Starting, Running, Failed };
    Q_ENUM(State)

    explicit LocalEmulator(QObject *parent = nullptr);
    ~LocalEmulator() override;

    void start();
    void stop(); // asynchronous (SIGTERM, SIGKILL after 5 s); only the destructor waits, bounded
    State state() const { return m_state; }
    QUrl baseUrl() const { return m_baseUrl; }
    QString project() const { return QStringLiteral("playground"); }
    QString clientId() const { return QStringLiteral("functions-studio"); }
    // The emulator makes a random one for its data dir (readable only by this user) on first start.
    QString clientSecret() const;
    QString errorText() const { return m_error; }
    QString dataDir() const { return m_dataDir; }
    // Running, but started by someone else on the same data dir (it is not stopped with us).
    bool isShared() const { return m_external; }

    // Next to the app binary, or the build tree's emulator; FS_EMULATOR overrides.
    static QString findBinary();
    void setDataDir(const QString &dir) { m_dataDir = dir; }

Q_SIGNALS:
    void stateChanged(fstudio::gui::LocalEmulator::State state);

private:
    void setState(State s);
    void launch();
    QProcess m_process;
    State m_state = State::Stopped;
    QUrl m_baseUrl;
    QString m_error;
    QString m_dataDir;
    QByteArray m_stdout;
    bool m_external = false;
    bool m_startWhenStopped = false;
    int m_runs = 0; // bumped by each launch and stop: a kill timer acts only on its own run
};

} // namespace fstudio::gui
