#include "DemoUsb.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::sim {

namespace {

discovery::UsbInterface interface(quint8 number, quint8 cls, quint8 subclass, quint8 protocol)
{
    discovery::UsbInterface i;
    i.number = number;
    i.interfaceClass = cls;
    i.interfaceSubClass = subclass;
    i.interfaceProtocol = protocol;
    return i;
}

discovery::UsbDevice device(quint16 vid, quint16 pid, quint8 deviceClass, const QString &busPath)
{
    discovery::UsbDevice d;
    d.busNumber = 1;
    d.busPath = busPath;
    d.descriptor.usbVersion = 0x0200;
    d.descriptor.deviceClass = deviceClass;
    d.descriptor.vendorId = vid;
    d.descriptor.productId = pid;
    return d;
}

} // namespace

QList<discovery::UsbDevice> demoUsbDevices()
{
    discovery::UsbDevice pump = device(0x2fe3, 0x0100, 0xEF, u"1-1"_s);
    pump.deviceAddress = 2;
    pump.manufacturer = u"Demo Medical"_s;
    pump.product = u"Infusion pump service port"_s;
    pump.serial = u"DEMO-PUMP-0001"_s;
    pump.vendorName = u"NordicSemiconductor"_s;
    pump.productName = u"USB-DEV"_s;
    pump.interfaces = {interface(0, 0x02, 0x02, 0x01), interface(1, 0x0A, 0x00, 0x00), interface(2, 0xFE, 0x01, 0x01)};

    discovery::UsbDevice bootloader = device(0x0483, 0xdf11, 0x00, u"1-2"_s);
    bootloader.deviceAddress = 3;
    bootloader.manufacturer = u"STMicroelectronics"_s;
    bootloader.product = u"DFU in FS Mode"_s;
    bootloader.vendorName = u"STMicroelectronics"_s;
    bootloader.productName = u"STM Device in DFU Mode"_s;
    bootloader.interfaces = {interface(0, 0xFE, 0x01, 0x02)};

    discovery::UsbDevice oximeter = device(0x1fc9, 0x0f01, 0x00, u"1-3.1"_s);
    oximeter.deviceAddress = 4;
    oximeter.manufacturer = u"Demo Medical"_s;
    oximeter.product = u"Pulse oximeter dock"_s;
    oximeter.serial = u"DEMO-OXI-0042"_s;
    oximeter.vendorName = u"NXP Semiconductors"_s;
    oximeter.interfaces = {interface(0, 0x0F, 0x00, 0x00), interface(1, 0x08, 0x06, 0x50)};
    return {pump, bootloader, oximeter};
}

} // namespace pasban::sim
