#pragma once

#include "MedicalFloat.h"
#include "Unit.h"

#include <QLocale>
#include <QString>

namespace pasban::health {

// One named quantity of a decoded measurement ("Systolic", 120, mmHg). The name is
// kept as its English source text and translated each time it is read, like an
// Error's message, so a reading decoded before a language switch follows it.
struct Reading
{
    const char *nameSource = nullptr; // context "pasban::health"
    MedicalFloat value;
    Unit unit = Unit::None; // as the device sent it; convert() on request

    [[nodiscard]] QString name() const;
    [[nodiscard]] QString sourceName() const { return QString::fromUtf8(nameSource); }
    [[nodiscard]] QString unitSymbol() const;
    // "120 mmHg", or only the special's name ("not at this resolution"): a unit
    // after a value that is not a number would read as one.
    [[nodiscard]] QString toString(const QLocale &locale = QLocale()) const;
};

} // namespace pasban::health
