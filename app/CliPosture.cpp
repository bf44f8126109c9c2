#include "CliPosture.h"

#include "CliAudit.h"
#include "console/ConsoleContext.h"
#include "posture/AdvisoryIndex.h"
#include "posture/AdvisoryStore.h"
#include "posture/PostureService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace pasban::cli {

namespace {

QString deviceLabel(const posture::DevicePosture &device)
{
    return device.label.isEmpty() ? device.deviceId : device.label;
}

QJsonObject deviceJson(const posture::DevicePosture &device)
{
    QJsonArray findings;
    for (const posture::Finding &finding : device.findings)
        findings.append(posture::toJson(finding));
    QJsonArray contributions;
    for (const posture::Contribution &c : device.contributions) {
        contributions.append(QJsonObject {
            {u"finding"_s, c.findingId}, {u"severity"_s, posture::jsonName(c.severity)}, {u"points"_s, c.points}});
    }
    QJsonObject object {{u"id"_s, device.deviceId}, {u"label"_s, deviceLabel(device)},
                        {u"score"_s, device.score}, {u"openFindings"_s, device.openCount()},
                        {u"findings"_s, findings},  {u"contributions"_s, contributions}};
    if (!device.assetTag.isEmpty())
        object.insert(u"assetTag"_s, device.assetTag);
    return object;
}

int importAdvisories(const Output &out, const QString &dataDir, const QCommandLineParser &parser,
                     const QStringList &paths)
{
    if (paths.isEmpty())
        return usage(u"advisories import"_s, u"name at least one CSAF file or folder"_s);
    auto context = ConsoleContext::start(dataDir);
    if (!context)
        return out.fail(context.error(), StartFailed);
    AuditChoice audit = chooseAudit(out, dataDir, parser, (*context)->database(), u"advisories import"_s);
    if (audit.exitCode != Success)
        return audit.exitCode;
    posture::AdvisoryStore store((*context)->database(), audit.sink.get());
    Result<posture::AdvisoryImportReport> report = store.importPaths(paths);
    if (!report)
        return out.fail(report.error(), Failed);
    if (out.json()) {
        QJsonArray imported;
        for (const posture::Advisory &advisory : std::as_const(report->imported))
            imported.append(advisory.trackingId);
        out.object({{u"imported"_s, imported},
                    {u"replaced"_s, QJsonArray::fromStringList(report->replaced)},
                    {u"skipped"_s, QJsonArray::fromStringList(report->skipped)}});
    } else {
        out.text(
            QCoreApplication::translate("cli", "%n advisory(ies) imported.", nullptr, int(report->imported.size())));
        if (!report->skipped.isEmpty()) {
            out.text(QCoreApplication::translate("cli", "Kept the newer stored copy of: %1")
                         .arg(report->skipped.join(u", "_s)));
        }
    }
    return Success;
}

int listAdvisories(const Output &out, const QString &dataDir)
{
    auto context = ConsoleContext::start(dataDir);
    if (!context)
        return out.fail(context.error(), StartFailed);
    posture::PostureService service((*context)->database());
    Result<posture::PostureEvaluation> evaluation = service.evaluate(nullptr, false);
    if (!evaluation)
        return out.fail(evaluation.error(), Failed);
    Result<QList<posture::Advisory>> advisories = posture::AdvisoryStore((*context)->database()).list();
    if (!advisories)
        return out.fail(advisories.error(), Failed);
    const posture::AdvisoryIndex index(*advisories);
    QHash<QString, QJsonArray> affected;
    for (const posture::DeviceFacts &facts : std::as_const(evaluation->facts)) {
        for (const posture::AdvisoryMatch &match : index.match(facts)) {
            QJsonObject device {
                {u"id"_s, facts.id},
                {u"product"_s, match.product->name},
                {u"versionMatch"_s, match.version == posture::VersionMatch::Affected ? u"affected"_s : u"unknown"_s}};
            if (!facts.assetTag.isEmpty())
                device.insert(u"assetTag"_s, facts.assetTag);
            affected[match.advisory->trackingId].append(device);
        }
    }
    QJsonArray all;
    for (const posture::Advisory &advisory : index.advisories()) {
        QJsonObject object = advisory.toSummaryJson();
        object.insert(u"affectedDevices"_s, affected.value(advisory.trackingId));
        all.append(object);
        if (!out.json()) {
            QStringList cves;
            for (const posture::AdvisoryVulnerability &v : advisory.vulnerabilities)
                cves.append(v.cve);
            out.text(u"%1  %2  [%3]  %4"_s.arg(
                advisory.trackingId, advisory.title, cves.join(u", "_s),
                QCoreApplication::translate("cli", "%n device(s) affected", nullptr,
                                            int(affected.value(advisory.trackingId).size()))));
        }
    }
    if (out.json())
        out.array(all);
    return Success;
}

int acceptRisk(const Output &out, const QString &dataDir, const QCommandLineParser &parser)
{
    for (const QString &needed : {u"device"_s, u"finding"_s, u"reason"_s, u"expires"_s}) {
        if (!parser.isSet(needed))
            return usage(u"posture accept"_s, u"needs --device, --finding, --reason and --expires"_s);
    }
    const QDate expires = QDate::fromString(parser.value(u"expires"_s), Qt::ISODate);
    if (!expires.isValid())
        return usage(u"posture accept"_s, u"--expires takes a date as YYYY-MM-DD"_s);
    auto context = ConsoleContext::start(dataDir);
    if (!context)
        return out.fail(context.error(), StartFailed);
    AuditChoice audit = chooseAudit(out, dataDir, parser, (*context)->database(), u"posture accept"_s);
    if (audit.exitCode != Success)
        return audit.exitCode;
    posture::PostureService service((*context)->database(), audit.sink.get());
    const Status accepted =
        service.acceptRisk(parser.value(u"device"_s), parser.value(u"finding"_s), parser.value(u"reason"_s), expires);
    if (!accepted)
        return out.fail(accepted.error(), accepted.error().code() == u"posture.unknown_device"_s ? Usage : Failed);
    if (out.json()) {
        out.object({{u"device"_s, parser.value(u"device"_s)},
                    {u"finding"_s, parser.value(u"finding"_s)},
                    {u"status"_s, u"risk-accepted"_s},
                    {u"expires"_s, expires.toString(Qt::ISODate)}});
    } else {
        out.text(QCoreApplication::translate("cli", "Risk of %1 accepted until %2.")
                     .arg(parser.value(u"finding"_s), expires.toString(Qt::ISODate)));
    }
    return Success;
}

int showPosture(const Output &out, const QString &dataDir, const QCommandLineParser &parser)
{
    auto context = ConsoleContext::start(dataDir);
    if (!context)
        return out.fail(context.error(), StartFailed);
    posture::PostureService service((*context)->database());
    Result<posture::PostureEvaluation> evaluation = service.evaluate();
    if (!evaluation)
        return out.fail(evaluation.error(), Failed);
    const QString only = parser.value(u"device"_s);
    if (!only.isEmpty() && !evaluation->device(only)) {
        return out.fail(Error(u"posture.unknown_device"_s,
                              QT_TRANSLATE_NOOP("pasban::Error", "There is no device %1 in the inventory."), {only}),
                        Usage);
    }
    QJsonArray devices;
    for (const posture::DevicePosture &device : std::as_const(evaluation->fleet.devices)) {
        if (!only.isEmpty() && device.deviceId != only)
            continue;
        if (out.json()) {
            devices.append(deviceJson(device));
            continue;
        }
        out.text(
            QCoreApplication::translate("cli", "%1 (%2): score %3, %n open finding(s)", nullptr, device.openCount())
                .arg(deviceLabel(device), device.deviceId)
                .arg(device.score));
        for (const posture::Finding &finding : device.findings) {
            out.text(u"  [%1] %2 — %3 (%4)"_s.arg(posture::displayName(finding.severity), finding.id,
                                                  finding.title.translated(), posture::displayName(finding.status)));
        }
    }
    if (out.json())
        out.array(devices);
    else if (only.isEmpty())
        out.text(QCoreApplication::translate("cli", "Fleet score: %1 of 100.").arg(evaluation->fleet.score));
    return Success;
}

} // namespace

