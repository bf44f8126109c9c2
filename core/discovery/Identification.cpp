#include "Identification.h"

#include "common/Logging.h"

#include <QFile>
#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace pasban::discovery {

namespace {

// "0xXXXX<TAB>name" lines after '#' comments (see data/generate_assigned_numbers.py).
QHash<quint16, QString> loadTable(const QString &resource)
{
    QHash<quint16, QString> table;
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcDiscovery) << "assigned-numbers table missing:" << resource;
        return table;
    }
    const QByteArray data = file.readAll();
    for (const QByteArray &line : data.split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype tab = line.indexOf('\t');
        if (tab <= 0)
            continue;
        bool ok = false;
        const uint value = line.first(tab).toUInt(&ok, 16); // "0x020E": base 16 accepts the prefix
        if (!ok || value > 0xFFFF)
            continue;
        table.insert(quint16(value), QString::fromUtf8(line.sliced(tab + 1)).trimmed());
    }
    return table;
}

const QHash<quint16, QString> &companies()
{
    static const QHash<quint16, QString> table = loadTable(u":/pasban/discovery/company_identifiers.tsv"_s);
    return table;
}

const QHash<quint16, QString> &appearances()
{
    static const QHash<quint16, QString> table = loadTable(u":/pasban/discovery/appearance_values.tsv"_s);
    return table;
}

std::optional<quint16> shortUuid(const QBluetoothUuid &uuid)
{
    bool ok = false;
    const quint16 value = uuid.toUInt16(&ok);
    return ok ? std::optional<quint16>(value) : std::nullopt;
}

struct Named
{
    quint16 uuid;
    QStringView name;
};

// Names from the SIG assigned numbers for what Pasban deals with; Qt knows most
// older ones, but not PLX, Generic Health Sensor, Insulin Delivery or Security Levels.
const Named ServiceNames[] = {
    {0x1800, u"Generic Access"},
    {0x1801, u"Generic Attribute"},
    {0x1808, u"Glucose"},
    {0x1809, u"Health Thermometer"},
    {0x180A, u"Device Information"},
    {0x180D, u"Heart Rate"},
    {0x180F, u"Battery"},
    {0x1810, u"Blood Pressure"},
    {0x181D, u"Weight Scale"},
    {0x181F, u"Continuous Glucose Monitoring"},
    {0x1822, u"Pulse Oximeter"},
    {0x183A, u"Insulin Delivery"},
    {0x1840, u"Generic Health Sensor"},
    {0xFE59, u"Nordic Secure DFU"},
};

const Named CharacteristicNames[] = {
    {0x2A18, u"Glucose Measurement"},
    {0x2A1C, u"Temperature Measurement"},
    {0x2A1D, u"Temperature Type"},
    {0x2A1E, u"Intermediate Temperature"},
    {0x2A21, u"Measurement Interval"},
    {0x2A23, u"System ID"},
    {0x2A24, u"Model Number String"},
    {0x2A25, u"Serial Number String"},
    {0x2A26, u"Firmware Revision String"},
    {0x2A27, u"Hardware Revision String"},
    {0x2A28, u"Software Revision String"},
    {0x2A29, u"Manufacturer Name String"},
    {0x2A2A, u"IEEE 11073-20601 Regulatory Certification Data List"},
    {0x2A34, u"Glucose Measurement Context"},
    {0x2A35, u"Blood Pressure Measurement"},
    {0x2A36, u"Intermediate Cuff Pressure"},
    {0x2A37, u"Heart Rate Measurement"},
    {0x2A38, u"Body Sensor Location"},
    {0x2A39, u"Heart Rate Control Point"},
    {0x2A49, u"Blood Pressure Feature"},
    {0x2A50, u"PnP ID"},
    {0x2A51, u"Glucose Feature"},
    {0x2A52, u"Record Access Control Point"},
    {0x2A5E, u"PLX Spot-Check Measurement"},
    {0x2A5F, u"PLX Continuous Measurement"},
    {0x2A60, u"PLX Features"},
    {0x2A9D, u"Weight Measurement"},
    {0x2A9E, u"Weight Scale Feature"},
    {0x2AA7, u"CGM Measurement"},
    {0x2AA8, u"CGM Feature"},
    {0x2AA9, u"CGM Status"},
    {0x2AAA, u"CGM Session Start Time"},
    {0x2AAB, u"CGM Session Run Time"},
    {0x2AAC, u"CGM Specific Ops Control Point"},
    {0x2B20, u"IDD Status Changed"},
    {0x2B21, u"IDD Status"},
    {0x2B22, u"IDD Annunciation Status"},
    {0x2B23, u"IDD Features"},
    {0x2B24, u"IDD Status Reader Control Point"},
    {0x2B25, u"IDD Command Control Point"},
    {0x2B26, u"IDD Command Data"},
    {0x2B27, u"IDD Record Access Control Point"},
    {0x2B28, u"IDD History Data"},
    {0x2B8B, u"Live Health Observations"},
    {0x2BDD, u"Stored Health Observations"},
    {0x2BF3, u"Health Sensor Features"},
    {0x2BF4, u"GHS Control Point"},
    {0x2BF5, u"LE GATT Security Levels"},
};

