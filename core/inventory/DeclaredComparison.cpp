#include "DeclaredComparison.h"

#include <QVersionNumber>

using namespace Qt::Literals::StringLiterals;

namespace pasban::inventory {

bool sameVersion(const QString &a, const QString &b)
{
    const QString left = a.trimmed();
    const QString right = b.trimmed();
    if (left.compare(right, Qt::CaseInsensitive) == 0)
        return true;
    qsizetype leftEnd = 0;
    qsizetype rightEnd = 0;
    const QVersionNumber l = QVersionNumber::fromString(left, &leftEnd);
    const QVersionNumber r = QVersionNumber::fromString(right, &rightEnd);
    // Only whole version numbers compare by number; "2.1-rc1" compares as text.
    if (l.isNull() || r.isNull() || leftEnd != left.size() || rightEnd != right.size())
        return false;
    return l.normalized() == r.normalized();
}

QList<FieldComparison> compareDeclared(const DeclaredRecord &declared, const ObservedDevice &observed)
{
    // Before an interrogation has read Device Information, the manufacturer
    // Pasban knows is the radio's (the advertised company ID, often the chip
    // vendor): not comparable with what the hospital declares.
    const bool readFromDevice = !observed.model.isEmpty() || !observed.serial.isEmpty();
    const std::pair<Field, QString> observedValues[] = {
        {Field::Manufacturer, readFromDevice ? observed.manufacturer : QString()},
        {Field::Model, observed.model},
        {Field::Serial, observed.serial},
        {Field::Firmware, observed.firmware},
        {Field::Hardware, observed.hardware},
        {Field::BluetoothAddress, observed.transport == u"ble"_s ? observed.address : QString()},
    };
    QList<FieldComparison> result;
    for (const auto &[field, seen] : observedValues) {
        const QString stated = declared.value(field);
        if (stated.isEmpty() && seen.isEmpty())
            continue;
        FieldComparison::State state;
        if (seen.isEmpty())
            state = FieldComparison::State::NotObserved;
        else if (stated.isEmpty())
            state = FieldComparison::State::NotDeclared;
        else if (field == Field::Firmware || field == Field::Hardware)
            state = sameVersion(stated, seen) ? FieldComparison::State::Agrees : FieldComparison::State::Differs;
        else
            state = stated.trimmed().compare(seen.trimmed(), Qt::CaseInsensitive) == 0
                ? FieldComparison::State::Agrees
                : FieldComparison::State::Differs;
        result.append({field, stated, seen, state});
    }
    return result;
}

bool hasMismatch(const QList<FieldComparison> &comparison)
{
    return std::any_of(comparison.cbegin(), comparison.cend(),
                       [](const FieldComparison &c) { return c.state == FieldComparison::State::Differs; });
}

QString stateName(FieldComparison::State state)
{
    switch (state) {
    case FieldComparison::State::Agrees:
        return u"agrees"_s;
    case FieldComparison::State::Differs:
        return u"differs"_s;
    case FieldComparison::State::NotObserved:
        return u"not-observed"_s;
    case FieldComparison::State::NotDeclared:
        return u"not-declared"_s;
    }
    return {};
}

} // namespace pasban::inventory
