#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>

namespace fstudio {
struct Function;
}

namespace fstudio::gui {

// The inputs of one function's calls, kept on this computer: the last MaxHistory inputs it was
// called with (newest first, no repeats) and inputs the user saved by name. One JSON file per
// function (server host, project and external id or name) under the app's data folder; written
// with QSaveFile, so a crash never leaves half a file. Inputs over MaxInputBytes are not kept.
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
    static constexpr int MaxInputBytes = 256 * 1024;
    static constexpr qint64 MaxFileBytes = 64LL * 1024 * 1024;

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
    void load();
    bool write(QString *why);
    QString m_path;
    QList<Entry> m_history;
    QMap<QString, QString> m_saved;
};

} // namespace fstudio::gui