// Characteristics that carry patient measurements or device state (REFERENCE.md §1).
constexpr quint16 MeasurementCharacteristics[] = {
    0x2A37, // Heart Rate Measurement
    0x2A1C, 0x2A1E, // Temperature, Intermediate Temperature
    0x2A35, 0x2A36, // Blood Pressure, Intermediate Cuff Pressure
    0x2A18, 0x2A34, // Glucose Measurement, Context
    0x2A5E, 0x2A5F, // PLX Spot-Check, Continuous
    0x2AA7, // CGM Measurement
    0x2A9D, // Weight Measurement
    0x2B20, 0x2B21, 0x2B22, // IDD Status Changed, Status, Annunciation
    0x2B8B, // Live Health Observations
};

// Everything else in the health services: features, control points, settings.
// Writing any of them could change therapy or delete records.
constexpr quint16 OtherClinicalCharacteristics[] = {
    0x2A38, 0x2A39, 0x2A1D, 0x2A21, 0x2A49, 0x2A51, 0x2A52, 0x2A60, 0x2A9E, 0x2AA8, 0x2AA9, 0x2AAA,
    0x2AAB, 0x2AAC, 0x2B23, 0x2B24, 0x2B25, 0x2B26, 0x2B27, 0x2B28, 0x2BDD, 0x2BF3, 0x2BF4,
};

struct ServiceClass
{
    quint16 service;
    DeviceClass deviceClass;
};

// Most specific first (see Identification.h for why).
constexpr ServiceClass ServicePrecedence[] = {
    {0x183A, DeviceClass::InsulinPump},         {0x181F, DeviceClass::ContinuousGlucoseMonitor},
    {0x1822, DeviceClass::PulseOximeter},       {0x1810, DeviceClass::BloodPressureMonitor},
    {0x1808, DeviceClass::GlucoseMeter},        {0x1809, DeviceClass::Thermometer},
    {0x181D, DeviceClass::WeightScale},         {0x180D, DeviceClass::HeartRateMonitor},
    {0x1840, DeviceClass::GenericHealthSensor},
};

struct AppearanceClass
{
    quint16 category; // appearance >> 6
    DeviceClass deviceClass;
};

constexpr AppearanceClass AppearanceCategories[] = {
    {0x0300 >> 6, DeviceClass::Thermometer},
    {0x0340 >> 6, DeviceClass::HeartRateMonitor},
    {0x0380 >> 6, DeviceClass::BloodPressureMonitor},
    {0x0400 >> 6, DeviceClass::GlucoseMeter},
    {0x0C40 >> 6, DeviceClass::PulseOximeter},
    {0x0C80 >> 6, DeviceClass::WeightScale},
    {0x0D00 >> 6, DeviceClass::ContinuousGlucoseMonitor},
    {0x0D40 >> 6, DeviceClass::InsulinPump},
    {0x0D80 >> 6, DeviceClass::GenericHealthSensor}, // medication delivery
    {0x0DC0 >> 6, DeviceClass::GenericHealthSensor}, // spirometer
};

