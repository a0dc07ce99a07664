#pragma once

#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace fstudio::emulator {

// A QTcpServer that lets its owner look at every accepted socket before the HTTP server does:
// the readyRead handlers the owner connects in `onAccepted` run before the HTTP server's own, so
// they can refuse a request whose headers announce too large a body before it is read.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit GuardedTcpServer(std::function<void(QTcpSocket *)> onAccepted, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    std::function<void(QTcpSocket *)> m_onAccepted;
};

} // namespace fstudio::emulator
