#pragma once

#include <QWidget>

class QLabel;

namespace pasban::ui {

// A page whose feature is not built yet says so plainly, and says what it will
// hold, instead of showing an empty table.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    // Texts are QT_TRANSLATE_NOOP("pasban::ui::PlaceholderPage", …) source
    // strings, translated whenever the language changes.
    PlaceholderPage(const char *title, const char *purpose, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    const char *m_title;
    const char *m_purpose;
    QLabel *m_titleLabel;
    QLabel *m_purposeLabel;
    QLabel *m_statusLabel;
};

} // namespace pasban::ui
