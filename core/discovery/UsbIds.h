#pragma once

#include "common/Result.h"

#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringList>

namespace pasban::discovery {

// Vendor and product names from the usb.ids database (linux-usb.org), read at run
// time; Pasban does not ship names of its own. Where it is looked for:
//  1. $PASBAN_USB_IDS (a file path) if set;
//  2. usb.ids beside the executable (the Windows package ships a copy there, see
//     packaging/windows/README.md);
//  3. /usr/share/hwdata/usb.ids, /usr/share/misc/usb.ids, /var/lib/usbutils/usb.ids,
//     /usr/share/usb.ids.
// Format: "VVVV  Vendor name" lines, "\tPPPP  Product name" lines under a vendor,
// '#' comments; the class/language sections after the vendor list are ignored.
class UsbIds
{
public:
    [[nodiscard]] static Result<UsbIds> parse(QByteArrayView text);
    // The first readable file from the list above; an error if none is found.
    [[nodiscard]] static Result<UsbIds> loadDefault();
    [[nodiscard]] static QStringList searchPaths();

    [[nodiscard]] QString vendorName(quint16 vendorId) const { return m_vendors.value(vendorId); }
    [[nodiscard]] QString productName(quint16 vendorId, quint16 productId) const
    {
        return m_products.value((quint32(vendorId) << 16) | productId);
    }
    [[nodiscard]] qsizetype vendorCount() const { return m_vendors.size(); }

private:
    QHash<quint16, QString> m_vendors;
    QHash<quint32, QString> m_products;
};

} // namespace pasban::discovery