template<std::size_t N> QString lookup(const Named (&table)[N], const QBluetoothUuid &uuid)
{
    const auto value = shortUuid(uuid);
    if (!value)
        return {};
    for (const Named &entry : table) {
        if (entry.uuid == *value)
            return entry.name.toString();
    }
    return {};
}

} // namespace

QBluetoothUuid smpServiceUuid()
{
    static const QBluetoothUuid uuid(u"8D53DC1D-1DB7-4CD3-868B-8A527460AA84"_s);
    return uuid;
}

QBluetoothUuid smpCharacteristicUuid()
{
    static const QBluetoothUuid uuid(u"DA2E7828-FBCE-4E01-AE9E-261174997C48"_s);
    return uuid;
}

QString companyName(quint16 companyId)
{
    return companies().value(companyId);
}

qsizetype companyTableSize()
{
    return companies().size();
}

QString appearanceName(quint16 appearance)
{
    const auto &table = appearances();
    if (const auto it = table.constFind(appearance); it != table.constEnd())
        return *it;
    return table.value(quint16(appearance & 0xFFC0));
}

QString serviceName(const QBluetoothUuid &uuid)
{
    if (uuid == smpServiceUuid())
        return u"SMP"_s;
    if (QString name = lookup(ServiceNames, uuid); !name.isEmpty())
        return name;
    // Qt's own table (translated by Qt) for the rest of the assigned services.
    if (const auto value = shortUuid(uuid))
        return QBluetoothUuid::serviceClassToString(QBluetoothUuid::ServiceClassUuid(*value));
    return {};
}

QString characteristicName(const QBluetoothUuid &uuid)
{
    if (uuid == smpCharacteristicUuid())
        return u"SMP"_s;
    if (QString name = lookup(CharacteristicNames, uuid); !name.isEmpty())
        return name;
    if (const auto value = shortUuid(uuid))
        return QBluetoothUuid::characteristicToString(QBluetoothUuid::CharacteristicType(*value));
    return {};
}

DeviceClass inferDeviceClass(const QList<QBluetoothUuid> &services, std::optional<quint16> appearance)
{
    for (const ServiceClass &entry : ServicePrecedence) {
        const QBluetoothUuid uuid(entry.service);
        if (services.contains(uuid))
            return entry.deviceClass;
    }
    if (appearance) {
        const quint16 category = *appearance >> 6;
        for (const AppearanceClass &entry : AppearanceCategories) {
            if (entry.category == category)
                return entry.deviceClass;
        }
    }
    return DeviceClass::Unknown;
}

bool hasSmpService(const QList<QBluetoothUuid> &services)
{
    return services.contains(smpServiceUuid());
}

bool hasNordicDfu(const QList<QBluetoothUuid> &services, const QHash<QBluetoothUuid, QByteArray> &serviceData)
{
    const QBluetoothUuid dfu(NordicDfuServiceUuid16);
    return services.contains(dfu) || serviceData.contains(dfu);
}

bool isHealthMeasurementCharacteristic(const QBluetoothUuid &uuid)
{
    const auto value = shortUuid(uuid);
    return value
        && std::find(std::begin(MeasurementCharacteristics), std::end(MeasurementCharacteristics), *value)
        != std::end(MeasurementCharacteristics);
}

bool isClinicalCharacteristic(const QBluetoothUuid &uuid)
{
    const auto value = shortUuid(uuid);
    return isHealthMeasurementCharacteristic(uuid)
        || (value
            && std::find(std::begin(OtherClinicalCharacteristics), std::end(OtherClinicalCharacteristics), *value)
                != std::end(OtherClinicalCharacteristics));
}

} // namespace pasban::discovery
