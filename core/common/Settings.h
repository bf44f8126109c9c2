#pragma once

#include "Result.h"

#include <QObject>
#include <QVariant>

#include <memory>

class QSettings;

namespace pasban {

enum class CalendarSystem { Gregorian, Jalali };

// Typed settings after KeePassXC's Config: every key has one entry in a table
// (name, default); values are validated on read, so a hand-edited or damaged
// file can never hand the console a value it does not understand.
class Settings : public QObject
{
    Q_OBJECT
public:
    enum class Key {
        Language, // "en" | "fa"; empty until first run picks the system's
        Calendar, // "gregorian" | "jalali"
        MainWindowGeometry, // QByteArray from QWidget::saveGeometry
        MainWindowState, // QByteArray from QMainWindow::saveState
        MainSplitterState, // QByteArray from QSplitter::saveState
        CurrentPage, // navigation page identifier
        DetailPaneVisible, // bool
        // Central audit forwarding (syslog over TLS, core/audit/forward).
        ForwardingEnabled, // bool
        ForwardingHost, // host name or address of the syslog receiver
        ForwardingPort, // 1..65535, default 6514 (RFC 5425)
        ForwardingCaFile, // PEM file of the CA(s) that may sign the receiver's certificate
        ForwardingCertFile, // PEM file of this console's client certificate
        ForwardingKeyFile, // PEM file of its private key (a path only; the key stays in its file)
        ForwardingServerName, // the name the receiver's certificate must carry; empty: the host
        InterrogationListenSeconds, // int 1–300: how long an interrogation listens to measurements
        // Display units: a UCUM code, or empty for "as the device sent it".
        TemperatureUnit, // "" | "Cel" | "[degF]"
        PressureUnit, // "" | "mm[Hg]" | "kPa"
        GlucoseUnit, // "" | "mg/dL" | "mmol/L"
        WeightUnit, // "" | "kg" | "[lb_av]"
        IdleLockMinutes, // int 1–240, default 10: the console locks after this long without input
    };
    Q_ENUM(Key)

    static constexpr int CurrentVersion = 1;

    // Settings live in FILE (INI format) — inside the data directory, never the
    // platform's registry, so --data-dir isolates them too.
    explicit Settings(const QString &filePath, QObject *parent = nullptr);
    ~Settings() override;

    [[nodiscard]] QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void reset(Key key);
    [[nodiscard]] bool contains(Key key) const;

    [[nodiscard]] QString language() const;
    void setLanguage(const QString &language);
    [[nodiscard]] CalendarSystem calendar() const;
    void setCalendar(CalendarSystem calendar);

    // Writes pending changes; reports a file that cannot be written.
    [[nodiscard]] Status sync();
    [[nodiscard]] QString filePath() const;

    [[nodiscard]] static QString keyName(Key key);

Q_SIGNALS:
    void changed(pasban::Settings::Key key);

private:
    void migrate();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace pasban
