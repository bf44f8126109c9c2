#include "Settings.h"

#include "Logging.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace pasban {

namespace {

struct KeySpec
{
    Settings::Key key;
    QString name;
    QVariant defaultValue;
    // Accepts a stored value; a value it rejects reads as the default.
    bool (*valid)(const QVariant &);
};

bool anyValue(const QVariant &)
{
    return true;
}
bool isLanguage(const QVariant &v)
{
    return v.toString() == u"en"_s || v.toString() == u"fa"_s;
}
bool isCalendar(const QVariant &v)
{
    return v.toString() == u"gregorian"_s || v.toString() == u"jalali"_s;
}
bool isBool(const QVariant &v)
{
    const QString s = v.toString();
    return s == u"true"_s || s == u"false"_s;
}

bool isPort(const QVariant &v)
{
    bool ok = false;
    const int port = v.toString().toInt(&ok);
    return ok && port >= 1 && port <= 65535;
}
// One line of text: a host or file name never holds control characters.
bool isSingleLine(const QVariant &v)
{
    const QString s = v.toString();
    return std::none_of(s.cbegin(), s.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}
bool isListenSeconds(const QVariant &v)
{
    bool ok = false;
    const int seconds = v.toString().toInt(&ok);
    return ok && seconds >= 1 && seconds <= 300;
}
bool isIdleLockMinutes(const QVariant &v)
{
    bool ok = false;
    const int minutes = v.toString().toInt(&ok);
    return ok && minutes >= 1 && minutes <= 240;
}
bool isTemperatureUnit(const QVariant &v)
{
    return QStringList {QString(), u"Cel"_s, u"[degF]"_s}.contains(v.toString());
}
bool isPressureUnit(const QVariant &v)
{
    return QStringList {QString(), u"mm[Hg]"_s, u"kPa"_s}.contains(v.toString());
}
bool isGlucoseUnit(const QVariant &v)
{
    return QStringList {QString(), u"mg/dL"_s, u"mmol/L"_s}.contains(v.toString());
}
bool isWeightUnit(const QVariant &v)
{
    return QStringList {QString(), u"kg"_s, u"[lb_av]"_s}.contains(v.toString());
}

const QList<KeySpec> &keySpecs()
{
    static const QList<KeySpec> specs = {
        {Settings::Key::Language, u"ui/language"_s, QString(), isLanguage},
        {Settings::Key::Calendar, u"ui/calendar"_s, u"gregorian"_s, isCalendar},
        {Settings::Key::MainWindowGeometry, u"window/geometry"_s, QByteArray(), anyValue},
        {Settings::Key::MainWindowState, u"window/state"_s, QByteArray(), anyValue},
        {Settings::Key::MainSplitterState, u"window/splitter"_s, QByteArray(), anyValue},
        {Settings::Key::CurrentPage, u"window/page"_s, u"devices"_s, anyValue},
        {Settings::Key::DetailPaneVisible, u"window/detailPane"_s, true, isBool},
        {Settings::Key::ForwardingEnabled, u"forwarding/enabled"_s, false, isBool},
        {Settings::Key::ForwardingHost, u"forwarding/host"_s, QString(), isSingleLine},
        {Settings::Key::ForwardingPort, u"forwarding/port"_s, 6514, isPort},
        {Settings::Key::ForwardingCaFile, u"forwarding/caFile"_s, QString(), isSingleLine},
        {Settings::Key::ForwardingCertFile, u"forwarding/certFile"_s, QString(), isSingleLine},
        {Settings::Key::ForwardingKeyFile, u"forwarding/keyFile"_s, QString(), isSingleLine},
        {Settings::Key::ForwardingServerName, u"forwarding/serverName"_s, QString(), isSingleLine},
        {Settings::Key::InterrogationListenSeconds, u"devices/listenSeconds"_s, 5, isListenSeconds},
        {Settings::Key::TemperatureUnit, u"units/temperature"_s, QString(), isTemperatureUnit},
        {Settings::Key::PressureUnit, u"units/pressure"_s, QString(), isPressureUnit},
        {Settings::Key::GlucoseUnit, u"units/glucose"_s, QString(), isGlucoseUnit},
        {Settings::Key::WeightUnit, u"units/weight"_s, QString(), isWeightUnit},
        {Settings::Key::IdleLockMinutes, u"security/idleLockMinutes"_s, 10, isIdleLockMinutes},
    };
    return specs;
}

const KeySpec &spec(Settings::Key key)
{
    for (const KeySpec &s : keySpecs()) {
        if (s.key == key)
            return s;
    }
    Q_UNREACHABLE();
}

const QString VersionKey = u"meta/version"_s;

} // namespace

Settings::Settings(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(filePath, QSettings::IniFormat))
{
    migrate();
}

Settings::~Settings()
{
    m_settings->sync();
}

void Settings::migrate()
{
    const int version = m_settings->value(VersionKey, 0).toInt();
    if (version > CurrentVersion) {
        // A newer Pasban wrote this file: read what we know, rewrite nothing.
        qCWarning(lcSettings) << "settings file is version" << version << "; this build knows" << CurrentVersion;
        return;
    }
    // Version 0 -> 1: first version with a stamp; nothing to convert yet. Later
    // conversions go here, one step per version.
    if (version < CurrentVersion)
        m_settings->setValue(VersionKey, CurrentVersion);
}

QVariant Settings::value(Key key) const
{
    const KeySpec &s = spec(key);
    if (!m_settings->contains(s.name))
        return s.defaultValue;
    QVariant stored = m_settings->value(s.name);
    if (!s.valid(stored)) {
        qCWarning(lcSettings) << "ignoring invalid value for" << s.name;
        return s.defaultValue;
    }
    if (s.defaultValue.typeId() == QMetaType::Bool)
        return stored.toString() == u"true"_s;
    if (s.defaultValue.typeId() == QMetaType::Int)
        return stored.toString().toInt();
    return stored;
}

void Settings::setValue(Key key, const QVariant &value)
{
    const KeySpec &s = spec(key);
    if (m_settings->contains(s.name) && m_settings->value(s.name) == value)
        return;
    m_settings->setValue(s.name, value);
    Q_EMIT changed(key);
}

void Settings::reset(Key key)
{
    const KeySpec &s = spec(key);
    if (!m_settings->contains(s.name))
        return;
    m_settings->remove(s.name);
    Q_EMIT changed(key);
}

bool Settings::contains(Key key) const
{
    return m_settings->contains(spec(key).name);
}

QString Settings::language() const
{
    return value(Key::Language).toString();
}

void Settings::setLanguage(const QString &language)
{
    if (!isLanguage(language))
        return;
    setValue(Key::Language, language);
}

CalendarSystem Settings::calendar() const
{
    return value(Key::Calendar).toString() == u"jalali"_s ? CalendarSystem::Jalali : CalendarSystem::Gregorian;
}

void Settings::setCalendar(CalendarSystem calendar)
{
    setValue(Key::Calendar, calendar == CalendarSystem::Jalali ? u"jalali"_s : u"gregorian"_s);
}

Status Settings::sync()
{
    m_settings->sync();
    switch (m_settings->status()) {
    case QSettings::NoError:
        return {};
    case QSettings::AccessError:
        return Error(
            u"settings.access"_s,
            QT_TRANSLATE_NOOP("pasban::Error",
                              "The settings file %1 cannot be written. Check that the data folder is writable."),
            {m_settings->fileName()});
    case QSettings::FormatError:
        break;
    }
    return Error(u"settings.format"_s,
                 QT_TRANSLATE_NOOP(
                     "pasban::Error",
                     "The settings file %1 is damaged. Pasban uses its defaults; move the file aside to start afresh."),
                 {m_settings->fileName()});
}

QString Settings::filePath() const
{
    return m_settings->fileName();
}

QString Settings::keyName(Key key)
{
    return spec(key).name;
}

} // namespace pasban
