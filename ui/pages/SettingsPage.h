#pragma once

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QSpinBox;

namespace pasban {
class ConsoleContext;
}

namespace pasban::ui {

class ForwardingSettings;
class TrustSettings;
class LanguageController;
class OperatorAccess;

// Settings → General: language, calendar, where the data lives. Every change
// applies at once and is remembered. Below: central audit forwarding
// (ForwardingSettings), applied with its own button. Security: the idle time after
// which the console locks (the operator session follows it at once).
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    SettingsPage(ConsoleContext &context, LanguageController &language, QWidget *parent = nullptr);

    [[nodiscard]] ForwardingSettings *forwardingSettings() const { return m_forwarding; }
    [[nodiscard]] TrustSettings *trustSettings() const { return m_trust; }
    [[nodiscard]] QSpinBox *idleLockMinutes() const { return m_idleMinutes; }
    // Who is at the keyboard (null: no accounts); settings changes follow the role.
    void setOperatorAccess(OperatorAccess *access);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct UnitChoice
    {
        QLabel *label;
        QComboBox *box;
    };

    void retranslate();
    void updatePreview();
    void updateGates();
    UnitChoice addUnitChoice(const QString &objectName, int key, const QStringList &codes);

    ConsoleContext &m_context;
    LanguageController &m_language;
    QGroupBox *m_appearanceGroup;
    QGroupBox *m_dataGroup;
    QGroupBox *m_unitsGroup;
    QGroupBox *m_securityGroup;
    QLabel *m_idleLabel;
    QSpinBox *m_idleMinutes;
    QLabel *m_idleHint;
    QPointer<OperatorAccess> m_access;
    QLabel *m_unitsHint;
    QLabel *m_titleLabel;
    QLabel *m_languageLabel;
    QComboBox *m_languageBox;
    QLabel *m_calendarLabel;
    QComboBox *m_calendarBox;
    QLabel *m_previewLabel;
    QLabel *m_previewValue;
    QLabel *m_dataFolderLabel;
    QLabel *m_dataFolderValue;
    QLabel *m_dataFolderHint;
    ForwardingSettings *m_forwarding;
    TrustSettings *m_trust;
    UnitChoice m_temperature;
    UnitChoice m_pressure;
    UnitChoice m_glucose;
    UnitChoice m_weight;
};

} // namespace pasban::ui
