#include "SimPtyServer.h"

#include "SimSmpServer.h"
#include "smp/SmpSerialFraming.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace pasban::sim {

SimPtyServer::SimPtyServer(SimSmpServer *server, QObject *parent)
    : QObject(parent)
    , m_server(server)
{
    connect(server, &SimSmpServer::reply, this, [this](const QByteArray &message) {
        Result<QByteArray> framed = smp::SmpSerialFraming::encode(message);
        if (!framed)
            return;
        if (m_chatty && (++m_replies % 16) == 0)
            write(QByteArrayLiteral("[00:00:01.000,000] <inf> sim: still alive\r\n"));
        write(*framed);
    });
    connect(server, &SimSmpServer::linkDown, this, [this] { m_decoder.reset(); });
}

SimPtyServer::~SimPtyServer()
{
#ifdef Q_OS_UNIX
    delete m_notifier;
    delete m_writeNotifier;
    if (m_slave >= 0)
        ::close(m_slave);
    if (m_master >= 0)
        ::close(m_master);
#endif
}

#ifdef Q_OS_UNIX
Status SimPtyServer::open()
{
    auto failed = [](const QString &what) {
        return Error(u"sim.pty_failed"_s,
                     QT_TRANSLATE_NOOP("pasban::Error", "The device simulator could not create a pseudo-terminal."), {},
                     what + u": "_s + QString::fromLocal8Bit(std::strerror(errno)));
    };
    m_master = posix_openpt(O_RDWR | O_NOCTTY);
    if (m_master < 0)
        return failed(u"posix_openpt"_s);
    if (grantpt(m_master) != 0 || unlockpt(m_master) != 0)
        return failed(u"grantpt/unlockpt"_s);
    const char *name = ptsname(m_master);
    if (!name)
        return failed(u"ptsname"_s);
    m_slavePath = QString::fromLocal8Bit(name);
    m_slave = ::open(name, O_RDWR | O_NOCTTY);
    if (m_slave < 0)
        return failed(u"open slave"_s);
    // Raw: no echo, no line editing, no CR/LF translation — bytes as they are.
    termios settings {};
    if (tcgetattr(m_slave, &settings) == 0) {
        cfmakeraw(&settings);
        tcsetattr(m_slave, TCSANOW, &settings);
    }
    fcntl(m_master, F_SETFL, fcntl(m_master, F_GETFL) | O_NONBLOCK);
    m_notifier = new QSocketNotifier(m_master, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SimPtyServer::onReadable);
    m_writeNotifier = new QSocketNotifier(m_master, QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &SimPtyServer::flush);
    return {};
}

void SimPtyServer::onReadable()
{
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(m_master, buffer, sizeof buffer);
        if (n <= 0)
            break;
        if (!m_server->isLinkUp())
            continue;
        for (Result<QByteArray> &packet : m_decoder.feed(QByteArrayView(buffer, n))) {
            if (packet)
                m_server->receive(*packet);
        }
    }
}

void SimPtyServer::write(const QByteArray &bytes)
{
    m_output.append(bytes);
    flush();
}

void SimPtyServer::flush()
{
    // The pty holds a few kB; the rest waits until the console has read some
    // (in-process tests read on this very thread, so never block here).
    while (!m_output.isEmpty()) {
        const ssize_t n = ::write(m_master, m_output.constData(), size_t(m_output.size()));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        m_output.remove(0, n);
    }
    m_writeNotifier->setEnabled(!m_output.isEmpty());
}
#else
Status SimPtyServer::open()
{
    return Error(u"sim.pty_unsupported"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "Pseudo-terminals are not available on this system. Serve the simulator over UDP."));
}

void SimPtyServer::onReadable()
{
}

void SimPtyServer::write(const QByteArray &)
{
}

void SimPtyServer::flush()
{
}
#endif

} // namespace pasban::sim
