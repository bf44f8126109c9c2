#include "DeclaredRecord.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace pasban::inventory {

namespace {

struct FieldInfo
{
    Field field;
    QString DeclaredRecord::*member;
    const char16_t *name;
    const char *label;
};

const FieldInfo &info(Field field)
{
    static const FieldInfo table[] = {
        {Field::AssetTag, &DeclaredRecord::assetTag, u"assetTag",
         QT_TRANSLATE_NOOP("pasban::inventory::Field", "Asset tag")},
        {Field::Manufacturer, &DeclaredRecord::manufacturer, u"manufacturer",
         QT_TRANSLATE_NOOP("pasban::inventory::Field", "Manufacturer")},
        {Field::Model, &DeclaredRecord::model, u"model", QT_TRANSLATE_NOOP("pasban::inventory::Field", "Model")},
        {Field::Serial, &DeclaredRecord::serial, u"serial",
         QT_TRANSLATE_NOOP("pasban::inventory::Field", "Serial number")},
        {Field::Firmware, &DeclaredRecord::firmware, u"firmware",
         QT_TRANSLATE_NOOP("pasban::inventory::Field", "Firmware version")},
        {Field::Hardware, &DeclaredRecord::hardware, u"hardware",
         QT_TRANSLATE_NOOP("pasban::inventory::Field", "Hardware revision")},
        {Field::Location, &DeclaredRecord::location, u"location",
         QT_TRANSLATE_NOOP("pasban::inventory::Field", "Location")},
        {Field::Department, &DeclaredRecord::department, u"department",
         QT_TRANSLATE_NOOP("pasban::inventory::Field", "Department")},
        {Field::Owner, &DeclaredRecord::owner, u"owner", QT_TRANSLATE_NOOP("pasban::inventory::Field", "Owner")},
        {Field::Notes, &DeclaredRecord::notes, u"notes", QT_TRANSLATE_NOOP("pasban::inventory::Field", "Notes")},
        {Field::BluetoothAddress, &DeclaredRecord::bluetoothAddress, u"bluetoothAddress",
         QT_TRANSLATE_NOOP("pasban::inventory::Field", "Bluetooth address")},
        {Field::UsbVendorId, &DeclaredRecord::usbVendorId, u"usbVendorId",
         QT_TRANSLATE_NOOP("pasban::inventory::Field", "USB vendor ID")},
        {Field::UsbProductId, &DeclaredRecord::usbProductId, u"usbProductId",
         QT_TRANSLATE_NOOP("pasban::inventory::Field", "USB product ID")},
    };
    return table[int(field)];
}

} // namespace

QString DeclaredRecord::value(Field field) const
{
    return this->*(info(field).member);
}

void DeclaredRecord::setValue(Field field, const QString &value)
{
    this->*(info(field).member) = value;
}

const QList<Field> &allFields()
{
    static const QList<Field> fields = {
        Field::AssetTag,         Field::Manufacturer, Field::Model,       Field::Serial, Field::Firmware,
        Field::Hardware,         Field::Location,     Field::Department,  Field::Owner,  Field::Notes,
        Field::BluetoothAddress, Field::UsbVendorId,  Field::UsbProductId};
    return fields;
}

QString fieldName(Field field)
{
    return QString::fromUtf16(info(field).name);
}

std::optional<Field> fieldFromName(QStringView name)
{
    for (Field field : allFields()) {
        if (name == QStringView(info(field).name))
            return field;
    }
    return std::nullopt;
}

QString fieldLabel(Field field)
{
    return QCoreApplication::translate("pasban::inventory::Field", info(field).label);
}

} // namespace pasban::inventory
