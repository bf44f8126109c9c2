#pragma once

#include "Check.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace pasban::posture {

// One line of a score's explanation: this finding took these points.
struct Contribution
{
    QString findingId;
    Severity severity;
    int points = 0; // 0 for an accepted or resolved finding (listed so the table is complete)
};

struct DevicePosture
{
    QString deviceId;
    QString assetTag;
    QString label; // name, or manufacturer and model, for people
    QString deviceClass;
    QList<Finding> findings; // open first, most severe first
    int score = 100;
    QList<Contribution> contributions;

    // The most severe open finding's severity; nothing when none is open.
    [[nodiscard]] std::optional<Severity> worstOpen() const;
    [[nodiscard]] int openCount() const;
    [[nodiscard]] const Finding *finding(QStringView id) const;
};

struct FleetPosture
{
    QList<DevicePosture> devices;
    int score = 100; // the mean of the device scores, rounded
    // How much each device pulls the fleet score down: (100 − its score) / devices.
    [[nodiscard]] QList<std::pair<QString, double>> contributions() const;
};

// The transparent 0–100 score: start at 100, subtract a fixed number of points
// per open finding by severity, never below 0. Accepted risks and resolved
// findings subtract nothing. The points are documented in docs/posture-checks.md.
class Scoring
{
public:
    [[nodiscard]] static int points(Severity severity);
    static void score(DevicePosture &device);
    [[nodiscard]] static int fleetScore(const QList<DevicePosture> &devices);
};

// Runs the catalogue over one device's facts, applies risk acceptances (holding
// or expired at context.now), marks what was open last time and is gone now as
// resolved, sorts, and scores.
class PostureEngine
{
public:
    explicit PostureEngine(QList<const Check *> checks = checkCatalogue());

    [[nodiscard]] DevicePosture evaluate(const DeviceFacts &facts, const PostureContext &context,
                                         const QList<RiskAcceptance> &acceptances = {},
                                         const QStringList &previouslyOpen = {}) const;
    [[nodiscard]] FleetPosture evaluateFleet(const QList<DeviceFacts> &devices, const PostureContext &context,
                                             const QHash<QString, QList<RiskAcceptance>> &acceptances = {},
                                             const QHash<QString, QStringList> &previouslyOpen = {}) const;

private:
    QList<const Check *> m_checks;
};

} // namespace pasban::posture
