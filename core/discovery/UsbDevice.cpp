#include "UsbDevice.h"

#include "UsbClassification.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace pasban::discovery {

namespace {

bool anyFunction(const QList<UsbInterface> &interfaces, std::initializer_list<UsbFunction> functions)
{
    return std::any_of(interfaces.cbegin(), interfaces.cend(), [&](const UsbInterface &interface) {
        const UsbFunction function = UsbClassification::classify(interface);
        return std::find(functions.begin(), functions.end(), function) != functions.end();
    });
}

// Compares what matters to a listener; descriptors are compared by their codes.
bool sameInterfaces(const QList<UsbInterface> &a, const QList<UsbInterface> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const UsbInterface &x, const UsbInterface &y) {
        return x.number == y.number && x.alternateSetting == y.alternateSetting && x.interfaceClass == y.interfaceClass
            && x.interfaceSubClass == y.interfaceSubClass && x.interfaceProtocol == y.interfaceProtocol;
    });
}

} // namespace

QString usbHex(quint16 value)
{
    return u"%1"_s.arg(value, 4, 16, QChar(u'0'));
}

QString UsbDevice::id() const
{
    const QString prefix = u"usb:"_s + usbHex(descriptor.vendorId) + u':' + usbHex(descriptor.productId) + u':';
    if (serial.isEmpty())
        return prefix + u'@' + busPath;
    return prefix + serial;
}

bool UsbDevice::hasDfu() const
{
    return anyFunction(interfaces, {UsbFunction::DfuRuntime, UsbFunction::DfuMode});
}

bool UsbDevice::hasMassStorage() const
{
    return anyFunction(interfaces, {UsbFunction::MassStorage});
}

bool UsbDevice::hasCdcAcm() const
{
    return anyFunction(interfaces, {UsbFunction::CdcAcm});
}

QString UsbDevice::deviceClassName() const
{
    switch (descriptor.deviceClass) {
    case 0x00:
        return u"Per Interface"_s;
    case 0x02:
        return u"Communications"_s;
    case 0xEF:
        return u"Miscellaneous"_s;
    case 0xFE:
        return u"Application Specific"_s;
    default: {
        UsbInterface pseudo; // the same code table as interfaces
        pseudo.interfaceClass = descriptor.deviceClass;
        pseudo.interfaceSubClass = descriptor.deviceSubClass;
        pseudo.interfaceProtocol = descriptor.deviceProtocol;
        return UsbClassification::className(pseudo);
    }
    }
}

QStringList UsbDevice::observationKinds() const
{
    QStringList kinds;
    for (const UsbInterface &interface : interfaces) {
        const QString kind = UsbClassification::observationKind(UsbClassification::classify(interface));
        if (!kind.isEmpty() && !kinds.contains(kind))
            kinds.append(kind);
    }
    return kinds;
}

QString UsbDevice::displayName() const
{
    if (!product.isEmpty())
        return product;
    if (!productName.isEmpty())
        return productName;
    return usbHex(descriptor.vendorId) + u':' + usbHex(descriptor.productId);
}

bool operator==(const UsbDevice &a, const UsbDevice &b)
{
    return a.busNumber == b.busNumber && a.deviceAddress == b.deviceAddress && a.busPath == b.busPath
        && a.descriptor.vendorId == b.descriptor.vendorId && a.descriptor.productId == b.descriptor.productId
        && a.descriptor.deviceClass == b.descriptor.deviceClass && sameInterfaces(a.interfaces, b.interfaces)
        && a.manufacturer == b.manufacturer && a.product == b.product && a.serial == b.serial
        && a.vendorName == b.vendorName && a.productName == b.productName && a.serialPort == b.serialPort
        && a.accessHint == b.accessHint;
}

QJsonObject toJson(const UsbDevice &device)
{
    QJsonArray interfaces;
    for (const UsbInterface &interface : device.interfaces) {
        interfaces.append(QJsonObject {
            {u"class"_s, interface.interfaceClass},
            {u"subclass"_s, interface.interfaceSubClass},
            {u"protocol"_s, interface.interfaceProtocol},
            {u"className"_s, UsbClassification::className(interface)},
        });
    }
    return QJsonObject {
        {u"id"_s, device.id()},
        {u"transport"_s, u"usb"_s},
        {u"vendorId"_s, usbHex(device.descriptor.vendorId)},
        {u"productId"_s, usbHex(device.descriptor.productId)},
        {u"vendorName"_s, device.vendorName},
        {u"productName"_s, device.productName},
        {u"manufacturer"_s, device.manufacturer},
        {u"product"_s, device.product},
        {u"serial"_s, device.serial},
        {u"busPath"_s, device.busPath},
        {u"deviceClass"_s, device.deviceClassName()},
        {u"interfaces"_s, interfaces},
        {u"serialPort"_s, device.serialPort.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(device.serialPort)},
        {u"dfu"_s, device.hasDfu()},
        {u"massStorage"_s, device.hasMassStorage()},
    };
}

} // namespace pasban::discovery
