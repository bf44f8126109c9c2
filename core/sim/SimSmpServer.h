#pragma once

#include "SimSmpDevice.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>

namespace pasban::sim {

// The link between console and simulated device, each direction on its own: a
// message takes size / bandwidth to go out (messages queue behind each other),
// then `latencyMs` to arrive. bytesPerSecond 0 = unlimited.
struct SimLinkSettings
{
    double bytesPerSecond = 0;
    int latencyMs = 0;
};

// A simulated device on a simulated link: requests come in (whole SMP messages,
// from any transport front end), take the link's time, are handled by the
// SimSmpDevice, and the replies take the link's time back. Link drops, stalls and
// resets are carried out here: while the link is down nothing gets through and
// whatever was on the way is lost.
class SimSmpServer : public QObject
{
    Q_OBJECT
public:
    SimSmpServer(SimSmpDevice *device, SimLinkSettings link = {}, QObject *parent = nullptr);

    void receive(const QByteArray &request);
    [[nodiscard]] bool isLinkUp() const { return m_linkUp; }
    [[nodiscard]] SimSmpDevice &device() { return *m_device; }
    void setLink(const SimLinkSettings &link) { m_link = link; }
    // Takes the link down for `ms` (a test's own fault; -1 = until setLinkUp()).
    void dropLink(int ms);
    void setLinkUp();

Q_SIGNALS:
    void reply(const QByteArray &message);
    void linkDown();
    void linkUp();

private:
    [[nodiscard]] double nowMs() const;
    [[nodiscard]] double transmit(double &busyUntil, qsizetype bytes, double from) const;
    void at(double whenMs, std::function<void()> work);
    void process(const QByteArray &request);
    void restart();

    SimSmpDevice *m_device;
    SimLinkSettings m_link;
    QElapsedTimer m_clock;
    double m_upBusyUntil = 0;
    double m_downBusyUntil = 0;
    double m_deviceBusyUntil = 0;
    quint64 m_epoch = 0; // bumped when the link drops: what was on the way is lost
    bool m_linkUp = true;
};

} // namespace pasban::sim
