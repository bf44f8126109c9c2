#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace pasban::flows {

// Where patient data goes. Devices are nodes of their own; these are the other ends.
enum class Endpoint { Console, Gateway, PhoneApp, Ehr, Cloud, Other };
enum class Transport { Ble, Usb, WiFi, Ethernet, Cellular, Unknown };
// What a declaration says about the link's encryption.
enum class Encryption { Encrypted, Cleartext, Unknown };
// Where a declaration comes from (the engineer says which, so an auditor can check it).
enum class DeclarationSource { Mds2, VendorDocument, SiteSurvey, Other };

// A flow the engineer declares for one device or for every device of a model
// (manufacturer + model): where the data goes, how, and whether it is protected.
struct FlowDeclaration
{
    static constexpr int MaxTextLength = 200;
    static constexpr int MaxDataTypes = 16;

    qint64 id = 0; // 0 until stored
    QString deviceId; // scope: one device ...
    QString manufacturer; // ... or every device of this manufacturer and model
    QString model;
    Endpoint endpoint = Endpoint::Other;
    QString destination; // "Ward 4 gateway", "Epic EHR"
    Transport transport = Transport::Unknown;
    Encryption encryption = Encryption::Unknown;
    bool patientData = true;
    QStringList dataTypes; // machine names: heart-rate, spo2, glucose... (see dataTypeLabel)
    DeclarationSource source = DeclarationSource::Other;
    QString sourceReference; // MDS2 question id, document name and page, survey date
    QDateTime declared; // UTC, set by the store
    QString declaredBy;

    [[nodiscard]] bool forModel() const { return deviceId.isEmpty(); }
    // Empty texts, a scope that is neither one device nor one model, over-long
    // texts: each a translated reason.
    [[nodiscard]] Status validate() const;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<FlowDeclaration> fromJson(const QJsonObject &object);
};

[[nodiscard]] QString jsonName(Endpoint value);
[[nodiscard]] QString jsonName(Transport value);
[[nodiscard]] QString jsonName(Encryption value);
[[nodiscard]] QString jsonName(DeclarationSource value);
[[nodiscard]] std::optional<Endpoint> endpointFromName(QStringView name);
[[nodiscard]] std::optional<Transport> transportFromName(QStringView name);
[[nodiscard]] std::optional<Encryption> encryptionFromName(QStringView name);
[[nodiscard]] std::optional<DeclarationSource> sourceFromName(QStringView name);

// Translated labels (context "pasban::flows").
[[nodiscard]] QString label(Endpoint value);
[[nodiscard]] QString label(Transport value);
[[nodiscard]] QString label(Encryption value);
[[nodiscard]] QString label(DeclarationSource value);
// "heart-rate" → "Heart rate"; an unknown name is shown as it is.
[[nodiscard]] QString dataTypeLabel(const QString &name);
// The data type names the console knows, in display order.
[[nodiscard]] QStringList knownDataTypes();

} // namespace pasban::flows
