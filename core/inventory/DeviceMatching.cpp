#include "DeviceMatching.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::inventory {

namespace {

bool sameText(const QString &a, const QString &b)
{
    return !a.isEmpty() && !b.isEmpty() && a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace

QString matchRuleName(MatchRule rule)
{
    switch (rule) {
    case MatchRule::BluetoothAddress:
        return u"bluetooth-address"_s;
    case MatchRule::UsbIdentity:
        return u"usb-identity"_s;
    case MatchRule::ManufacturerModelSerial:
        return u"manufacturer-model-serial"_s;
    case MatchRule::AssetTag:
        return u"asset-tag"_s;
    }
    return {};
}

std::optional<UsbIdentity> usbIdentity(const ObservedDevice &device)
{
    if (device.transport != u"usb"_s || !device.id.startsWith(u"usb:"_s))
        return std::nullopt;
    // The serial may itself contain colons: everything after the product id.
    const QStringView rest = QStringView(device.id).sliced(4);
    const qsizetype first = rest.indexOf(u':');
    const qsizetype second = first < 0 ? -1 : rest.indexOf(u':', first + 1);
    if (first != 4 || second != 9)
        return std::nullopt;
    UsbIdentity identity {rest.sliced(0, 4).toString().toLower(), rest.sliced(5, 4).toString().toLower(),
                          rest.sliced(10).toString()};
    if (identity.serial.isEmpty())
        identity.serial = device.serial;
    return identity;
}

std::optional<MatchRule> matchRule(const DeclaredRecord &declared, const InventoryDevice &device)
{
    const ObservedDevice &observed = device.observed;
    if (!declared.bluetoothAddress.isEmpty() && observed.transport == u"ble"_s
        && declared.bluetoothAddress.compare(observed.address, Qt::CaseInsensitive) == 0)
        return MatchRule::BluetoothAddress;
    if (!declared.usbVendorId.isEmpty()) {
        if (const std::optional<UsbIdentity> usb = usbIdentity(observed)) {
            if (usb->vendorId == declared.usbVendorId && usb->productId == declared.usbProductId
                && sameText(usb->serial, declared.serial))
                return MatchRule::UsbIdentity;
        }
    }
    if (sameText(declared.manufacturer, observed.manufacturer) && sameText(declared.model, observed.model)
        && sameText(declared.serial, observed.serial))
        return MatchRule::ManufacturerModelSerial;
    if (!declared.assetTag.isEmpty() && declared.assetTag == device.asset.assetTag)
        return MatchRule::AssetTag;
    return std::nullopt;
}

} // namespace pasban::inventory
