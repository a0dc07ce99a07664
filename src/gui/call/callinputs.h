#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>

#include <functional>

namespace fstudio {
struct Function;
}

namespace fstudio::gui {

// The inputs of one function's calls, kept on this computer: the last MaxHistory inputs it was
// called with (newest first, no repeats) and inputs the user saved by name. One JSON file per
// function (server host, project and external id or name) under the app's data folder, readable
// by the user only; written with QSaveFile under a lock file, re-read before each change so two
// windows (or two panels) never undo each other's saves. Inputs over MaxInputBytes are not kept;
// a file that cannot be read is moved aside, never overwritten.
class CallInputs
{
public:
    struct Entry
    {
        QString json; // compact
        qint64 at = 0; // ms since the epoch
    };
    static constexpr int MaxHistory = 50;
    static constexpr int MaxSaved = 100;
    static constexpr int MaxInputBytes = 64 * 1024;
    // Larger than anything the limits above can write, with JSON escaping doubling every byte.
    static constexpr qint64 MaxFileBytes = 2LL * (MaxHistory + MaxSaved) * MaxInputBytes + 1024 * 1024;

    CallInputs() = default;
    CallInputs(const QUrl &server, const QString &project, const Function &function);
    explicit CallInputs(const QString &filePath);

    QList<Entry> history() const { return m_history; }
    QMap<QString, QString> saved() const { return m_saved; }
    // False (nothing kept) when the input is too large; the message says why.
    bool addToHistory(const QString &compactJson, QString *why = nullptr);
    bool save(const QString &name, const QString &compactJson, QString *why = nullptr);
    void remove(const QString &name);
    QString filePath() const { return m_path; }
    static QString folder();

private:
    bool load(); // false: the file exists and could not be read (it was moved aside)
    bool write(QString *why);
    // Re-reads the file, applies the change, writes it back, all under the lock.
    bool change(const std::function<bool(QString *why)> &apply, QString *why);
    QString m_path;
    QList<Entry> m_history;
    QMap<QString, QString> m_saved;
};

} // namespace fstudio::gui
