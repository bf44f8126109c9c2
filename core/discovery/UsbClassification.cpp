#include "UsbClassification.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::discovery {

UsbFunction UsbClassification::classify(const UsbInterface &interface)
{
    switch (interface.interfaceClass) {
    case 0x02:
        return interface.interfaceSubClass == 0x02 ? UsbFunction::CdcAcm : UsbFunction::Other;
    case 0x0A:
        return UsbFunction::CdcData;
    case 0x03:
        return UsbFunction::Hid;
    case 0x08:
        return UsbFunction::MassStorage;
    case 0x0F:
        return UsbFunction::PersonalHealthcare;
    case 0xFF:
        return UsbFunction::Vendor;
    case 0xFE:
        if (interface.interfaceSubClass == 0x01) {
            if (interface.interfaceProtocol == 0x01)
                return UsbFunction::DfuRuntime;
            if (interface.interfaceProtocol == 0x02)
                return UsbFunction::DfuMode;
        }
        return UsbFunction::Other;
    default:
        return UsbFunction::Other;
    }
}

QString UsbClassification::className(const UsbInterface &interface)
{
    switch (classify(interface)) {
    case UsbFunction::CdcAcm:
        return u"CDC-ACM"_s;
    case UsbFunction::CdcData:
        return u"CDC Data"_s;
    case UsbFunction::DfuRuntime:
        return u"DFU (run-time)"_s;
    case UsbFunction::DfuMode:
        return u"DFU (DFU mode)"_s;
    case UsbFunction::PersonalHealthcare:
        return u"Personal Healthcare"_s;
    case UsbFunction::MassStorage:
        return u"Mass Storage"_s;
    case UsbFunction::Hid:
        return u"HID"_s;
    case UsbFunction::Vendor:
        return u"Vendor Specific"_s;
    case UsbFunction::Other:
        break;
    }
    switch (interface.interfaceClass) {
    case 0x01:
        return u"Audio"_s;
    case 0x02:
        return u"CDC Control"_s;
    case 0x07:
        return u"Printer"_s;
    case 0x09:
        return u"Hub"_s;
    case 0x0B:
        return u"Smart Card"_s;
    case 0x0E:
        return u"Video"_s;
    case 0xE0:
        return u"Wireless Controller"_s;
    default:
        return u"Class 0x%1"_s.arg(interface.interfaceClass, 2, 16, QChar(u'0'));
    }
}

QString UsbClassification::observationKind(UsbFunction function)
{
    switch (function) {
    case UsbFunction::CdcAcm:
        return u"usb-cdc-acm"_s;
    case UsbFunction::DfuRuntime:
        return u"usb-dfu-runtime"_s;
    case UsbFunction::DfuMode:
        return u"usb-dfu-mode"_s;
    case UsbFunction::PersonalHealthcare:
        return u"usb-phdc"_s;
    case UsbFunction::MassStorage:
        return u"usb-mass-storage"_s;
    case UsbFunction::Hid:
        return u"usb-hid"_s;
    case UsbFunction::Vendor:
        return u"usb-vendor"_s;
    case UsbFunction::CdcData:
    case UsbFunction::Other:
        break;
    }
    return {};
}

} // namespace pasban::discovery
