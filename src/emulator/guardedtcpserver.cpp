#include "emulator/guardedtcpserver.h"

#include <QTcpSocket>

namespace fstudio::emulator {

GuardedTcpServer::GuardedTcpServer(std::function<void(QTcpSocket *)> onAccepted, QObject *parent)
    : QTcpServer(parent)
    , m_onAccepted(std::move(onAccepted))
{
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    m_onAccepted(socket);
    addPendingConnection(socket);
}

} // namespace fstudio::emulator
