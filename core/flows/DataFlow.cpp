#include "DataFlow.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace pasban::flows {

namespace {

template<typename Enum, std::size_t N>
std::optional<Enum> fromName(QStringView name, const std::array<std::pair<Enum, QStringView>, N> &names)
{
    for (const auto &[value, text] : names) {
        if (text == name)
            return value;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QString toName(Enum value, const std::array<std::pair<Enum, QStringView>, N> &names)
{
    for (const auto &[candidate, text] : names) {
        if (candidate == value)
            return text.toString();
    }
    return {};
}

constexpr std::array<std::pair<Endpoint, QStringView>, 6> EndpointNames {{
    {Endpoint::Console, u"console"},
    {Endpoint::Gateway, u"gateway"},
    {Endpoint::PhoneApp, u"phone-app"},
    {Endpoint::Ehr, u"ehr"},
    {Endpoint::Cloud, u"cloud"},
    {Endpoint::Other, u"other"},
}};
constexpr std::array<std::pair<Transport, QStringView>, 6> TransportNames {{
    {Transport::Ble, u"ble"},
    {Transport::Usb, u"usb"},
    {Transport::WiFi, u"wifi"},
    {Transport::Ethernet, u"ethernet"},
    {Transport::Cellular, u"cellular"},
    {Transport::Unknown, u"unknown"},
}};
constexpr std::array<std::pair<Encryption, QStringView>, 3> EncryptionNames {{
    {Encryption::Encrypted, u"encrypted"},
    {Encryption::Cleartext, u"cleartext"},
    {Encryption::Unknown, u"unknown"},
}};
constexpr std::array<std::pair<DeclarationSource, QStringView>, 4> SourceNames {{
    {DeclarationSource::Mds2, u"mds2"},
    {DeclarationSource::VendorDocument, u"vendor-document"},
    {DeclarationSource::SiteSurvey, u"site-survey"},
    {DeclarationSource::Other, u"other"},
}};

struct DataType
{
    QStringView name;
    const char *label;
};

constexpr std::array<DataType, 10> DataTypes {{
    {u"heart-rate", QT_TRANSLATE_NOOP("pasban::flows", "Heart rate")},
    {u"spo2", QT_TRANSLATE_NOOP("pasban::flows", "SpO2")},
    {u"blood-pressure", QT_TRANSLATE_NOOP("pasban::flows", "Blood pressure")},
    {u"temperature", QT_TRANSLATE_NOOP("pasban::flows", "Temperature")},
    {u"glucose", QT_TRANSLATE_NOOP("pasban::flows", "Glucose")},
    {u"cgm", QT_TRANSLATE_NOOP("pasban::flows", "Continuous glucose")},
    {u"weight", QT_TRANSLATE_NOOP("pasban::flows", "Weight")},
    {u"insulin", QT_TRANSLATE_NOOP("pasban::flows", "Insulin delivery")},
    {u"health-data", QT_TRANSLATE_NOOP("pasban::flows", "Health data")},
    {u"device-management", QT_TRANSLATE_NOOP("pasban::flows", "Device management")},
}};

QString translated(const char *source)
{
    return QCoreApplication::translate("pasban::flows", source);
}

Error invalid(const char *message, const QString &argument = {})
{
    return Error(u"flows.invalid_declaration"_s, message, argument.isEmpty() ? QStringList() : QStringList {argument});
}

} // namespace

QString jsonName(Endpoint value)
{
    return toName(value, EndpointNames);
}
QString jsonName(Transport value)
{
    return toName(value, TransportNames);
}
QString jsonName(Encryption value)
{
    return toName(value, EncryptionNames);
}
QString jsonName(DeclarationSource value)
{
    return toName(value, SourceNames);
}
std::optional<Endpoint> endpointFromName(QStringView name)
{
    return fromName(name, EndpointNames);
}
std::optional<Transport> transportFromName(QStringView name)
{
    return fromName(name, TransportNames);
}
std::optional<Encryption> encryptionFromName(QStringView name)
{
    return fromName(name, EncryptionNames);
}
std::optional<DeclarationSource> sourceFromName(QStringView name)
{
    return fromName(name, SourceNames);
}

QString label(Endpoint value)
{
    switch (value) {
    case Endpoint::Console:
        return translated(QT_TRANSLATE_NOOP("pasban::flows", "This console"));
    case Endpoint::Gateway:
        return translated(QT_TRANSLATE_NOOP("pasban::flows", "Gateway"));
    case Endpoint::PhoneApp:
        return translated(QT_TRANSLATE_NOOP("pasban::flows", "Phone app"));
    case Endpoint::Ehr:
        return translated(QT_TRANSLATE_NOOP("pasban::flows", "EHR"));
    case Endpoint::Cloud:
        return translated(QT_TRANSLATE_NOOP("pasban::flows", "Cloud service"));
    case Endpoint::Other:
        break;
    }
    return translated(QT_TRANSLATE_NOOP("pasban::flows", "Other"));
}

QString label(Transport value)
{
    switch (value) {
    case Transport::Ble:
        return translated(QT_TRANSLATE_NOOP("pasban::flows", "Bluetooth LE"));
    case Transport::Usb:
        return translated(QT_TRANSLATE_NOOP("pasban::flows", "USB"));
    case Transport::WiFi:
        return translated(QT_TRANSLATE_NOOP("pasban::flows", "Wi-Fi"));
    case Transport::Ethernet:
        return translated(QT_TRANSLATE_NOOP("pasban::flows", "Ethernet"));
    case Transport::Cellular:
        return translated(QT_TRANSLATE_NOOP("pasban::flows", "Cellular"));
    case Transport::Unknown:
        break;
    }
    return translated(QT_TRANSLATE_NOOP("pasban::flows", "Unknown transport"));
}

QString label(Encryption value)
{
    switch (value) {
    case Encryption::Encrypted:
        return translated(QT_TRANSLATE_NOOP("pasban::flows", "Encrypted"));
    case Encryption::Cleartext:
        return translated(QT_TRANSLATE_NOOP("pasban::flows", "Cleartext"));
    case Encryption::Unknown:
        break;
    }
    return translated(QT_TRANSLATE_NOOP("pasban::flows", "Encryption unknown"));
}

QString label(DeclarationSource value)
{
    switch (value) {
    case DeclarationSource::Mds2:
        return translated(QT_TRANSLATE_NOOP("pasban::flows", "MDS2 form"));
    case DeclarationSource::VendorDocument:
        return translated(QT_TRANSLATE_NOOP("pasban::flows", "Vendor document"));
    case DeclarationSource::SiteSurvey:
        return translated(QT_TRANSLATE_NOOP("pasban::flows", "Site survey"));
    case DeclarationSource::Other:
        break;
    }
    return translated(QT_TRANSLATE_NOOP("pasban::flows", "Other source"));
}

QString dataTypeLabel(const QString &name)
{
    for (const DataType &type : DataTypes) {
        if (type.name == name)
            return translated(type.label);
    }
    return name;
}

QStringList knownDataTypes()
{
    QStringList names;
    for (const DataType &type : DataTypes)
        names.append(type.name.toString());
    return names;
}

Status FlowDeclaration::validate() const
{
    const bool oneDevice = !deviceId.isEmpty();
    const bool oneModel = !model.isEmpty();
    if (oneDevice == oneModel) {
        return invalid(QT_TRANSLATE_NOOP("pasban::Error",
                                         "A declared flow belongs either to one device or to one model, not both "
                                         "and not neither."));
    }
    if (destination.trimmed().isEmpty())
        return invalid(QT_TRANSLATE_NOOP("pasban::Error", "Say where the data goes: the destination is empty."));
    for (const QString *text : {&deviceId, &manufacturer, &model, &destination, &sourceReference}) {
        if (text->size() > MaxTextLength)
            return invalid(
                QT_TRANSLATE_NOOP("pasban::Error", "A text of the declared flow is longer than %1 characters."),
                QString::number(MaxTextLength));
    }
    if (dataTypes.size() > MaxDataTypes)
        return invalid(QT_TRANSLATE_NOOP("pasban::Error", "A declared flow lists more than %1 data types."),
                       QString::number(MaxDataTypes));
    for (const QString &type : dataTypes) {
        if (type.isEmpty() || type.size() > 40)
            return invalid(QT_TRANSLATE_NOOP("pasban::Error", "A data type name is empty or too long."));
    }
    return {};
}

QJsonObject FlowDeclaration::toJson() const
{
    QJsonObject object {
        {u"endpoint"_s, jsonName(endpoint)},   {u"destination"_s, destination},
        {u"transport"_s, jsonName(transport)}, {u"encryption"_s, jsonName(encryption)},
        {u"patientData"_s, patientData},       {u"dataTypes"_s, QJsonArray::fromStringList(dataTypes)},
        {u"source"_s, jsonName(source)},       {u"sourceReference"_s, sourceReference},
    };
    if (id != 0)
        object.insert(u"id"_s, id);
    if (forModel()) {
        object.insert(u"manufacturer"_s, manufacturer);
        object.insert(u"model"_s, model);
    } else {
        object.insert(u"deviceId"_s, deviceId);
    }
    if (declared.isValid())
        object.insert(u"declared"_s, declared.toUTC().toString(Qt::ISODate));
    if (!declaredBy.isEmpty())
        object.insert(u"declaredBy"_s, declaredBy);
    return object;
}

Result<FlowDeclaration> FlowDeclaration::fromJson(const QJsonObject &object)
{
    FlowDeclaration flow;
    flow.deviceId = object.value(u"deviceId"_s).toString();
    flow.manufacturer = object.value(u"manufacturer"_s).toString();
    flow.model = object.value(u"model"_s).toString();
    flow.destination = object.value(u"destination"_s).toString();
    flow.sourceReference = object.value(u"sourceReference"_s).toString();
    flow.patientData = object.value(u"patientData"_s).toBool(true);
    const std::optional<Endpoint> endpoint = endpointFromName(object.value(u"endpoint"_s).toString());
    const std::optional<Transport> transport = transportFromName(object.value(u"transport"_s).toString(u"unknown"_s));
    const std::optional<Encryption> encryption =
        encryptionFromName(object.value(u"encryption"_s).toString(u"unknown"_s));
    const std::optional<DeclarationSource> source = sourceFromName(object.value(u"source"_s).toString(u"other"_s));
    if (!endpoint || !transport || !encryption || !source) {
        return invalid(QT_TRANSLATE_NOOP("pasban::Error",
                                         "A declared flow names an endpoint, transport, encryption or source Pasban "
                                         "does not know."));
    }
    flow.endpoint = *endpoint;
    flow.transport = *transport;
    flow.encryption = *encryption;
    flow.source = *source;
    const QJsonArray types = object.value(u"dataTypes"_s).toArray();
    if (types.size() > MaxDataTypes)
        return invalid(QT_TRANSLATE_NOOP("pasban::Error", "A declared flow lists more than %1 data types."),
                       QString::number(MaxDataTypes));
    for (const auto &type : types)
        flow.dataTypes.append(type.toString());
    if (Status valid = flow.validate(); !valid)
        return valid.error();
    return flow;
}

} // namespace pasban::flows
