#include "TransportSpec.h"

#include "smp/SmpBleTransport.h"
#include "smp/SmpSerialTransport.h"
#include "smp/SmpUdpTransport.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::firmware {

QString TransportSpec::text() const
{
    switch (kind) {
    case Kind::Serial:
        return u"serial:"_s + port;
    case Kind::Udp:
        return u"udp:"_s
            + (host.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + host.toString() + u']' : host.toString())
            + u':' + QString::number(udpPort);
    case Kind::Ble:
        return u"ble:"_s + bluetooth.toString();
    }
    return {};
}

std::unique_ptr<smp::SmpTransport> TransportSpec::makeTransport(qint32 baud) const
{
    switch (kind) {
    case Kind::Serial:
        return std::make_unique<smp::SmpSerialTransport>(port, baud);
    case Kind::Udp:
        return std::make_unique<smp::SmpUdpTransport>(host, udpPort);
    case Kind::Ble:
        return std::make_unique<smp::SmpBleTransport>(bluetooth);
    }
    return nullptr;
}

Result<TransportSpec> parseTransportSpec(const QString &kind, const QString &value)
{
    TransportSpec spec;
    if (kind == u"serial"_s) {
        if (value.isEmpty())
            return Error(u"cli.transport"_s, QT_TRANSLATE_NOOP("pasban::Error", "A serial link needs a port name."));
        spec.kind = TransportSpec::Kind::Serial;
        spec.port = value;
        return spec;
    }
    if (kind == u"udp"_s) {
        const qsizetype colon = value.lastIndexOf(u':');
        bool ok = false;
        const uint port = colon > 0 ? value.mid(colon + 1).toUInt(&ok) : 0;
        QString host = colon > 0 ? value.left(colon) : QString();
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
        const QHostAddress address(host);
        if (!ok || port == 0 || port > 65535 || address.isNull()) {
            return Error(u"cli.udp_address"_s,
                         QT_TRANSLATE_NOOP("pasban::Error",
                                           "--udp needs HOST:PORT with a numeric address, e.g. "
                                           "192.0.2.7:1337."),
                         {}, value);
        }
        spec.kind = TransportSpec::Kind::Udp;
        spec.host = address;
        spec.udpPort = quint16(port);
        return spec;
    }
    if (kind == u"ble"_s) {
        const QBluetoothAddress address(value);
        if (address.isNull()) {
            return Error(
                u"cli.ble_address"_s,
                QT_TRANSLATE_NOOP("pasban::Error", "--ble needs a Bluetooth address such as AA:BB:CC:DD:EE:FF."));
        }
        spec.kind = TransportSpec::Kind::Ble;
        spec.bluetooth = address;
        return spec;
    }
    return Error(u"cli.transport"_s,
                 QT_TRANSLATE_NOOP("pasban::Error", "Give exactly one of --serial, --udp or --ble."), {}, kind);
}

} // namespace pasban::firmware
