#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pasban::inventory {

// The fields an inventory exchange carries, in file order. Their JSON/CSV names
// (fieldName) are the product's exchange format: never rename one.
enum class Field {
    AssetTag,
    Manufacturer,
    Model,
    Serial,
    Firmware,
    Hardware,
    Location,
    Department,
    Owner,
    Notes,
    BluetoothAddress,
    UsbVendorId,
    UsbProductId,
};

// What the hospital's maintenance system (or an engineer) declares about one
// device: kept apart from what Pasban observes, so the two can be compared.
// Values are stored normalised (see FieldRules): Bluetooth address upper case
// with colons, USB ids four lower-case hex digits.
struct DeclaredRecord
{
    QString assetTag; // required, unique in the inventory
    QString manufacturer;
    QString model;
    QString serial;
    QString firmware;
    QString hardware;
    QString location;
    QString department;
    QString owner;
    QString notes;
    QString bluetoothAddress;
    QString usbVendorId;
    QString usbProductId;

    // Bookkeeping, not exchanged: where it came from ("import", "cli", "gui"),
    // when it was last declared, and the observed device it was matched to.
    QString source;
    QDateTime declaredUtc;
    QString deviceId;

    [[nodiscard]] QString value(Field field) const;
    void setValue(Field field, const QString &value);

    friend bool operator==(const DeclaredRecord &, const DeclaredRecord &) = default;
};

// Every field, in exchange order.
[[nodiscard]] const QList<Field> &allFields();
// The exchange name: "assetTag", "usbVendorId", ...
[[nodiscard]] QString fieldName(Field field);
[[nodiscard]] std::optional<Field> fieldFromName(QStringView name);
// Translated label for the GUI: "Asset tag", "USB vendor ID", ...
[[nodiscard]] QString fieldLabel(Field field);

} // namespace pasban::inventory
