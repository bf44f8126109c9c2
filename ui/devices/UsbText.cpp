#include "UsbText.h"

#include "common/Bidi.h"
#include "discovery/UsbClassification.h"
#include "discovery/UsbDevice.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace pasban::ui {

namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("pasban::ui::UsbText", source);
}

} // namespace

QString UsbText::function(const discovery::UsbInterface &interface)
{
    switch (discovery::UsbClassification::classify(interface)) {
    case discovery::UsbFunction::CdcAcm:
        return QCoreApplication::translate("pasban::ui::UsbText", "CDC-ACM serial port");
    case discovery::UsbFunction::CdcData:
        return QCoreApplication::translate("pasban::ui::UsbText", "CDC data");
    case discovery::UsbFunction::DfuRuntime:
        return QCoreApplication::translate("pasban::ui::UsbText", "DFU (run-time)");
    case discovery::UsbFunction::DfuMode:
        return QCoreApplication::translate("pasban::ui::UsbText", "DFU (in DFU mode)");
    case discovery::UsbFunction::PersonalHealthcare:
        return QCoreApplication::translate("pasban::ui::UsbText", "Personal healthcare");
    case discovery::UsbFunction::MassStorage:
        return QCoreApplication::translate("pasban::ui::UsbText", "Mass storage");
    case discovery::UsbFunction::Hid:
        return QCoreApplication::translate("pasban::ui::UsbText", "HID (keyboard, mouse or similar)");
    case discovery::UsbFunction::Vendor:
        return QCoreApplication::translate("pasban::ui::UsbText", "Vendor-specific");
    case discovery::UsbFunction::Other:
        break;
    }
    switch (interface.interfaceClass) {
    case 0x01:
        return text(QT_TRANSLATE_NOOP("pasban::ui::UsbText", "Audio"));
    case 0x02:
        return text(QT_TRANSLATE_NOOP("pasban::ui::UsbText", "CDC control"));
    case 0x07:
        return text(QT_TRANSLATE_NOOP("pasban::ui::UsbText", "Printer"));
    case 0x09:
        return text(QT_TRANSLATE_NOOP("pasban::ui::UsbText", "Hub"));
    case 0x0B:
        return text(QT_TRANSLATE_NOOP("pasban::ui::UsbText", "Smart card"));
    case 0x0E:
        return text(QT_TRANSLATE_NOOP("pasban::ui::UsbText", "Video"));
    case 0xE0:
        return text(QT_TRANSLATE_NOOP("pasban::ui::UsbText", "Wireless controller"));
    default:
        break;
    }
    //: A USB class code without a name; %1 is the code, e.g. 0x12
    return QCoreApplication::translate("pasban::ui::UsbText", "class %1")
        .arg(ltrIsolate(u"0x%1"_s.arg(interface.interfaceClass, 2, 16, QChar(u'0'))));
}

QString UsbText::functions(const discovery::UsbDevice &device)
{
    QStringList names;
    for (const discovery::UsbInterface &interface : device.interfaces) {
        const QString name = function(interface);
        if (!names.contains(name))
            names << name;
    }
    if (names.isEmpty()) {
        //: A USB device class code; %1 is the code, e.g. 0xef
        return QCoreApplication::translate("pasban::ui::UsbText", "device class %1")
            .arg(ltrIsolate(u"0x%1"_s.arg(device.descriptor.deviceClass, 2, 16, QChar(u'0'))));
    }
    return names.join(QCoreApplication::translate("pasban::ui::UsbText", ", "));
}

QString UsbText::vidPid(const discovery::UsbDevice &device)
{
    return ltrIsolate(discovery::usbHex(device.descriptor.vendorId) + u':'
                      + discovery::usbHex(device.descriptor.productId));
}

} // namespace pasban::ui