QList<QCommandLineOption> postureOptionList()
{
    return {
        {u"device"_s, u"posture: one device (its inventory id); posture accept: the device."_s, u"ID"_s},
        {u"finding"_s, u"posture accept: the finding id (as posture lists it)."_s, u"FID"_s},
        {u"reason"_s, u"posture accept: why the risk is acceptable and what compensates for it."_s, u"TEXT"_s},
        {u"expires"_s, u"posture accept: the last day the acceptance holds (YYYY-MM-DD)."_s, u"DATE"_s},
        {u"passphrase-file"_s, u"advisories import, posture accept: the audit log's passphrase file."_s, u"FILE"_s},
    };
}

int runAdvisories(const Output &out, const QString &dataDir, const QCommandLineParser &parser,
                  const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == u"import"_s)
        return importAdvisories(out, dataDir, parser, arguments.mid(1));
    if (sub == u"list"_s && arguments.size() == 1)
        return listAdvisories(out, dataDir);
    return usage(u"advisories"_s, u"use: advisories import PATH... | advisories list"_s);
}

int runPosture(const Output &out, const QString &dataDir, const QCommandLineParser &parser,
               const QStringList &arguments)
{
    if (arguments.isEmpty())
        return showPosture(out, dataDir, parser);
    if (arguments == QStringList {u"accept"_s})
        return acceptRisk(out, dataDir, parser);
    return usage(u"posture"_s, u"use: posture [--device ID] | posture accept --device ID --finding FID ..."_s);
}

} // namespace pasban::cli
