#include "AuditEvent.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace pasban::audit {

QString actionCode(Action action)
{
    return QString(QChar::fromLatin1(char(action)));
}

std::optional<Action> actionFromCode(QStringView code)
{
    if (code.size() != 1)
        return std::nullopt;
    switch (code.front().unicode()) {
    case u'C':
        return Action::Create;
    case u'R':
        return Action::Read;
    case u'U':
        return Action::Update;
    case u'D':
        return Action::Delete;
    case u'E':
        return Action::Execute;
    default:
        return std::nullopt;
    }
}

std::optional<Outcome> outcomeFromValue(qint64 value)
{
    switch (value) {
    case 0:
        return Outcome::Success;
    case 4:
        return Outcome::MinorFailure;
    case 8:
        return Outcome::SeriousFailure;
    case 12:
        return Outcome::MajorFailure;
    default:
        return std::nullopt;
    }
}

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Success:
        return QCoreApplication::translate("pasban::audit::Outcome", "Success");
    case Outcome::MinorFailure:
        return QCoreApplication::translate("pasban::audit::Outcome", "Minor failure");
    case Outcome::SeriousFailure:
        return QCoreApplication::translate("pasban::audit::Outcome", "Serious failure");
    case Outcome::MajorFailure:
        return QCoreApplication::translate("pasban::audit::Outcome", "Major failure");
    }
    return QString::number(int(outcome));
}

QString actionName(Action action)
{
    switch (action) {
    case Action::Create:
        return QCoreApplication::translate("pasban::audit::Action", "Create");
    case Action::Read:
        return QCoreApplication::translate("pasban::audit::Action", "Read");
    case Action::Update:
        return QCoreApplication::translate("pasban::audit::Action", "Update");
    case Action::Delete:
        return QCoreApplication::translate("pasban::audit::Action", "Delete");
    case Action::Execute:
        return QCoreApplication::translate("pasban::audit::Action", "Execute");
    }
    return actionCode(action);
}

} // namespace pasban::audit
