#pragma once

#include <QLoggingCategory>
#include <QMutex>
#include <QStringList>

namespace fstudio::test {

namespace detail {
inline QMutex capturedLock;
inline QStringList captured;
inline void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &text)
{
    const QMutexLocker lock(&capturedLock);
    captured << (context.category ? QString::fromLatin1(context.category) + QStringLiteral(": ") : QString()) + text;
}
} // namespace detail

// Every Qt message ("category: text"), of every category and debug included, while a LogCapture
// lives: tests search them for what must never be logged (secrets). Qt's HTTP thread and
// QtConcurrent may log too: guarded. One at a time.
class LogCapture
{
public:
    LogCapture()
    {
        {
            const QMutexLocker lock(&detail::capturedLock);
            detail::captured.clear();
        }
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true")); // most categories are warnings-only by default
        m_previous = qInstallMessageHandler(detail::captureMessage);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    QStringList messages() const
    {
        const QMutexLocker lock(&detail::capturedLock);
        return detail::captured;
    }

private:
    QtMessageHandler m_previous = nullptr;
};

} // namespace fstudio::test
