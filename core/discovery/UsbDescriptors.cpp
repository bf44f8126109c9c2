#include "UsbDescriptors.h"

#include <QtEndian>

using namespace Qt::Literals::StringLiterals;

namespace pasban::discovery {

namespace {

// bDescriptorType values, USB 2.0 Table 9-5, IAD ECN, DFU 1.1 Table 4.2.
enum DescriptorType : quint8 {
    DeviceType = 0x01,
    ConfigurationType = 0x02,
    InterfaceType = 0x04,
    EndpointType = 0x05,
    InterfaceAssociationType = 0x0B,
    DfuFunctionalType = 0x21,
};

constexpr qsizetype DeviceLength = 18;
constexpr qsizetype ConfigurationLength = 9;
constexpr qsizetype InterfaceLength = 9;
constexpr qsizetype EndpointLength = 7;
constexpr qsizetype AssociationLength = 8;
constexpr qsizetype DfuLength10 = 7; // DFU 1.0: no bcdDFUVersion
constexpr qsizetype DfuLength11 = 9;

Error malformed(const QString &why)
{
    return Error(
        u"discovery.usb.malformed"_s,
        QT_TRANSLATE_NOOP("pasban::Error",
                          "A USB device reported descriptors that do not follow the USB specification. "
                          "Its details may be incomplete; if this keeps happening, note the device for inspection."),
        {}, why);
}

quint8 byteAt(QByteArrayView bytes, qsizetype index)
{
    return quint8(bytes[index]);
}

quint16 wordAt(QByteArrayView bytes, qsizetype index)
{
    return qFromLittleEndian<quint16>(bytes.data() + index);
}

// DFU interface: application-specific class 0xFE, subclass 0x01 (DFU 1.1 §4.2.1/§4.2.3).
bool isDfuInterface(const UsbInterface &interface)
{
    return interface.interfaceClass == 0xFE && interface.interfaceSubClass == 0x01;
}

} // namespace

Result<UsbDeviceDescriptor> UsbDescriptors::parseDevice(QByteArrayView bytes)
{
    if (bytes.size() < DeviceLength)
        return malformed(u"device descriptor: %1 bytes, need 18"_s.arg(bytes.size()));
    if (byteAt(bytes, 0) != DeviceLength || byteAt(bytes, 1) != DeviceType)
        return malformed(u"device descriptor: length %1, type %2"_s.arg(byteAt(bytes, 0)).arg(byteAt(bytes, 1)));
    UsbDeviceDescriptor d;
    d.usbVersion = wordAt(bytes, 2);
    d.deviceClass = byteAt(bytes, 4);
    d.deviceSubClass = byteAt(bytes, 5);
    d.deviceProtocol = byteAt(bytes, 6);
    d.maxPacketSize0 = byteAt(bytes, 7);
    d.vendorId = wordAt(bytes, 8);
    d.productId = wordAt(bytes, 10);
    d.deviceVersion = wordAt(bytes, 12);
    d.manufacturerIndex = byteAt(bytes, 14);
    d.productIndex = byteAt(bytes, 15);
    d.serialNumberIndex = byteAt(bytes, 16);
    d.configurationCount = byteAt(bytes, 17);
    return d;
}

Result<UsbConfiguration> UsbDescriptors::parseConfiguration(QByteArrayView bytes)
{
    if (bytes.size() < ConfigurationLength)
        return malformed(u"configuration descriptor: %1 bytes, need 9"_s.arg(bytes.size()));
    if (byteAt(bytes, 0) < ConfigurationLength || byteAt(bytes, 1) != ConfigurationType)
        return malformed(u"configuration descriptor: length %1, type %2"_s.arg(byteAt(bytes, 0)).arg(byteAt(bytes, 1)));
    const qsizetype total = wordAt(bytes, 2);
    if (total < byteAt(bytes, 0) || total > bytes.size())
        return malformed(u"configuration wTotalLength %1, have %2 bytes"_s.arg(total).arg(bytes.size()));

    UsbConfiguration config;
    config.value = byteAt(bytes, 5);
    config.attributes = byteAt(bytes, 7);
    config.maxPowerUnits = byteAt(bytes, 8);

    UsbInterface *current = nullptr;
    for (qsizetype offset = byteAt(bytes, 0); offset < total;) {
        if (total - offset < 2)
            return malformed(u"descriptor header cut off at offset %1"_s.arg(offset));
        const qsizetype length = byteAt(bytes, offset);
        const quint8 type = byteAt(bytes, offset + 1);
        if (length < 2 || length > total - offset)
            return malformed(u"descriptor at offset %1 has length %2"_s.arg(offset).arg(length));
        const QByteArrayView d = bytes.sliced(offset, length);

        switch (type) {
        case InterfaceType: {
            if (length < InterfaceLength)
                return malformed(u"interface descriptor of %1 bytes"_s.arg(length));
            UsbInterface interface;
            interface.number = byteAt(d, 2);
            interface.alternateSetting = byteAt(d, 3);
            interface.interfaceClass = byteAt(d, 5);
            interface.interfaceSubClass = byteAt(d, 6);
            interface.interfaceProtocol = byteAt(d, 7);
            interface.stringIndex = byteAt(d, 8);
            config.interfaces.append(interface);
            current = &config.interfaces.last();
            break;
        }
        case EndpointType: {
            if (length < EndpointLength)
                return malformed(u"endpoint descriptor of %1 bytes"_s.arg(length));
            if (!current)
                return malformed(u"endpoint descriptor before any interface"_s);
            current->endpoints.append(UsbEndpoint {byteAt(d, 2), byteAt(d, 3), wordAt(d, 4), byteAt(d, 6)});
            break;
        }
        case InterfaceAssociationType: {
            if (length < AssociationLength)
                return malformed(u"interface association descriptor of %1 bytes"_s.arg(length));
            config.associations.append(
                UsbInterfaceAssociation {byteAt(d, 2), byteAt(d, 3), byteAt(d, 4), byteAt(d, 5), byteAt(d, 6)});
            break;
        }
        case DfuFunctionalType: {
            // 0x21 is also HID's class descriptor; it is DFU only inside a DFU interface.
            if (!current || !isDfuInterface(*current))
                break;
            if (length != DfuLength10 && length < DfuLength11)
                return malformed(u"DFU functional descriptor of %1 bytes"_s.arg(length));
            UsbDfuFunctional dfu;
            dfu.attributes = byteAt(d, 2);
            dfu.detachTimeoutMs = wordAt(d, 3);
            dfu.transferSize = wordAt(d, 5);
            dfu.dfuVersion = length >= DfuLength11 ? wordAt(d, 7) : 0;
            current->dfu = dfu;
            break;
        }
        default:
            break; // class- or vendor-specific: skipped
        }
        offset += length;
    }
    return config;
}

Result<UsbDescriptorSet> UsbDescriptors::parseDescriptorSet(QByteArrayView bytes)
{
    auto device = parseDevice(bytes);
    if (!device)
        return device.error();
    UsbDescriptorSet set;
    set.device = *device;

    qsizetype offset = DeviceLength;
    while (offset < bytes.size()) {
        if (set.configurations.size() >= set.device.configurationCount)
            return malformed(u"%1 bytes after the last of %2 configurations"_s.arg(bytes.size() - offset)
                                 .arg(set.device.configurationCount));
        const QByteArrayView rest = bytes.sliced(offset);
        if (rest.size() < 4)
            return malformed(u"configuration header cut off at offset %1"_s.arg(offset));
        auto config = parseConfiguration(rest);
        if (!config)
            return config.error();
        set.configurations.append(*config);
        offset += wordAt(rest, 2);
    }
    return set;
}

} // namespace pasban::discovery
