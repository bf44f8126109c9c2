#pragma once

#include <QDialog>

class QLabel;
class QSpinBox;

namespace pasban::ui {

// Asks before an interrogation: names the device, says what will and will not
// happen, and lets the operator choose how long to listen to its measurements.
// Cancel is the default button: connecting may take the device from its monitor.
class InterrogateDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int MinimumListenSeconds = 1;
    static constexpr int MaximumListenSeconds = 300;

    InterrogateDialog(const QString &deviceName, const QString &address, int listenSeconds, QWidget *parent = nullptr);

    [[nodiscard]] int listenSeconds() const;
    void setListenSeconds(int seconds);

private:
    QSpinBox *m_listen;
};

} // namespace pasban::ui
