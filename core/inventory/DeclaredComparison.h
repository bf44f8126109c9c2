#pragma once

#include "DeclaredRecord.h"
#include "InventoryStore.h"

#include <QList>

namespace pasban::inventory {

// One field as declared (imported or typed) beside what was observed.
struct FieldComparison
{
    enum class State {
        Agrees, // both known and the same
        Differs, // both known and different: e.g. firmware declared 2.1, observed 2.3
        NotObserved, // declared only
        NotDeclared, // observed only
    };
    Field field;
    QString declared;
    QString observed;
    State state;
};

// Manufacturer, model, serial, firmware, hardware and Bluetooth address side by
// side (fields neither side knows are left out). Text compares case-insensitively;
// versions by their numbers, so "2.1" and "2.1.0" agree. The observed
// manufacturer counts only once model or serial were read from the device.
[[nodiscard]] QList<FieldComparison> compareDeclared(const DeclaredRecord &declared, const ObservedDevice &observed);
[[nodiscard]] bool hasMismatch(const QList<FieldComparison> &comparison);
[[nodiscard]] QString stateName(FieldComparison::State state); // "agrees", "differs", ...

// True when the two version strings name the same version ("2.1" == "2.1.0").
[[nodiscard]] bool sameVersion(const QString &a, const QString &b);

} // namespace pasban::inventory
